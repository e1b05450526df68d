#pragma once

#include <QHash>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace pbw::batch {

// How a time of a batch is shown (pbw's report, the CSV, the Batch tab): "2026-12-07 17:07:56 UTC",
// "… +03:00", in the zone the user named.
QString timeText(const std::optional<qint64>& msecs, const QTimeZone& zone);

// The same for a million rows: the zone's offset asked once an hour of times, the text made by hand.
class TimeTexts
{
public:
    explicit TimeTexts(QTimeZone zone)
        : m_zone(std::move(zone))
    {
    }
    QString text(const std::optional<qint64>& msecs);

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByHour;
};

// A zone as a user types it: "Europe/Moscow", "UTC", "+03:00", "UTC+3", "-0530". Nothing when it is
// none of these.
std::optional<QTimeZone> zoneFromText(const QString& text);

} // namespace pbw::batch
