#pragma once

#include <QDialog>

class QFormLayout;
class QLineEdit;

// Shows what must be copied now because PingPanda keeps only a hash of it (a new key, a hook's
// URL with its key): each value in a read-only field with its own Copy button, and a warning
// that it cannot be shown again.
class SecretDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    SecretDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    // A value to copy, under its label; returns its field (tests read it).
    QLineEdit *addValue(const QString &label, const QString &value);
    // A plain line between the values (where to paste them).
    void addNote(const QString &text);

private:
    QFormLayout *m_form;
};
