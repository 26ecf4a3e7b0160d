#include "jsonvalue.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

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

QString JsonValue::formatNumber(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (d == 0)
        return QStringLiteral("0"); // also -0, as JavaScript prints it

    // Shortest digits that round-trip, as d.ddddde±x; then lay them out as ECMAScript does.
    char buf[64];
    const auto res
        = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific);
    const std::string_view sci(buf, res.ptr - buf);
    const auto ePos = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, ePos)) {
        if (c != '.')
            digits += c;
    }
    const int k = int(digits.size());
    const int n
        = std::atoi(std::string(sci.substr(ePos + 1)).c_str()) + 1; // decimal point position

    std::string out = d < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits;
        out.append(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, size_t(n));
        out += '.';
        out += digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(size_t(-n), '0');
        out += digits;
    } else {
        out += digits[0];
        if (k > 1) {
            out += '.';
            out += digits.substr(1);
        }
        out += 'e';
        out += n - 1 >= 0 ? '+' : '-';
        out += std::to_string(std::abs(n - 1));
    }
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
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
        out += std::isfinite(m_number) ? formatNumber(m_number).toLatin1() : QByteArray("null");
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
