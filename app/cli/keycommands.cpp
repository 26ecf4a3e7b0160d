#include "cli/cli.h"

#include "domain/apikey.h"
#include "storage/apikeystore.h"
#include "storage/database.h"
#include "json/jsonvalue.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int Cli::apiKeyAdd()
{
    const QString name = m_args.at(0);
    if (Status s = ApiKey::validateName(name); !s)
        return failure(s.error().message);
    const QStringList categories = m_parser->value(u"categories"_s).split(u',', Qt::SkipEmptyParts);
    if (!openDatabase())
        return Failure;
    Result<QString> key = ApiKeyStore(*m_db).add(name, categories);
    if (!key)
        return failure(key.error().message);
    // The key alone on standard output, so that a script can take it: KEY=$(pingpanda ...).
    m_out << key.value() << Qt::endl;
    m_err << (categories.isEmpty()
            ? tr("Made the API key \"%1\"; it may send every category.").arg(name)
            : tr("Made the API key \"%1\"; it may send: %2.").arg(name, categories.join(u", "_s)))
          << ' ' << tr("Copy it now: PingPanda keeps only a hash and cannot show it again.")
          << Qt::endl;
    return Success;
}

int Cli::apiKeyList()
{
    if (!openDatabase())
        return Failure;
    Result<QList<ApiKey>> keys = ApiKeyStore(*m_db).list();
    if (!keys)
        return failure(keys.error().message);
    if (m_parser->isSet(u"json"_s)) {
        JsonValue array = JsonValue::array();
        for (const ApiKey &k : keys.value()) {
            JsonValue o = JsonValue::object();
            o.insert(u"name"_s, JsonValue::string(k.name));
            JsonValue categories = JsonValue::array();
            for (const QString &c : k.categories)
                categories.append(JsonValue::string(c));
            o.insert(u"categories"_s, k.categories.isEmpty() ? JsonValue::null() : categories);
            o.insert(u"createdAt"_s, JsonValue::string(k.createdAt.toString(Qt::ISODateWithMs)));
            o.insert(u"lastUsedAt"_s,
                k.lastUsedAt.isValid() ? JsonValue::string(k.lastUsedAt.toString(Qt::ISODateWithMs))
                                       : JsonValue::null());
            array.append(std::move(o));
        }
        m_out << QString::fromUtf8(array.toIndentedJson());
        m_out.flush();
        return Success;
    }
    if (keys->isEmpty()) {
        m_out << tr("No keys for tools yet. Make one with: pingpanda api-key add backup-script "
                    "--categories backup")
              << Qt::endl;
        return Success;
    }
    QList<QStringList> rows {{tr("NAME"), tr("CATEGORIES"), tr("CREATED"), tr("LAST USED")}};
    for (const ApiKey &k : keys.value()) {
        rows.append({k.name, k.categories.isEmpty() ? tr("all") : k.categories.join(u","_s),
            shownTime(k.createdAt),
            k.lastUsedAt.isValid() ? shownTime(k.lastUsedAt) : tr("never")});
    }
    printTable(rows);
    return Success;
}

int Cli::apiKeyRevoke()
{
    const QString name = m_args.at(0);
    if (!openDatabase())
        return Failure;
    if (Status s = ApiKeyStore(*m_db).revoke(name); !s)
        return failure(s.error().message);
    m_out << tr("Revoked the API key \"%1\": requests with it now get 401.").arg(name) << Qt::endl;
    return Success;
}
