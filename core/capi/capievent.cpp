#include "capi/capievent.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace pbw {

namespace {

// The translation context of the Conversions API messages.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

const QString kEventName = QStringLiteral("event_name");
const QString kEventTime = QStringLiteral("event_time");
const QString kEventId = QStringLiteral("event_id");
const QString kActionSource = QStringLiteral("action_source");
const QString kEventSourceUrl = QStringLiteral("event_source_url");
const QString kOptOut = QStringLiteral("opt_out");
const QString kDataProcessing = QStringLiteral("data_processing_options");
const QString kUserData = QStringLiteral("user_data");
const QString kCustomData = QStringLiteral("custom_data");

QString stringOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

} // namespace

std::optional<qint64> CapiEvent::eventTimeNumber() const
{
    if (eventTime.isDouble()) {
        // A number a JSON file can hold (1e300) but no time can: turned down before the conversion,
        // which would be undefined (found by fuzz/fuzz_capi).
        const double seconds = eventTime.toDouble();
        if (!std::isfinite(seconds) || std::fabs(seconds) > 1e15 || seconds != std::floor(seconds))
            return std::nullopt;
        return qint64(seconds);
    }
    bool ok = false;
    const qint64 parsed = eventTime.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(parsed) : std::nullopt;
}

QStringList CapiEvent::userDataValues(const QString& key) const
{
    const QJsonValue value = userData.value(key);
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            out.append(stringOf(item));
    } else {
        out.append(stringOf(value));
    }
    out.removeIf([](const QString& text) { return text.trimmed().isEmpty(); }); // an empty form field is absent
    return out;
}

CapiEvent capiEventFromJson(const QJsonObject& object)
{
    CapiEvent event;
    event.other = object;
    event.eventName = stringOf(event.other.take(kEventName));
    event.eventTime = event.other.take(kEventTime);
    event.eventId = stringOf(event.other.take(kEventId));
    event.actionSource = stringOf(event.other.take(kActionSource));
    event.eventSourceUrl = stringOf(event.other.take(kEventSourceUrl));
    const QJsonValue optOut = event.other.take(kOptOut);
    if (optOut.isBool())
        event.optOut = optOut.toBool();
    event.dataProcessingOptions = event.other.take(kDataProcessing);
    event.userData = event.other.take(kUserData).toObject();
    event.customData = event.other.take(kCustomData).toObject();
    return event;
}

QJsonObject capiEventToJson(const CapiEvent& event)
{
    QJsonObject object = event.other;
    object.insert(kEventName, event.eventName);
    if (!event.eventTime.isUndefined() && !event.eventTime.isNull())
        object.insert(kEventTime, event.eventTime);
    if (!event.eventId.isEmpty())
        object.insert(kEventId, event.eventId);
    if (!event.actionSource.isEmpty())
        object.insert(kActionSource, event.actionSource);
    if (!event.eventSourceUrl.isEmpty())
        object.insert(kEventSourceUrl, event.eventSourceUrl);
    if (event.optOut)
        object.insert(kOptOut, *event.optOut);
    if (!event.dataProcessingOptions.isUndefined())
        object.insert(kDataProcessing, event.dataProcessingOptions);
    object.insert(kUserData, event.userData);
    if (!event.customData.isEmpty())
        object.insert(kCustomData, event.customData);
    return object;
}

Result<QList<CapiEvent>, CapiParseError> parseCapiEvents(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return CapiParseError{
            Capi::tr("This is not valid JSON (%1 at character %2).").arg(error.errorString()).arg(error.offset)};
    QJsonArray array;
    if (document.isArray()) {
        array = document.array();
    } else {
        const QJsonObject root = document.object();
        QJsonValue data = root.value(QStringLiteral("data"));
        if (data.isString()) // a form field carries the array as a JSON string
            data = QJsonDocument::fromJson(data.toString().toUtf8()).array();
        if (data.isArray())
            array = data.toArray();
        else if (root.contains(kEventName) || root.contains(kUserData))
            array.append(root);
        else
            return CapiParseError{Capi::tr("Expected {\"data\": [event, …]}, an event object or an array of events.")};
    }
    QList<CapiEvent> events;
    events.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return CapiParseError{Capi::tr("Event %1 is not a JSON object.").arg(i + 1)};
        events.append(capiEventFromJson(array.at(i).toObject()));
    }
    return events;
}

QByteArray capiEventsToJson(const QList<CapiEvent>& events)
{
    QJsonArray data;
    for (const CapiEvent& event : events)
        data.append(capiEventToJson(event));
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Indented);
}

QStringList capiStandardEvents()
{
    return {QStringLiteral("Purchase"),
            QStringLiteral("Lead"),
            QStringLiteral("CompleteRegistration"),
            QStringLiteral("AddToCart"),
            QStringLiteral("AddPaymentInfo"),
            QStringLiteral("AddToWishlist"),
            QStringLiteral("Contact"),
            QStringLiteral("CustomizeProduct"),
            QStringLiteral("Donate"),
            QStringLiteral("FindLocation"),
            QStringLiteral("InitiateCheckout"),
            QStringLiteral("PageView"),
            QStringLiteral("Schedule"),
            QStringLiteral("Search"),
            QStringLiteral("StartTrial"),
            QStringLiteral("SubmitApplication"),
            QStringLiteral("Subscribe"),
            QStringLiteral("ViewContent")};
}

QStringList capiActionSources()
{
    return {QStringLiteral("website"),
            QStringLiteral("app"),
            QStringLiteral("email"),
            QStringLiteral("phone_call"),
            QStringLiteral("chat"),
            QStringLiteral("physical_store"),
            QStringLiteral("system_generated"),
            QStringLiteral("business_messaging"),
            QStringLiteral("other")};
}

CapiEvent capiPreset(const QString& eventName, qint64 eventTime)
{
    CapiEvent event;
    event.eventName = eventName;
    event.eventTime = double(eventTime);
    event.actionSource = QStringLiteral("website");
    event.eventSourceUrl = QStringLiteral("https://shop.example/thank-you");
    event.eventId = eventName.toLower() + QLatin1Char('-') + QString::number(eventTime);
    if (eventName == QLatin1String("Purchase"))
        event.customData = QJsonObject{{QStringLiteral("currency"), QStringLiteral("USD")}};
    else if (eventName == QLatin1String("CompleteRegistration"))
        event.customData = QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}};
    return event;
}

} // namespace pbw
