#pragma once

// A loopback stand-in for Meta's Graph API events endpoint, as ../shared/brief/DOMAIN.md section 7
// describes it: POST /vNN.0/{pixel}/events with a JSON body; the token decides the answer, so each
// error family can be asked for; a wrong appsecret_proof is refused.
#include "testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace pbw::test {

inline const QString pixel = QStringLiteral("1234567890");
inline const QByteArray goodToken = "GOOD-7f3a9c-EAAB-secret-token";
inline const QByteArray appSecret = "app-secret-42";

inline QByteArray errorBody(int code, int subcode, const QByteArray& message, bool transient = false)
{
    QJsonObject error{{QStringLiteral("message"), QString::fromUtf8(message)},
                      {QStringLiteral("type"),
                       code == 190 ? QStringLiteral("OAuthException") : QStringLiteral("GraphMethodException")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("is_transient"), transient},
                      {QStringLiteral("fbtrace_id"), QStringLiteral("TraceErr1")}};
    if (subcode)
        error.insert(QStringLiteral("error_subcode"), subcode);
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

// Meta's endpoint as DOMAIN.md describes it: POST /vNN.0/{pixel}/events with a JSON body.
inline ScriptedReply fakeGraph(const RecordedRequest& request)
{
    static const QRegularExpression path(QStringLiteral("^/v\\d+\\.0/(\\d+)/events$"));
    const auto json = [](int status, const QByteArray& body) {
        return ScriptedReply::text(status, body, "application/json");
    };
    if (request.method != "POST" || !path.match(QString::fromLatin1(request.target)).hasMatch())
        return json(400, errorBody(100, 33, "Unsupported post request."));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QByteArray token = body.value(u"access_token").toString().toUtf8();
    if (body.contains(u"appsecret_proof")
        && body.value(u"appsecret_proof").toString().toLatin1()
            != QMessageAuthenticationCode::hash(token, appSecret, QCryptographicHash::Sha256).toHex())
        return json(400, errorBody(100, 0, "Invalid appsecret_proof provided in the API argument"));
    const int events = int(body.value(u"data").toArray().size());
    if (token.isEmpty())
        return json(400, errorBody(104, 0, "An access token is required to request this resource."));
    if (token == goodToken)
        return json(200,
                    QByteArray(R"({"events_received":)") + QByteArray::number(events)
                        + R"(,"messages":[],"fbtrace_id":"TraceOk1"})");
    if (token == "SLOW") { // long enough to be cancelled
        ScriptedReply slow = json(200, R"({"events_received":1,"messages":[],"fbtrace_id":"TraceSlow"})");
        slow.delayMs = 20'000;
        return slow;
    }
    if (token == "PARTIAL")
        return json(200,
                    QByteArray(R"({"events_received":)") + QByteArray::number(events - 1)
                        + R"(,"messages":["event 2: duplicate event_id"],"fbtrace_id":"TraceOk2"})");
    if (token == "EXPIRED")
        return json(400, errorBody(190, 463, "Error validating access token: Session has expired."));
    if (token == "NOPERM")
        return json(403, errorBody(200, 0, "Permissions error"));
    if (token == "RATE")
        return json(400, errorBody(17, 0, "User request limit reached"));
    if (token == "TEMP")
        return json(500, errorBody(2, 0, "An unexpected error has occurred. Please retry your request later.", true));
    if (token == "OLD")
        return json(400, errorBody(100, 2804003, "Invalid parameter: event_time is too far in the past"));
    return json(400, errorBody(190, 0, "Invalid OAuth access token - Cannot parse access token"));
}

} // namespace pbw::test
