#include "cli.h"

#include "categorystore.h"
#include "database.h"
#include "discordcheck.h"
#include "discordclient.h"
#include "eventstore.h"
#include "liveprofile.h"
#include "profile.h"
#include "secretstore.h"
#include "settings.h"
#include "version.h"

#include "jsonparser.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>

#include <cmath>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

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
        {u"category"_s, u"C"_s, QT_TRANSLATE_NOOP("Cli", "Only events of category C.")},
        {u"status"_s, u"S"_s,
            QT_TRANSLATE_NOOP(
                "Cli", "Only events with delivery status S: pending, delivered or failed.")},
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

// Keeps what the CLI prints on one line, as the contract promises for errors.
QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text.trimmed();
}

// The text and spaces up to `width`; two at least, so that a text wider than its column still
// stands apart from the next.
QString pad(const QString &text, qsizetype width)
{
    return text + QString(qMax<qsizetype>(2, width - text.size()), u' ');
}

// Prints rows as left-aligned columns, two spaces apart.
void printTable(QTextStream &out, const QList<QStringList> &rows)
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
        out << line << Qt::endl;
    }
}

} // namespace

const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> table = {
        {{u"api-key"_s}, QString(),
            QT_TR_NOOP("Print the API key that scripts send as 'Authorization: Bearer <key>'."),
            {u"regenerate"_s}, 0, 0, &Cli::apiKey},
        {{u"category"_s, u"add"_s}, u"NAME"_s, QT_TR_NOOP("Add a category of events."),
            {u"color"_s, u"emoji"_s}, 1, 1, &Cli::categoryAdd},
        {{u"category"_s, u"list"_s}, QString(), QT_TR_NOOP("List the categories."), {u"json"_s}, 0,
            0, &Cli::categoryList},
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
    const auto optionLine = [this](const QString &name) {
        const OptionSpec &o = optionSpec(name);
        const QString flag
            = o.valueName.isEmpty() ? u"--"_s + o.name : u"--%1 %2"_s.arg(o.name, o.valueName);
        m_out << "  " << pad(flag, 21) << tr(o.description) << Qt::endl;
    };
    if (command && !command->words.isEmpty()) {
        m_out << tr("Usage: pingpanda %1").arg(command->words.join(u' '));
        if (!command->arguments.isEmpty())
            m_out << ' ' << command->arguments;
        if (!command->options.isEmpty())
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

int Cli::apiKey()
{
    if (!openDatabase())
        return Failure;
    Profile profile(*m_db);
    const bool regenerate = m_parser->isSet(u"regenerate"_s);
    Result<QString> key = regenerate ? profile.regenerateApiKey() : profile.apiKey();
    if (!key)
        return failure(key.error().message);
    m_out << key.value() << Qt::endl;
    if (regenerate)
        m_err << tr("This is a new API key; the old one no longer works. Update your scripts.")
              << Qt::endl;
    return Success;
}

int Cli::categoryAdd()
{
    Category category;
    category.name = m_args.at(0);
    if (m_parser->isSet(u"color"_s)) {
        Result<quint32> color = Category::parseColor(m_parser->value(u"color"_s));
        if (!color)
            return failure(color.error().message);
        category.color = color.value();
    }
    category.emoji = m_parser->value(u"emoji"_s).trimmed();
    // Check the input before touching the data folder, so bad input creates nothing.
    for (Status s :
        {Category::validateName(category.name), Category::validateEmoji(category.emoji)}) {
        if (!s)
            return failure(s.error().message);
    }
    if (!openDatabase())
        return Failure;
    Result<Category> added = CategoryStore(*m_db).add(category);
    if (!added)
        return failure(added.error().message);
    m_out << tr("Added the category \"%1\" (%2 %3).")
                 .arg(added->name, added->shownEmoji(), added->colorName())
          << Qt::endl;
    return Success;
}

int Cli::categoryList()
{
    if (!openDatabase())
        return Failure;
    Result<QList<Category>> categories = CategoryStore(*m_db).list();
    if (!categories)
        return failure(categories.error().message);
    if (m_parser->isSet(u"json"_s)) {
        JsonValue array = JsonValue::array();
        for (const Category &c : categories.value()) {
            JsonValue o = JsonValue::object();
            o.insert(u"name"_s, JsonValue::string(c.name));
            o.insert(
                u"emoji"_s, c.emoji.isEmpty() ? JsonValue::null() : JsonValue::string(c.emoji));
            o.insert(u"color"_s, JsonValue::string(c.colorName()));
            array.append(std::move(o));
        }
        m_out << QString::fromUtf8(array.toIndentedJson());
        m_out.flush();
        return Success;
    }
    if (categories->isEmpty()) {
        m_out << tr(
            "No categories yet. Add one with: pingpanda category add sale --emoji 💰 --color FFEB3B")
              << Qt::endl;
        return Success;
    }
    QList<QStringList> rows {{tr("NAME"), tr("EMOJI"), tr("COLOR")}};
    for (const Category &c : categories.value())
        rows.append({c.name, c.emoji.isEmpty() ? u"-"_s : c.emoji, c.colorName()});
    printTable(m_out, rows);
    return Success;
}

int Cli::categoryRemove()
{
    const QString name = m_args.at(0);
    if (Status s = Category::validateName(name); !s)
        return failure(s.error().message);
    if (!openDatabase())
        return Failure;
    CategoryStore store(*m_db);
    Result<qint64> count = store.eventCount(name);
    if (!count)
        return failure(count.error().message);
    if (Status s = store.remove(name); !s)
        return failure(s.error().message);
    if (count.value() == 0)
        m_out << tr("Removed the category \"%1\".").arg(name) << Qt::endl;
    else
        m_out << tr("Removed the category \"%1\". Its %n event(s) stay in the history.", nullptr,
            int(count.value()))
                     .arg(name)
              << Qt::endl;
    return Success;
}

namespace {

const Settings::Spec *findSetting(const QString &name, QString &error)
{
    const Settings::Spec *spec = Settings::find(name);
    if (!spec) {
        QStringList names;
        for (const Settings::Spec &s : Settings::specs())
            names << s.name;
        error = Cli::tr("There is no setting called \"%1\". The settings are: %2.")
                    .arg(name, names.join(u", "_s));
    }
    return spec;
}

} // namespace

const Settings::Spec *Cli::settingArgument()
{
    QString error;
    const Settings::Spec *spec = findSetting(m_args.at(0), error);
    if (!spec)
        usageError(error);
    return spec;
}

int Cli::configGet()
{
    const Settings::Spec *spec = settingArgument();
    if (!spec)
        return UsageError;
    if (!openDatabase())
        return Failure;
    Result<QString> value = Settings(*m_db).value(spec->key);
    if (!value)
        return failure(value.error().message);
    m_out << value.value() << Qt::endl;
    return Success;
}

int Cli::configSet()
{
    const Settings::Spec *spec = settingArgument();
    if (!spec)
        return UsageError;
    QString value = m_args.at(1);
    if (value == u"-"_s) // keeps a value such as a webhook address out of the shell history
        value = m_in.readLine();
    Result<QString> normalized = Settings::normalize(spec->key, value);
    if (!normalized)
        return failure(normalized.error().message);
    if (!openDatabase())
        return Failure;
    if (Status s = Settings(*m_db).set(spec->key, normalized.value()); !s)
        return failure(s.error().message);
    if (spec->key == Settings::Key::ServerBind && !QHostAddress(normalized.value()).isLoopback()) {
        m_err << tr(
            "Note: on %1 other computers that can reach this one can send events; keep the API "
            "key secret.")
                     .arg(normalized.value())
              << Qt::endl;
    }
    return Success;
}

int Cli::configUnset()
{
    const Settings::Spec *spec = settingArgument();
    if (!spec)
        return UsageError;
    if (!openDatabase())
        return Failure;
    if (Status s = Settings(*m_db).unset(spec->key); !s)
        return failure(s.error().message);
    return Success;
}

int Cli::configList()
{
    if (!openDatabase())
        return Failure;
    Settings settings(*m_db);
    JsonValue object = JsonValue::object();
    QList<QStringList> rows {{tr("KEY"), tr("VALUE")}};
    for (const Settings::Spec &s : Settings::specs()) {
        Result<QString> value = settings.value(s.key);
        if (!value)
            return failure(value.error().message);
        object.insert(s.name, JsonValue::string(value.value()));
        rows.append({s.name, value->isEmpty() ? tr("(not set)") : value.value()});
    }
    if (m_parser->isSet(u"json"_s)) {
        m_out << QString::fromUtf8(object.toIndentedJson());
        m_out.flush();
    } else {
        printTable(m_out, rows);
    }
    return Success;
}

int Cli::events()
{
    EventQuery query;
    if (m_parser->isSet(u"category"_s)) {
        query.category = m_parser->value(u"category"_s);
        if (Status s = Category::validateName(query.category); !s)
            return failure(s.error().message);
    }
    if (m_parser->isSet(u"status"_s)) {
        query.status = Event::parseStatus(m_parser->value(u"status"_s));
        if (!query.status) {
            return usageError(
                tr("\"%1\" is not a delivery status; use pending, delivered or failed.")
                    .arg(m_parser->value(u"status"_s)));
        }
    }
    if (m_parser->isSet(u"limit"_s)) {
        bool ok = false;
        query.limit = m_parser->value(u"limit"_s).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > EventStore::MaxListLimit) {
            return usageError(
                tr("--limit takes a whole number from 1 to %1.").arg(EventStore::MaxListLimit));
        }
    }
    if (!openDatabase())
        return Failure;
    Result<QList<Event>> events = EventStore(*m_db).list(query);
    if (!events)
        return failure(events.error().message);

    if (m_parser->isSet(u"json"_s)) {
        JsonValue array = JsonValue::array();
        for (const Event &e : events.value())
            array.append(e.toJson());
        m_out << QString::fromUtf8(array.toIndentedJson());
        m_out.flush();
        return Success;
    }
    if (events->isEmpty()) {
        const bool filtered = !query.category.isEmpty() || query.status.has_value();
        m_out << (filtered ? tr("No events match.") : tr("No events yet.")) << Qt::endl;
        return Success;
    }
    QList<QStringList> rows {
        {tr("TIME"), tr("CATEGORY"), tr("STATUS"), tr("ID"), tr("DESCRIPTION")}};
    for (const Event &e : events.value()) {
        QString description = e.description.isNull() ? u"-"_s : oneLine(e.description);
        if (description.size() > 60)
            description = description.left(59) + u'…';
        rows.append({e.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.category,
            Event::statusName(e.status), e.id, description});
    }
    printTable(m_out, rows);
    return Success;
}

int Cli::send()
{
    const QString category = m_args.at(0);
    JsonValue body = JsonValue::object();
    body.insert(u"category"_s, JsonValue::string(category));
    const QStringList fieldArgs = m_parser->values(u"field"_s);
    if (!fieldArgs.isEmpty()) {
        JsonValue fields = JsonValue::object();
        for (const QString &field : fieldArgs) {
            const qsizetype eq = field.indexOf(u'=');
            if (eq <= 0)
                return usageError(
                    tr("--field takes KEY=VALUE, like --field plan=PRO (got \"%1\").").arg(field));
            fields.insert(field.left(eq), JsonParser::scalarFromText(field.mid(eq + 1)));
        }
        body.insert(u"fields"_s, std::move(fields));
    }
    if (m_parser->isSet(u"description"_s))
        body.insert(u"description"_s, JsonValue::string(m_parser->value(u"description"_s)));

    if (!openDatabase())
        return Failure;
    Profile profile(*m_db);
    Result<QString> key = profile.apiKey();
    if (!key)
        return failure(key.error().message);
    Result<QString> running = profile.runningUrl();
    if (!running)
        return failure(running.error().message);
    QString base = running.value();
    if (base.isEmpty()) {
        Settings settings(*m_db);
        QHostAddress address = settings.serverBind();
        if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
            address = QHostAddress::LocalHost;
        else if (address == QHostAddress::AnyIPv6)
            address = QHostAddress::LocalHostIPv6;
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? u"[%1]"_s.arg(address.toString())
            : address.toString();
        base = u"http://%1:%2"_s.arg(host).arg(settings.serverPort());
    }

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base + u"/api/v1/events"_s));
    request.setRawHeader("Authorization", "Bearer " + key->toLatin1());
    request.setRawHeader("Content-Type", "application/json");
    request.setTransferTimeout(15000);
    QNetworkReply *reply = network.post(request, body.toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status == 0) {
        return failure(
            tr("PingPanda is not running at %1 (%2). Start it with 'pingpanda' or 'pingpanda "
               "--headless', then try again.")
                .arg(base, reply->errorString()));
    }
    Result<JsonValue> json = JsonParser::parse(answer);
    const JsonValue *message = json && json->isObject() ? json->find(u"message") : nullptr;
    if (status != 200) {
        return failure(
            tr("PingPanda refused the event (HTTP %1): %2")
                .arg(status)
                .arg(message ? message->toString() : QString::fromUtf8(answer.left(200))));
    }
    const JsonValue *id = json && json->isObject() ? json->find(u"eventId") : nullptr;
    if (!id || !id->isString())
        return failure(tr("PingPanda answered without an event id: %1")
                           .arg(QString::fromUtf8(answer.left(200))));
    m_out << id->toString() << Qt::endl;
    return Success;
}

