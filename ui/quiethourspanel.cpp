#include "quiethourspanel.h"

#include "config/liveprofile.h"
#include "config/settings.h"
#include "config/snooze.h"
#include "discord/deliveries.h"
#include "discord/discordembed.h"
#include "embedpreview.h"
#include "problemlabel.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "storage/eventstore.h"
#include "storage/outbox.h"
#include "timetext.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExampleCategories = 2;

} // namespace

QuietHoursPanel::QuietHoursPanel(Instance &instance, QWidget *parent)
    : QGroupBox(tr("Quiet hours and snooze"), parent)
    , m_instance(instance)
    , m_enabled(new QCheckBox(tr("Hold sends during &quiet hours, from"), this))
    , m_from(new QTimeEdit(this))
    , m_to(new QTimeEdit(this))
    , m_state(new QLabel(this))
    , m_snooze(new QPushButton(tr("Sn&ooze 1 hour"), this))
    , m_resume(new QPushButton(tr("R&esume now"), this))
    , m_digestTitle(new QLabel(this))
    , m_digest(new EmbedPreview(this))
    , m_problem(problemLabel(this))
    , m_save(new QPushButton(tr("Sa&ve and apply"), this))
{
    for (QTimeEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(u"HH:mm"_s);
    m_from->setAccessibleName(tr("Quiet hours start"));
    m_to->setAccessibleName(tr("Quiet hours end"));
    m_state->setWordWrap(true);
    m_digestTitle->setWordWrap(true);
    m_digest->setAccessibleName(tr("Digest preview"));
    m_digest->setWordWrap(true); // in a scrolling page: as tall as its width needs
    auto *note = new QLabel(tr("While sends are held, events are stored and then go out as one "
                               "digest per destination. Urgent categories are sent at once: "
                               "choose them on the Categories page."),
        this);
    note->setWordWrap(true);

    auto *hours = new QHBoxLayout;
    hours->addWidget(m_enabled);
    hours->addWidget(m_from);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_to);
    hours->addStretch();
    auto *holdButtons = new QHBoxLayout;
    holdButtons->addWidget(m_snooze);
    holdButtons->addWidget(m_resume);
    holdButtons->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();

    auto *form = new QFormLayout(this);
    form->addRow(hours);
    form->addRow(tr("Now:"), m_state);
    form->addRow(QString(), holdButtons);
    form->addRow(note);
    form->addRow(m_digestTitle);
    form->addRow(m_digest);
    form->addRow(m_problem);
    form->addRow(buttons);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    const auto apply = [this](const Status &s) {
        showProblem(m_problem, s);
        if (s)
            m_instance.profileEdited();
    };
    connect(m_snooze, &QPushButton::clicked, this, [this, apply] {
        apply(Snooze(m_instance.database()).until(QDateTime::currentDateTimeUtc().addSecs(3600)));
    });
    connect(m_resume, &QPushButton::clicked, this, [this, apply] {
        apply(Snooze(m_instance.database()).resumeNow(QDateTime::currentDateTimeUtc()));
    });
    connect(&instance.delivery(), &Deliveries::holdChanged, this, &QuietHoursPanel::showState);
    connect(&instance.notifier(), &ProfileNotifier::eventsChanged, this, [this] {
        if (isVisible())
            showDigest();
    });
    reload();
}

QList<QWidget *> QuietHoursPanel::focusOrder() const
{
    return {m_enabled, m_from, m_to, m_snooze, m_resume, m_save};
}

void QuietHoursPanel::showEvent(QShowEvent *event)
{
    showDigest();
    QGroupBox::showEvent(event);
}

void QuietHoursPanel::reload()
{
    const std::optional<QuietHours> hours = Settings(m_instance.database()).quietHours();
    m_enabled->setChecked(hours.has_value());
    m_from->setTime(hours ? hours->start : QTime(22, 0));
    m_to->setTime(hours ? hours->end : QTime(7, 0));
    m_from->setEnabled(hours.has_value());
    m_to->setEnabled(hours.has_value());
    showState();
    showDigest();
}

void QuietHoursPanel::showState()
{
    const Deliveries &deliveries = m_instance.delivery();
    const QString until = shortTime(deliveries.holdEnds().toLocalTime().time());
    switch (deliveries.holdReason()) {
    case Hold::Reason::None:
        m_state->setText(tr("Sends go out as events come."));
        break;
    case Hold::Reason::QuietHours:
        m_state->setText(tr("Quiet hours until %1.").arg(until));
        break;
    case Hold::Reason::Snooze:
        m_state->setText(tr("Snoozed until %1.").arg(until));
        break;
    }
    m_resume->setEnabled(deliveries.holdReason() != Hold::Reason::None);
}

void QuietHoursPanel::showDigest()
{
    EventStore events(m_instance.database());
    Result<QList<DigestEntry>> held
        = Outbox(m_instance.database()).heldDigest(DiscordEmbed::DigestLatest);
    QList<DigestEntry> entries = held ? held.value() : QList<DigestEntry>();
    qint64 heldCount = 0;
    for (const DigestEntry &entry : std::as_const(entries))
        heldCount += entry.count;
    if (entries.isEmpty()) {
        // Nothing held: what a digest of the latest events would look like.
        for (const Category &category : m_instance.profile().categories()) {
            if (entries.size() == ExampleCategories)
                break;
            EventQuery query;
            query.category = category.name;
            query.limit = DiscordEmbed::DigestLatest;
            const Result<QList<Event>> latest = events.list(query);
            if (latest && !latest->isEmpty())
                entries.append({category.name, qint64(latest->size()), latest.value()});
        }
    }
    QList<JsonValue> embeds;
    for (const DigestEntry &entry : std::as_const(entries))
        embeds << DiscordEmbed::digest(entry, m_instance.profile().category(entry.category)).json;
    m_digest->setEmbeds(embeds);
    m_digest->setVisible(!embeds.isEmpty());
    if (heldCount > 0)
        m_digestTitle->setText(tr("The next digest (%n event(s) held):", nullptr, int(heldCount)));
    else if (!embeds.isEmpty())
        m_digestTitle->setText(tr("A digest looks like this (made from your latest events):"));
    else
        m_digestTitle->setText(tr("Nothing is held. A digest lists each category with how many "
                                  "events it held and the latest few."));
}

Status QuietHoursPanel::save()
{
    Settings settings(m_instance.database());
    QuietHours hours;
    hours.start = m_from->time();
    hours.end = m_to->time();
    const Status s = m_enabled->isChecked()
        ? settings.set(Settings::Key::QuietHours, hours.toString())
        : settings.unset(Settings::Key::QuietHours);
    showProblem(m_problem, s);
    if (s)
        m_instance.profileEdited();
    return s;
}
