// The body each conversion API receives for one Meta-shaped event list: its names, times, values,
// click IDs and customer information in its own shape (resources/rules/platforms/<id>.json says
// where each customer field goes and how it is normalised).
#include "capi/capiprepare.h"
#include "capi/capirequest.h"
#include "capi/platformrequest.h"
#include "capi/userdata.h"

#include <QDateTime>
#include <QJsonArray>

namespace pbw {

namespace {

// Puts value at a dotted path (user.email) inside object, making the objects on the way.
void setPath(QJsonObject& object, QStringView path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.insert(path.toString(), value);
        return;
    }
    const QString head = path.left(dot).toString();
    QJsonObject inner = object.value(head).toObject();
    setPath(inner, path.mid(dot + 1), value);
    object.insert(head, inner);
}

// The values a platform receives for each customer field of an event: normalised and hashed its
// way, duplicates removed, values it cannot take left out (validation names them).
QList<QPair<const PlatformField*, QStringList>> userValues(const ConversionPlatform& platform, const CapiEvent& event)
{
    QList<QPair<const PlatformField*, QStringList>> out;
    for (const PlatformField& field : platform.fields) {
        QStringList sent;
        for (const QString& input : event.userDataValues(field.field)) {
            if (input.trimmed().isEmpty())
                continue;
            const UserDataValue value = normalizeForPlatform(platform, field.field, input);
            const QString text = field.hash == PlatformField::Hash::Sha256 ? value.hash : value.normalized;
            if (value.error.isEmpty() && !text.isEmpty() && !sent.contains(text))
                sent.append(text);
        }
        if (!sent.isEmpty())
            out.append({&field, sent});
    }
    return out;
}

// Customer information at the platform's keys, relative to target.
void putUserData(const ConversionPlatform& platform, const CapiEvent& event, QJsonObject& target)
{
    for (const auto& [field, values] : userValues(platform, event))
        setPath(target, field->key, field->multi ? QJsonValue(QJsonArray::fromStringList(values)) : values.first());
}

// The click IDs the event carries in its click_ids member, at the platform's keys.
void putClickIds(const ConversionPlatform& platform, const CapiEvent& event, QJsonObject& target)
{
    const QJsonObject ids = event.other.value(u"click_ids").toObject();
    for (const PlatformClickId& id : platform.clickIds) {
        const QString value = ids.value(id.name).toString().trimmed();
        if (!value.isEmpty())
            setPath(target, id.key, value);
    }
}

std::optional<double> numberOf(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

qint64 secondsOf(const CapiEvent& event)
{
    return event.eventTimeNumber().value_or(QDateTime::currentSecsSinceEpoch());
}

QString text(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString().trimmed();
}

void copyIfSet(QJsonObject& to, const char* toKey, const QJsonObject& from, const char* fromKey)
{
    if (const QString value = text(from, fromKey); !value.isEmpty())
        to.insert(QLatin1String(toKey), value);
}

void putValue(QJsonObject& to, const char* key, const QJsonObject& custom, bool asString = false)
{
    if (const auto value = numberOf(custom.value(u"value")))
        to.insert(QLatin1String(key), asString ? QJsonValue(QString::number(*value, 'f', 2)) : QJsonValue(*value));
}

QJsonObject tiktokEvent(const ConversionPlatform& platform, const CapiEvent& event)
{
    QJsonObject out{{QStringLiteral("event"), platform.eventName(event.eventName)},
                    {QStringLiteral("event_time"), platformTime(platform, secondsOf(event))}};
    if (!event.eventId.isEmpty())
        out.insert(QStringLiteral("event_id"), event.eventId);
    putUserData(platform, event, out);
    putClickIds(platform, event, out);
    QJsonObject properties;
    putValue(properties, "value", event.customData);
    copyIfSet(properties, "currency", event.customData, "currency");
    copyIfSet(properties, "order_id", event.customData, "order_id");
    QJsonArray contents;
    for (const QJsonValue& id : event.customData.value(u"content_ids").toArray())
        contents.append(QJsonObject{{QStringLiteral("content_id"), id.toString()}});
    if (!contents.isEmpty()) {
        properties.insert(QStringLiteral("contents"), contents);
        properties.insert(QStringLiteral("content_type"), QStringLiteral("product"));
    }
    if (!properties.isEmpty())
        out.insert(QStringLiteral("properties"), properties);
    if (!event.eventSourceUrl.isEmpty())
        out.insert(QStringLiteral("page"), QJsonObject{{QStringLiteral("url"), event.eventSourceUrl}});
    return out;
}

// Snapchat and Pinterest take Meta's shape with their own names and action sources.
QJsonObject metaLikeEvent(const ConversionPlatform& platform, const CapiEvent& event, bool valueAsString)
{
    QString name = platform.eventName(event.eventName);
    if (platform.id == QLatin1String("pinterest") && !platform.eventNames.contains(event.eventName))
        name = QStringLiteral("custom");
    QJsonObject out{
        {QStringLiteral("event_name"), name},
        {QStringLiteral("event_time"), platformTime(platform, secondsOf(event))},
        {QStringLiteral("action_source"),
         platform.actionSources.value(event.actionSource.isEmpty() ? QStringLiteral("website") : event.actionSource,
                                      event.actionSource)}};
    if (!event.eventId.isEmpty())
        out.insert(QStringLiteral("event_id"), event.eventId);
    if (!event.eventSourceUrl.isEmpty())
        out.insert(QStringLiteral("event_source_url"), event.eventSourceUrl);
    putUserData(platform, event, out);
    putClickIds(platform, event, out);
    QJsonObject custom;
    putValue(custom, "value", event.customData, valueAsString);
    copyIfSet(custom, "currency", event.customData, "currency");
    copyIfSet(custom, "order_id", event.customData, "order_id");
    if (const QJsonArray ids = event.customData.value(u"content_ids").toArray(); !ids.isEmpty())
        custom.insert(QStringLiteral("content_ids"), ids);
    if (const auto items = numberOf(event.customData.value(u"num_items")))
        custom.insert(QStringLiteral("num_items"), qint64(*items));
    if (!custom.isEmpty())
        out.insert(QStringLiteral("custom_data"), custom);
    return out;
}

QJsonObject googleConversion(const ConversionPlatform& platform, const CapiEvent& event, const PlatformSend& send)
{
    QJsonObject out;
    putClickIds(platform, event, out);
    const QString action = QString::fromUtf8(send.credentials.value(QStringLiteral("conversionAction"))).trimmed();
    if (!action.isEmpty()) // (not known yet when only validating: left out rather than shown half)
        out.insert(QStringLiteral("conversionAction"),
                   action.startsWith(QLatin1String("customers/"))
                       ? action
                       : QStringLiteral("customers/%1/conversionActions/%2")
                             .arg(platformAccount(platform, send.account), action));
    out.insert(QStringLiteral("conversionDateTime"), platformTime(platform, secondsOf(event)));
    putValue(out, "conversionValue", event.customData);
    copyIfSet(out, "currencyCode", event.customData, "currency");
    copyIfSet(out, "orderId", event.customData, "order_id");
    // Every UserIdentifier holds one identifier (a oneof), at most five.
    QJsonArray identifiers;
    for (const auto& [field, values] : userValues(platform, event)) {
        const QString key = field->key.section(u'.', 1);
        for (const QString& value : values) {
            if (identifiers.size() < 5)
                identifiers.append(QJsonObject{{key, value}});
        }
    }
    if (!identifiers.isEmpty())
        out.insert(QStringLiteral("userIdentifiers"), identifiers);
    return out;
}

QJsonObject ga4Payload(const ConversionPlatform& platform, const QList<CapiEvent>& events)
{
    QJsonObject out;
    if (events.isEmpty())
        return out;
    const CapiEvent& first = events.first();
    putClickIds(platform, first, out);
    out.insert(QStringLiteral("timestamp_micros"), platformTime(platform, secondsOf(first)));
    QJsonObject root;
    putUserData(platform, first, root);
    QJsonObject userData = root.value(u"user_data").toObject();
    if (userData.contains(u"address")) // GA4 takes up to two addresses: an array of objects
        userData.insert(QStringLiteral("address"), QJsonArray{userData.value(u"address")});
    if (!userData.isEmpty())
        out.insert(QStringLiteral("user_data"), userData);
    QJsonArray list;
    for (const CapiEvent& event : events) {
        QJsonObject params;
        copyIfSet(params, "currency", event.customData, "currency");
        putValue(params, "value", event.customData);
        copyIfSet(params, "transaction_id", event.customData, "order_id");
        if (!params.contains(u"transaction_id") && !event.eventId.isEmpty()
            && platform.eventName(event.eventName) == QLatin1String("purchase"))
            params.insert(QStringLiteral("transaction_id"), event.eventId);
        QString name = platform.eventName(event.eventName);
        if (name == event.eventName)
            name = event.eventName.toLower(); // GA4 names are snake case; custom names kept
        list.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("params"), params}});
    }
    out.insert(QStringLiteral("events"), list);
    return out;
}

