#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// A domain error as a value. The core never throws and never decides how an error is shown:
// the CLI turns it into an exit code, the HTTP layer into a status, the GUI into a message.
struct Error
{
    enum class Code {
        InvalidInput, // the caller gave something the rules refuse
        NotFound, // the thing named does not exist
        AlreadyExists, // a unique name is taken
        InvalidState, // the request does not fit the current state (e.g. a status transition)
        Conflict, // the request reuses something (an idempotency key) for something else
        Storage, // the database could not be read or written
        Incompatible, // the data on disk was made by something this version cannot use
    };

    Code code;
    QString message; // in the user's language
    // The cause in the words of what failed, untranslated (SQLite's error text): for logs, and
    // for the API, whose messages stay English whatever the desktop's language.
    QString detail;

    static Error invalidInput(QString message)
    {
        return {Code::InvalidInput, std::move(message), {}};
    }
    static Error notFound(QString message) { return {Code::NotFound, std::move(message), {}}; }
    static Error alreadyExists(QString message)
    {
        return {Code::AlreadyExists, std::move(message), {}};
    }
    static Error invalidState(QString message)
    {
        return {Code::InvalidState, std::move(message), {}};
    }
    static Error conflict(QString message) { return {Code::Conflict, std::move(message), {}}; }
    static Error storage(QString message, QString detail = {})
    {
        return {Code::Storage, std::move(message), std::move(detail)};
    }
    static Error incompatible(QString message)
    {
        return {Code::Incompatible, std::move(message), {}};
    }
};

// Either a value or an error (an Error unless said otherwise); [[nodiscard]] so that a failure
// cannot be dropped silently.
template<typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(E error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value, so that `for (x : f().value())` does not iterate a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &std::get<T>(m_data); }

    const E &error() const { return std::get<E>(m_data); }

private:
    std::variant<T, E> m_data;
};

template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

using Status = Result<void>;
