#include "cli/cli.h"

#include "config/snooze.h"
#include "domain/category.h"
#include "domain/weburl.h"
#include "storage/categorystore.h"
#include "storage/database.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

// What a category's rules mean, in a phrase.
QString describeRules(const Category &c)
{
    QStringList rules;
    if (c.muted)
        rules << Cli::tr("muted (its events are stored but never sent)");
    else if (c.urgent)
        rules << Cli::tr("urgent (sent at once, even in quiet hours or a snooze)");
    if (!c.webhookUrl.isEmpty())
        rules << Cli::tr("sent to its own webhook");
    if (rules.isEmpty())
        return Cli::tr("like the rest (sent to the profile's destination, held in quiet hours)");
    return rules.join(u"; "_s);
}

} // namespace

int Cli::categorySet()
{
    const QString name = m_args.at(0);
    const auto given
        = [this](const char *option) { return m_parser->isSet(QLatin1StringView(option)); };
    for (const auto &[on, off] : {std::pair {"urgent", "no-urgent"}, std::pair {"mute", "unmute"},
             std::pair {"webhook", "no-webhook"}}) {
        if (given(on) && given(off))
            return usageError(tr("--%1 and --%2 contradict each other; give one.")
                                  .arg(QLatin1StringView(on), QLatin1StringView(off)));
    }
    if (!given("urgent") && !given("no-urgent") && !given("mute") && !given("unmute")
        && !given("webhook") && !given("no-webhook")) {
        return usageError(tr("Say what to change: --urgent or --no-urgent, --mute or --unmute, "
                             "--webhook URL or --no-webhook."));
    }
    if (Status s = Category::validateName(name); !s)
        return failure(s.error().message);
    QString webhook;
    if (given("webhook")) {
        // Checked before the data folder is touched, so bad input changes nothing.
        const Result<QString> checked
            = WebUrl::normalizeDiscordWebhook(m_parser->value(u"webhook"_s));
        if (!checked)
            return failure(checked.error().message);
        webhook = checked.value();
    }
    if (!openDatabase())
        return Failure;
    CategoryStore store(*m_db);
    Result<Category> category = store.find(name);
    if (!category)
        return failure(category.error().message);
    Category changed = category.value();
    if (given("urgent") || given("no-urgent"))
        changed.urgent = given("urgent");
    if (given("mute") || given("unmute"))
        changed.muted = given("mute");
    if (given("webhook") || given("no-webhook"))
        changed.webhookUrl = webhook;
    Result<Category> stored = store.update(name, changed);
    if (!stored)
        return failure(stored.error().message);
    m_out << tr("The category \"%1\" is now %2.").arg(name, describeRules(stored.value()))
          << Qt::endl;
    return Success;
}

int Cli::snooze()
{
    const QString what = m_args.at(0).trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (what.compare(u"off"_s, Qt::CaseInsensitive) == 0) {
        if (!openDatabase())
            return Failure;
        if (Status s = Snooze(*m_db).resumeNow(now); !s)
            return failure(s.error().message);
        m_out << tr("Sends resumed. What was held goes out now as one digest.") << Qt::endl;
        return Success;
    }
    const Result<qint64> seconds = Snooze::parseDuration(what);
    if (!seconds)
        return failure(seconds.error().message);
    if (!openDatabase())
        return Failure;
    const QDateTime end = now.addSecs(seconds.value());
    if (Status s = Snooze(*m_db).until(end); !s)
        return failure(s.error().message);
    const QDateTime local = end.toLocalTime();
    // To the second only where a minute is much of it.
    const QString shown = local.date() != QDate::currentDate() ? shownTime(end)
        : seconds.value() < 60                                 ? local.toString(u"HH:mm:ss"_s)
                                                               : local.toString(u"HH:mm"_s);
    m_out << tr("Sends are held until %1. Events are stored meanwhile and go out as one digest "
                "then; urgent categories are still sent. Resume early with: pingpanda snooze off")
                 .arg(shown)
          << Qt::endl;
    return Success;
}
