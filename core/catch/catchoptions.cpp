#include "catch/catchoptions.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace pbw {

namespace {

class CatchWords
{
    Q_DECLARE_TR_FUNCTIONS(CatchWords)
};

} // namespace

QString newCatchPrefix()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString prefix;
    for (int i = 0; i < 12; ++i)
        prefix += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    return prefix;
}

QString catchRefusalKey(CatchRefusal refusal)
{
    switch (refusal) {
    case CatchRefusal::OutsidePrefix:
        return QStringLiteral("outside-prefix");
    case CatchRefusal::TooLarge:
        return QStringLiteral("too-large");
    case CatchRefusal::Malformed:
        return QStringLiteral("malformed");
    case CatchRefusal::TooMany:
        return QStringLiteral("too-many");
    case CatchRefusal::TimedOut:
        return QStringLiteral("timed-out");
    case CatchRefusal::Busy:
        return QStringLiteral("busy");
    case CatchRefusal::TlsFailed:
        return QStringLiteral("tls-failed");
    }
    return {};
}

QString catchRefusalName(CatchRefusal refusal)
{
    switch (refusal) {
    case CatchRefusal::OutsidePrefix:
        return CatchWords::tr("outside the secret path (404)");
    case CatchRefusal::TooLarge:
        return CatchWords::tr("too large (413, 431)");
    case CatchRefusal::Malformed:
        return CatchWords::tr("not a readable HTTP request (400)");
    case CatchRefusal::TooMany:
        return CatchWords::tr("over the limit a minute (429)");
    case CatchRefusal::TimedOut:
        return CatchWords::tr("too slow (408)");
    case CatchRefusal::Busy:
        return CatchWords::tr("too many connections at once");
    case CatchRefusal::TlsFailed:
        return CatchWords::tr("TLS handshake failed");
    }
    return {};
}

} // namespace pbw
