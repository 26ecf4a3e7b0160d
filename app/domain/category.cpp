#include "domain/category.h"

#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

Status Category::validateName(QStringView name)
{
    if (name.isEmpty())
        return Error::invalidInput(tr("A category name cannot be empty."));
    if (name.size() > MaxNameLength) {
        return Error::invalidInput(tr("The category name is %1 characters long; the limit is %2.")
                                       .arg(name.size())
                                       .arg(MaxNameLength));
    }
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool allowed
            = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!allowed) {
            return Error::invalidInput(tr("The category name \"%1\" may only contain lowercase "
                                          "letters (a-z), digits, '-' and "
                                          "'_'.")
                                           .arg(name));
        }
    }
    return {};
}

Result<quint32> Category::parseColor(QStringView text)
{
    QStringView hex = text.trimmed();
    if (hex.startsWith(u'#'))
        hex = hex.mid(1);
    bool ok = hex.size() == 6;
    for (QChar c : hex) {
        const char16_t u = c.unicode();
        ok = ok
            && ((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F'));
    }
    if (!ok) {
        return Error::invalidInput(
            tr("\"%1\" is not a colour. Write it as six hex digits, like #FF6B6B.").arg(text));
    }
    return quint32(hex.toUInt(nullptr, 16));
}

QString Category::shownEmoji() const
{
    return emoji.isEmpty() ? QStringLiteral("\U0001F514") : emoji;
}

QString Category::title() const
{
    return shownEmoji() + u' ' + name.left(1).toUpper() + name.mid(1);
}

QString Category::formatColor(quint32 color)
{
    return u"#%1"_s.arg(uint(color & 0xFFFFFF), 6, 16, QLatin1Char('0')).toUpper();
}

namespace {

// Code points that start an emoji presentation: Unicode's Extended_Pictographic blocks plus the
// regional indicators (flags) and keycap bases. Qt 6.4 exposes no emoji property, hence the table.
bool isEmojiStart(char32_t cp)
{
    struct Range
    {
        char32_t from, to;
    };
    static constexpr Range ranges[] = {
        {0x00A9, 0x00A9},
        {0x00AE, 0x00AE},
        {0x203C, 0x203C},
        {0x2049, 0x2049},
        {0x2122, 0x2122},
        {0x2139, 0x2139},
        {0x2194, 0x21AA},
        {0x231A, 0x231B},
        {0x2328, 0x2328},
        {0x23CF, 0x23CF},
        {0x23E9, 0x23FA},
        {0x24C2, 0x24C2},
        {0x25AA, 0x25AB},
        {0x25B6, 0x25B6},
        {0x25C0, 0x25C0},
        {0x25FB, 0x25FE},
        {0x2600, 0x27BF},
        {0x2934, 0x2935},
        {0x2B05, 0x2B55},
        {0x3030, 0x3030},
        {0x303D, 0x303D},
        {0x3297, 0x3299},
        {0x1F000, 0x1FAFF},
    };
    for (const Range &r : ranges) {
        if (cp >= r.from && cp <= r.to)
            return true;
    }
    return false;
}

bool isKeycapBase(char32_t cp)
{
    return (cp >= U'0' && cp <= U'9') || cp == U'#' || cp == U'*';
}

} // namespace

Status Category::validateEmoji(QStringView emoji)
{
    if (emoji.isEmpty())
        return {};
    const auto refuse = [&] {
        return Error::invalidInput(
            tr("\"%1\" is not a single emoji. Pick one emoji, like 💰, or leave it empty.")
                .arg(emoji));
    };
    // The longest real sequences (family ZWJ sequences with skin tones) stay well under this.
    if (emoji.size() > 32)
        return refuse();

    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, emoji.data(), emoji.size());
    graphemes.toNextBoundary();
    if (graphemes.position() != emoji.size())
        return refuse();

    const char32_t first = emoji.toUcs4().constFirst();
    if (isEmojiStart(first))
        return {};
    // Keycaps: a digit, '#' or '*', optionally U+FE0F, then U+20E3.
    if (isKeycapBase(first) && emoji.endsWith(QChar(0x20E3)))
        return {};
    return refuse();
}

QList<Category> Category::quickStart()
{
    const auto make = [](const QString &name, const QString &emoji, quint32 color) {
        Category c;
        c.name = name;
        c.emoji = emoji;
        c.color = color;
        return c;
    };
    return {make(u"bug"_s, u"🐞"_s, 0xFF6B6B), make(u"sale"_s, u"💰"_s, 0xFFEB3B),
        make(u"question"_s, u"🤔"_s, 0x6C5CE7)};
}
