#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pbw {

// One server event for Meta's Conversions API, in the fields Meta documents. Members this type
// does not know are kept as they came, so reading and writing an event never loses anything.
struct CapiEvent
{
    QString eventName;
    QJsonValue eventTime{
        QJsonValue::Undefined}; // as given: Unix seconds expected; kept raw so a string or milliseconds can be named
    QString eventId;
    QString actionSource;
    QString eventSourceUrl;
    std::optional<bool> optOut;
    QJsonValue dataProcessingOptions{QJsonValue::Undefined}; // undefined when absent
    QJsonObject userData; // Meta's keys → a string or an array of strings
    QJsonObject customData; // value, currency, content_ids, contents, order_id, custom properties
    QJsonObject other;

    std::optional<qint64> eventTimeNumber() const; // the integer in event_time, if it is one
    QStringList userDataValues(const QString& key) const; // one entry per value, arrays flattened
    bool operator==(const CapiEvent&) const = default;
};

// A file or text that is not events Meta's endpoint could take.
struct CapiParseError
{
    QString message; // translated
};

// Reads {"data": [event, …]}, a bare event object, or an array of events.
Result<QList<CapiEvent>, CapiParseError> parseCapiEvents(const QByteArray& json);
QJsonObject capiEventToJson(const CapiEvent& event);
CapiEvent capiEventFromJson(const QJsonObject& object);
// {"data": [event, …]}, indented: the shape Meta's endpoint takes.
QByteArray capiEventsToJson(const QList<CapiEvent>& events);

QStringList capiStandardEvents(); // Purchase, Lead, CompleteRegistration…
QStringList capiActionSources(); // website, app, email…
// Ready-made events a user starts from: "Purchase", "Lead", "CompleteRegistration".
CapiEvent capiPreset(const QString& eventName, qint64 eventTime);

} // namespace pbw
