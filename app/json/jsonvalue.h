#pragma once

// Subsystem json (app/json/): strict JSON that keeps object members in document order, parsed
// (JsonParser) and written (JsonValue::toJson) without QJsonDocument, whose objects sort their
// keys. It uses nothing of the app but domain/error.h's Result.

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

// A JSON value whose objects keep their members in document order. QJsonObject sorts its keys,
// but the contract shows event fields in the order the request gave them, with their original
// JSON types, so the event path uses this type instead.
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Member = std::pair<QString, JsonValue>;

    JsonValue() = default;
    static JsonValue null() { return {}; }
    static JsonValue boolean(bool b);
    static JsonValue number(double d);
    static JsonValue string(QString s);
    static JsonValue array(std::vector<JsonValue> items = {});
    static JsonValue object(std::vector<Member> members = {});

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isScalar() const { return isBool() || isNumber() || isString(); }

    bool toBool() const { return m_bool; }
    double toDouble() const { return m_number; }
    const QString &toString() const { return m_string; }
    const std::vector<JsonValue> &items() const { return m_items; }
    const std::vector<Member> &members() const { return m_members; }

    // Object access: the first member with that name, or nullptr.
    const JsonValue *find(QStringView key) const;
    // Room for a handful at the first: the objects here (an event, its fields, an answer) hold
    // a few members, which would otherwise take three allocations growing one at a time.
    void append(JsonValue item)
    {
        if (m_items.empty())
            m_items.reserve(4);
        m_items.push_back(std::move(item));
    }
    void insert(QString key, JsonValue value)
    {
        if (m_members.empty())
            m_members.reserve(4);
        m_members.emplace_back(std::move(key), std::move(value));
    }

    // What JavaScript's String(value) gives for a scalar: the form Discord shows a field in.
    QString toDisplayString() const;

    // Compact JSON text (members in order, numbers as JavaScript prints them).
    QByteArray toJson() const;
    // Indented JSON text for people (two spaces, one member a line).
    QByteArray toIndentedJson() const;

    // ECMAScript Number::toString: shortest round-trip digits, exponent form outside 1e-7..1e21.
    static QString formatNumber(double d);

    friend bool operator==(const JsonValue &a, const JsonValue &b);

private:
    void write(QByteArray &out, int indent, int depth) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    std::vector<JsonValue> m_items;
    std::vector<Member> m_members;
};
