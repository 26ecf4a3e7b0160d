#include "domain/apikey.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto Prefix = u"pp_"_s;
constexpr qsizetype EncodedLength = 43; // 32 bytes in base64url without padding

bool isUrlSafe(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'-' || u == u'_';
}

} // namespace

QString ApiKey::generate()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return Prefix
        + QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool ApiKey::looksLikeKey(QStringView key)
{
    if (!key.startsWith(Prefix) || key.size() != Prefix.size() + EncodedLength)
        return false;
    const QStringView encoded = key.sliced(Prefix.size());
    return std::all_of(encoded.begin(), encoded.end(), isUrlSafe);
}

QByteArray ApiKey::hashOf(QByteArrayView key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

Status ApiKey::validateName(const QString &name)
{
    const auto allowed = [](QChar c) { return isUrlSafe(c) || c == u'.'; };
    if (name.isEmpty() || name.size() > 50 || !std::all_of(name.begin(), name.end(), allowed)) {
        return Error::invalidInput(
            tr("A key's name must be 1 to 50 letters, digits, '.', '-' or '_' (got \"%1\"), "
               "for example: backup-script.")
                .arg(name.left(60)));
    }
    return {};
}
