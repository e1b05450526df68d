// Each conversion API answers its own way: TikTok with a code in a 200, Snapchat with VALID or
// INVALID, Google with a partial failure inside a 200, GA4 with nothing at all unless asked to
// validate, Pinterest with a count per event, Reddit with a sentence. Read here into one shape.
#include "capi/platformanswer.h"

#include "capi/capianswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbw {

namespace {

// The translation context of the Conversions API messages.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

QString textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

void addError(PlatformAnswer& answer, const ConversionPlatform& platform, int status, PlatformError error)
{
    answer.errors.append(explainPlatformError(platform, std::move(error), status));
}

void readTikTok(PlatformAnswer& a, const ConversionPlatform& p, const QJsonObject& root, int status)
{
    a.requestId = root.value(u"request_id").toString();
    if (!root.contains(u"code")) {
        a.outcome = PlatformAnswer::Outcome::NotPlatform;
        return;
    }
    const QString code = textOf(root.value(u"code"));
    if (code == QLatin1String("0") && status < 300) {
        a.outcome = PlatformAnswer::Outcome::Received;
        a.eventsReceived = a.eventsSent;
        return;
    }
    a.outcome = PlatformAnswer::Outcome::Rejected;
    addError(a, p, status, {code, root.value(u"message").toString(), {}, -1, {}, {}, {}, {}});
}

void readSnap(PlatformAnswer& a, const ConversionPlatform& p, const QJsonObject& root, int status)
{
    const QString state = root.value(u"status").toString();
    if (state.isEmpty()) {
        a.outcome = PlatformAnswer::Outcome::NotPlatform;
        return;
    }
    const auto errorsIn = [&](const QJsonObject& holder, int event) {
        const QJsonObject errors = holder.value(u"errors").toObject();
        const QJsonArray codes = errors.value(u"codes").toArray();
        const QJsonArray messages = errors.value(u"error_msgs").toArray();
        for (qsizetype i = 0; i < std::max(codes.size(), messages.size()); ++i)
            addError(a, p, status, {textOf(codes.at(i)), textOf(messages.at(i)), {}, event, {}, {}, {}, {}});
    };
    errorsIn(root, root.contains(u"event") ? int(root.value(u"event").toInteger()) : -1);
    const QJsonArray logs = root.value(u"event_logs").toArray();
    for (qsizetype i = 0; i < logs.size(); ++i) {
        const QJsonObject log = logs.at(i).toObject();
        errorsIn(log, int(i));
        for (const QJsonValue& warning : log.value(u"warnings").toArray())
            a.messages.append(textOf(warning));
    }
    if (state == QLatin1String("VALID") && status < 300) {
        a.outcome = a.test ? PlatformAnswer::Outcome::Validated : PlatformAnswer::Outcome::Received;
        a.eventsReceived = a.eventsSent;
        return;
    }
    a.outcome = PlatformAnswer::Outcome::Rejected;
    if (a.errors.isEmpty())
        addError(a, p, status, {state, root.value(u"reason").toString(), {}, -1, {}, {}, {}, {}});
}

// Google's google.rpc.Status: GoogleAdsFailure details, one error per problem.
void readGoogleStatus(PlatformAnswer& a, const ConversionPlatform& p, const QJsonObject& status, int http)
{
    for (const QJsonValue& detail : status.value(u"details").toArray()) {
        const QJsonObject failure = detail.toObject();
        if (a.requestId.isEmpty())
            a.requestId = failure.value(u"requestId").toString();
        for (const QJsonValue& value : failure.value(u"errors").toArray()) {
            const QJsonObject error = value.toObject();
            const QJsonObject code = error.value(u"errorCode").toObject();
            PlatformError out;
            out.code = code.isEmpty() ? QString() : textOf(code.begin().value());
            out.message = error.value(u"message").toString();
            QStringList path;
            for (const QJsonValue& element :
                 error.value(u"location").toObject().value(u"fieldPathElements").toArray()) {
                const QJsonObject e = element.toObject();
                path.append(
                    e.value(u"fieldName").toString()
                    + (e.contains(u"index") ? QStringLiteral("[%1]").arg(e.value(u"index").toInt()) : QString()));
                if (e.value(u"fieldName").toString() == QLatin1String("conversions") && e.contains(u"index"))
                    out.event = e.value(u"index").toInt();
            }
            out.field = path.join(u'.');
            addError(a, p, http, out);
        }
    }
    if (a.errors.isEmpty())
        addError(a, p, http,
                 {status.value(u"status").toString(), status.value(u"message").toString(), {}, -1, {}, {}, {}, {}});
}

void readGoogleAds(PlatformAnswer& a, const ConversionPlatform& p, const QJsonObject& root, int status)
{
    if (root.value(u"error").isObject()) {
        a.outcome = PlatformAnswer::Outcome::Rejected;
        readGoogleStatus(a, p, root.value(u"error").toObject(), status);
        return;
    }
    if (status >= 300) {
        a.outcome = PlatformAnswer::Outcome::NotPlatform;
        return;
    }
    const QJsonArray results = root.value(u"results").toArray();
    if (root.value(u"partialFailureError").isObject()) {
        readGoogleStatus(a, p, root.value(u"partialFailureError").toObject(), status);
        int failed = 0;
        QList<int> seen;
        for (const PlatformError& e : std::as_const(a.errors)) {
            if (e.event >= 0 && !seen.contains(e.event)) {
                seen.append(e.event);
                ++failed;
            }
        }
        a.eventsReceived = std::max(0, a.eventsSent - std::max(failed, 1));
        a.outcome = a.eventsReceived > 0 ? PlatformAnswer::Outcome::Partial : PlatformAnswer::Outcome::Rejected;
        return;
    }
    if (!a.test && results.isEmpty()) {
        a.outcome = PlatformAnswer::Outcome::NotPlatform; // a real upload answers with a result per conversion
        return;
    }
    a.eventsReceived = a.test ? -1 : int(results.size());
    a.outcome = a.test                     ? PlatformAnswer::Outcome::Validated
        : a.eventsReceived >= a.eventsSent ? PlatformAnswer::Outcome::Received
                                           : PlatformAnswer::Outcome::Partial;
}

void readGa4(PlatformAnswer& a, const ConversionPlatform& p, const QJsonObject& root, int status, bool json)
{
    if (!a.test) {
        // /mp/collect answers 2xx whatever it got: only the validation server says more.
        a.outcome = status < 300 ? PlatformAnswer::Outcome::Unconfirmed : PlatformAnswer::Outcome::NotPlatform;
        return;
    }
    if (!json || !root.contains(u"validationMessages")) {
        a.outcome = PlatformAnswer::Outcome::NotPlatform;
        return;
    }
    for (const QJsonValue& value : root.value(u"validationMessages").toArray()) {
        const QJsonObject m = value.toObject();
        addError(a, p, status,
                 {m.value(u"validationCode").toString(),
                  m.value(u"description").toString(),
                  m.value(u"fieldPath").toString(),
                  -1,
                  {},
                  {},
                  {},
                  {}});
    }
    a.outcome = a.errors.isEmpty() ? PlatformAnswer::Outcome::Validated : PlatformAnswer::Outcome::Rejected;
}

void readPinterest(PlatformAnswer& a, const ConversionPlatform& p, const QJsonObject& root, int status)
{
    if (root.contains(u"num_events_received")) {
        a.eventsReceived = int(root.value(u"num_events_processed").toInteger());
        const QJsonArray events = root.value(u"events").toArray();
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject e = events.at(i).toObject();
            if (const QString warning = e.value(u"warning_message").toString(); !warning.isEmpty())
                a.messages.append(QStringLiteral("%1: %2").arg(i + 1).arg(warning));
            if (e.value(u"status").toString() == QLatin1String("failed"))
                addError(a, p, status,
                         {QStringLiteral("failed"),
                          e.value(u"error_message").toString(),
                          {},
                          int(i),
                          QStringLiteral("partial-failure"),
                          {},
                          {},
                          {}});
        }
        if (status < 300 && a.errors.isEmpty() && a.eventsReceived >= a.eventsSent)
            a.outcome = a.test ? PlatformAnswer::Outcome::Validated : PlatformAnswer::Outcome::Received;
        else
            a.outcome = a.eventsReceived > 0 ? PlatformAnswer::Outcome::Partial : PlatformAnswer::Outcome::Rejected;
        return;
    }
    if (root.contains(u"code") && status >= 400) {
        a.outcome = PlatformAnswer::Outcome::Rejected;
        addError(a, p, status,
                 {textOf(root.value(u"code")), root.value(u"message").toString(), {}, -1, {}, {}, {}, {}});
        return;
    }
    a.outcome = PlatformAnswer::Outcome::NotPlatform;
}

