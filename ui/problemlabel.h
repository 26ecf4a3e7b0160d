#pragma once

#include "domain/error.h"

#include <QLabel>

// What went wrong with a page's last action, in red under its controls; hidden while nothing did.
inline QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #C0392B;"));
    label->hide();
    return label;
}

inline void showProblem(QLabel *label, const Status &outcome)
{
    label->setText(outcome ? QString() : outcome.error().message);
    label->setVisible(!outcome);
}
