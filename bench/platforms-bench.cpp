// Conversion APIs beyond Meta at size: 100,000 events of 8 customer fields (e-mail, phone, first and
// last name, city, state, ZIP, country) normalised and SHA-256 hashed for all seven platforms at
// once, as the per-platform view and pbw capi hash --platform all do it, on one core. Goal: at least
// 20,000 events per second. The peer, in the same run: python3 with hashlib doing each platform's
// documented steps for the same values (bench/platforms-peer.py).
//
//   pbw-platforms-bench [peer.py]
#include "capi/platformcompare.h"
#include "rate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>
#include <cstdio>

using namespace pbw;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    constexpr int events = 100'000;
    const char* const cities[] = {"St. Louis", "New York", "Saint-Petersburg", "São Paulo", "Menlo Park"};
    const char* const states[] = {"California", "NY", "North Carolina", "Ontario", "TX"};
    const char* const domains[] = {"Gmail.com", "example.com", "googlemail.com", "mail.ru"};
    QList<FieldInput> values;
    values.reserve(events * 8);
    for (int i = 0; i < events; ++i) {
        values.append(
            {QStringLiteral("em"), QStringLiteral(" User.%1+promo@%2 ").arg(i).arg(QLatin1String(domains[i % 4]))});
        values.append({QStringLiteral("ph"),
                       i % 3 ? QStringLiteral("+1 (616) 954-%1").arg(1000 + i % 9000)
                             : QStringLiteral("0044 0447 234 %1").arg(1000 + i % 9000)});
        values.append({QStringLiteral("fn"), QStringLiteral("Jean-Luc%1").arg(i % 100)});
        values.append({QStringLiteral("ln"), QStringLiteral("O'Connor")});
        values.append({QStringLiteral("ct"), QString::fromUtf8(cities[i % 5])});
        values.append({QStringLiteral("st"), QString::fromUtf8(states[i % 5])});
        values.append({QStringLiteral("zp"), QStringLiteral("37221-%1").arg(i % 10000)});
        values.append({QStringLiteral("country"), i % 2 ? QStringLiteral("US") : QStringLiteral("United Kingdom")});
    }
    const QList<const ConversionPlatform*> platforms = allConversionPlatforms();
    compareField({QStringLiteral("country"), QStringLiteral("us")}, platforms); // tables loaded before the clock

    QElapsedTimer clock;
    clock.start();
    qint64 cells = 0;
    qint64 disagree = 0;
    for (const FieldInput& value : std::as_const(values)) {
        const FieldComparison row = compareField(value, platforms);
        cells += row.cells.size();
        disagree += row.disagree ? 1 : 0;
    }
    const qint64 ns = clock.nsecsElapsed();
    const double rate = perSecond(events, ns);
    std::printf("normalise and hash %d events of 8 fields for %lld platforms: %.1f ms, %.0f events/s (%lld values, "
                "%lld where platforms disagree), peak %.1f MB\n",
                events, qlonglong(platforms.size()), ms(ns), rate, qlonglong(cells), qlonglong(disagree),
                double(peakKilobytes()) / 1024);
    std::fflush(stdout);

    const QString peerScript = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QTemporaryFile inputs;
    if (!peerScript.isEmpty() && inputs.open()) {
        for (const FieldInput& value : std::as_const(values))
            inputs.write(value.field.toUtf8() + '\t' + value.input.toUtf8() + '\n');
        inputs.flush();
        QProcess peer;
        peer.setProcessChannelMode(QProcess::ForwardedChannels);
        peer.start(QStringLiteral("/usr/bin/python3"), {peerScript, inputs.fileName()});
        peer.waitForFinished(600'000);
    }
    const bool ok = rate >= 20'000;
    std::printf("%s\n", ok ? "goal met (20,000 events/s)" : "GOAL MISSED (20,000 events/s)");
    return ok ? 0 : 1;
}
