#include "historypanel.h"

#include "config/settings.h"
#include "problemlabel.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "storage/retention.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include <limits>

HistoryPanel::HistoryPanel(Instance &instance, QWidget *parent)
    : QGroupBox(tr("History"), parent)
    , m_instance(instance)
    , m_keepDays(new QSpinBox(this))
    , m_maxEvents(new QSpinBox(this))
    , m_usage(new QLabel(this))
    , m_problem(problemLabel(this))
    , m_save(new QPushButton(tr("Save and &apply"), this))
{
    m_keepDays->setRange(0, 36500);
    m_keepDays->setSpecialValueText(tr("Forever"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setAccessibleName(tr("Keep events for"));
    m_maxEvents->setRange(0, 1000000000);
    m_maxEvents->setSingleStep(1000);
    m_maxEvents->setSpecialValueText(tr("No limit"));
    m_maxEvents->setGroupSeparatorShown(true);
    m_maxEvents->setAccessibleName(tr("Keep at most"));
    auto *note = new QLabel(tr("Older events are deleted in the background, a few at a time; "
                               "events still waiting to be sent are never deleted."),
        this);
    note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Keep events &for:"), m_keepDays);
    form->addRow(tr("Keep at &most:"), m_maxEvents);
    form->addRow(tr("Now:"), m_usage);
    form->addRow(note);
    form->addRow(m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    form->addRow(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(&instance.notifier(), &ProfileNotifier::eventsChanged, this, [this] {
        if (isVisible())
            showUsage();
    });
    reload();
}

QList<QWidget *> HistoryPanel::focusOrder() const
{
    return {m_keepDays, m_maxEvents, m_save};
}

void HistoryPanel::reload()
{
    Settings settings(m_instance.database());
    m_keepDays->setValue(settings.historyKeepDays());
    m_maxEvents->setValue(int(qMin<qint64>(settings.historyMaxEvents(), m_maxEvents->maximum())));
    showUsage();
}

void HistoryPanel::showUsage()
{
    const Result<Retention::Size> size = Retention(m_instance.database()).size();
    if (!size) {
        m_usage->setText(size.error().message);
        return;
    }
    const QLocale locale;
    m_usage->setText(tr("%Ln event(s), %1 on disk", nullptr,
        int(qMin<qint64>(size->events, std::numeric_limits<int>::max())))
                         .arg(locale.formattedDataSize(size->bytes, 1, QLocale::DataSizeSIFormat)));
}

Status HistoryPanel::save()
{
    Settings settings(m_instance.database());
    Status s = settings.set(Settings::Key::HistoryKeepDays, QString::number(m_keepDays->value()));
    if (s)
        s = settings.set(Settings::Key::HistoryMaxEvents, QString::number(m_maxEvents->value()));
    showProblem(m_problem, s);
    if (s) {
        m_instance.profileEdited();
        m_instance.pruneHistory();
    }
    return s;
}
