#include "cli/cli.h"

#include "config/settings.h"
#include "storage/database.h"
#include "version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <limits>

using namespace Qt::StringLiterals;

struct Cli::Command
{
    QStringList words; // "category", "add"
    QString arguments; // the positional part of the usage line
    const char *summary;
    QStringList options; // the options this command accepts, besides --data-dir and --help
    int minArgs;
    int maxArgs;
    int (Cli::*handler)();
    // What an option means for this command, where that differs from its usual meaning.
    QList<std::pair<QString, const char *>> optionMeanings = {};
};

namespace {

struct OptionSpec
{
    QString name;
    QString valueName; // empty for a flag
    const char *description;
};

const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs = {
        {u"data-dir"_s, u"DIR"_s,
            QT_TRANSLATE_NOOP("Cli",
                "The profile folder: database and settings (default: "
                "$PINGPANDA_DATA_DIR, else the system's app data folder).")},
        {u"help"_s, QString(), QT_TRANSLATE_NOOP("Cli", "Show help and exit.")},
        {u"version"_s, QString(), QT_TRANSLATE_NOOP("Cli", "Show the version and exit.")},
        {u"headless"_s, QString(),
            QT_TRANSLATE_NOOP("Cli", "Serve without the tray icon and window.")},
        {u"port"_s, u"N"_s, QT_TRANSLATE_NOOP("Cli", "Listen on port N (0 picks a free one).")},
        {u"bind"_s, u"ADDR"_s,
            QT_TRANSLATE_NOOP("Cli", "Listen on address ADDR (default 127.0.0.1).")},
        {u"regenerate"_s, QString(),
            QT_TRANSLATE_NOOP("Cli", "Replace the key with a new one; the old one stops working.")},
        {u"color"_s, u"RRGGBB"_s,
            QT_TRANSLATE_NOOP("Cli", "The colour of the Discord message's bar.")},
        {u"emoji"_s, u"E"_s,
            QT_TRANSLATE_NOOP("Cli", "One emoji shown before the category's name.")},
        {u"json"_s, QString(), QT_TRANSLATE_NOOP("Cli", "Print JSON instead of a table.")},
        {u"preset"_s, u"P"_s,
            QT_TRANSLATE_NOOP("Cli",
                "How to read the payload: generic (default), github, grafana or uptime-kuma.")},
        {u"only-failures"_s, QString(),
            QT_TRANSLATE_NOOP("Cli", "Send the event only when the command fails.")},
        {u"categories"_s, u"A,B"_s,
            QT_TRANSLATE_NOOP("Cli", "Only these categories (default: every category).")},
        {u"category"_s, u"C"_s, QT_TRANSLATE_NOOP("Cli", "Only events of category C.")},
        {u"status"_s, u"S"_s,
            QT_TRANSLATE_NOOP(
                "Cli", "Only events with delivery status S: pending, delivered, failed or muted.")},
        {u"urgent"_s, QString(),
            QT_TRANSLATE_NOOP("Cli", "Send its events at once, even in quiet hours or a snooze.")},
        {u"no-urgent"_s, QString(),
            QT_TRANSLATE_NOOP("Cli", "Hold its events with the rest (the default).")},
        {u"mute"_s, QString(),
            QT_TRANSLATE_NOOP("Cli", "Store its events but never send them (status MUTED).")},
        {u"unmute"_s, QString(), QT_TRANSLATE_NOOP("Cli", "Send its events again.")},
        {u"webhook"_s, u"URL"_s,
            QT_TRANSLATE_NOOP("Cli",
                "Send its events to this Discord webhook instead of the profile's destination.")},
        {u"no-webhook"_s, QString(),
            QT_TRANSLATE_NOOP("Cli", "Send its events to the profile's destination again.")},
        {u"limit"_s, u"N"_s,
            QT_TRANSLATE_NOOP("Cli", "At most N events, newest first (default 50).")},
        {u"description"_s, u"TEXT"_s,
            QT_TRANSLATE_NOOP("Cli", "The event's description (the message's text).")},
        {u"field"_s, u"KEY=VALUE"_s,
            QT_TRANSLATE_NOOP("Cli",
                "A field of the message; repeat for more. Numbers and true/false are sent as "
                "such.")},
    };
    return specs;
}

const OptionSpec &optionSpec(const QString &name)
{
    for (const OptionSpec &o : optionSpecs()) {
        if (o.name == name)
            return o;
    }
    Q_UNREACHABLE();
}

// The text and spaces up to `width`; two at least, so that a text wider than its column still
// stands apart from the next.
QString pad(const QString &text, qsizetype width)
{
    return text + QString(qMax<qsizetype>(2, width - text.size()), u' ');
}

} // namespace

