#include "jobs/outputtail.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Drops terminal control sequences: CSI (colours, cursor moves), OSC (window titles, links,
// ended by BEL or ESC \), and the two-byte escapes.
QString withoutEscapes(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\x1b') {
            out += c;
            continue;
        }
        const QChar kind = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (kind == u'[') {
            i += 2;
            while (i < text.size() && !(text.at(i) >= u'@' && text.at(i) <= u'~'))
                ++i;
        } else if (kind == u']') {
            i += 2;
            while (i < text.size() && text.at(i) != u'\a'
                && !(text.at(i) == u'\x1b' && i + 1 < text.size() && text.at(i + 1) == u'\\'))
                ++i;
            if (i < text.size() && text.at(i) == u'\x1b')
                ++i;
        } else {
            ++i;
        }
    }
    return out;
}

// What a terminal leaves on a line: a carriage return starts it over (progress bars), and other
// control characters but tabs show nothing.
QString asShown(QStringView line)
{
    if (line.endsWith(u'\r'))
        line.chop(1);
    const qsizetype lastReturn = line.lastIndexOf(u'\r');
    if (lastReturn >= 0)
        line = line.sliced(lastReturn + 1);
    QString shown;
    shown.reserve(line.size());
    for (QChar c : line) {
        if (c == u'\t' || c.unicode() >= 0x20)
            shown += c;
    }
    return shown;
}

} // namespace

void OutputTail::append(QByteArrayView bytes)
{
    m_total += bytes.size();
    if (bytes.size() >= KeptBytes) {
        m_bytes = bytes.last(KeptBytes).toByteArray();
        return;
    }
    m_bytes.append(bytes);
    // Trimmed in steps of a whole KeptBytes, so that a stream of small writes is not a copy each.
    if (m_bytes.size() >= 2 * KeptBytes)
        m_bytes.remove(0, m_bytes.size() - KeptBytes);
}

QString OutputTail::text(qsizetype maxChars) const
{
    QByteArrayView kept(m_bytes);
    if (kept.size() > KeptBytes)
        kept = kept.last(KeptBytes);
    if (m_total > kept.size()) {
        // The cut may have fallen inside a UTF-8 character or a line: start at the next line.
        const qsizetype newline = kept.indexOf('\n');
        kept = newline >= 0 ? kept.sliced(newline + 1) : kept;
    }
    const QStringList lines = withoutEscapes(QString::fromUtf8(kept)).split(u'\n');
    QStringList shown;
    qsizetype length = 0;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString line = asShown(lines.at(i));
        if (shown.isEmpty() && line.trimmed().isEmpty())
            continue; // the blank lines at the end
        const qsizetype added = line.size() + (shown.isEmpty() ? 0 : 1);
        if (length + added > maxChars) {
            if (shown.isEmpty())
                shown.prepend(u"…"_s + line.right(maxChars - 1));
            break;
        }
        shown.prepend(line);
        length += added;
    }
    return shown.join(u'\n');
}
