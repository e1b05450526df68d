#include "fakeplatforms.h"

#include "fakegraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace pbw::test {

namespace {

ScriptedReply json(int status, const QJsonObject& body)
{
    return ScriptedReply::text(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

bool isHash(const QJsonValue& value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return value.isString() && hex.match(value.toString()).hasMatch();
}

bool allHashes(const QJsonValue& value)
{
    if (!value.isArray())
        return isHash(value);
    const QJsonArray array = value.toArray();
    return !array.isEmpty() && std::all_of(array.begin(), array.end(), [](const QJsonValue& v) { return isHash(v); });
}

QByteArray bearer(const RecordedRequest& request)
{
    const QByteArray header = request.header("Authorization");
    return header.startsWith("Bearer ") ? header.mid(7) : QByteArray();
}

// What the shape check found, or nothing.
using Check = std::optional<QString>;

ScriptedReply shapeError(int status, const QString& what)
{
    return ScriptedReply::text(status, "fake: " + what.toUtf8());
}

// TikTok: POST /open_api/v1.3/event/track/, Access-Token header, {event_source, event_source_id, data[]}.
ScriptedReply tiktok(const RecordedRequest& r, const QJsonObject& body)
{
    const QByteArray token = r.header("Access-Token");
    const auto answer = [](int code, const QString& message) {
        return json(200,
                    {{QStringLiteral("code"), code},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("request_id"), QStringLiteral("20261207TT")},
                     {QStringLiteral("data"), QJsonObject()}});
    };
    if (token != platformToken)
        return answer(40105, QStringLiteral("Access token is incorrect or has been revoked."));
    if (body.value(u"event_source").toString() != QLatin1String("web")
        || body.value(u"event_source_id").toString() != tiktokPixel)
        return shapeError(400, QStringLiteral("event_source web and event_source_id"));
    for (const QJsonValue& v : body.value(u"data").toArray()) {
        const QJsonObject e = v.toObject();
        const QJsonObject user = e.value(u"user").toObject();
        if (e.value(u"event").toString().isEmpty() || !e.value(u"event_time").isDouble())
            return shapeError(400, QStringLiteral("event and event_time (seconds)"));
        if ((user.contains(u"email") && !isHash(user.value(u"email")))
            || (user.contains(u"phone") && !isHash(user.value(u"phone"))))
            return shapeError(400, QStringLiteral("user.email and user.phone hashed"));
    }
    return answer(0, QStringLiteral("OK"));
}

// Snapchat: POST /v3/{pixel}/events[/validate]?access_token=…, {data[]} in Meta's shape.
ScriptedReply snapchat(const RecordedRequest& r, const QJsonObject& body, const QUrlQuery& query, bool validate)
{
    const QString token = query.queryItemValue(QStringLiteral("access_token"));
    if (token != QString::fromLatin1(platformToken))
        return json(401,
                    {{QStringLiteral("status"), QStringLiteral("INVALID")},
                     {QStringLiteral("reason"), QStringLiteral("Unauthorized access token")}});
    Q_UNUSED(r)
    const QJsonArray data = body.value(u"data").toArray();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject e = data.at(i).toObject();
        const QJsonObject user = e.value(u"user_data").toObject();
        for (const char* key : {"em", "ph", "fn", "ln", "ct", "st", "zp", "country"}) {
            if (user.contains(QLatin1String(key)) && !allHashes(user.value(QLatin1String(key))))
                return json(400,
                            {{QStringLiteral("status"), QStringLiteral("INVALID")},
                             {QStringLiteral("event"), int(i)},
                             {QStringLiteral("errors"),
                              QJsonObject{{QStringLiteral("codes"), QJsonArray{1004}},
                                          {QStringLiteral("error_msgs"),
                                           QJsonArray{QStringLiteral("Unhashed PII in user_data")}}}}});
        }
        for (const char* key : {"event_name", "event_time", "action_source", "event_source_url"}) {
            if (!e.contains(QLatin1String(key)))
                return json(400,
                            {{QStringLiteral("status"), QStringLiteral("INVALID")},
                             {QStringLiteral("errors"),
                              QJsonObject{{QStringLiteral("codes"), QJsonArray{1001}},
                                          {QStringLiteral("error_msgs"),
                                           QJsonArray{QStringLiteral("%1 is required").arg(QLatin1String(key))}}}}});
        }
        const QJsonObject custom = e.value(u"custom_data").toObject();
        if (e.value(u"event_name").toString() == QLatin1String("PURCHASE") && !custom.contains(u"currency"))
            return json(400,
                        {{QStringLiteral("status"), QStringLiteral("INVALID")},
                         {QStringLiteral("errors"),
                          QJsonObject{{QStringLiteral("codes"), QJsonArray{1002}},
                                      {QStringLiteral("error_msgs"),
                                       QJsonArray{QStringLiteral("Missing price and/or currency in Purchase "
                                                                 "events")}}}}});
    }
    if (validate)
        return json(200,
                    {{QStringLiteral("status"), QStringLiteral("VALID")},
                     {QStringLiteral("test_event"), true},
                     {QStringLiteral("event_logs"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("status"), QStringLiteral("VALID")},
                          {QStringLiteral("warnings"), QJsonArray{QStringLiteral("client_ip_address is missing")}}}}}});
    return json(200,
                {{QStringLiteral("status"), QStringLiteral("VALID")},
                 {QStringLiteral("reason"), QStringLiteral("Events processed")}});
}

