#include "capi/platformvalidation.h"

#include "capi/userdata.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pbw {

namespace {

// The translation context of the Conversions API messages.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

CapiProblem problem(int event, const QString& field, const char* id, CapiProblem::Severity severity,
                    const QString& message, const QString& fix)
{
    return {event, field, QLatin1String(id), severity, message, fix};
}

bool has(const CapiEvent& event, const QString& key)
{
    for (const QString& value : event.userDataValues(key)) {
        if (!value.trimmed().isEmpty())
            return true;
    }
    return false;
}

QString clickId(const CapiEvent& event, const char* name)
{
    return event.other.value(u"click_ids").toObject().value(QLatin1String(name)).toString().trimmed();
}

void checkTime(QList<CapiProblem>& out, const ConversionPlatform& p, int index, const CapiEvent& event,
               const QDateTime& now)
{
    const auto seconds = event.eventTimeNumber();
    const QString field = QStringLiteral("event_time");
    if (!seconds) {
        out.append(problem(index, field, "event-time-missing", CapiProblem::Severity::Error,
                           Capi::tr("The event has no time in Unix seconds."),
                           Capi::tr("Set event_time to the moment of the conversion, in seconds.")));
        return;
    }
    const qint64 age = now.toSecsSinceEpoch() - *seconds;
    const qint64 limit = p.eventAgeHours > 0 ? p.eventAgeHours * 3600LL : p.eventAgeDays * 86400LL;
    if (age < -600)
        out.append(problem(index, field, "event-time-future", CapiProblem::Severity::Error,
                           Capi::tr("The event's time is in the future."),
                           Capi::tr("Send the time of the conversion itself, in seconds (not milliseconds).")));
    else if (limit > 0 && age > limit)
        out.append(problem(index, field, "event-time-too-old", CapiProblem::Severity::Error,
                           p.eventAgeHours > 0
                               ? Capi::tr("%1 takes events at most %2 hours old.").arg(p.shortName).arg(p.eventAgeHours)
                               : Capi::tr("%1 takes events at most %2 days old.").arg(p.shortName).arg(p.eventAgeDays),
                           Capi::tr("Send conversions sooner; this one will not count.")));
}

void checkUserData(QList<CapiProblem>& out, const ConversionPlatform& p, int index, const CapiEvent& event)
{
    for (const PlatformField& field : p.fields) {
        for (const QString& input : event.userDataValues(field.field)) {
            if (input.trimmed().isEmpty())
                continue;
            const UserDataValue value = normalizeForPlatform(p, field.field, input);
            const QString where = field.key;
            if (!value.error.isEmpty())
                out.append(problem(index, where, "user-data-invalid", CapiProblem::Severity::Error, value.error,
                                   Capi::tr("Correct the value; %1 would not get it.").arg(p.shortName)));
            for (const QString& warning : value.warnings)
                out.append(problem(index, where, "user-data-warning", CapiProblem::Severity::Warning, warning,
                                   Capi::tr("Check the value before sending.")));
        }
    }
}

void checkMatchKeys(QList<CapiProblem>& out, const ConversionPlatform& p, int index, const CapiEvent& event)
{
    const QString& id = p.id;
    const bool ipAndAgent
        = has(event, QStringLiteral("client_ip_address")) && has(event, QStringLiteral("client_user_agent"));
    const bool email = has(event, QStringLiteral("em"));
    const bool phone = has(event, QStringLiteral("ph"));
    bool enough = true;
    QString needs;
    if (id == QLatin1String("snapchat")) {
        enough = email || phone || ipAndAgent || has(event, QStringLiteral("madid"));
        needs = Capi::tr("Snapchat needs an e-mail, a phone, or the IP address and user agent together.");
    } else if (id == QLatin1String("pinterest")) {
        enough = email || ipAndAgent || has(event, QStringLiteral("madid"));
        needs = Capi::tr("Pinterest needs an e-mail, or the IP address and user agent together.");
    } else if (id == QLatin1String("google-ads")) {
        const QString gbraid = clickId(event, "gbraid");
        const QString wbraid = clickId(event, "wbraid");
        enough = email || phone || !clickId(event, "gclid").isEmpty() || !gbraid.isEmpty() || !wbraid.isEmpty();
        needs = Capi::tr("Google Ads needs the gclid (or gbraid, wbraid) of the click, or an e-mail or phone.");
        if (!gbraid.isEmpty() && !wbraid.isEmpty())
            out.append(problem(index, QStringLiteral("click_ids"), "click-ids-both", CapiProblem::Severity::Error,
                               Capi::tr("Google Ads refuses a gbraid and a wbraid together."),
                               Capi::tr("Keep only the one the click carried.")));
    } else if (id == QLatin1String("ga4")) {
        enough = !clickId(event, "client_id").isEmpty();
        needs = Capi::tr("GA4 needs the client_id of the visitor (from the _ga cookie) in click_ids.");
    } else if (id == QLatin1String("reddit") || id == QLatin1String("tiktok")) {
        enough = email || phone || ipAndAgent || has(event, QStringLiteral("external_id"))
            || !clickId(event, id == QLatin1String("reddit") ? "rdt_cid" : "ttclid").isEmpty();
        needs = Capi::tr("%1 can match nobody: add an e-mail, a phone, the click ID or the IP address and user agent.")
                    .arg(p.shortName);
    }
    if (!enough)
        out.append(problem(index, QStringLiteral("user_data"), "no-match-key",
                           id == QLatin1String("tiktok") || id == QLatin1String("reddit")
                               ? CapiProblem::Severity::Warning
                               : CapiProblem::Severity::Error,
                           needs, Capi::tr("Add what the event has of these, then validate again.")));
}

void checkValue(QList<CapiProblem>& out, const ConversionPlatform& p, int index, const CapiEvent& event)
{
    const QJsonValue value = event.customData.value(u"value");
    const QString currency = event.customData.value(u"currency").toString().trimmed();
    const QString field = QStringLiteral("custom_data");
    bool number = value.isDouble();
    if (value.isString())
        value.toString().trimmed().toDouble(&number);
    if (!value.isUndefined() && !number)
        out.append(problem(index, field + QStringLiteral(".value"), "value-not-number", CapiProblem::Severity::Error,
                           Capi::tr("The value is not a number: %1 would leave it out.").arg(p.shortName),
                           Capi::tr("Write the value as a number: 49.90.")));
    else if (number && (value.isDouble() ? value.toDouble() : value.toString().toDouble()) < 0)
        out.append(problem(index, field + QStringLiteral(".value"), "value-negative", CapiProblem::Severity::Warning,
                           Capi::tr("The value is negative."), Capi::tr("Send the conversion's value, not a refund.")));
    if (!currency.isEmpty() && !isIso4217Currency(currency.toUpper()))
        out.append(problem(index, field + QStringLiteral(".currency"), "currency-unknown", CapiProblem::Severity::Error,
                           Capi::tr("%1 is not an ISO 4217 currency code.").arg(currency),
                           Capi::tr("Use the three-letter code: USD, EUR, RUB.")));
    else if (!currency.isEmpty() && currency != currency.toUpper())
        out.append(problem(index, field + QStringLiteral(".currency"), "currency-case", CapiProblem::Severity::Warning,
                           Capi::tr("The currency code is not in capitals."),
                           Capi::tr("Write it as %1.").arg(currency.toUpper())));
    if (event.eventName != QLatin1String("Purchase") || (!value.isUndefined() && !currency.isEmpty()))
        return;
    // Snapchat documents a 400 for it; the others count the purchase without its value.
    const auto severity
        = p.id == QLatin1String("snapchat") ? CapiProblem::Severity::Error : CapiProblem::Severity::Warning;
    const QString message = value.isUndefined() && currency.isEmpty()
        ? Capi::tr("A purchase without a value and a currency.")
        : value.isUndefined() ? Capi::tr("A purchase without a value.")
                              : Capi::tr("A purchase without a currency.");
    out.append(problem(index, field, "value-without-currency", severity, message,
                       Capi::tr("Add value and currency (ISO 4217: USD, EUR, RUB).")));
}

// What the platform requires of every event beyond Meta's shape, and single values sent once.
void checkRequired(QList<CapiProblem>& out, const ConversionPlatform& p, int index, const CapiEvent& event)
{
    if (p.id == QLatin1String("pinterest") && event.eventId.trimmed().isEmpty())
        out.append(problem(index, QStringLiteral("event_id"), "event-id-missing", CapiProblem::Severity::Error,
                           Capi::tr("Pinterest requires an event_id in every event."),
                           Capi::tr("Set event_id: the order number, or the ID the Pinterest tag used.")));
    if (!p.actionSources.isEmpty() && event.actionSource.trimmed().isEmpty())
        out.append(problem(index, QStringLiteral("action_source"), "action-source-missing",
                           CapiProblem::Severity::Warning,
                           Capi::tr("No action_source: %1 gets %2.")
                               .arg(p.shortName, p.actionSources.value(QStringLiteral("website"))),
                           Capi::tr("Set action_source (website, app, physical_store…).")));
    for (const PlatformField& field : p.fields) {
        if (!field.multi && event.userDataValues(field.field).size() > 1)
            out.append(problem(index, field.key, "one-value-only", CapiProblem::Severity::Warning,
                               Capi::tr("%1 takes one %2: only the first is sent.").arg(p.shortName, field.field),
                               Capi::tr("Put the best value first.")));
    }
}

} // namespace

