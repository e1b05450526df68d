#include "timetexts.h"

#include <QDateTime>
#include <QRegularExpression>
#include <cstdio>
#include <cstdlib>

namespace pbw::batch {

QString timeText(const std::optional<qint64>& msecs, const QTimeZone& zone)
{
    if (!msecs)
        return {};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(*msecs, zone);
    const int offset = time.offsetFromUtc();
    const QString zoneText = offset == 0 ? QStringLiteral("UTC")
                                         : QStringLiteral("%1%2:%3")
                                               .arg(QChar(offset < 0 ? u'-' : u'+'))
                                               .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                               .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + zoneText;
}

QString TimeTexts::text(const std::optional<qint64>& msecs)
{
    if (!msecs)
        return {};
    const qint64 hour = *msecs >= 0 ? *msecs / 3600000 : (*msecs - 3599999) / 3600000;
    auto known = m_offsetByHour.constFind(hour);
    if (known == m_offsetByHour.cend())
        known = m_offsetByHour.insert(hour, QDateTime::fromMSecsSinceEpoch(hour * 3600000, m_zone).offsetFromUtc());
    const int offset = *known;
    const qint64 seconds = (*msecs >= 0 ? *msecs / 1000 : (*msecs - 999) / 1000) + offset;
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const qint64 daySeconds = seconds - days * 86400;
    // H. Hinnant's civil_from_days.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[40];
    const int length = offset == 0
        ? std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld %02lld:%02lld:%02lld UTC", qlonglong(year),
                        qlonglong(month), qlonglong(day), qlonglong(daySeconds / 3600), qlonglong(daySeconds / 60 % 60),
                        qlonglong(daySeconds % 60))
        : std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld %02lld:%02lld:%02lld %c%02d:%02d", qlonglong(year),
                        qlonglong(month), qlonglong(day), qlonglong(daySeconds / 3600), qlonglong(daySeconds / 60 % 60),
                        qlonglong(daySeconds % 60), offset < 0 ? '-' : '+', std::abs(offset) / 3600,
                        std::abs(offset) % 3600 / 60);
    return QString::fromLatin1(buffer, length);
}

std::optional<QTimeZone> zoneFromText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0
        || trimmed.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    static const QRegularExpression offset(QStringLiteral("^(?:UTC|GMT)?([+-])(\\d{1,2})(?::?(\\d{2}))?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = offset.match(trimmed); match.hasMatch()) {
        const int hours = match.captured(2).toInt(), minutes = match.captured(3).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        return QTimeZone((match.captured(1) == QLatin1String("-") ? -1 : 1) * (hours * 3600 + minutes * 60));
    }
    const QTimeZone zone(trimmed.toUtf8());
    return zone.isValid() ? std::optional(zone) : std::nullopt;
}

} // namespace pbw::batch