namespace {

// Reads one line from the terminal without showing it, or from a pipe as it comes.
QString readSecretLine(QTextStream &in, QTextStream &err, const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        err << prompt << Qt::flush;
        termios saved {};
        const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (canHide) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
        const QString line = in.readLine();
        if (canHide)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
        return line;
    }
#else
    Q_UNUSED(err);
    Q_UNUSED(prompt);
#endif
    return in.readLine();
}

} // namespace

bool Cli::announceTokenChange()
{
    // A running instance cannot watch the keychain; a new generation in the profile tells it to
    // read the token again.
    const QString generation = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    if (Status s
        = Profile(*m_db).setValue(QString::fromLatin1(LiveProfile::TokenGenerationKey), generation);
        !s) {
        failure(s.error().message);
        return false;
    }
    return true;
}

int Cli::tokenSet()
{
    // The token comes from standard input only: on the command line it would be visible to
    // every user in the process list and kept in the shell's history.
    const QString token
        = readSecretLine(m_in, m_err, tr("Paste your Discord bot token, then press Enter: "))
              .trimmed();
    if (token.isEmpty())
        return failure(tr("No token was given. Pipe it in or paste it: pingpanda token set"));
    if (!SecretStore::looksLikeBotToken(token)) {
        return failure(
            tr("That does not look like a Discord bot token (three parts separated by dots). "
               "Copy it from the Discord Developer Portal: your application > Bot > Reset Token."));
    }
    if (!openDatabase())
        return Failure;
    Result<QString> profileId = Profile(*m_db).profileId();
    if (!profileId)
        return failure(profileId.error().message);
    SecretStore store(profileId.value());
    const SecretStore::Outcome outcome = store.writeTokenNow(token);
    if (!outcome.ok)
        return failure(outcome.message);
    if (!announceTokenChange())
        return Failure;
    m_out << outcome.message << Qt::endl;
    if (!qEnvironmentVariableIsEmpty(SecretStore::EnvironmentVariable)) {
        m_err << tr("Note: %1 is set in this environment and is used instead of the keychain while "
                    "it is.")
                     .arg(QString::fromLatin1(SecretStore::EnvironmentVariable))
              << Qt::endl;
    }
    return Success;
}