QJsonObject googleFailure(int code, const QString& status, const QString& family, const QString& name,
                          const QString& message, int conversion)
{
    QJsonObject error{{QStringLiteral("errorCode"), QJsonObject{{family, name}}}, {QStringLiteral("message"), message}};
    if (conversion >= 0)
        error.insert(QStringLiteral("location"),
                     QJsonObject{{QStringLiteral("fieldPathElements"),
                                  QJsonArray{QJsonObject{{QStringLiteral("fieldName"), QStringLiteral("conversions")},
                                                         {QStringLiteral("index"), conversion}}}}});
    return {{QStringLiteral("code"), code},
            {QStringLiteral("message"), QStringLiteral("Request contains an invalid argument.")},
            {QStringLiteral("status"), status},
            {QStringLiteral("details"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("@type"),
                              QStringLiteral("type.googleapis.com/google.ads.googleads.v25.errors.GoogleAdsFailure")},
                             {QStringLiteral("errors"), QJsonArray{error}},
                             {QStringLiteral("requestId"), QStringLiteral("gads-req-1")}}}}};
}

// Google Ads: POST /v25/customers/{id}:uploadClickConversions, Bearer + developer-token.
ScriptedReply googleAds(const RecordedRequest& r, const QJsonObject& body)
{
    const QByteArray token = bearer(r);
    if (token == "EXPIRED")
        return json(401,
                    {{QStringLiteral("error"),
                      googleFailure(16, QStringLiteral("UNAUTHENTICATED"), QStringLiteral("authenticationError"),
                                    QStringLiteral("OAUTH_TOKEN_EXPIRED"),
                                    QStringLiteral("OAuth token in the header has expired."), -1)}});
    if (token != platformToken)
        return json(401,
                    {{QStringLiteral("error"),
                      googleFailure(16, QStringLiteral("UNAUTHENTICATED"), QStringLiteral("authenticationError"),
                                    QStringLiteral("OAUTH_TOKEN_INVALID"),
                                    QStringLiteral("OAuth token in the header is not valid."), -1)}});
    if (r.header("developer-token") != developerToken)
        return json(401,
                    {{QStringLiteral("error"),
                      googleFailure(16, QStringLiteral("UNAUTHENTICATED"), QStringLiteral("authenticationError"),
                                    QStringLiteral("DEVELOPER_TOKEN_INVALID"),
                                    QStringLiteral("The developer token is not valid."), -1)}});
    if (body.value(u"partialFailure") != QJsonValue(true))
        return json(400,
                    {{QStringLiteral("error"),
                      googleFailure(3, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("partialFailureError"),
                                    QStringLiteral("PARTIAL_FAILURE_MODE_REQUIRED"),
                                    QStringLiteral("The partial failure field was false in the request."), -1)}});
    static const QRegularExpression time(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"));
    static const QRegularExpression action(QStringLiteral("^customers/\\d+/conversionActions/\\d+$"));
    const QJsonArray conversions = body.value(u"conversions").toArray();
    QJsonArray results;
    for (const QJsonValue& v : conversions) {
        const QJsonObject c = v.toObject();
        if (!time.match(c.value(u"conversionDateTime").toString()).hasMatch())
            return shapeError(400, QStringLiteral("conversionDateTime yyyy-mm-dd hh:mm:ss+hh:mm"));
        if (!action.match(c.value(u"conversionAction").toString()).hasMatch())
            return shapeError(400, QStringLiteral("conversionAction resource name"));
        const QJsonArray ids = c.value(u"userIdentifiers").toArray();
        if (ids.size() > 5)
            return shapeError(400, QStringLiteral("at most 5 userIdentifiers"));
        for (const QJsonValue& id : ids) {
            const QJsonObject o = id.toObject();
            if (o.size() != 1 || !isHash(o.begin().value()))
                return shapeError(400, QStringLiteral("one hashed identifier per UserIdentifier"));
        }
        if (c.value(u"gclid").toString() == QLatin1String("UNKNOWN-CLICK")) {
            QJsonObject out{{QStringLiteral("partialFailureError"),
                             googleFailure(3, QStringLiteral("INVALID_ARGUMENT"),
                                           QStringLiteral("conversionUploadError"), QStringLiteral("CLICK_NOT_FOUND"),
                                           QStringLiteral("The click associated with the given identifier could not "
                                                          "be found."),
                                           int(results.size()))},
                            {QStringLiteral("results"), QJsonArray{QJsonObject()}}};
            return json(200, out);
        }
        results.append(QJsonObject{{QStringLiteral("gclid"), c.value(u"gclid")},
                                   {QStringLiteral("conversionAction"), c.value(u"conversionAction")},
                                   {QStringLiteral("conversionDateTime"), c.value(u"conversionDateTime")}});
    }
    if (body.value(u"validateOnly").toBool())
        return json(200, QJsonObject());
    return json(200, {{QStringLiteral("results"), results}});
}

// GA4: POST /mp/collect or /debug/mp/collect ?measurement_id=&api_secret=.
ScriptedReply ga4(const QJsonObject& body, const QUrlQuery& query, bool debug)
{
    if (!debug) // production answers 2xx whatever it got
        return ScriptedReply::text(204, QByteArray(), "text/plain");
    QJsonArray messages;
    const auto add = [&messages](const QString& path, const QString& text, const QString& code) {
        messages.append(QJsonObject{{QStringLiteral("fieldPath"), path},
                                    {QStringLiteral("description"), text},
                                    {QStringLiteral("validationCode"), code}});
    };
    if (query.queryItemValue(QStringLiteral("measurement_id")) != measurementId)
        add(QStringLiteral("measurement_id"), QStringLiteral("Unable to find measurement_id"),
            QStringLiteral("VALUE_INVALID"));
    if (!body.contains(u"client_id"))
        add(QStringLiteral("client_id"), QStringLiteral("Measurement requires a client_id."),
            QStringLiteral("VALUE_REQUIRED"));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,39}$"));
    const QJsonArray events = body.value(u"events").toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString n = events.at(i).toObject().value(u"name").toString();
        if (!name.match(n).hasMatch())
            add(QStringLiteral("events"),
                QStringLiteral("Event at index: [%1] has invalid name [%2]. Names must start with an alphabetic "
                               "character.")
                    .arg(i)
                    .arg(n),
                QStringLiteral("NAME_INVALID"));
    }
    const QJsonObject user = body.value(u"user_data").toObject();
    for (auto it = user.begin(); it != user.end(); ++it) {
        if (it.key().startsWith(QLatin1String("sha256_")) && !allHashes(it.value()))
            add(QStringLiteral("user_data.") + it.key(), QStringLiteral("Value must be hex-encoded SHA-256"),
                QStringLiteral("VALUE_INVALID"));
    }
    for (const QJsonValue& a : user.value(u"address").toArray()) {
        const QJsonObject address = a.toObject();
        for (auto it = address.begin(); it != address.end(); ++it) {
            if (it.key().startsWith(QLatin1String("sha256_")) && !isHash(it.value()))
                add(QStringLiteral("user_data.address.") + it.key(),
                    QStringLiteral("Value must be hex-encoded SHA-256"), QStringLiteral("VALUE_INVALID"));
        }
    }
    return json(200, {{QStringLiteral("validationMessages"), messages}});
}

