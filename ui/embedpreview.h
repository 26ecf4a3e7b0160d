#pragma once

#include "json/jsonvalue.h"

#include <QLabel>

// A Discord message as Discord shows it, for the person to see before it is sent: each embed
// with its colour bar, title, description (Discord's **bold** and <t:SECONDS:t> times shown as
// Discord shows them) and fields, on Discord's dark chat background.
class EmbedPreview : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbedPreview)

public:
    explicit EmbedPreview(QWidget *parent = nullptr);

    void setEmbeds(const QList<JsonValue> &embeds);

    // Discord's markdown of a description, as rich text: escaped, **bold**, <t:N:t> as the
    // local time, line breaks kept.
    static QString descriptionHtml(const QString &description);
};