const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> table = {
        {{u"api-key"_s}, QString(),
            QT_TR_NOOP("Print the API key that scripts send as 'Authorization: Bearer <key>'."),
            {u"regenerate"_s}, 0, 0, &Cli::apiKey},
        {{u"api-key"_s, u"add"_s}, u"NAME"_s,
            QT_TR_NOOP("Make a key for one tool; print it once (only a hash is kept)."),
            {u"categories"_s}, 1, 1, &Cli::apiKeyAdd},
        {{u"api-key"_s, u"list"_s}, QString(),
            QT_TR_NOOP("List the tools' keys: name, categories, created, last used."), {u"json"_s},
            0, 0, &Cli::apiKeyList},
        {{u"api-key"_s, u"revoke"_s}, u"NAME"_s,
            QT_TR_NOOP("Revoke a tool's key; its requests get 401 at once."), {}, 1, 1,
            &Cli::apiKeyRevoke},
        {{u"category"_s, u"add"_s}, u"NAME"_s, QT_TR_NOOP("Add a category of events."),
            {u"color"_s, u"emoji"_s}, 1, 1, &Cli::categoryAdd},
        {{u"category"_s, u"list"_s}, QString(), QT_TR_NOOP("List the categories."), {u"json"_s}, 0,
            0, &Cli::categoryList},
        {{u"category"_s, u"set"_s}, u"NAME"_s,
            QT_TR_NOOP("Change a category's rules: urgent, muted, its own webhook."),
            {u"urgent"_s, u"no-urgent"_s, u"mute"_s, u"unmute"_s, u"webhook"_s, u"no-webhook"_s}, 1,
            1, &Cli::categorySet},
        {{u"category"_s, u"remove"_s}, u"NAME"_s,
            QT_TR_NOOP("Remove a category. Its events stay in the history."), {}, 1, 1,
            &Cli::categoryRemove},
        {{u"config"_s, u"get"_s}, u"KEY"_s, QT_TR_NOOP("Print a setting's value."), {}, 1, 1,
            &Cli::configGet},
        {{u"config"_s, u"set"_s}, u"KEY VALUE"_s,
            QT_TR_NOOP("Change a setting (VALUE '-' reads it from standard input)."), {}, 2, 2,
            &Cli::configSet},
        {{u"config"_s, u"unset"_s}, u"KEY"_s, QT_TR_NOOP("Put a setting back to its default."), {},
            1, 1, &Cli::configUnset},
        {{u"config"_s, u"list"_s}, QString(), QT_TR_NOOP("List every setting with its value."),
            {u"json"_s}, 0, 0, &Cli::configList},
        {{u"events"_s}, QString(), QT_TR_NOOP("List stored events, newest first."),
            {u"category"_s, u"status"_s, u"limit"_s, u"json"_s}, 0, 0, &Cli::events},
        {{u"token"_s, u"set"_s}, QString(),
            QT_TR_NOOP(
                "Read the Discord bot token from standard input and store it in the keychain."),
            {}, 0, 0, &Cli::tokenSet},
        {{u"token"_s, u"clear"_s}, QString(),
            QT_TR_NOOP("Remove the Discord bot token from the keychain."), {}, 0, 0,
            &Cli::tokenClear},
        {{u"check"_s}, QString(),
            QT_TR_NOOP("Check the Discord setup (token, user, webhook) without sending anything."),
            {}, 0, 0, &Cli::check},
        {{u"events"_s, u"retry"_s}, u"ID"_s, QT_TR_NOOP("Send a failed event again."), {}, 1, 1,
            &Cli::eventsRetry},
        {{u"events"_s, u"prune"_s}, QString(),
            QT_TR_NOOP("Apply history.keep-days and history.max-events now; print how many went."),
            {}, 0, 0, &Cli::eventsPrune},
        {{u"hook"_s, u"add"_s}, u"NAME"_s,
            QT_TR_NOOP("Take another program's webhooks (GitHub, Grafana, Uptime Kuma, any JSON) "
                       "as events; print the URL and key once."),
            {u"category"_s, u"preset"_s}, 1, 1, &Cli::hookAdd,
            {{u"category"_s, QT_TR_NOOP("The category of the hook's events (required).")}}},
        {{u"hook"_s, u"list"_s}, QString(),
            QT_TR_NOOP("List the hooks: preset, category, what each last received."), {u"json"_s},
            0, 0, &Cli::hookList},
        {{u"hook"_s, u"remove"_s}, u"NAME"_s,
            QT_TR_NOOP("Remove a hook; its URL answers 404 from then on."), {}, 1, 1,
            &Cli::hookRemove},
        {{u"run"_s}, u"-- COMMAND [ARG...]"_s,
            QT_TR_NOOP("Run a command as usual, then send an event saying how it ended."),
            {u"category"_s, u"only-failures"_s}, 1, std::numeric_limits<int>::max(),
            &Cli::runCommand,
            {{u"category"_s,
                QT_TR_NOOP("The event's category (default: job, made the first time).")}}},
        {{u"snooze"_s}, u"DURATION|off"_s,
            QT_TR_NOOP("Hold sends for a while (45s, 30m, 2h, 1d), then send what came as one "
                       "digest; off resumes now, quiet hours under way included."),
            {}, 1, 1, &Cli::snooze},
        {{u"send"_s}, u"CATEGORY"_s,
            QT_TR_NOOP("Send an event through the running PingPanda and print its id."),
            {u"description"_s, u"field"_s}, 1, 1, &Cli::send},
        {{}, QString(), QT_TR_NOOP("Serve the Events API: with the tray icon, or without a GUI."),
            {u"headless"_s, u"port"_s, u"bind"_s}, 0, 0, &Cli::serve},
    };
    return table;
}