// Pinterest: POST /v5/ad_accounts/{id}/events[?test=true], Bearer.
ScriptedReply pinterest(const RecordedRequest& r, const QJsonObject& body)
{
    const QByteArray token = bearer(r);
    const auto error = [](int status, int code, const QString& message) {
        return json(status, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
    };
    if (token == "NOPERM")
        return error(403, 29, QStringLiteral("You are not permitted to access that resource."));
    if (token == "RATE")
        return error(429, 8, QStringLiteral("This request exceeded a rate limit."));
    if (token != platformToken)
        return error(401, 2, QStringLiteral("Authentication failed."));
    static const QStringList names{QStringLiteral("add_payment_info"),
                                   QStringLiteral("add_to_cart"),
                                   QStringLiteral("add_to_wishlist"),
                                   QStringLiteral("app_install"),
                                   QStringLiteral("checkout"),
                                   QStringLiteral("custom"),
                                   QStringLiteral("initiate_checkout"),
                                   QStringLiteral("lead"),
                                   QStringLiteral("page_visit"),
                                   QStringLiteral("search"),
                                   QStringLiteral("signup"),
                                   QStringLiteral("subscribe"),
                                   QStringLiteral("view_category"),
                                   QStringLiteral("view_content"),
                                   QStringLiteral("watch_video")};
    const QJsonArray data = body.value(u"data").toArray();
    QJsonArray events;
    int processed = 0;
    for (const QJsonValue& v : data) {
        const QJsonObject e = v.toObject();
        if (!names.contains(e.value(u"event_name").toString()) || !e.value(u"event_time").isDouble()
            || e.value(u"event_id").toString().isEmpty() || e.value(u"action_source").toString().isEmpty())
            return error(400, 4196, QStringLiteral("The request was invalid."));
        const QJsonObject user = e.value(u"user_data").toObject();
        QString warning;
        for (auto it = user.begin(); it != user.end(); ++it) {
            if (it.value().isArray() && !allHashes(it.value()))
                warning = QStringLiteral("%1 is not hashed").arg(it.key());
            if (!it.value().isArray() && it.key() != QLatin1String("client_ip_address")
                && it.key() != QLatin1String("client_user_agent") && it.key() != QLatin1String("click_id"))
                return error(400, 4196, QStringLiteral("The request was invalid: %1 must be an array").arg(it.key()));
        }
        const QJsonValue value = e.value(u"custom_data").toObject().value(u"value");
        if (!value.isUndefined() && !value.isString())
            return error(400, 4196, QStringLiteral("The request was invalid: custom_data.value must be a string"));
        ++processed;
        events.append(QJsonObject{{QStringLiteral("status"), QStringLiteral("processed")},
                                  {QStringLiteral("error_message"), QString()},
                                  {QStringLiteral("warning_message"), warning}});
    }
    return json(200,
                {{QStringLiteral("num_events_received"), int(data.size())},
                 {QStringLiteral("num_events_processed"), processed},
                 {QStringLiteral("events"), events}});
}

// Reddit: POST /api/v3/pixels/{pixel}/conversion_events, Bearer, {data: {events[], test_id}}.
ScriptedReply reddit(const RecordedRequest& r, const QJsonObject& body)
{
    const QByteArray token = bearer(r);
    if (token.isEmpty())
        return ScriptedReply::text(401, "No bearer token provided");
    if (token == "FORBIDDEN")
        return json(403,
                    {{QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), 403},
                                  {QStringLiteral("message"),
                                   QStringLiteral("You are not authorized to post conversions to Pixel ID "
                                                  "a2_test1234")}}}});
    if (token != platformToken)
        return json(401,
                    {{QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), 401},
                                  {QStringLiteral("message"), QStringLiteral("UNAUTHORIZED")}}}});
    const QJsonArray events = body.value(u"data").toObject().value(u"events").toArray();
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        const QJsonObject user = e.value(u"user").toObject();
        if (!e.value(u"event_at").isDouble() || e.value(u"event_at").toDouble() < 1e12
            || e.value(u"action_source").toString().isEmpty()
            || e.value(u"type").toObject().value(u"tracking_type").toString().isEmpty()
            || (user.contains(u"email") && !isHash(user.value(u"email"))))
            return json(400,
                        {{QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), 400},
                                      {QStringLiteral("message"),
                                       QStringLiteral("There were 1 invalid conversion events. None were "
                                                      "processed.")}}}});
    }
    return json(200,
                {{QStringLiteral("data"),
                  QJsonObject{{QStringLiteral("message"),
                               QStringLiteral("Successfully processed %1 conversion events.").arg(events.size())}}}});
}

} // namespace

