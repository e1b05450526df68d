#pragma once

#include "capi/capievent.h"
#include "net/replayrequest.h"
#include "util/result.h"

class QSettings;

namespace pbw {

// Where events go: {graph}/{version}/{pixel}/events. Settings, so a test can point at a local server.
struct CapiEndpoint
{
    static QString defaultGraphUrl(); // https://graph.facebook.com
    static QString defaultApiVersion(); // the current Graph API version, in this one place
    // From the user's settings (capi/graph_url, capi/api_version): the window's and pbw's one
    // settings file, opened in their main and handed in.
    static CapiEndpoint load(const QSettings& settings);
    void save(QSettings& settings) const;
    QString problem() const; // translated: why the address or version cannot be used; empty when they can
    QString graphUrl = defaultGraphUrl();
    QString apiVersion = defaultApiVersion();
};

// One send: events already prepared (hashed), and what goes with them.
struct CapiSend
{
    QString pixelId;
    QString testEventCode; // events with it appear only in Events Manager → Test Events
    QByteArray accessToken;
    QByteArray appSecret; // optional: adds appsecret_proof
    CapiEndpoint endpoint;
    int timeoutMs = ReplayOptions::DefaultTimeoutMs;
};

// The body without the token and the proof: what is shown, printed and kept.
QJsonObject capiShownPayload(const QList<CapiEvent>& events, const QString& testEventCode);
// The POST that goes on the wire (JSON body with access_token); an error names a bad pixel ID,
// version or graph URL.
Result<ReplayRequest, CapiParseError> buildCapiRequest(const QList<CapiEvent>& events, const CapiSend& send);
// Hex HMAC-SHA256 of the token, keyed with the app secret.
QByteArray capiAppSecretProof(const QByteArray& accessToken, const QByteArray& appSecret);

// Why a pixel (dataset) ID is not one (digits only), translated; empty when it is.
QString capiPixelProblem(const QString& pixelId);

// Where a pixel's token and app secret are kept in the keychain.
QString capiTokenKey(const QString& pixelId);
QString capiAppSecretKey(const QString& pixelId);

} // namespace pbw
