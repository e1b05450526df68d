#include "capi/capianswer.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
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

struct Family
{
    const char* key;
    const char* title;
    const char* explanation;
    const char* fix;
};

// The families capi-errors.json may name; a new family needs its words here, in both languages.
const Family families[] = {
    {"token-expired", QT_TRANSLATE_NOOP("CapiError", "The access token has expired."),
     QT_TRANSLATE_NOOP("CapiError", "Meta no longer accepts this token, so no event was recorded."),
     QT_TRANSLATE_NOOP("CapiError",
                       "Generate a new token in Events Manager → your dataset → Settings → Conversions API, and "
                       "save it for this pixel.")},
    {"token-revoked", QT_TRANSLATE_NOOP("CapiError", "The access token was revoked."),
     QT_TRANSLATE_NOOP("CapiError",
                       "The token was cancelled (a password change, or the app's access removed); no event was "
                       "recorded."),
     QT_TRANSLATE_NOOP("CapiError", "Generate a new token in Events Manager and save it for this pixel.")},
    {"token-invalid", QT_TRANSLATE_NOOP("CapiError", "Meta does not accept this access token."),
     QT_TRANSLATE_NOOP("CapiError",
                       "The token is mistyped, cut short, or belongs to something else; no event was recorded."),
     QT_TRANSLATE_NOOP("CapiError",
                       "Copy the token again from Events Manager → Settings → Conversions API → Generate access "
                       "token, whole, and save it for this pixel.")},
    {"token-missing", QT_TRANSLATE_NOOP("CapiError", "The request carried no access token."),
     QT_TRANSLATE_NOOP("CapiError", "Meta needs a token with every request."),
     QT_TRANSLATE_NOOP("CapiError", "Save the pixel's token, then send again.")},
    {"permission", QT_TRANSLATE_NOOP("CapiError", "The token may not send events to this pixel."),
     QT_TRANSLATE_NOOP("CapiError",
                       "The token is valid, but its user or system user has no access to this dataset, or the app "
                       "lacks a permission."),
     QT_TRANSLATE_NOOP("CapiError",
                       "Generate the token from this pixel's own settings page, or give the system user access to "
                       "the dataset in Business Settings.")},
    {"pixel-not-found", QT_TRANSLATE_NOOP("CapiError", "Meta does not know this pixel, or the token cannot see it."),
     QT_TRANSLATE_NOOP("CapiError", "The pixel (dataset) ID is wrong, or the token belongs to another business."),
     QT_TRANSLATE_NOOP("CapiError",
                       "Copy the dataset ID from Events Manager and use the token generated for that dataset.")},
    {"no-match-key", QT_TRANSLATE_NOOP("CapiError", "The event has nothing Meta can match a person with."),
     QT_TRANSLATE_NOOP("CapiError", "IP address, user agent or region alone are not enough."),
     QT_TRANSLATE_NOOP("CapiError", "Add an e-mail, a phone, external_id, fbc or fbp.")},
    {"event-time", QT_TRANSLATE_NOOP("CapiError", "Meta refused the event's time."),
     QT_TRANSLATE_NOOP("CapiError",
                       "event_time must be Unix seconds, not in the future, and at most 7 days old (62 for "
                       "physical_store)."),
     QT_TRANSLATE_NOOP("CapiError", "Send the time of the conversion in seconds, within the allowed window.")},
    {"currency", QT_TRANSLATE_NOOP("CapiError", "Meta refused the currency or value."),
     QT_TRANSLATE_NOOP("CapiError", "A Purchase needs a numeric value and an ISO 4217 currency code."),
     QT_TRANSLATE_NOOP("CapiError", "Send value as a number (49.90) and currency as a code (USD, EUR, RUB).")},
    {"data-processing", QT_TRANSLATE_NOOP("CapiError", "Meta wants the data processing options settled."),
     QT_TRANSLATE_NOOP("CapiError", "data_processing_options is missing or inconsistent for this event."),
     QT_TRANSLATE_NOOP("CapiError", "Send data_processing_options as [] or as [\"LDU\"] with its country and state.")},
    {"invalid-parameter", QT_TRANSLATE_NOOP("CapiError", "Meta refused a parameter of the request."),
     QT_TRANSLATE_NOOP("CapiError", "One invalid event rejects the whole batch; Meta's message names the parameter."),
     QT_TRANSLATE_NOOP("CapiError", "Read Meta's message below, correct that field (Validate helps), and send again.")},
    {"rate-limit", QT_TRANSLATE_NOOP("CapiError", "Too many requests: Meta is limiting this app or account."),
     QT_TRANSLATE_NOOP("CapiError", "Nothing is wrong with the events; they were not recorded this time."),
     QT_TRANSLATE_NOOP("CapiError", "Wait a few minutes and send again; send events in batches, not one by one.")},
    {"temporary", QT_TRANSLATE_NOOP("CapiError", "Meta had a temporary problem."),
     QT_TRANSLATE_NOOP("CapiError", "The error is on Meta's side and usually passes."),
     QT_TRANSLATE_NOOP("CapiError", "Send again in a minute; if it persists, quote the trace ID to Meta.")},
    {"unknown", QT_TRANSLATE_NOOP("CapiError", "Meta refused the request."),
     QT_TRANSLATE_NOOP("CapiError", "This error is not one the workbench knows; Meta's own words are below."),
     QT_TRANSLATE_NOOP("CapiError", "Read Meta's message, and quote the trace ID to Meta's support if needed.")},
};

