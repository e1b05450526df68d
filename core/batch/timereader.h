#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QTimeZone>
#include <optional>

namespace pbw::batch {

// Reads the times exports write, into milliseconds since the epoch (UTC):
//   2026-12-07 10:11:12, 2026-12-07T10:11:12.250, 2026/12/07 10:11, 2026-12-07 (midnight)
//   07.12.2026 10:11, 07.12.26, 07-12-2026 10:11:12 (day first with dots and dashes)
//   12/07/2026 10:11:12 AM (month first with slashes, as US exports write it; day first when the
//   first number is over 12)
//   2026-12-07T10:11:12+03:00, …Z, …+0300, … UTC (the offset written wins over the file's zone)
//   1796638272 (unix seconds), 1796638272123 (unix milliseconds), 1796638272.5
// A time with no offset is read in the file's zone. One reader per file: it remembers the zone's
// offsets by the hour, so a million rows ask the time-zone database a few hundred times.
class TimeReader
{
public:
    // slashDayFirst: 07/12/2026 is the 7th of December (a preset whose dates are dd/MM).
    explicit TimeReader(QTimeZone zone = QTimeZone::utc(), bool slashDayFirst = false);

    std::optional<qint64> msecsSinceEpoch(QByteArrayView text);

private:
    std::optional<qint64> offsetSeconds(qint64 localSeconds);

    QTimeZone m_zone;
    bool m_utc = true;
    bool m_slashDayFirst = false;
    QHash<qint64, int> m_offsetByLocalHour;
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day);

} // namespace pbw::batch
