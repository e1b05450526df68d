// Customer information at size: 100,000 records of 8 fields (e-mail, phone, first and last name,
// city, state, ZIP, country) normalised and SHA-256 hashed on one core, as a CAPI batch needs.
// Goal: at least 50,000 records per second. Then the largest batch Meta takes (1,000 events) read from
// JSON, validated, prepared and written as the request body, as pbw capi send does it: goal under
// 100 ms per batch. The peer: Python's hashlib hashing the same values
// after a plain strip().lower() (less work than Meta's normalisation), in the same run.
//
//   pbw-capi-bench
#include "capi/capiprepare.h"
#include "capi/capirequest.h"
#include "capi/capivalidation.h"
#include "capi/userdata.h"
#include "rate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>
#include <cstdio>

using namespace pbw;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    constexpr int records = 100'000;
    const char* const cities[] = {"St. Louis", "New York", "Saint-Petersburg", "São Paulo", "Москва"};
    const char* const states[] = {"California", "NY", "North Carolina", "Ontario", "TX"};
    QList<QPair<QString, QString>> values;
    values.reserve(records * 8);
    for (int i = 0; i < records; ++i) {
        values.append({QStringLiteral("em"), QStringLiteral("  User.%1_Name@Example.com ").arg(i)});
        values.append({QStringLiteral("ph"), QStringLiteral("+1 (616) 954-%1").arg(1000 + i % 9000)});
        values.append({QStringLiteral("fn"), QStringLiteral("Jean-Luc%1").arg(i % 100)});
        values.append({QStringLiteral("ln"), QStringLiteral("O'Connor")});
        values.append({QStringLiteral("ct"), QString::fromUtf8(cities[i % 5])});
        values.append({QStringLiteral("st"), QString::fromUtf8(states[i % 5])});
        values.append({QStringLiteral("zp"), QStringLiteral("37221-%1").arg(i % 10000)});
        values.append({QStringLiteral("country"), i % 2 ? QStringLiteral("US") : QStringLiteral("United Kingdom")});
    }
    normalizeUserData(QStringLiteral("country"), QStringLiteral("us")); // tables loaded before the clock

    QElapsedTimer clock;
    clock.start();
    qint64 hashed = 0;
    for (const auto& [field, input] : std::as_const(values))
        hashed += normalizeUserData(field, input).hash.isEmpty() ? 0 : 1;
    const qint64 ns = clock.nsecsElapsed();
    const double rate = perSecond(records, ns);
    std::printf("normalise and hash %d records of 8 fields: %.1f ms, %.0f records/s (%lld hashes), peak %.1f MB\n",
                records, ms(ns), rate, qlonglong(hashed), double(peakKilobytes()) / 1024);
    std::fflush(stdout);

    // A full batch: 1,000 Purchase events with those values, from JSON to the body that is sent.
    QJsonArray data;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < kCapiMaxEvents; ++i) {
        QJsonObject userData{{QStringLiteral("client_user_agent"), QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)")},
                             {QStringLiteral("fbc"), QStringLiteral("fb.1.%1.IwAR%2").arg((now - 3600) * 1000).arg(i)}};
        for (int field = 0; field < 8; ++field)
            userData.insert(values.at(i * 8 + field).first, values.at(i * 8 + field).second);
        data.append(QJsonObject{
            {QStringLiteral("event_name"), QStringLiteral("Purchase")},
            {QStringLiteral("event_time"), double(now - i)},
            {QStringLiteral("event_id"), QStringLiteral("order-%1").arg(i)},
            {QStringLiteral("action_source"), QStringLiteral("website")},
            {QStringLiteral("event_source_url"), QStringLiteral("https://shop.example/thanks")},
            {QStringLiteral("user_data"), userData},
            {QStringLiteral("custom_data"),
             QJsonObject{{QStringLiteral("value"), 49.9}, {QStringLiteral("currency"), QStringLiteral("USD")}}}});
    }
    const QByteArray batch = QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson();
    constexpr int rounds = 10;
    CapiSend send;
    send.pixelId = QStringLiteral("1234567890");
    send.accessToken = "token";
    clock.restart();
    qint64 bodyBytes = 0;
    int problems = 0;
    for (int round = 0; round < rounds; ++round) {
        const auto events = parseCapiEvents(batch);
        const CapiPrepared prepared = prepareCapiEvents(events.value());
        problems += int(validateCapiEvents(events.value(), QDateTime::currentDateTimeUtc(), &prepared).size());
        bodyBytes += buildCapiRequest(prepared.events, send).value().body.size();
    }
    const double batchMs = ms(clock.nsecsElapsed()) / rounds;
    std::printf("a batch of %d events (%.1f KB of JSON) read, validated, prepared and written: %.1f ms per batch "
                "(%d problems, %.1f KB sent), peak %.1f MB\n",
                kCapiMaxEvents, double(batch.size()) / 1024, batchMs, problems / rounds,
                double(bodyBytes) / rounds / 1024, double(peakKilobytes()) / 1024);
    std::fflush(stdout);

    QTemporaryFile inputs;
    if (inputs.open()) {
        for (const auto& pair : std::as_const(values))
            inputs.write(pair.second.toUtf8().replace('\n', ' ') + '\n');
        inputs.flush();
        QProcess peer;
        peer.setProcessChannelMode(QProcess::ForwardedChannels);
        peer.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import hashlib,sys,time\nv=open(sys.argv[1],encoding='utf-8').read().split('\\n')[:-1]\n"
                 "t=time.perf_counter()\nh=[hashlib.sha256(x.strip().lower().encode()).hexdigest() for x in v]\n"
                 "d=time.perf_counter()-t\nprint('peer: python3 strip/lower + hashlib.sha256 of the same %d values: "
                 "%.1f ms, %.0f records/s' % (len(h), d*1000, len(h)/8/d))"),
             inputs.fileName()});
        peer.waitForFinished(120'000);
    }
    const bool ok = rate >= 50'000 && batchMs < 100;
    std::printf("%s\n", ok ? "all goals met" : "GOAL MISSED");
    return ok ? 0 : 1;
}
