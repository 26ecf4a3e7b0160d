#include "domain/weburl.h"

#include <QHostAddress>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

Result<QUrl> WebUrl::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s))
        return Error::invalidInput(
            tr("\"%1\" is not a web address. It should start with https://.").arg(text));
    if (scheme == u"http"_s && !isLoopbackHost(url.host()))
        return Error::invalidInput(
            tr("\"%1\" is not encrypted. Use an https:// address.").arg(text));
    return url;
}

Result<QString> WebUrl::normalizeDiscordWebhook(const QString &text)
{
    Result<QUrl> url = parse(text);
    if (!url)
        return url.error();
    // Discord's form: .../webhooks/<id>/<token>
    const QStringList parts = url->path().split(u'/', Qt::SkipEmptyParts);
    const qsizetype at = parts.lastIndexOf(u"webhooks"_s);
    bool shaped = at >= 0 && parts.size() == at + 3;
    if (shaped) {
        for (QChar c : parts.at(at + 1))
            shaped = shaped && c.isDigit();
    }
    if (!shaped) {
        return Error::invalidInput(
            tr("\"%1\" is not a Discord webhook address. In Discord, open the channel's "
               "settings, choose Integrations > Webhooks, and use Copy Webhook URL.")
                .arg(text));
    }
    QUrl clean = url.value();
    clean.setQuery(QString());
    clean.setFragment(QString());
    return clean.toString(QUrl::FullyEncoded);
}