QJsonObject redditEvent(const ConversionPlatform& platform, const CapiEvent& event)
{
    QJsonObject type;
    if (platform.eventNames.contains(event.eventName)) {
        type.insert(QStringLiteral("tracking_type"), platform.eventName(event.eventName));
    } else {
        type.insert(QStringLiteral("tracking_type"), QStringLiteral("CUSTOM"));
        type.insert(QStringLiteral("custom_event_name"), event.eventName);
    }
    QJsonObject out{
        {QStringLiteral("event_at"), platformTime(platform, secondsOf(event))},
        {QStringLiteral("action_source"),
         platform.actionSources.value(event.actionSource.isEmpty() ? QStringLiteral("website") : event.actionSource,
                                      event.actionSource.toUpper())},
        {QStringLiteral("type"), type}};
    if (!event.eventSourceUrl.isEmpty())
        out.insert(QStringLiteral("event_source_url"), event.eventSourceUrl);
    putClickIds(platform, event, out);
    putUserData(platform, event, out);
    QJsonObject metadata;
    if (!event.eventId.isEmpty())
        metadata.insert(QStringLiteral("conversion_id"), event.eventId);
    putValue(metadata, "value", event.customData);
    copyIfSet(metadata, "currency", event.customData, "currency");
    if (const auto items = numberOf(event.customData.value(u"num_items")))
        metadata.insert(QStringLiteral("item_count"), qint64(*items));
    if (!metadata.isEmpty())
        out.insert(QStringLiteral("metadata"), metadata);
    return out;
}

} // namespace