QList<CapiProblem> validatePlatformEvents(const ConversionPlatform& platform, const QList<CapiEvent>& events,
                                          const QDateTime& now)
{
    if (platform.id == QLatin1String("meta"))
        return validateCapiEvents(events, now);
    QList<CapiProblem> out;
    if (events.isEmpty())
        out.append(problem(-1, QStringLiteral("data"), "no-events", CapiProblem::Severity::Error,
                           Capi::tr("There are no events to send."), Capi::tr("Add an event.")));
    if (platform.batchMax > 0 && events.size() > platform.batchMax)
        out.append(problem(-1, QStringLiteral("data"), "batch-too-large", CapiProblem::Severity::Error,
                           Capi::tr("%1 takes at most %2 events per request; there are %3.")
                               .arg(platform.shortName)
                               .arg(platform.batchMax)
                               .arg(events.size()),
                           Capi::tr("Send them in smaller batches.")));
    for (int i = 0; i < events.size(); ++i) {
        const CapiEvent& event = events.at(i);
        checkTime(out, platform, i, event, now);
        checkUserData(out, platform, i, event);
        checkMatchKeys(out, platform, i, event);
        checkValue(out, platform, i, event);
        checkRequired(out, platform, i, event);
        if (platform.id == QLatin1String("ga4") && i > 0
            && (clickId(event, "client_id") != clickId(events.first(), "client_id")
                || event.userData != events.first().userData))
            out.append(problem(i, QStringLiteral("client_ids"), "one-user-per-request", CapiProblem::Severity::Error,
                               Capi::tr("GA4 takes one visitor's events per request; this event is another visitor's."),
                               Capi::tr("Send each visitor's events on their own.")));
        if (!platform.eventNames.isEmpty() && !platform.eventNames.contains(event.eventName))
            out.append(problem(i, QStringLiteral("event_name"), "custom-event-name", CapiProblem::Severity::Warning,
                               Capi::tr("%1 has no standard event for %2: it goes as a custom event.")
                                   .arg(platform.shortName, event.eventName),
                               Capi::tr("Use a standard event if one fits, so that the platform can optimise for "
                                        "it.")));
    }
    return out;
}

} // namespace pbw
