#include "cli/cli.h"

#include "config/profile.h"
#include "config/settings.h"
#include "domain/category.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "json/jsonvalue.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

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
            o.insert(u"urgent"_s, JsonValue::boolean(c.urgent));
            o.insert(u"muted"_s, JsonValue::boolean(c.muted));
            // Whether it has one, not the address: that holds the webhook's secret token.
            o.insert(u"ownWebhook"_s, JsonValue::boolean(!c.webhookUrl.isEmpty()));
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
    QList<QStringList> rows {{tr("NAME"), tr("EMOJI"), tr("COLOR"), tr("RULES")}};
    for (const Category &c : categories.value()) {
        QStringList rules;
        if (c.urgent)
            rules << tr("urgent");
        if (c.muted)
            rules << tr("muted");
        if (!c.webhookUrl.isEmpty())
            rules << tr("own webhook");
        rows.append({c.name, c.emoji.isEmpty() ? u"-"_s : c.emoji, c.colorName(),
            rules.isEmpty() ? u"-"_s : rules.join(u", "_s)});
    }
    printTable(rows);
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
        printTable(rows);
    }
    return Success;
}
