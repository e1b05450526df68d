#include "capi/capirequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
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

bool allDigits(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString CapiEndpoint::defaultGraphUrl()
{
    return QStringLiteral("https://graph.facebook.com");
}

QString CapiEndpoint::defaultApiVersion()
{
    return QStringLiteral("v25.0"); // March 2026 (DOMAIN.md section 7)
}

CapiEndpoint CapiEndpoint::load(const QSettings& settings)
{
    CapiEndpoint endpoint;
    endpoint.graphUrl = settings.value(QStringLiteral("capi/graph_url"), endpoint.graphUrl).toString();
    endpoint.apiVersion = settings.value(QStringLiteral("capi/api_version"), endpoint.apiVersion).toString();
    return endpoint;
}

void CapiEndpoint::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("capi/graph_url"), graphUrl.trimmed());
    settings.setValue(QStringLiteral("capi/api_version"), apiVersion.trimmed());
}

QString CapiEndpoint::problem() const
{
    static const QRegularExpression version(QStringLiteral("^v\\d+\\.\\d+$"));
    if (!version.match(apiVersion).hasMatch())
        return Capi::tr("The API version \"%1\" should look like %2.").arg(apiVersion, defaultApiVersion());
    const QUrl url(graphUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Capi::tr("The Graph API address \"%1\" is not an http(s) address.").arg(graphUrl.trimmed());
    return {};
}

QJsonObject capiShownPayload(const QList<CapiEvent>& events, const QString& testEventCode)
{
    QJsonArray data;
    for (const CapiEvent& event : events)
        data.append(capiEventToJson(event));
    QJsonObject payload{{QStringLiteral("data"), data}};
    if (!testEventCode.trimmed().isEmpty())
        payload.insert(QStringLiteral("test_event_code"), testEventCode.trimmed());
    return payload;
}

Result<ReplayRequest, CapiParseError> buildCapiRequest(const QList<CapiEvent>& events, const CapiSend& send)
{
    const QString pixel = send.pixelId.trimmed();
    if (const QString problem = capiPixelProblem(pixel); !problem.isEmpty())
        return CapiParseError{problem};
    if (const QString problem = send.endpoint.problem(); !problem.isEmpty())
        return CapiParseError{problem};
    QString base = send.endpoint.graphUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (send.accessToken.trimmed().isEmpty())
        return CapiParseError{Capi::tr("There is no access token for pixel %1.").arg(pixel)};

    QJsonObject body = capiShownPayload(events, send.testEventCode);
    body.insert(QStringLiteral("access_token"), QString::fromUtf8(send.accessToken.trimmed()));
    if (!send.appSecret.isEmpty())
        body.insert(QStringLiteral("appsecret_proof"),
                    QString::fromLatin1(capiAppSecretProof(send.accessToken.trimmed(), send.appSecret)));
    ReplayRequest request;
    request.method = "POST";
    request.url = QStringLiteral("%1/%2/%3/events").arg(base, send.endpoint.apiVersion, pixel);
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.options.timeoutMs = send.timeoutMs;
    return request;
}

QByteArray capiAppSecretProof(const QByteArray& accessToken, const QByteArray& appSecret)
{
    return QMessageAuthenticationCode::hash(accessToken, appSecret, QCryptographicHash::Sha256).toHex();
}

QString capiPixelProblem(const QString& pixelId)
{
    if (allDigits(pixelId.trimmed()))
        return {};
    return Capi::tr("The pixel (dataset) ID \"%1\" should be digits only, as Events Manager shows it.").arg(pixelId);
}

QString capiTokenKey(const QString& pixelId)
{
    return QStringLiteral("capi/%1/token").arg(pixelId.trimmed());
}

QString capiAppSecretKey(const QString& pixelId)
{
    return QStringLiteral("capi/%1/app-secret").arg(pixelId.trimmed());
}

} // namespace pbw