void readReddit(PlatformAnswer& a, const ConversionPlatform& p, const QJsonObject& root, int status,
                const QByteArray& body)
{
    if (status < 300) {
        const QString message = root.value(u"data").toObject().value(u"message").toString();
        if (message.isEmpty()) {
            a.outcome = PlatformAnswer::Outcome::NotPlatform;
            return;
        }
        a.messages.append(message);
        a.outcome = PlatformAnswer::Outcome::Received;
        a.eventsReceived = a.eventsSent;
        return;
    }
    a.outcome = PlatformAnswer::Outcome::Rejected;
    const QJsonObject error = root.value(u"error").toObject();
    QString message = error.value(u"message").toString();
    if (message.isEmpty())
        message = root.value(u"message").toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(300)).trimmed();
    addError(a, p, status,
             {error.contains(u"code") ? textOf(error.value(u"code")) : QString::number(status),
              message,
              {},
              -1,
              {},
              {},
              {},
              {}});
}

void readMeta(PlatformAnswer& a, const Exchange& exchange)
{
    const CapiAnswer meta = readCapiAnswer(exchange, a.eventsSent);
    a.eventsReceived = meta.eventsReceived;
    a.messages = meta.messages;
    a.requestId = meta.fbtraceId;
    switch (meta.outcome) {
    case CapiAnswer::Outcome::Received:
        a.outcome = PlatformAnswer::Outcome::Received;
        break;
    case CapiAnswer::Outcome::Partial:
        a.outcome = PlatformAnswer::Outcome::Partial;
        break;
    case CapiAnswer::Outcome::Rejected:
        a.outcome = PlatformAnswer::Outcome::Rejected;
        break;
    case CapiAnswer::Outcome::NotMeta:
        a.outcome = PlatformAnswer::Outcome::NotPlatform;
        break;
    case CapiAnswer::Outcome::NoAnswer:
        a.outcome = PlatformAnswer::Outcome::NoAnswer;
        break;
    }
    if (meta.error) {
        const CapiError& e = *meta.error;
        a.errors.append({e.subcode ? QStringLiteral("%1/%2").arg(e.code).arg(e.subcode) : QString::number(e.code),
                         e.userMessage.isEmpty() ? e.message : e.message + u'\n' + e.userMessage,
                         {},
                         -1,
                         e.family,
                         e.title,
                         e.explanation,
                         e.fix});
    }
}

} // namespace

