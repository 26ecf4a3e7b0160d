#pragma once

#include "domain/error.h"

#include <QGroupBox>

class EmbedPreview;
class Instance;
class QCheckBox;
class QLabel;
class QPushButton;
class QTimeEdit;

// Settings' "Quiet hours and snooze": the daily quiet hours (on or off, from, to), what holds
// sends now and until when, Snooze for 1 hour and Resume now, and the digest the held events
// will make, shown as Discord will show it (an example from recent events while nothing is held).
class QuietHoursPanel : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuietHoursPanel)

public:
    explicit QuietHoursPanel(Instance &instance, QWidget *parent = nullptr);

    // Saves the quiet hours (or none) and applies them at once.
    Status save();
    // Reads the setting, the hold in force and the held events again.
    void reload();

    QCheckBox *enabledBox() const { return m_enabled; }
    QTimeEdit *fromEdit() const { return m_from; }
    QTimeEdit *toEdit() const { return m_to; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QPushButton *resumeButton() const { return m_resume; }
    QLabel *digestLabel() const { return m_digestTitle; }
    EmbedPreview *digestPreview() const { return m_digest; }
    QList<QWidget *> focusOrder() const;

protected:
    // Events that came while the page was hidden: the digest as it stands now.
    void showEvent(QShowEvent *event) override;

private:
    void showState();
    void showDigest();

    Instance &m_instance;
    QCheckBox *m_enabled;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QLabel *m_state;
    QPushButton *m_snooze;
    QPushButton *m_resume;
    QLabel *m_digestTitle;
    EmbedPreview *m_digest;
    QLabel *m_problem;
    QPushButton *m_save;
};
