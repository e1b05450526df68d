#pragma once

#include "capi/capievent.h"
#include "capi/platform.h"
#include "net/replayrequest.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>

class QSettings;

namespace pbw {

// One send to a conversion API other than Meta's (Meta's goes through CapiSend), with what it needs
// besides the events.
struct PlatformSend
{
    QString account; // pixel code, pixel ID, customer ID, measurement ID, ad account ID
    QHash<QString, QByteArray> credentials; // a credential's name (platform file) → its value
    bool test = true; // the platform's test or validation mode
    QString testCode; // TikTok's test_event_code, Reddit's test_id
    QString baseUrl; // empty: the platform's own host
    int timeoutMs = ReplayOptions::DefaultTimeoutMs;
};

// The host a platform's requests go to: the user's setting capi/<id>/base_url (a test's local
// server), else the platform's.
QString platformBaseUrl(const QSettings& settings, const ConversionPlatform& platform);

// The body a platform receives for these Meta-shaped events (customer information normalised and
// hashed its way, names, times and values in its shape), without any secret: what is shown, printed
// and kept.
QJsonObject platformPayload(const ConversionPlatform& platform, const QList<CapiEvent>& events,
                            const PlatformSend& send);
// The request on the wire: the payload, the platform's address (its validation address in test
// mode where it has one) and its credentials in their header, query parameter or member.
Result<ReplayRequest, CapiParseError> buildPlatformRequest(const ConversionPlatform& platform,
                                                           const QList<CapiEvent>& events, const PlatformSend& send);

// An account ID as the platform wants it: trimmed, without what people type around it (Google's
// 123-456-7890 is 1234567890).
QString platformAccount(const ConversionPlatform& platform, const QString& typed);
// Translated: why an account ID is not one the platform issues; empty when it is.
QString platformAccountProblem(const ConversionPlatform& platform, const QString& account);
// Where a platform account's credential is kept in the keychain.
QString platformSecretKey(const ConversionPlatform& platform, const QString& account, const QString& credential);
// The event time as the platform writes it (seconds, milliseconds, microseconds, Google's datetime).
QJsonValue platformTime(const ConversionPlatform& platform, qint64 unixSeconds);

} // namespace pbw
