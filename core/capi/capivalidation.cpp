#include "capi/capivalidation.h"

#include "capi/fbc.h"
#include "capi/userdata.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace pbw {

namespace {

// The translation context of the Conversions API messages.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

constexpr qint64 kDaySeconds = 24 * 60 * 60;

const QSet<QString>& currencies()
{
    static const QSet<QString> codes = [] {
        QSet<QString> out;
        QFile file(QStringLiteral(":/rules/iso4217.json"));
        if (!file.open(QIODevice::ReadOnly))
            qCWarning(lcAnalysis) << "iso4217.json is missing";
        for (const QJsonValue& code : QJsonDocument::fromJson(file.readAll()).object().value(u"codes").toArray())
            out.insert(code.toString());
        return out;
    }();
    return codes;
}

// Keys that can match a person on their own; IP and user agent, or a region, cannot.
const QStringList& matchKeys()
{
    static const QStringList keys{QStringLiteral("em"),
                                  QStringLiteral("ph"),
                                  QStringLiteral("external_id"),
                                  QStringLiteral("fbc"),
                                  QStringLiteral("fbp"),
                                  QStringLiteral("fb_login_id"),
                                  QStringLiteral("lead_id"),
                                  QStringLiteral("madid"),
                                  QStringLiteral("anon_id"),
                                  QStringLiteral("ctwa_clid"),
                                  QStringLiteral("subscription_id")};
    return keys;
}

class Checker
{
public:
    Checker(QList<CapiProblem>& problems, int index, const QDateTime& now, const QList<CapiUserDataRow>* rows,
            qsizetype* cursor)
        : m_problems(problems)
        , m_index(index)
        , m_now(now)
        , m_rows(rows)
        , m_cursor(cursor)
    {
    }

    void error(const QString& field, const QString& id, const QString& message, const QString& fix)
    {
        m_problems.append({m_index, field, id, CapiProblem::Severity::Error, message, fix});
    }
    void warning(const QString& field, const QString& id, const QString& message, const QString& fix)
    {
        m_problems.append({m_index, field, id, CapiProblem::Severity::Warning, message, fix});
    }

    void check(const CapiEvent& event)
    {
        checkBasics(event);
        checkTime(event);
        checkUserData(event);
        checkCustomData(event);
        checkDataProcessing(event);
    }

private:
    // Limited Data Use: [] or ["LDU"]; with LDU, the country (1 the US, 0 Meta locates) and the state
    // (a number, 0 Meta locates) go beside it as data_processing_options_country / _state.
    void checkDataProcessing(const CapiEvent& event)
    {
        const QString field = QStringLiteral("data_processing_options");
        const QJsonValue options = event.dataProcessingOptions;
        const QJsonValue country = event.other.value(u"data_processing_options_country");
        const QJsonValue state = event.other.value(u"data_processing_options_state");
        bool ldu = false;
        if (!options.isUndefined() && !options.isNull()) {
            if (!options.isArray()) {
                error(field, QStringLiteral("data-processing-not-array"),
                      Capi::tr("data_processing_options is not a list."),
                      Capi::tr("Send [] for no restriction, or [\"LDU\"] for Limited Data Use."));
                return;
            }
            for (const QJsonValue& value : options.toArray()) {
                if (value.toString() == QLatin1String("LDU")) {
                    ldu = true;
                } else {
                    error(field, QStringLiteral("data-processing-unknown"),
                          Capi::tr("data_processing_options holds \"%1\"; Meta knows only \"LDU\".")
                              .arg(value.isString()
                                       ? value.toString()
                                       : QString::fromUtf8(
                                           QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))),
                          Capi::tr("Send [] for no restriction, or [\"LDU\"] for Limited Data Use."));
                }
            }
        }
        const auto isWhole = [](const QJsonValue& v) {
            return v.isDouble() && v.toDouble() == double(v.toInt(-1));
        };
        if (ldu && (country.isUndefined() || state.isUndefined())) {
            error(field, QStringLiteral("ldu-without-region"),
                  Capi::tr("Limited Data Use needs data_processing_options_country and "
                           "data_processing_options_state."),
                  Capi::tr("Send 0 and 0 to let Meta find the place from the IP address, or 1 and 1000 for "
                           "California."));
        } else if (ldu && (!isWhole(country) || !isWhole(state) || country.toInt() < 0 || country.toInt() > 1)) {
            error(field, QStringLiteral("ldu-region-invalid"),
                  Capi::tr("data_processing_options_country must be 0 or 1 and data_processing_options_state a "
                           "whole number."),
                  Capi::tr("Send 0 and 0 to let Meta find the place from the IP address, or 1 and 1000 for "
                           "California."));
        } else if (!ldu && (!country.isUndefined() || !state.isUndefined())) {
            warning(field, QStringLiteral("region-without-ldu"),
                    Capi::tr("A data processing country or state is given without [\"LDU\"]: Meta ignores it."),
                    Capi::tr("Add \"LDU\" to data_processing_options, or leave the country and state out."));
        }
    }

