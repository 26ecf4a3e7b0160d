#include "cli/cli.h"

#include "hooks/hook.h"
#include "storage/database.h"
#include "storage/hookstore.h"
#include "json/jsonvalue.h"

#include <QCommandLineParser>
#include <QUrl>

using namespace Qt::StringLiterals;

int Cli::hookAdd()
{
    const QString name = m_args.at(0);
    if (Status s = Hook::validateName(name); !s)
        return failure(s.error().message);
    if (!m_parser->isSet(u"category"_s)) {
        return usageError(
            tr("Say which category its events get: pingpanda hook add %1 --category C.").arg(name));
    }
    const QString presetName = m_parser->value(u"preset"_s);
    const std::optional<HookPreset> preset = presetName.isEmpty()
        ? std::optional<HookPreset>(HookPreset::Generic)
        : Hook::presetFromName(presetName);
    if (!preset) {
        return usageError(tr("--preset takes one of: %1 (got \"%2\").")
                              .arg(Hook::presetNames().join(u", "_s), presetName));
    }
    if (!openDatabase())
        return Failure;
    Result<QString> key = HookStore(*m_db).add(name, m_parser->value(u"category"_s), *preset);
    if (!key)
        return failure(key.error().message);
    Result<QString> server = serverUrl();
    const QString url
        = (server ? server.value() : u"http://127.0.0.1:7788"_s) + u"/api/v1/hooks/"_s + name;

    m_out << tr("Made the hook \"%1\" (preset %2): its events go to the category %3.")
                 .arg(name, Hook::presetName(*preset), m_parser->value(u"category"_s))
          << Qt::endl;
    if (*preset == HookPreset::GitHub) {
        m_out << tr("In the repository: Settings > Webhooks > Add webhook.") << Qt::endl
              << "  " << tr("Payload URL:  %1").arg(url) << Qt::endl
              << "  " << tr("Content type: application/json") << Qt::endl
              << "  " << tr("Secret:       %1").arg(key.value()) << Qt::endl;
    } else {
        m_out << tr("Point the sender at this URL:") << Qt::endl
              << "  " << url << u"?key="_s << key.value() << Qt::endl
              << tr("or send the key as the header 'Authorization: Bearer %1'.").arg(key.value())
              << Qt::endl;
    }
    m_out << tr("Copy it now: PingPanda keeps only a hash of the key and cannot show it again.")
          << Qt::endl;
    if (QUrl(url).host().startsWith(u"127."_s) || QUrl(url).host() == u"[::1]"_s) {
        m_out << tr("This address works on this computer only. A sender elsewhere reaches it "
                    "through a tunnel or reverse proxy; then allow its host name with: "
                    "pingpanda config set server.allowed-hosts NAME")
              << Qt::endl;
    }
    return Success;
}

int Cli::hookList()
{
    if (!openDatabase())
        return Failure;
    Result<QList<Hook>> hooks = HookStore(*m_db).list(false);
    if (!hooks)
        return failure(hooks.error().message);
    if (m_parser->isSet(u"json"_s)) {
        JsonValue array = JsonValue::array();
        for (const Hook &h : hooks.value()) {
            JsonValue o = JsonValue::object();
            o.insert(u"name"_s, JsonValue::string(h.name));
            o.insert(u"preset"_s, JsonValue::string(Hook::presetName(h.preset)));
            o.insert(u"category"_s, JsonValue::string(h.category));
            o.insert(u"path"_s, JsonValue::string(u"/api/v1/hooks/"_s + h.name));
            o.insert(u"createdAt"_s, JsonValue::string(h.createdAt.toString(Qt::ISODateWithMs)));
            o.insert(u"lastReceivedAt"_s,
                h.lastReceivedAt.isValid()
                    ? JsonValue::string(h.lastReceivedAt.toString(Qt::ISODateWithMs))
                    : JsonValue::null());
            o.insert(u"lastOutcome"_s,
                h.lastOutcome.isEmpty() ? JsonValue::null() : JsonValue::string(h.lastOutcome));
            array.append(std::move(o));
        }
        m_out << QString::fromUtf8(array.toIndentedJson());
        m_out.flush();
        return Success;
    }
    if (hooks->isEmpty()) {
        m_out << tr("No hooks yet. Make one with: pingpanda hook add github-shop --category deploy "
                    "--preset github")
              << Qt::endl;
        return Success;
    }
    QList<QStringList> rows {
        {tr("NAME"), tr("PRESET"), tr("CATEGORY"), tr("LAST RECEIVED"), tr("BECAME")}};
    for (const Hook &h : hooks.value()) {
        QString outcome = h.lastOutcome.section(u'\n', 0, 0);
        if (outcome.size() > 60)
            outcome = outcome.left(59) + u"…"_s;
        rows.append({h.name, Hook::presetName(h.preset), h.category,
            h.lastReceivedAt.isValid() ? shownTime(h.lastReceivedAt) : tr("never"),
            outcome.isEmpty() ? u"-"_s : outcome});
    }
    printTable(rows);
    return Success;
}

int Cli::hookRemove()
{
    const QString name = m_args.at(0);
    if (!openDatabase())
        return Failure;
    if (Status s = HookStore(*m_db).remove(name); !s)
        return failure(s.error().message);
    m_out << tr("Removed the hook \"%1\": its URL now answers 404.").arg(name) << Qt::endl;
    return Success;
}