const Family* familyOf(const QString& key)
{
    for (const Family& family : families) {
        if (key == QLatin1String(family.key))
            return &family;
    }
    return nullptr;
}

struct Rules
{
    QList<QJsonObject> rules;
    QStringList problems;
};

const Rules& rules()
{
    static const Rules loaded = [] {
        Rules out;
        QFile file(QStringLiteral(":/rules/capi-errors.json"));
        if (!file.open(QIODevice::ReadOnly))
            out.problems.append(QStringLiteral("capi-errors.json is missing"));
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"rules").toArray();
        static const QStringList known{
            QStringLiteral("code"),    QStringLiteral("code_from"),        QStringLiteral("code_to"),
            QStringLiteral("subcode"), QStringLiteral("message_contains"), QStringLiteral("transient"),
            QStringLiteral("family")};
        for (const QJsonValue& value : array) {
            const QJsonObject rule = value.toObject();
            for (const QString& key : rule.keys()) {
                if (!known.contains(key))
                    out.problems.append(QStringLiteral("unknown condition \"%1\"").arg(key));
            }
            if (!familyOf(rule.value(u"family").toString()))
                out.problems.append(QStringLiteral("unknown family \"%1\"").arg(rule.value(u"family").toString()));
            out.rules.append(rule);
        }
        if (out.rules.isEmpty())
            out.problems.append(QStringLiteral("capi-errors.json has no rules"));
        for (const QString& problem : std::as_const(out.problems))
            qCWarning(lcAnalysis) << "capi-errors.json:" << problem;
        return out;
    }();
    return loaded;
}

bool holds(const QJsonObject& rule, const CapiError& error)
{
    if (rule.contains(u"code") && rule.value(u"code").toInteger() != error.code)
        return false;
    if (rule.contains(u"code_from")
        && (error.code < rule.value(u"code_from").toInteger() || error.code > rule.value(u"code_to").toInteger()))
        return false;
    if (rule.contains(u"subcode") && rule.value(u"subcode").toInteger() != error.subcode)
        return false;
    if (rule.contains(u"transient") && rule.value(u"transient").toBool() != error.transient)
        return false;
    if (rule.contains(u"message_contains")) {
        const QString needle = rule.value(u"message_contains").toString();
        if (!error.message.contains(needle, Qt::CaseInsensitive)
            && !error.userMessage.contains(needle, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

CapiError errorFrom(const QJsonObject& object)
{
    CapiError error;
    error.code = object.value(u"code").toInteger();
    error.subcode = object.value(u"error_subcode").toInteger();
    error.type = object.value(u"type").toString();
    error.message = object.value(u"message").toString();
    error.userTitle = object.value(u"error_user_title").toString();
    error.userMessage = object.value(u"error_user_msg").toString();
    error.transient = object.value(u"is_transient").toBool();
    error.family = QStringLiteral("unknown");
    for (const QJsonObject& rule : rules().rules) {
        if (holds(rule, error)) {
            error.family = rule.value(u"family").toString();
            break;
        }
    }
    const Family* family = familyOf(error.family);
    error.title = QCoreApplication::translate("CapiError", family->title);
    error.explanation = QCoreApplication::translate("CapiError", family->explanation);
    error.fix = QCoreApplication::translate("CapiError", family->fix);
    return error;
}

} // namespace

CapiAnswer readCapiAnswer(const Exchange& exchange, int eventsSent)
{
    CapiAnswer answer;
    answer.eventsSent = eventsSent;
    if (!exchange.response)
        return answer;
    const QJsonObject root = QJsonDocument::fromJson(exchange.response->body).object();
    answer.fbtraceId = root.value(u"fbtrace_id").toString();
    if (root.value(u"error").isObject()) {
        answer.outcome = CapiAnswer::Outcome::Rejected;
        answer.error = errorFrom(root.value(u"error").toObject());
        if (answer.fbtraceId.isEmpty())
            answer.fbtraceId = root.value(u"error").toObject().value(u"fbtrace_id").toString();
        return answer;
    }
    if (!root.contains(u"events_received")) {
        answer.outcome = CapiAnswer::Outcome::NotMeta;
        return answer;
    }
    answer.eventsReceived = int(root.value(u"events_received").toInteger());
    for (const QJsonValue& message : root.value(u"messages").toArray())
        answer.messages.append(
            message.isString() ? message.toString()
                               : QString::fromUtf8(QJsonDocument(message.toObject()).toJson(QJsonDocument::Compact)));
    answer.outcome = exchange.succeeded() && answer.eventsReceived >= eventsSent && eventsSent > 0
        ? CapiAnswer::Outcome::Received
        : CapiAnswer::Outcome::Partial;
    return answer;
}

QString CapiAnswer::headline() const
{
    switch (outcome) {
    case Outcome::Received:
        return Capi::tr("%n event(s) received", "", eventsReceived);
    case Outcome::Partial:
        return Capi::tr("Only %1 of %n event(s) received", "", eventsSent).arg(eventsReceived);
    case Outcome::Rejected:
        return Capi::tr("Meta rejected the events: %1").arg(error->title);
    case Outcome::NotMeta:
        return Capi::tr("The answer is not one of Meta's: is the Graph API address right?");
    case Outcome::NoAnswer:
        break;
    }
    return Capi::tr("No answer from the Graph API.");
}

QStringList capiErrorRulesProblems()
{
    return rules().problems;
}

} // namespace pbw
