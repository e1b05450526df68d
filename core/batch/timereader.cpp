#include "timereader.h"

#include "textsniff.h"

#include <QDateTime>
#include <array>

namespace pbw::batch {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A cursor over the text with the few reads a time needs.
struct Cursor
{
    QByteArrayView text;
    qsizetype at = 0;

    bool atEnd() const { return at >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text[at]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++at;
        return true;
    }
    // Up to maxDigits digits; the count read in *digits.
    qint64 number(int maxDigits, int* digits)
    {
        qint64 value = 0;
        *digits = 0;
        while (!atEnd() && isDigit(text[at]) && *digits < maxDigits) {
            value = value * 10 + (text[at] - '0');
            ++at;
            ++*digits;
        }
        return value;
    }
    void skipSpaces()
    {
        while (peek() == ' ')
            ++at;
    }
    bool takeWord(QByteArrayView word)
    {
        if (at + word.size() > text.size())
            return false;
        for (qsizetype i = 0; i < word.size(); ++i) {
            char c = text[at + i];
            if (c >= 'a' && c <= 'z')
                c = char(c - 'a' + 'A');
            if (c != word[i])
                return false;
        }
        at += word.size();
        return true;
    }
};

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

struct Parts
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millisecond = 0;
    std::optional<int> offsetSeconds; // written in the text
};

// "+03:00", "+0300", "+03", "Z", "UTC", "GMT", "UTC+3"
bool readOffset(Cursor& in, Parts* parts)
{
    in.skipSpaces();
    if (in.atEnd())
        return true;
    if (in.takeWord("Z") || in.takeWord("UTC") || in.takeWord("GMT"))
        parts->offsetSeconds = 0;
    if (in.peek() == '+' || in.peek() == '-') {
        const int sign = in.peek() == '-' ? -1 : 1;
        ++in.at;
        int digits = 0;
        const qint64 hours = in.number(2, &digits);
        if (digits == 0)
            return false;
        qint64 minutes = 0;
        in.take(':');
        if (isDigit(in.peek())) {
            minutes = in.number(2, &digits);
            if (digits != 2)
                return false;
        }
        if (hours > 14 || minutes > 59)
            return false;
        parts->offsetSeconds = sign * int(hours * 3600 + minutes * 60);
    }
    in.skipSpaces();
    return in.atEnd();
}

bool readClock(Cursor& in, Parts* parts)
{
    int digits = 0;
    parts->hour = int(in.number(2, &digits));
    if (digits == 0 || !in.take(':'))
        return false;
    parts->minute = int(in.number(2, &digits));
    if (digits != 2)
        return false;
    if (in.take(':')) {
        parts->second = int(in.number(2, &digits));
        if (digits != 2)
            return false;
        if (in.take('.') || in.take(',')) {
            const qint64 fraction = in.number(3, &digits);
            parts->millisecond = int(fraction * (digits == 1 ? 100 : digits == 2 ? 10 : 1));
            while (isDigit(in.peek()))
                ++in.at; // microseconds and beyond
        }
    }
    in.skipSpaces();
    const bool pm = in.takeWord("PM");
    if (pm || in.takeWord("AM")) {
        if (parts->hour < 1 || parts->hour > 12)
            return false;
        parts->hour = parts->hour % 12 + (pm ? 12 : 0);
    }
    return parts->hour < 24 && parts->minute < 60 && parts->second <= 60;
}

bool readDate(Cursor& in, Parts* parts, bool slashDayFirst)
{
    int firstDigits = 0, secondDigits = 0, thirdDigits = 0;
    const qint64 first = in.number(4, &firstDigits);
    const char separator = in.peek();
    if (firstDigits == 0 || (separator != '-' && separator != '.' && separator != '/'))
        return false;
    ++in.at;
    const qint64 second = in.number(2, &secondDigits);
    if (secondDigits == 0 || !in.take(separator))
        return false;
    const qint64 third = in.number(4, &thirdDigits);
    if (thirdDigits == 0)
        return false;
    if (firstDigits == 4) { // year first
        parts->year = int(first);
        parts->month = int(second);
        parts->day = int(third);
    } else {
        if (thirdDigits != 4 && thirdDigits != 2)
            return false;
        parts->year = int(thirdDigits == 2 ? 2000 + third : third);
        const bool monthFirst = separator == '/' && (slashDayFirst ? second > 12 : first <= 12);
        parts->month = int(monthFirst ? first : second);
        parts->day = int(monthFirst ? second : first);
    }
    return parts->year >= 1970 && parts->year <= 9999 && parts->month >= 1 && parts->month <= 12 && parts->day >= 1
        && parts->day <= daysInMonth(parts->year, parts->month);
}

std::optional<qint64> unixTime(QByteArrayView text)
{
    qsizetype digits = 0;
    while (digits < text.size() && isDigit(text[digits]))
        ++digits;
    if (digits != 10 && digits != 13)
        return std::nullopt;
    qint64 value = 0;
    for (qsizetype i = 0; i < digits; ++i)
        value = value * 10 + (text[i] - '0');
    if (digits == 13)
        return digits == text.size() ? std::optional(value) : std::nullopt;
    qint64 msecs = value * 1000;
    if (digits < text.size()) {
        if (text[digits] != '.')
            return std::nullopt;
        qint64 scale = 100;
        for (qsizetype i = digits + 1; i < text.size(); ++i) {
            if (!isDigit(text[i]))
                return std::nullopt;
            msecs += (text[i] - '0') * scale;
            scale /= 10;
        }
    }
    return msecs;
}

} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

TimeReader::TimeReader(QTimeZone zone, bool slashDayFirst)
    : m_zone(std::move(zone))
    , m_utc(!m_zone.isValid() || m_zone == QTimeZone::utc())
    , m_slashDayFirst(slashDayFirst)
{
}

std::optional<qint64> TimeReader::offsetSeconds(qint64 localSeconds)
{
    if (m_utc)
        return 0;
    const qint64 hour = localSeconds / 3600;
    if (const auto known = m_offsetByLocalHour.constFind(hour); known != m_offsetByLocalHour.cend())
        return *known;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(hour * 3600, QTimeZone::utc());
    const QDateTime inZone(local.date(), local.time(), m_zone);
    const int offset = inZone.isValid() ? inZone.offsetFromUtc() : m_zone.standardTimeOffset(local);
    m_offsetByLocalHour.insert(hour, offset);
    return offset;
}

std::optional<qint64> TimeReader::msecsSinceEpoch(QByteArrayView text)
{
    text = trimmedBlanks(text);
    if (text.isEmpty())
        return std::nullopt;
    if (const auto unix = unixTime(text))
        return unix;
    Cursor in{text};
    Parts parts;
    if (!readDate(in, &parts, m_slashDayFirst))
        return std::nullopt;
    if (in.take('T') || in.take('t') || in.take(' ')) {
        in.skipSpaces();
        if (!in.atEnd() && isDigit(in.peek()) && !readClock(in, &parts))
            return std::nullopt;
    }
    if (!readOffset(in, &parts))
        return std::nullopt;
    const qint64 localSeconds = daysFromCivil(parts.year, parts.month, parts.day) * 86400 + parts.hour * 3600
        + parts.minute * 60 + parts.second;
    const std::optional<qint64> offset
        = parts.offsetSeconds ? std::optional<qint64>(*parts.offsetSeconds) : offsetSeconds(localSeconds);
    return (localSeconds - *offset) * 1000 + parts.millisecond;
}

} // namespace pbw::batch