    void checkBasics(const CapiEvent& event)
    {
        if (event.eventName.trimmed().isEmpty())
            error(QStringLiteral("event_name"), QStringLiteral("missing-event-name"), Capi::tr("event_name is empty."),
                  Capi::tr("Name the event: a standard one such as Purchase or Lead, or your own."));
        if (event.actionSource.isEmpty())
            error(QStringLiteral("action_source"), QStringLiteral("missing-action-source"),
                  Capi::tr("action_source is missing."),
                  Capi::tr("Say where the conversion happened: website for a site, app, phone_call, chat, email, "
                           "physical_store, system_generated, business_messaging or other."));
        else if (!capiActionSources().contains(event.actionSource))
            error(QStringLiteral("action_source"), QStringLiteral("unknown-action-source"),
                  Capi::tr("action_source \"%1\" is not one Meta knows.").arg(event.actionSource),
                  Capi::tr("Use one of: %1.").arg(capiActionSources().join(QStringLiteral(", "))));
        if (event.actionSource == QLatin1String("website")) {
            if (event.eventSourceUrl.trimmed().isEmpty())
                error(QStringLiteral("event_source_url"), QStringLiteral("missing-event-source-url"),
                      Capi::tr("A website event needs event_source_url."),
                      Capi::tr("Give the address of the page where the conversion happened (the thank-you page)."));
            else if (const QUrl url(event.eventSourceUrl.trimmed(), QUrl::StrictMode); !url.isValid()
                     || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
                warning(QStringLiteral("event_source_url"), QStringLiteral("event-source-url-invalid"),
                        Capi::tr("event_source_url \"%1\" is not a web address.").arg(event.eventSourceUrl),
                        Capi::tr("Give the full address, starting with https://."));
            if (event.userDataValues(QStringLiteral("client_user_agent")).isEmpty())
                error(QStringLiteral("user_data.client_user_agent"), QStringLiteral("missing-user-agent"),
                      Capi::tr("A website event needs client_user_agent."),
                      Capi::tr("Pass the visitor's browser User-Agent header, as the server received it."));
            if (event.eventId.trimmed().isEmpty())
                warning(QStringLiteral("event_id"), QStringLiteral("missing-event-id"),
                        Capi::tr("event_id is empty: if the browser pixel also sends this event, Meta counts it "
                                 "twice."),
                        Capi::tr("Send the same event_id as the pixel's eventID (for example the order number)."));
        }
    }

    void checkTime(const CapiEvent& event)
    {
        const QString field = QStringLiteral("event_time");
        if (event.eventTime.isUndefined() || event.eventTime.isNull()
            || (event.eventTime.isString() && event.eventTime.toString().trimmed().isEmpty())) {
            error(field, QStringLiteral("missing-event-time"), Capi::tr("event_time is missing."),
                  Capi::tr("Give the moment of the conversion as a Unix time in seconds, such as %1.")
                      .arg(m_now.toSecsSinceEpoch()));
            return;
        }
        const auto seconds
            = event.eventTime.isDouble() || event.eventTime.isString() ? event.eventTimeNumber() : std::nullopt;
        if (!seconds) {
            error(field, QStringLiteral("event-time-not-number"),
                  Capi::tr("event_time \"%1\" is not a whole number of seconds.")
                      .arg(event.eventTime.isString()
                               ? event.eventTime.toString()
                               : QString::fromUtf8(
                                   QJsonDocument(QJsonArray{event.eventTime}).toJson(QJsonDocument::Compact))),
                  Capi::tr("Give a Unix time in seconds, such as %1.").arg(m_now.toSecsSinceEpoch()));
            return;
        }
        const qint64 now = m_now.toSecsSinceEpoch();
        if (*seconds > 100'000'000'000LL) {
            error(field, QStringLiteral("event-time-milliseconds"),
                  Capi::tr("event_time %1 is in milliseconds; Meta wants seconds.").arg(*seconds),
                  Capi::tr("Divide by 1000: %1.").arg(*seconds / 1000));
            return;
        }
        const bool store = event.actionSource == QLatin1String("physical_store");
        const int maxDays = store ? 62 : 7;
        if (*seconds > now + 60) {
            error(field, QStringLiteral("event-time-future"),
                  Capi::tr("event_time is in the future (%1).")
                      .arg(QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC).toString(Qt::ISODate)),
                  Capi::tr("Use the time the conversion happened; check the sending server's clock."));
        } else if (*seconds < now - maxDays * kDaySeconds) {
            error(field, QStringLiteral("event-time-too-old"),
                  Capi::tr("event_time is older than %n day(s) (%1): Meta rejects it.", "", maxDays)
                      .arg(QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC).toString(Qt::ISODate)),
                  store ? Capi::tr("Send store events within 62 days of the purchase.")
                        : Capi::tr("Send events within 7 days; older conversions cannot be sent through the "
                                   "Conversions API."));
        }
    }

    void checkUserData(const CapiEvent& event)
    {
        bool canMatch = false;
        for (auto it = event.userData.begin(); it != event.userData.end(); ++it) {
            const QString& key = it.key();
            const QString field = QStringLiteral("user_data.") + key;
            if (!isHashedUserDataKey(key) && !isPlainUserDataKey(key)) {
                warning(field, QStringLiteral("unknown-user-data-key"),
                        Capi::tr("user_data has a key Meta does not document: \"%1\".").arg(key),
                        Capi::tr("Check the spelling: em, ph, fn, ln, ge, db, ct, st, zp, country, external_id, "
                                 "client_ip_address, client_user_agent, fbc, fbp…"));
                continue;
            }
            const QStringList values = event.userDataValues(key);
            if (!values.isEmpty() && matchKeys().contains(key))
                canMatch = true;
            for (const QString& input : values)
                checkValue(key, field, input);
        }
        if (!canMatch)
            error(QStringLiteral("user_data"), QStringLiteral("no-match-key"),
                  Capi::tr("Nothing in user_data can match a person: IP address, user agent or region alone are "
                           "not enough."),
                  Capi::tr("Add at least one of em (e-mail), ph (phone), external_id, fbc or fbp."));
    }

    // The prepared row of this value (rows come in the order values are met here), or a fresh one.
    UserDataValue normalized(const QString& key, const QString& input)
    {
        if (m_rows && *m_cursor < m_rows->size()) {
            const CapiUserDataRow& row = m_rows->at((*m_cursor)++);
            if (row.event == m_index && row.value.field == key && row.value.input == input)
                return row.value;
        }
        return normalizeUserData(key, input);
    }

    void checkValue(const QString& key, const QString& field, const QString& input)
    {
        if (m_rows && (key == QLatin1String("fbc") || key == QLatin1String("fbp")))
            normalized(key, input); // keeps the cursor in step
        if (key == QLatin1String("fbc") || key == QLatin1String("fbp")) {
            const ClickCookieCheck cookie
                = key == QLatin1String("fbc") ? checkFbc(input, m_now) : checkFbp(input, m_now);
            using P = ClickCookieCheck::Problem;
            static const QHash<P, QString> ids{{P::Malformed, QStringLiteral("malformed")},
                                               {P::Seconds, QStringLiteral("seconds")},
                                               {P::Future, QStringLiteral("future")},
                                               {P::Old, QStringLiteral("old")}};
            if (cookie.problem == P::Old)
                warning(field, key + u'-' + ids.value(cookie.problem), cookie.message, {});
            else if (cookie.problem != P::None)
                error(field, key + u'-' + ids.value(cookie.problem), cookie.message, {});
            return;
        }
        const UserDataValue value = normalized(key, input);
        if (!value.error.isEmpty())
            error(field, QStringLiteral("user-data-invalid"), Capi::tr("%1 \"%2\": %3").arg(key, input, value.error),
                  Capi::tr("Correct the value or leave the field out: a value Meta cannot read matches nobody."));
        for (const QString& text : value.warnings)
            warning(field, QStringLiteral("user-data-warning"), Capi::tr("%1 \"%2\": %3").arg(key, input, text), {});
    }

    void checkCustomData(const CapiEvent& event)
    {
        const QJsonValue value = event.customData.value(u"value");
        const QString currency = event.customData.value(u"currency").toString().trimmed();
        const bool hasValue
            = !value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().trimmed().isEmpty());
        if (hasValue) {
            bool number = value.isDouble();
            if (value.isString())
                value.toString().trimmed().toDouble(&number);
            if (!number)
                error(QStringLiteral("custom_data.value"), QStringLiteral("value-not-number"),
                      Capi::tr("value \"%1\" is not a number.").arg(value.toString()),
                      Capi::tr("Write the amount with a dot and no currency sign, such as 49.90."));
        }
        if (hasValue && currency.isEmpty())
            error(QStringLiteral("custom_data.currency"), QStringLiteral("value-without-currency"),
                  Capi::tr("value is given without currency."),
                  Capi::tr("Add the ISO 4217 code of the amount's currency, such as USD, EUR or RUB."));
        if (!currency.isEmpty() && !currencies().contains(currency.toUpper()))
            error(QStringLiteral("custom_data.currency"), QStringLiteral("currency-invalid"),
                  Capi::tr("currency \"%1\" is not an ISO 4217 code.").arg(currency),
                  Capi::tr("Use the three-letter code, such as USD, EUR or RUB; not a sign or a name."));
        if (event.eventName == QLatin1String("Purchase") && (!hasValue || currency.isEmpty()))
            error(QStringLiteral("custom_data"), QStringLiteral("purchase-without-value"),
                  Capi::tr("A Purchase needs value and currency."),
                  Capi::tr("Give the order's amount in value and its currency code in currency."));
    }

    QList<CapiProblem>& m_problems;
    int m_index;
    QDateTime m_now;
    const QList<CapiUserDataRow>* m_rows;
    qsizetype* m_cursor;
};

} // namespace

