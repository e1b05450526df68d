#include "capi/platformrequest.h"

#include "capi/capiprepare.h"
#include "capi/capirequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace pbw {

namespace {

// The translation context of the Conversions API messages.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

QString credentialLabel(const PlatformCredential& credential)
{
    return platformTextInSentence(credential.label);
}

} // namespace

QString platformBaseUrl(const QSettings& settings, const ConversionPlatform& platform)
{
    if (platform.id == QLatin1String("meta"))
        return CapiEndpoint::load(settings).graphUrl;
    return settings.value(QStringLiteral("capi/%1/base_url").arg(platform.id), platform.baseUrl).toString();
}

QString platformAccount(const ConversionPlatform& platform, const QString& typed)
{
    QString id = typed.trimmed();
    id.removeIf([&platform](QChar c) { return platform.accountRemove.contains(c); });
    return id;
}

QString platformAccountProblem(const ConversionPlatform& platform, const QString& account)
{
    const QString id = platformAccount(platform, account);
    if (id.isEmpty())
        return Capi::tr("Type the %1 %2.").arg(platform.shortName, platformTextInSentence(platform.accountLabel));
    const QRegularExpression pattern(platform.accountPattern);
    if (!platform.accountPattern.isEmpty() && !pattern.match(id).hasMatch())
        return Capi::tr("\"%1\" does not look like a %2 %3.")
            .arg(id, platform.shortName, platformTextInSentence(platform.accountLabel));
    return {};
}

QString platformSecretKey(const ConversionPlatform& platform, const QString& account, const QString& credential)
{
    if (platform.id == QLatin1String("meta"))
        return credential == QLatin1String("appsecret_proof") ? capiAppSecretKey(account) : capiTokenKey(account);
    return QStringLiteral("capi/%1/%2/%3").arg(platform.id, platformAccount(platform, account), credential);
}

Result<ReplayRequest, CapiParseError> buildPlatformRequest(const ConversionPlatform& platform,
                                                           const QList<CapiEvent>& events, const PlatformSend& typed)
{
    PlatformSend send = typed;
    send.account = platformAccount(platform, typed.account);
    if (platform.id == QLatin1String("meta")) {
        CapiSend meta;
        meta.pixelId = send.account;
        meta.testEventCode = send.test ? send.testCode : QString();
        meta.accessToken = send.credentials.value(QStringLiteral("access_token"));
        meta.appSecret = send.credentials.value(QStringLiteral("appsecret_proof"));
        if (!send.baseUrl.isEmpty())
            meta.endpoint.graphUrl = send.baseUrl;
        meta.timeoutMs = send.timeoutMs;
        return buildCapiRequest(prepareCapiEvents(events).events, meta);
    }
    if (const QString problem = platformAccountProblem(platform, send.account); !problem.isEmpty())
        return CapiParseError{problem};
    if (events.isEmpty())
        return CapiParseError{Capi::tr("There are no events to send.")};
    const bool needsCode = platform.testKind == QLatin1String("body_field");
    if (send.test && needsCode && send.testCode.trimmed().isEmpty())
        return CapiParseError{Capi::tr("A test send to %1 needs the test code from its events manager (%2).")
                                  .arg(platform.shortName, platform.testName)};
    QString base = send.baseUrl.isEmpty() ? platform.baseUrl : send.baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl baseUrl(base, QUrl::StrictMode);
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()
        || (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http")))
        return CapiParseError{Capi::tr("The address \"%1\" is not an http(s) address.").arg(base)};

    const bool validate = send.test && platform.testKind == QLatin1String("validate_url");
    QString url = validate ? platform.validateUrl : platform.url;
    url.replace(QLatin1String("{base}"), base)
        .replace(QLatin1String("{version}"), platform.version)
        .replace(QLatin1String("{account}"), QString::fromLatin1(QUrl::toPercentEncoding(send.account.trimmed())));
    QStringList query; // name=value, each value percent-encoded whole (a token may hold + & = %)
    ReplayRequest request;
    request.method = platform.method.toLatin1();
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    for (const PlatformCredential& credential : platform.credentials) {
        if (credential.in == QLatin1String("body"))
            continue; // in the payload (Google's conversion action)
        QByteArray value = send.credentials.value(credential.name).trimmed();
        if (credential.name == QLatin1String("measurement_id"))
            value = send.account.trimmed().toUtf8();
        if (value.isEmpty()) {
            if (!credential.secret && credential.name == QLatin1String("login-customer-id"))
                continue; // only through a manager account
            return CapiParseError{Capi::tr("There is no %1 for %2 %3.")
                                      .arg(credentialLabel(credential), platform.shortName, send.account.trimmed())};
        }
        if (credential.in == QLatin1String("header"))
            request.headers.append({credential.name.toLatin1(), value});
        else if (credential.in == QLatin1String("bearer"))
            request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + value});
        else if (credential.in == QLatin1String("query"))
            query.append(credential.name + u'='
                         + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(value))));
    }
    if (platform.id == QLatin1String("google-ads")
        && send.credentials.value(QStringLiteral("conversionAction")).trimmed().isEmpty())
        return CapiParseError{Capi::tr("Google Ads needs the conversion action the events count for (its ID, from "
                                       "Goals → Conversions).")};
    if (send.test && platform.testKind == QLatin1String("query_flag"))
        query.append(platform.testName + QStringLiteral("=true"));
    if (!query.isEmpty())
        url += (url.contains(u'?') ? u'&' : u'?') + query.join(u'&');
    request.url = url;
    request.body = QJsonDocument(platformPayload(platform, events, send)).toJson(QJsonDocument::Compact);
    request.options.timeoutMs = send.timeoutMs;
    return request;
}

} // namespace pbw
