#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QLabel;
class QLineEdit;

// Checks a field a moment after the person stops typing and shows the latest result under it,
// as a tick or a cross with the explanation. A slow answer about text that has changed since is
// dropped, so what is shown is always about what is in the field.
class LiveCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCheck)

public:
    // `done(ok, text)` reports the check's outcome; it may be called at once or later.
    using Done = std::function<void(bool ok, const QString &text)>;
    using Check = std::function<void(const QString &value, Done done)>;

    LiveCheck(QLineEdit *field, QLabel *result, Check check, QObject *parent = nullptr);

    // The field's current text was checked and passed.
    bool passed() const { return m_passed; }
    // Checks now, without waiting for typing to stop.
    void checkNow();
    // Shows an outcome found elsewhere (e.g. a token already saved), as if checked.
    void show(bool ok, const QString &text);

    static constexpr int DelayMs = 400;
    // `text` after a tick or a cross, in a colour that reads on `palette`'s window, light or dark.
    static QString marked(bool ok, const QString &text, const QPalette &palette);

Q_SIGNALS:
    // A check finished, or the text changed and the last result no longer applies.
    void changed();

private:
    void onEdited();

    QLineEdit *m_field;
    QLabel *m_result;
    Check m_check;
    QTimer m_delay;
    quint64 m_generation = 0;
    bool m_passed = false;
};