QJsonValue platformTime(const ConversionPlatform& platform, qint64 unixSeconds)
{
    if (platform.timeFormat == QLatin1String("unix_millis"))
        return unixSeconds * 1000;
    if (platform.timeFormat == QLatin1String("unix_micros"))
        return QString::number(unixSeconds * 1000000); // past 2^53: GA4 takes it as a string of digits
    if (platform.timeFormat == QLatin1String("google_datetime"))
        return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss+00:00"));
    if (platform.timeFormat == QLatin1String("iso8601"))
        return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
    return unixSeconds;
}

QJsonObject platformPayload(const ConversionPlatform& platform, const QList<CapiEvent>& events,
                            const PlatformSend& send)
{
    const QString code = send.testCode.trimmed();
    const QString& id = platform.id;
    if (id == QLatin1String("meta"))
        return capiShownPayload(prepareCapiEvents(events).events, send.test ? code : QString());
    if (id == QLatin1String("ga4"))
        return ga4Payload(platform, events);
    QJsonArray list;
    for (const CapiEvent& event : events) {
        if (id == QLatin1String("tiktok"))
            list.append(tiktokEvent(platform, event));
        else if (id == QLatin1String("google-ads"))
            list.append(googleConversion(platform, event, send));
        else if (id == QLatin1String("reddit"))
            list.append(redditEvent(platform, event));
        else
            list.append(metaLikeEvent(platform, event, id == QLatin1String("pinterest")));
    }
    if (id == QLatin1String("tiktok")) {
        QJsonObject out{{QStringLiteral("event_source"), QStringLiteral("web")},
                        {QStringLiteral("event_source_id"), send.account.trimmed()},
                        {QStringLiteral("data"), list}};
        if (send.test && !code.isEmpty())
            out.insert(QStringLiteral("test_event_code"), code);
        return out;
    }
    if (id == QLatin1String("google-ads")) {
        QJsonObject out{{QStringLiteral("conversions"), list}, {QStringLiteral("partialFailure"), true}};
        if (send.test)
            out.insert(QStringLiteral("validateOnly"), true);
        return out;
    }
    if (id == QLatin1String("reddit")) {
        QJsonObject data{{QStringLiteral("events"), list}};
        if (send.test && !code.isEmpty())
            data.insert(QStringLiteral("test_id"), code);
        return QJsonObject{{QStringLiteral("data"), data}};
    }
    return QJsonObject{{QStringLiteral("data"), list}};
}

} // namespace pbw
