#include "hooks/hook.h"

#include "domain/apikey.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

struct PresetName
{
    HookPreset preset;
    QString name;
};

const QList<PresetName> &presetTable()
{
    static const QList<PresetName> table = {
        {HookPreset::Generic, u"generic"_s},
        {HookPreset::GitHub, u"github"_s},
        {HookPreset::Grafana, u"grafana"_s},
        {HookPreset::UptimeKuma, u"uptime-kuma"_s},
    };
    return table;
}

} // namespace

QString Hook::presetName(HookPreset preset)
{
    for (const PresetName &p : presetTable()) {
        if (p.preset == preset)
            return p.name;
    }
    Q_UNREACHABLE();
}

std::optional<HookPreset> Hook::presetFromName(QStringView name)
{
    for (const PresetName &p : presetTable()) {
        if (p.name == name)
            return p.preset;
    }
    return std::nullopt;
}

QStringList Hook::presetNames()
{
    QStringList names;
    for (const PresetName &p : presetTable())
        names << p.name;
    return names;
}

QString Hook::generateKey()
{
    quint32 words[16];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return u"pph_"_s
        + QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Status Hook::validateName(const QString &name)
{
    if (Status s = ApiKey::validateName(name); !s) {
        return Error::invalidInput(
            tr("A hook's name must be 1 to 50 letters, digits, '.', '-' or '_' (got \"%1\"), "
               "for example: github-shop.")
                .arg(name.left(60)));
    }
    return {};
}
