#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A kind of event ("sale", "signup"): how its Discord message is titled and coloured.
// The rules are the hosted service's, so that a script written for it works unchanged.
struct Category
{
    Q_DECLARE_TR_FUNCTIONS(Category)

public:
    static constexpr int MaxNameLength = 50;
    static constexpr quint32 DefaultColor = 0x5865F2; // Discord's blurple

    qint64 id = 0;
    QString name;
    QString emoji; // empty: none (the message then shows 🔔)
    quint32 color = DefaultColor;
    // The fields the dashboard adds up for this category, in this order; empty: every numeric
    // field that is not an identifier or a code.
    QStringList totalFields;
    // Noise control: an urgent category is sent even while sends are held (quiet hours, a
    // snooze); a muted one's events are stored and counted but never sent; a category with a
    // webhook of its own is sent there instead of to the profile's destination.
    bool urgent = false;
    bool muted = false;
    QString webhookUrl; // empty: the profile's destination
    QDateTime createdAt;
    QDateTime updatedAt;

    QString colorName() const { return formatColor(color); }
    // The emoji as shown: the category's, or 🔔 when it has none (as the original service does).
    QString shownEmoji() const;
    // The Discord message's title, as the original service builds it: the shown emoji, a space,
    // and the name with its first letter upper-cased.
    QString title() const;

    // Lowercase letters, digits, '-' and '_', 1 to 50 characters.
    static Status validateName(QStringView name);
    // "#RRGGBB" or "RRGGBB", either case, to 0xRRGGBB.
    static Result<quint32> parseColor(QStringView text);
    static QString formatColor(quint32 color);
    // Empty, or exactly one emoji (a single grapheme: flags, skin tones, ZWJ sequences, keycaps).
    static Status validateEmoji(QStringView emoji);

    // The categories offered to a new profile with one click: bug, sale and question.
    static QList<Category> quickStart();
};
