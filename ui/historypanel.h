#pragma once

#include "domain/error.h"

#include <QGroupBox>

class Instance;
class QLabel;
class QPushButton;
class QSpinBox;

// Settings' "History": how much of it is kept (days, events; pending events always stay), how
// much it holds now (events, space on disk), and Save and apply, which prunes in the background.
class HistoryPanel : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    explicit HistoryPanel(Instance &instance, QWidget *parent = nullptr);

    // Saves both limits and applies them at once.
    Status save();
    // Reads the settings and the history's size again.
    void reload();

    QSpinBox *keepDaysSpin() const { return m_keepDays; }
    QSpinBox *maxEventsSpin() const { return m_maxEvents; }
    QLabel *usageLabel() const { return m_usage; }
    QList<QWidget *> focusOrder() const;

private:
    void showUsage();

    Instance &m_instance;
    QSpinBox *m_keepDays;
    QSpinBox *m_maxEvents;
    QLabel *m_usage;
    QLabel *m_problem;
    QPushButton *m_save;
};