PlatformAnswer readPlatformAnswer(const ConversionPlatform& platform, const Exchange& exchange, int eventsSent,
                                  bool test)
{
    PlatformAnswer answer;
    answer.platform = platform.id;
    answer.platformName = platform.shortName;
    answer.eventsSent = eventsSent;
    answer.test = test;
    if (!exchange.response)
        return answer;
    if (platform.id == QLatin1String("meta")) {
        readMeta(answer, exchange);
        return answer;
    }
    const int status = exchange.response->status;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(exchange.response->body, &parse);
    const QJsonObject root = doc.object();
    const bool json = parse.error == QJsonParseError::NoError && doc.isObject();
    const QString kind = platform.answer.value(u"kind").toString();
    if (kind == QLatin1String("tiktok"))
        readTikTok(answer, platform, root, status);
    else if (kind == QLatin1String("snapchat"))
        readSnap(answer, platform, root, status);
    else if (kind == QLatin1String("google-ads"))
        readGoogleAds(answer, platform, root, status);
    else if (kind == QLatin1String("ga4"))
        readGa4(answer, platform, root, status, json);
    else if (kind == QLatin1String("pinterest"))
        readPinterest(answer, platform, root, status);
    else if (kind == QLatin1String("reddit"))
        readReddit(answer, platform, root, status, exchange.response->body);
    // An HTTP error the platform's own shape did not explain still is one.
    if (answer.outcome == PlatformAnswer::Outcome::NotPlatform && status >= 400) {
        answer.outcome = PlatformAnswer::Outcome::Rejected;
        addError(answer, platform, status,
                 {QString::number(status),
                  QString::fromUtf8(exchange.response->body.left(300)).trimmed(),
                  {},
                  -1,
                  {},
                  {},
                  {},
                  {}});
    }
    return answer;
}

QString PlatformAnswer::outcomeKey() const
{
    switch (outcome) {
    case Outcome::Received:
        return QStringLiteral("received");
    case Outcome::Validated:
        return QStringLiteral("validated");
    case Outcome::Partial:
        return QStringLiteral("partial");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case Outcome::NotPlatform:
        return QStringLiteral("not-platform");
    case Outcome::NoAnswer:
        break;
    }
    return QStringLiteral("no-answer");
}

QString PlatformAnswer::headline() const
{
    switch (outcome) {
    case Outcome::Received:
        if (eventsReceived < 0)
            return test ? Capi::tr("%1 took the test events").arg(platformName)
                        : Capi::tr("%1 took the events").arg(platformName);
        return test ? Capi::tr("%1: %n test event(s) received", "", eventsReceived).arg(platformName)
                    : Capi::tr("%1: %n event(s) received", "", eventsReceived).arg(platformName);
    case Outcome::Validated:
        return Capi::tr("%1 validated the events: no problem found, nothing recorded").arg(platformName);
    case Outcome::Partial:
        return Capi::tr("%1 took only %2 of %n event(s)", "", eventsSent)
            .arg(platformName)
            .arg(std::max(0, eventsReceived));
    case Outcome::Rejected:
        return Capi::tr("%1 refused the events: %2")
            .arg(platformName, errors.isEmpty() ? QString() : errors.first().title);
    case Outcome::Unconfirmed:
        return Capi::tr("%1 took the request but never says whether the events are valid: validate them first")
            .arg(platformName);
    case Outcome::NotPlatform:
        return Capi::tr("The answer is not one of %1's: is the address right?").arg(platformName);
    case Outcome::NoAnswer:
        break;
    }
    return Capi::tr("No answer from %1.").arg(platformName);
}

} // namespace pbw
