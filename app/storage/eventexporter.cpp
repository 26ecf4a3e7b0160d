#include "storage/eventexporter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

} // namespace

EventExporter::Format EventExporter::formatFor(const QString &fileName)
{
    return fileName.endsWith(u".json"_s, Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

Result<qint64> EventExporter::write(
    const EventStore &store, EventQuery query, Format format, QIODevice &out)
{
    const auto put = [&out](const QByteArray &bytes) { return out.write(bytes) == bytes.size(); };
    const auto writeFailed = [&out] {
        return Error::storage(tr("The file could not be written: %1").arg(out.errorString()));
    };
    if (!put(format == Format::Csv
                ? "id,time,category,description,fields,status,attempts,delivered_at,error\r\n"
                : "["))
        return writeFailed();
    qint64 written = 0;
    query.limit = EventStore::MaxListLimit;
    for (query.offset = 0;; query.offset += query.limit) {
        Result<QList<Event>> page = store.list(query);
        if (!page)
            return page.error();
        for (const Event &e : page.value()) {
            QByteArray line;
            if (format == Format::Csv) {
                const QStringList fields = {e.id, Event::isoTime(e.createdAt), e.category,
                    e.description, QString::fromUtf8(e.fields.toJson()),
                    Event::statusName(e.status), QString::number(e.attempts),
                    e.deliveredAt.isValid() ? Event::isoTime(e.deliveredAt) : QString(), e.error};
                QByteArrayList cells;
                for (const QString &f : fields)
                    cells << csvField(f);
                line = cells.join(',') + "\r\n";
            } else {
                line = (written > 0 ? ",\n  " : "\n  ") + e.toJson().toJson();
            }
            if (!put(line))
                return writeFailed();
            ++written;
        }
        if (page->size() < query.limit)
            break;
    }
    if (format == Format::Json && !put(written > 0 ? "\n]\n" : "]\n"))
        return writeFailed();
    return written;
}