QList<CapiProblem> validateCapiEvents(const QList<CapiEvent>& events, const QDateTime& now,
                                      const CapiPrepared* prepared)
{
    qsizetype cursor = 0;
    QList<CapiProblem> problems;
    if (events.isEmpty())
        problems.append({-1, QStringLiteral("data"), QStringLiteral("no-events"), CapiProblem::Severity::Error,
                         Capi::tr("There are no events to send."), Capi::tr("Add at least one event to data.")});
    if (events.size() > kCapiMaxEvents)
        problems.append({-1, QStringLiteral("data"), QStringLiteral("too-many-events"), CapiProblem::Severity::Error,
                         Capi::tr("%n event(s) in one request; Meta takes at most 1,000.", "", int(events.size())),
                         Capi::tr("Split the events into requests of 1,000 or fewer.")});
    for (int index = 0; index < events.size(); ++index)
        Checker(problems, index, now, prepared ? &prepared->rows : nullptr, &cursor).check(events.at(index));
    return problems;
}

bool isIso4217Currency(const QString& code)
{
    return currencies().contains(code);
}

bool hasCapiErrors(const QList<CapiProblem>& problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const CapiProblem& problem) { return problem.severity == CapiProblem::Severity::Error; });
}

QString capiSeverityKey(CapiProblem::Severity severity)
{
    return severity == CapiProblem::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace pbw
