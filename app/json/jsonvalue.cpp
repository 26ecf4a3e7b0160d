#include "json/jsonvalue.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>

JsonValue JsonValue::boolean(bool b)
{
    JsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

JsonValue JsonValue::number(double d)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_number = d;
    return v;
}

JsonValue JsonValue::string(QString s)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_string = std::move(s);
    return v;
}

JsonValue JsonValue::array(std::vector<JsonValue> items)
{
    JsonValue v;
    v.m_type = Type::Array;
    v.m_items = std::move(items);
    return v;
}

JsonValue JsonValue::object(std::vector<Member> members)
{
    JsonValue v;
    v.m_type = Type::Object;
    v.m_members = std::move(members);
    return v;
}

const JsonValue *JsonValue::find(QStringView key) const
{
    for (const Member &m : m_members) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

namespace {

// ECMAScript's Number::toString into `out` (32 characters are room enough), without allocating:
// JSON text and display strings are both made from it. Returns the length.
qsizetype writeNumber(double d, char *out)
{
    char *p = out;
    const auto put = [&p](std::string_view text) { p = std::copy(text.begin(), text.end(), p); };
    if (std::isnan(d)) {
        put("NaN");
        return p - out;
    }
    if (std::isinf(d)) {
        put(d > 0 ? "Infinity" : "-Infinity");
        return p - out;
    }
    if (d == 0) {
        put("0"); // also -0, as JavaScript prints it
        return p - out;
    }

    // Shortest digits that round-trip, as d.ddddde±x; then lay them out as ECMAScript does.
    char sci[32];
    const auto res
        = std::to_chars(sci, sci + sizeof sci, std::fabs(d), std::chars_format::scientific);
    const std::string_view text(sci, size_t(res.ptr - sci));
    const size_t ePos = text.find('e');
    char digitBuf[24];
    int k = 0;
    for (char c : text.substr(0, ePos)) {
        if (c != '.')
            digitBuf[k++] = c;
    }
    const std::string_view digits(digitBuf, size_t(k));
    int exponent = 0;
    std::from_chars(text.data() + ePos + 2, text.data() + text.size(), exponent);
    if (text[ePos + 1] == '-')
        exponent = -exponent;
    const int n = exponent + 1; // decimal point position

    if (d < 0)
        put("-");
    if (k <= n && n <= 21) {
        put(digits);
        p = std::fill_n(p, n - k, '0');
    } else if (0 < n && n <= 21) {
        put(digits.substr(0, size_t(n)));
        put(".");
        put(digits.substr(size_t(n)));
    } else if (-6 < n && n <= 0) {
        put("0.");
        p = std::fill_n(p, -n, '0');
        put(digits);
    } else {
        put(digits.substr(0, 1));
        if (k > 1) {
            put(".");
            put(digits.substr(1));
        }
        put(n - 1 >= 0 ? "e+" : "e-");
        p = std::to_chars(p, p + 4, std::abs(n - 1)).ptr;
    }
    return p - out;
}

} // namespace

QString JsonValue::formatNumber(double d)
{
    char text[32];
    return QString::fromLatin1(text, writeNumber(d, text));
}

QString JsonValue::toDisplayString() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number:
        return formatNumber(m_number);
    case Type::String:
        return m_string;
    case Type::Array:
    case Type::Object:
        return QString::fromUtf8(toJson());
    }
    return {};
}

// Writes `s` as a JSON string. Runs of plain ASCII, most of what is written, are narrowed
// straight into `out`; other characters go through Qt's UTF-8 encoder a run at a time (so a lone
// surrogate is written as Qt writes it); control characters, quotes and backslashes are escaped.
static void writeString(QByteArray &out, QStringView s)
{
    const auto plain = [](char16_t c) { return c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\'; };
    out += '"';
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p != end) {
        const char16_t *run = p;
        while (p != end && plain(*p))
            ++p;
        if (p != run) {
            const qsizetype at = out.size();
            out.resize(at + (p - run));
            std::transform(run, p, out.data() + at, [](char16_t c) { return char(c); });
            continue;
        }
        if (*p >= 0x80) {
            while (p != end && *p >= 0x80)
                ++p;
            out += QStringView(run, p).toUtf8();
            continue;
        }
        const char16_t c = *p++;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
        }
    }
    out += '"';
}

void JsonValue::write(QByteArray &out, int indent, int depth) const
{
    const auto newline = [&](int level) {
        if (indent > 0) {
            out += '\n';
            out.append(qsizetype(indent) * level, ' ');
        }
    };
    switch (m_type) {
    case Type::Null:
        out += "null";
        break;
    case Type::Bool:
        out += m_bool ? "true" : "false";
        break;
    case Type::Number:
        // JSON has no NaN or Infinity; JSON.stringify writes null for them.
        if (std::isfinite(m_number)) {
            char text[32];
            out.append(text, writeNumber(m_number, text));
        } else {
            out += "null";
        }
        break;
    case Type::String:
        writeString(out, m_string);
        break;
    case Type::Array:
        out += '[';
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (i > 0)
                out += ',';
            newline(depth + 1);
            m_items[i].write(out, indent, depth + 1);
        }
        if (!m_items.empty())
            newline(depth);
        out += ']';
        break;
    case Type::Object:
        out += '{';
        for (size_t i = 0; i < m_members.size(); ++i) {
            if (i > 0)
                out += ',';
            newline(depth + 1);
            writeString(out, m_members[i].first);
            out += indent > 0 ? ": " : ":";
            m_members[i].second.write(out, indent, depth + 1);
        }
        if (!m_members.empty())
            newline(depth);
        out += '}';
        break;
    }
}

QByteArray JsonValue::toJson() const
{
    QByteArray out;
    out.reserve(256); // an event's fields or an answer, without growing on the way
    write(out, 0, 0);
    return out;
}

QByteArray JsonValue::toIndentedJson() const
{
    QByteArray out;
    write(out, 2, 0);
    out += '\n';
    return out;
}

bool operator==(const JsonValue &a, const JsonValue &b)
{
    if (a.m_type != b.m_type)
        return false;
    switch (a.m_type) {
    case JsonValue::Type::Null:
        return true;
    case JsonValue::Type::Bool:
        return a.m_bool == b.m_bool;
    case JsonValue::Type::Number:
        return a.m_number == b.m_number;
    case JsonValue::Type::String:
        return a.m_string == b.m_string;
    case JsonValue::Type::Array:
        return a.m_items == b.m_items;
    case JsonValue::Type::Object:
        return a.m_members == b.m_members;
    }
    return false;
}