ScriptedReply fakePlatforms(const RecordedRequest& request)
{
    const QString target = QString::fromLatin1(request.target);
    const QString path = target.section(u'?', 0, 0);
    const QUrlQuery query(target.section(u'?', 1));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (request.method != "POST")
        return shapeError(405, QStringLiteral("POST only"));
    if (path == QLatin1String("/open_api/v1.3/event/track/"))
        return tiktok(request, body);
    if (path == QStringLiteral("/v3/%1/events").arg(snapPixel))
        return snapchat(request, body, query, false);
    if (path == QStringLiteral("/v3/%1/events/validate").arg(snapPixel))
        return snapchat(request, body, query, true);
    if (path == QStringLiteral("/v25/customers/%1:uploadClickConversions").arg(googleCustomer))
        return googleAds(request, body);
    if (path == QLatin1String("/mp/collect") || path == QLatin1String("/debug/mp/collect"))
        return ga4(body, query, path.startsWith(QLatin1String("/debug")));
    if (path == QStringLiteral("/v5/ad_accounts/%1/events").arg(pinterestAccount))
        return pinterest(request, body);
    if (path == QStringLiteral("/api/v3/pixels/%1/conversion_events").arg(redditPixel))
        return reddit(request, body);
    if (path.endsWith(QLatin1String("/events")))
        return fakeGraph(request);
    return shapeError(404, QStringLiteral("no such address: %1").arg(path));
}

} // namespace pbw::test
