#pragma once

#include <QByteArray>
#include <QString>

// The end of a command's output, for the event `pingpanda run` posts: everything passes through
// append(), only the last bytes stay (memory does not grow with the output), and text() turns
// them into the lines a person would have seen last, without terminal control sequences.
class OutputTail
{
public:
    // Enough raw bytes for the last 1,000 characters even when colour codes surround them.
    static constexpr qsizetype KeptBytes = 64 * 1024;

    void append(QByteArrayView bytes);
    // The last whole lines, at most maxChars characters; a last line longer than that keeps its
    // end, after "…". Empty when the command wrote nothing visible.
    QString text(qsizetype maxChars) const;
    qint64 totalBytes() const { return m_total; }

private:
    QByteArray m_bytes;
    qint64 m_total = 0;
};
