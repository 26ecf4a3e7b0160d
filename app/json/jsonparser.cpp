#include "json/jsonparser.h"

#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

class Parser
{
public:
    Parser(QByteArrayView text, JsonParser::Options options)
        : m_text(text)
        , m_options(options)
    { }

    Result<JsonValue> run()
    {
        skipSpace();
        JsonValue value;
        if (!parseValue(value, 0))
            return failure();
        skipSpace();
        if (m_pos != m_text.size()) {
            m_error = u"unexpected text after the JSON value"_s;
            return failure();
        }
        return value;
    }

private:
    Error failure() const
    {
        return Error::invalidInput(u"Invalid JSON at byte %1: %2"_s.arg(m_pos).arg(m_error));
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool expectLiteral(std::string_view literal)
    {
        if (m_text.size() - m_pos < qsizetype(literal.size())
            || std::string_view(m_text.data() + m_pos, literal.size()) != literal) {
            m_error = u"unknown word (expected a value)"_s;
            return false;
        }
        m_pos += qsizetype(literal.size());
        return true;
    }

    bool parseValue(JsonValue &out, int depth)
    {
        if (atEnd()) {
            m_error = u"the text ends where a value was expected"_s;
            return false;
        }
        switch (peek()) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            QString s;
            if (!parseString(s))
                return false;
            out = JsonValue::string(std::move(s));
            return true;
        }
        case 't':
            out = JsonValue::boolean(true);
            return expectLiteral("true");
        case 'f':
            out = JsonValue::boolean(false);
            return expectLiteral("false");
        case 'n':
            out = JsonValue::null();
            return expectLiteral("null");
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return parseNumber(out);
            m_error = u"unexpected character (expected a value)"_s;
            return false;
        }
    }

    bool checkDepth(int depth)
    {
        if (depth > m_options.maxDepth) {
            m_error = u"nested deeper than %1 levels"_s.arg(m_options.maxDepth);
            return false;
        }
        return true;
    }

    bool parseObject(JsonValue &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        ++m_pos; // '{'
        out = JsonValue::object();
        // Duplicate keys: a look along the members while there are few (events have a handful;
        // no allocation), a set once there are many (a hostile body can hold thousands).
        constexpr size_t ScanUpTo = 8;
        QSet<QString> seen;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != '"') {
                m_error = u"expected a key in double quotes"_s;
                return false;
            }
            QString key;
            if (!parseString(key))
                return false;
            if (m_options.rejectDuplicateKeys) {
                const std::vector<JsonValue::Member> &members = out.members();
                bool twice = false;
                if (members.size() < ScanUpTo) {
                    twice = std::any_of(members.cbegin(), members.cend(),
                        [&key](const JsonValue::Member &m) { return m.first == key; });
                } else {
                    if (seen.isEmpty()) {
                        for (const JsonValue::Member &member : members)
                            seen.insert(member.first);
                    }
                    const qsizetype before = seen.size();
                    seen.insert(key);
                    twice = seen.size() == before;
                }
                if (twice) {
                    m_error = u"the key \"%1\" appears twice"_s.arg(key);
                    return false;
                }
            }
            skipSpace();
            if (peek() != ':') {
                m_error = u"expected ':' after a key"_s;
                return false;
            }
            ++m_pos;
            skipSpace();
            JsonValue value;
            if (!parseValue(value, depth))
                return false;
            out.insert(std::move(key), std::move(value));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            m_error = u"expected ',' or '}' in an object"_s;
            return false;
        }
    }

    bool parseArray(JsonValue &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        ++m_pos; // '['
        out = JsonValue::array();
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            JsonValue item;
            if (!parseValue(item, depth))
                return false;
            out.append(std::move(item));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            m_error = u"expected ',' or ']' in an array"_s;
            return false;
        }
    }

    bool parseNumber(JsonValue &out)
    {
        const qsizetype start = m_pos;
        const auto digits = [&] {
            const qsizetype from = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (digits() == 0) {
            m_error = u"a number needs digits"_s;
            return false;
        }
        if (peek() == '.') {
            ++m_pos;
            if (digits() == 0) {
                m_error = u"a number needs digits after '.'"_s;
                return false;
            }
        }
        bool negativeExponent = false;
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-') {
                negativeExponent = peek() == '-';
                ++m_pos;
            }
            if (digits() == 0) {
                m_error = u"a number needs digits in its exponent"_s;
                return false;
            }
        }
        double d = 0;
        const char *first = m_text.data() + start;
        const char *last = m_text.data() + m_pos;
        const auto res = std::from_chars(first, last, d);
        if (res.ec == std::errc::result_out_of_range) {
            // As JavaScript reads it: too large is ±Infinity, too small is ±0.
            const bool negative = *first == '-';
            d = negativeExponent ? (negative ? -0.0 : 0.0) : (negative ? -HUGE_VAL : HUGE_VAL);
        } else if (res.ec != std::errc() || res.ptr != last) {
            m_error = u"not a number"_s;
            return false;
        }
        out = JsonValue::number(d);
        return true;
    }

    bool parseHex4(char32_t &out)
    {
        if (m_text.size() - m_pos < 4) {
            m_error = u"\\u needs four hex digits"_s;
            return false;
        }
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            out <<= 4;
            if (c >= '0' && c <= '9')
                out |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                out |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                out |= char32_t(c - 'A' + 10);
            else {
                m_error = u"\\u needs four hex digits"_s;
                return false;
            }
        }
        return true;
    }

    // One UTF-8 sequence starting at m_pos, well-formed per RFC 3629 (no overlongs, no surrogates).
    bool decodeUtf8(char32_t &out)
    {
        const auto b0 = static_cast<unsigned char>(m_text[m_pos]);
        int extra = 0;
        char32_t min = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            extra = 1;
            out = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            extra = 2;
            out = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            extra = 3;
            out = b0 & 0x07;
            min = 0x10000;
        } else {
            m_error = u"the text is not valid UTF-8"_s;
            return false;
        }
        if (m_text.size() - m_pos <= extra) {
            m_error = u"the text is not valid UTF-8"_s;
            return false;
        }
        for (int i = 1; i <= extra; ++i) {
            const auto b = static_cast<unsigned char>(m_text[m_pos + i]);
            if ((b & 0xC0) != 0x80) {
                m_error = u"the text is not valid UTF-8"_s;
                return false;
            }
            out = (out << 6) | (b & 0x3F);
        }
        if (out < min || out > 0x10FFFF || (out >= 0xD800 && out <= 0xDFFF)) {
            m_error = u"the text is not valid UTF-8"_s;
            return false;
        }
        m_pos += extra + 1;
        return true;
    }

    bool parseString(QString &out)
    {
        ++m_pos; // opening quote
        out = QStringLiteral(""); // empty, not null: "" is a value, unlike a missing key
        for (;;) {
            if (atEnd()) {
                m_error = u"a string is not closed"_s;
                return false;
            }
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20) {
                m_error = u"a control character must be escaped in a string"_s;
                return false;
            }
            if (c < 0x80 && c != '\\') {
                // Copy a run of plain ASCII at once.
                const qsizetype from = m_pos;
                while (!atEnd()) {
                    const auto a = static_cast<unsigned char>(m_text[m_pos]);
                    if (a < 0x20 || a >= 0x80 || a == '"' || a == '\\')
                        break;
                    ++m_pos;
                }
                out += QLatin1StringView(m_text.data() + from, m_pos - from);
                continue;
            }
            if (c >= 0x80) {
                char32_t cp = 0;
                if (!decodeUtf8(cp))
                    return false;
                // Not QString::fromUcs4: it takes a U+FEFF at its start for a byte order mark
                // and drops it (found by fuzz_jsonparser).
                if (QChar::requiresSurrogates(cp)) {
                    out += QChar(QChar::highSurrogate(cp));
                    out += QChar(QChar::lowSurrogate(cp));
                } else {
                    out += QChar(char16_t(cp));
                }
                continue;
            }
            // Backslash escape.
            ++m_pos;
            if (atEnd()) {
                m_error = u"a string is not closed"_s;
                return false;
            }
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
                out += u'"';
                break;
            case '\\':
                out += u'\\';
                break;
            case '/':
                out += u'/';
                break;
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u': {
                char32_t unit = 0;
                if (!parseHex4(unit))
                    return false;
                if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    m_error = u"a \\u escape is half of a character (lone surrogate)"_s;
                    return false;
                }
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    char32_t low = 0;
                    if (m_text.size() - m_pos < 6 || m_text[m_pos] != '\\'
                        || m_text[m_pos + 1] != 'u') {
                        m_error = u"a \\u escape is half of a character (lone surrogate)"_s;
                        return false;
                    }
                    m_pos += 2;
                    if (!parseHex4(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF) {
                        m_error = u"a \\u escape is half of a character (lone surrogate)"_s;
                        return false;
                    }
                    out += QChar(char16_t(unit));
                    out += QChar(char16_t(low));
                } else {
                    out += QChar(char16_t(unit));
                }
                break;
            }
            default:
                m_error = u"unknown escape in a string"_s;
                return false;
            }
        }
    }

    QByteArrayView m_text;
    JsonParser::Options m_options;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

Result<JsonValue> JsonParser::parse(QByteArrayView text, Options options)
{
    return Parser(text, options).run();
}

JsonValue JsonParser::scalarFromText(const QString &text)
{
    Result<JsonValue> parsed = parse(text.toUtf8());
    if (parsed && ((parsed->isNumber() && std::isfinite(parsed->toDouble())) || parsed->isBool()))
        return parsed.value();
    return JsonValue::string(text);
}