Cli::Cli(QTextStream &out, QTextStream &err, QTextStream &in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{ }

Cli::~Cli() = default;

QString Cli::resolveDataDir(const QString &option)
{
    if (!option.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(option));
    const QString env = qEnvironmentVariable("PINGPANDA_DATA_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(env));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

int Cli::usageError(const QString &message)
{
    m_err << "pingpanda: " << oneLine(message) << ' '
          << tr("Run 'pingpanda --help' to see how to use it.") << Qt::endl;
    return UsageError;
}

int Cli::failure(const QString &message)
{
    m_err << "pingpanda: " << oneLine(message) << Qt::endl;
    return Failure;
}

void Cli::printHelp(const Command *command)
{
    const auto optionLine = [this, command](const QString &name) {
        const OptionSpec &o = optionSpec(name);
        const QString flag
            = o.valueName.isEmpty() ? u"--"_s + o.name : u"--%1 %2"_s.arg(o.name, o.valueName);
        const char *description = o.description;
        for (const auto &[option, meaning] :
            command ? command->optionMeanings : decltype(command->optionMeanings) {}) {
            if (option == name)
                description = meaning;
        }
        m_out << "  " << pad(flag, 21) << tr(description) << Qt::endl;
    };
    if (command && !command->words.isEmpty()) {
        m_out << tr("Usage: pingpanda %1").arg(command->words.join(u' '));
        // Options go before a "--" that ends them (pingpanda run [options] -- COMMAND).
        const bool optionsFirst = command->arguments.startsWith(u"--"_s);
        if (!command->options.isEmpty() && optionsFirst)
            m_out << ' ' << tr("[options]");
        if (!command->arguments.isEmpty())
            m_out << ' ' << command->arguments;
        if (!command->options.isEmpty() && !optionsFirst)
            m_out << ' ' << tr("[options]");
        m_out << Qt::endl << Qt::endl << tr(command->summary) << Qt::endl << Qt::endl;
        m_out << tr("Options:") << Qt::endl;
        for (const QString &name : command->options)
            optionLine(name);
        optionLine(u"data-dir"_s);
        optionLine(u"help"_s);
        if (command->words.first() == u"config"_s) {
            m_out << Qt::endl << tr("Keys:") << Qt::endl;
            for (const Settings::Spec &s : Settings::specs())
                m_out << "  " << pad(s.name, 24) << Settings::tr(s.description) << Qt::endl;
        }
        return;
    }
    m_out << tr("PingPanda Desktop %1: forwards events from your scripts to Discord.")
                 .arg(QStringLiteral(PINGPANDA_VERSION))
          << Qt::endl
          << Qt::endl
          << tr("Usage: pingpanda [--headless] [--port N] [--bind ADDR]") << Qt::endl
          << tr("       pingpanda COMMAND [options]") << Qt::endl
          << Qt::endl
          << tr("Commands:") << Qt::endl;
    for (const Command &c : commands()) {
        if (c.words.isEmpty())
            continue;
        const QString usage = QString(c.words.join(u' ') + u' ' + c.arguments).trimmed();
        m_out << "  " << pad(usage, 24) << tr(c.summary) << Qt::endl;
    }
    m_out << Qt::endl << tr("Options for serving:") << Qt::endl;
    for (const QString &name : {u"headless"_s, u"port"_s, u"bind"_s})
        optionLine(name);
    m_out << Qt::endl << tr("Everywhere:") << Qt::endl;
    for (const QString &name : {u"data-dir"_s, u"help"_s, u"version"_s})
        optionLine(name);
    m_out << Qt::endl << tr("Run 'pingpanda COMMAND --help' for a command's options.") << Qt::endl;
}

int Cli::run(const QStringList &arguments)
{
    m_parser = std::make_unique<QCommandLineParser>();
    m_parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const OptionSpec &o : optionSpecs()) {
        QCommandLineOption option(o.name, tr(o.description), o.valueName);
        m_parser->addOption(option);
    }
    if (!m_parser->parse(arguments)) {
        // Qt's own messages end with a period in some languages and not in others.
        QString message = m_parser->errorText();
        if (!message.endsWith(u'.'))
            message += u'.';
        if (arguments.contains(u"run"_s) && !arguments.contains(u"--"_s)) {
            // `pingpanda run ls -l`: the command's own options were taken for ours.
            message += u' '
                + tr("Put -- before the command and its options: pingpanda run -- COMMAND "
                     "[ARG...].");
        }
        return usageError(message);
    }

    if (m_parser->isSet(u"version"_s)) {
        m_out << "pingpanda " << PINGPANDA_VERSION << Qt::endl;
        return Success;
    }

    // The longest run of leading positional words that names a command.
    const QStringList positional = m_parser->positionalArguments();
    const Command *command = nullptr;
    for (const Command &c : commands()) {
        if (positional.mid(0, c.words.size()) == c.words
            && (!command || c.words.size() > command->words.size()))
            command = &c;
    }
    const bool help = m_parser->isSet(u"help"_s);
    if (help && (!command || command->words.isEmpty())) {
        // "pingpanda category --help": the group's commands are listed in the overall help.
        printHelp(nullptr);
        return Success;
    }
    if (!command || (command->words.isEmpty() && !positional.isEmpty())) {
        const QString group = positional.value(0);
        bool isGroup = false;
        for (const Command &c : commands())
            isGroup = isGroup || (c.words.size() > 1 && c.words.first() == group);
        if (isGroup && positional.size() == 1)
            return usageError(tr("'%1' needs a subcommand.").arg(group));
        return usageError(tr("'%1' is not a pingpanda command.").arg(positional.join(u' ')));
    }
    if (help) {
        printHelp(command);
        return Success;
    }

    for (const QString &name : m_parser->optionNames()) {
        if (name == u"data-dir"_s || command->options.contains(name))
            continue;
        return usageError(command->words.isEmpty()
                ? tr("The option --%1 cannot be used when serving.").arg(name)
                : tr("The option --%1 cannot be used with 'pingpanda %2'.")
                      .arg(name, command->words.join(u' ')));
    }
    m_args = positional.mid(command->words.size());
    if (m_args.size() < command->minArgs || m_args.size() > command->maxArgs) {
        const QString usage
            = QString(u"pingpanda "_s + command->words.join(u' ') + u' ' + command->arguments)
                  .trimmed();
        return usageError(m_args.size() < command->minArgs
                ? tr("Missing argument: %1.").arg(usage)
                : tr("Too many arguments: %1.").arg(usage));
    }
    m_dataDir = resolveDataDir(m_parser->value(u"data-dir"_s));
    if (!command->words.isEmpty()) {
        // A command's output is its answer; progress notes would get in the way of scripts.
        // Warnings still show, and QT_LOGGING_RULES overrides this for debugging.
        QLoggingCategory::setFilterRules(u"pingpanda.*.info=false"_s);
    }
    return (this->*(command->handler))();
}

QString Cli::shownTime(const QDateTime &at)
{
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QString Cli::oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text.trimmed();
}

void Cli::printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], row[i].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? pad(row[i], widths[i] + 2) : row[i];
        m_out << line << Qt::endl;
    }
}

bool Cli::openDatabase()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_dataDir);
    if (!db) {
        failure(db.error().message);
        return false;
    }
    m_db = std::move(db).value();
    return true;
}

int Cli::serve()
{
    ServeOptions options;
    options.dataDir = m_dataDir;
    options.headless = m_parser->isSet(u"headless"_s);
    if (m_parser->isSet(u"port"_s)) {
        bool ok = false;
        options.port = m_parser->value(u"port"_s).toInt(&ok);
        if (!ok || options.port < 0 || options.port > 65535)
            return usageError(tr("--port takes a number from 0 to 65535 (0 picks a free port)."));
    }
    if (m_parser->isSet(u"bind"_s)) {
        options.bind = m_parser->value(u"bind"_s);
        if (QHostAddress(options.bind).isNull())
            return usageError(tr("--bind takes an IP address, such as 127.0.0.1."));
    }
    if (!m_serve) {
        return failure(
            tr("This build cannot serve the Events API yet; the commands in 'pingpanda --help' "
               "work."));
    }
    return m_serve(options);
}