int Cli::tokenClear()
{
    if (!openDatabase())
        return Failure;
    Result<QString> profileId = Profile(*m_db).profileId();
    if (!profileId)
        return failure(profileId.error().message);
    SecretStore store(profileId.value());
    const SecretStore::Outcome outcome = store.clearTokenNow();
    if (!outcome.ok)
        return failure(outcome.message);
    if (!announceTokenChange())
        return Failure;
    m_out << outcome.message << Qt::endl;
    return Success;
}

int Cli::eventsRetry()
{
    const QString id = m_args.at(0);
    if (!openDatabase())
        return Failure;
    Result<Event> event = EventStore(*m_db).get(id);
    if (!event)
        return failure(event.error().message);
    if (event->status != DeliveryStatus::Failed) {
        return failure(tr("Event %1 is %2; only failed events can be retried.")
                           .arg(id, Event::statusName(event->status)));
    }
    if (Status s = EventStore(*m_db).requeue(id); !s)
        return failure(s.error().message);
    Result<QString> running = Profile(*m_db).runningUrl();
    const bool isRunning = running && !running->isEmpty();
    m_out << (isRunning ? tr("Event %1 will be sent again now.").arg(id)
                        : tr("Event %1 will be sent again when PingPanda runs.").arg(id))
          << Qt::endl;
    return Success;
}

int Cli::check()
{
    if (!openDatabase())
        return Failure;
    LiveProfile profile(*m_db);
    if (Status s = profile.reload(); !s)
        return failure(s.error().message);
    Result<QString> profileId = Profile(*m_db).profileId();
    if (!profileId)
        return failure(profileId.error().message);
    SecretStore::Reading token;
    if (profile.discordWebhookUrl().isEmpty() && !profile.discordUserId().isEmpty()) {
        token = SecretStore(profileId.value()).readTokenNow();
        if (token.state == SecretStore::State::FromEnvironment)
            m_err << token.message << Qt::endl;
    }
    const DiscordCheck::Report report = DiscordCheck::run(profile, token);
    for (const DiscordCheck::Finding &f : report.findings) {
        m_out << (f.ok ? u"✓ "_s : u"✗ "_s) << f.text;
        if (!f.command.isEmpty())
            m_out << ' ' << tr("Fix it with: %1").arg(f.command);
        m_out << Qt::endl;
    }
    return report.ok() ? Success : Failure;
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
