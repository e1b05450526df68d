#include "capi/fbc.h"

#include "url/rawurl.h"

#include <QCoreApplication>

namespace pbw {

namespace {

// The translation context of the Conversions API messages.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString fbclidIn(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1String("fbclid=")))
        return trimmed.contains(u'/') || trimmed.contains(u'?') || trimmed.contains(u' ') ? QString() : trimmed;
    // The query, then the fragment's own parameters (#/route?fbclid=…, or #fbclid=…), read by the one
    // reader of a URL as typed; a '+' stays a plus, as in a query.
    const RawUrl url = readRawUrl(trimmed);
    const QList<RawPair> fragment = readRawPairs(trimmed, fragmentParams(trimmed, url.fragment), PlusAs::Plus);
    for (const QList<RawPair>* pairs : {&url.pairs, &fragment}) {
        for (const RawPair& pair : *pairs) {
            if (pair.decodedKey == QLatin1String("fbclid") && !pair.decodedValue.isEmpty())
                return pair.decodedValue;
        }
    }
    return {};
}

// fb.<n>.<ms>.<rest>: the common shape of both cookies; the check of the time is shared.
ClickCookieCheck checkCookie(const QString& value, const QDateTime& now, bool isFbc)
{
    ClickCookieCheck check;
    const QStringList parts = value.trimmed().split(u'.');
    const QString shape
        = isFbc ? QStringLiteral("fb.1.1700000000000.IwAR…") : QStringLiteral("fb.1.1700000000000.123456789");
    if (parts.size() < 4 || parts.size() > 5 || parts.at(0) != QLatin1String("fb") || !allDigits(parts.at(1))
        || !allDigits(parts.at(2)) || parts.at(3).isEmpty() || (!isFbc && !allDigits(parts.at(3)))) {
        check.problem = ClickCookieCheck::Problem::Malformed;
        check.message = isFbc ? Capi::tr("fbc must read fb.<subdomain index>.<click time in milliseconds>.<fbclid>, "
                                         "like %1: copy the _fbc cookie as it is, or build it from the fbclid.")
                                    .arg(shape)
                              : Capi::tr("fbp must read fb.<subdomain index>.<creation time in milliseconds>.<random "
                                         "number>, like %1: copy the _fbp cookie as it is.")
                                    .arg(shape);
        return check;
    }
    const QString time = parts.at(2);
    check.creationMs = time.toLongLong();
    if (time.size() == 10) {
        check.problem = ClickCookieCheck::Problem::Seconds;
        check.message = Capi::tr("The time in %1 has 10 digits: it is in seconds, Meta wants milliseconds (13 "
                                 "digits). Use %2.")
                            .arg(isFbc ? QStringLiteral("fbc") : QStringLiteral("fbp"),
                                 QStringList{parts.at(0), parts.at(1), time + QStringLiteral("000")}.join(u'.') + u'.'
                                     + parts.mid(3).join(u'.'));
        return check;
    }
    if (time.size() != 13) {
        check.problem = ClickCookieCheck::Problem::Malformed;
        check.message = Capi::tr("The time in %1 should be 13 digits (milliseconds since 1970); it has %2.")
                            .arg(isFbc ? QStringLiteral("fbc") : QStringLiteral("fbp"))
                            .arg(time.size());
        return check;
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (check.creationMs > nowMs + 5 * 60 * 1000) {
        check.problem = ClickCookieCheck::Problem::Future;
        check.message = Capi::tr("The time in %1 is in the future (%2): check the clock of the server that set it.")
                            .arg(isFbc ? QStringLiteral("fbc") : QStringLiteral("fbp"),
                                 QDateTime::fromMSecsSinceEpoch(check.creationMs, Qt::UTC).toString(Qt::ISODate));
    } else if (isFbc && check.creationMs < nowMs - 90 * kDayMs) {
        check.problem = ClickCookieCheck::Problem::Old;
        check.message = Capi::tr("The click in fbc is more than 90 days old (%1): Meta will hardly attribute "
                                 "the event to it.")
                            .arg(QDateTime::fromMSecsSinceEpoch(check.creationMs, Qt::UTC).toString(Qt::ISODate));
    }
    return check;
}

} // namespace

FbcBuilt buildFbc(const QString& fbclidOrUrl, const QDateTime& clickTime, int subdomainIndex)
{
    FbcBuilt built;
    const QString fbclid = fbclidIn(fbclidOrUrl);
    if (fbclid.isEmpty()) {
        built.error = Capi::tr("No fbclid found: paste the fbclid itself or the landing-page URL that carries "
                               "?fbclid=…");
        return built;
    }
    if (!clickTime.isValid()) {
        built.error = Capi::tr("The click time is not a valid date and time.");
        return built;
    }
    built.fbc = QStringLiteral("fb.%1.%2.%3").arg(subdomainIndex).arg(clickTime.toMSecsSinceEpoch()).arg(fbclid);
    return built;
}

ClickCookieCheck checkFbc(const QString& fbc, const QDateTime& now)
{
    return checkCookie(fbc, now, true);
}

ClickCookieCheck checkFbp(const QString& fbp, const QDateTime& now)
{
    return checkCookie(fbp, now, false);
}

} // namespace pbw
