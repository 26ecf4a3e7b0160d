#include "embedpreview.h"

#include "domain/category.h"
#include "timetext.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

EmbedPreview::EmbedPreview(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Discord's own colours in either palette: the preview shows the message as it will look.
    setStyleSheet(u"background: #313338; color: #dbdee1; padding: 8px;"_s);
}

QString EmbedPreview::descriptionHtml(const QString &description)
{
    QString html = description.toHtmlEscaped();
    static const QRegularExpression bold(u"\\*\\*(.+?)\\*\\*"_s);
    html.replace(bold, u"<b>\\1</b>"_s);
    static const QRegularExpression time(u"&lt;t:(\\d+):t&gt;"_s);
    for (QRegularExpressionMatch m = time.match(html); m.hasMatch(); m = time.match(html)) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(m.captured(1).toLongLong());
        html.replace(m.capturedStart(), m.capturedLength(),
            u"<span style='background:#3f4147'>%1</span>"_s.arg(shortTime(at.time())));
    }
    return html.replace(u"\n"_s, u"<br>"_s);
}

void EmbedPreview::setEmbeds(const QList<JsonValue> &embeds)
{
    QString html;
    for (const JsonValue &embed : embeds) {
        const auto text = [&](QStringView member) {
            const JsonValue *v = embed.find(member);
            return v ? v->toString() : QString();
        };
        const JsonValue *colorValue = embed.find(u"color");
        const QString color
            = Category::formatColor(colorValue ? quint32(colorValue->toDouble()) : 0x1e1f22);
        QString fields;
        if (const JsonValue *list = embed.find(u"fields")) {
            for (const JsonValue &f : list->items()) {
                fields += u"<td style='padding-right:16px'><b>%1</b><br>%2</td>"_s.arg(
                    f.find(u"name")->toString().toHtmlEscaped(),
                    f.find(u"value")->toString().toHtmlEscaped());
            }
        }
        html += u"<table cellspacing=0 style='margin-bottom:6px'><tr><td style='background:%1' "
                "width=4></td><td style='padding-left:10px'><b>%2</b><br>%3"_s.arg(
                    color, text(u"title").toHtmlEscaped(), descriptionHtml(text(u"description")));
        if (!fields.isEmpty())
            html += u"<table><tr>%1</tr></table>"_s.arg(fields);
        html += u"</td></tr></table>"_s;
    }
    setText(html);
}
