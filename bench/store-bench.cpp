// The case store at size: 1,000 cases and 100,000 exchanges (one case holding 1,000), generated
// through the store's own API once and kept in a file. Times what the Cases dock does — open the
// store and list the cases, open the biggest case (rows read and exchanges rebuilt for display),
// search — and what replay does (save one exchange); prints peak memory (VmHWM).
// Goals: each view under 100 ms, a save under 5 ms, peak memory under 150 MB.
//
//   pbw-store-bench STORE_PATH     (generated when missing; about a minute)
#include "analysis/verdict.h"
#include "io/exchangejson.h"
#include "net/exchange.h"
#include "rate.h"
#include "store/casestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>

using namespace pbw;

namespace {

constexpr int caseCount = 1000;
constexpr int exchangeCount = 100'000;
constexpr int bigCase = 1000; // exchanges in the biggest case

const char* const partners[] = {"MyNet", "AdCombo", "Everflow", "CAKE", "Affise", "Trackier", "Offer18", "Scaleo"};
const char* const bodies[] = {
    "OK",
    R"({"status":"error","message":"Duplicate conversion"})",
    R"({"success":false,"error":"Click not found","code":12})",
    "success=true;",
    "<html><head><title>Error</title></head><body><h1>Invalid transaction id</h1></body></html>",
    R"({"status":"success","code":200,"message":"Conversion created","id":"c1"})",
};

Exchange generated(int n)
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QStringLiteral("https://postback.%1.example/pb?clickid=%2&payout=%3.50&goal=lead&txid=t%4")
                               .arg(QString::fromLatin1(partners[n % 8]).toLower())
                               .arg(QString::number(quint64(n) * 2654435761u % 0xffffffffffu, 36))
                               .arg(n % 90 + 1)
                               .arg(n);
    exchange.request.input = exchange.request.url;
    exchange.request.target = exchange.request.url.mid(exchange.request.url.indexOf(u'/', 8)).toLatin1();
    exchange.request.headers = {{"Host", "postback.example"}, {"User-Agent", "PostbackWorkbench/0.1"}};
    ReceivedResponse response;
    response.status = n % 17 == 0 ? 500 : 200;
    response.reason = response.status == 200 ? "OK" : "Internal Server Error";
    response.httpVersion = "HTTP/1.1";
    response.headers = {{"Content-Type", "application/json"}, {"Server", "nginx"}};
    response.body = bodies[n % 6];
    response.text = QString::fromUtf8(response.body);
    response.bodySize = response.body.size();
    exchange.response = response;
    exchange.timing.started = QDateTime::currentDateTimeUtc();
    exchange.timing.firstByteMs = 40 + n % 50;
    exchange.timing.totalMs = 45 + n % 50;
    return exchange;
}

bool generate(const QString& path)
{
    auto opened = CaseStore::open(path);
    if (!opened)
        return false;
    CaseStore& store = *opened.value();
    QElapsedTimer clock;
    clock.start();
    QList<qint64> ids;
    for (int c = 0; c < caseCount; ++c) {
        CaseRecord record;
        record.title = QStringLiteral("Offer %1 — %2 lead").arg(c).arg(QLatin1String(partners[c % 8]));
        record.partner = QLatin1String(partners[c % 8]);
        record.tracker = c % 2 ? QStringLiteral("Keitaro") : QStringLiteral("Binom");
        ids.append(store.createCase(record).value());
        store.addNote(ids.last(), QStringLiteral("checked the click ID with the partner, waiting for their answer"));
    }
    const int rest = (exchangeCount - bigCase) / (caseCount - 1);
    int n = 0;
    for (int c = 0; c < caseCount; ++c) {
        const int count
            = c == 0 ? bigCase : (c == caseCount - 1 ? exchangeCount - bigCase - rest * (caseCount - 2) : rest);
        for (int i = 0; i < count; ++i, ++n) {
            const Exchange exchange = generated(n);
            if (!store.addExchange(ids.at(c), i % 2 ? StoredExchange::Role::Corrected : StoredExchange::Role::Failing,
                                   exchange, judgeExchange(exchange)))
                return false;
        }
    }
    std::printf("generated %d cases, %d exchanges in %.1f s (%.0f saves/s)\n", caseCount, n,
                double(clock.nsecsElapsed()) / 1e9, perSecond(n, clock.nsecsElapsed()));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fputs("usage: pbw-store-bench STORE_PATH\n", stderr);
        return 2;
    }
    const QString path = app.arguments().at(1);
    if (!QFile::exists(path) && !generate(path)) {
        std::fputs("could not generate the store\n", stderr);
        return 1;
    }
    std::printf("store: %s (%.0f MB)\n", qPrintable(path), double(QFile(path).size()) / 1e6);

    QElapsedTimer clock;
    clock.start();
    auto opened = CaseStore::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        return 1;
    }
    CaseStore& store = *opened.value();
    const QList<CaseRecord> cases = store.cases().value();
    const qint64 openAndList = clock.nsecsElapsed();
    std::printf("open the store and list %lld cases: %.1f ms\n", qlonglong(cases.size()), ms(openAndList));

    // The biggest case: the first one created.
    const qint64 big
        = std::min_element(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.id < b.id; })->id;
    clock.restart();
    const QList<StoredExchange> exchanges = store.exchanges(big).value();
    const qint64 read = clock.nsecsElapsed();
    int answered = 0;
    for (const StoredExchange& stored : exchanges)
        answered += exchangeFromJson(stored.data).answered() ? 1 : 0;
    store.notes(big).value();
    store.attachments(big).value();
    store.checklist(big).value();
    const qint64 openCase = clock.nsecsElapsed();
    std::printf("open a case of %lld exchanges: %.1f ms (rows read in %.1f ms; %d answered)\n",
                qlonglong(exchanges.size()), ms(openCase), ms(read), answered);

    qint64 worstSearch = 0;
    for (const char* words : {"duplicate", "mynet lead", "clickid", "txid t99999", "nothing-like-this", "ромашка"}) {
        clock.restart();
        const QList<qint64> found = store.search(QString::fromUtf8(words)).value();
        const qint64 elapsed = clock.nsecsElapsed();
        worstSearch = std::max(worstSearch, elapsed);
        std::printf("search \"%s\": %lld cases in %.1f ms\n", words, qlonglong(found.size()), ms(elapsed));
    }

    // Saves go to a case of their own, deleted afterwards: every run measures the same store.
    CaseRecord scratch;
    scratch.title = QStringLiteral("benchmark saves");
    const qint64 scratchId = store.createCase(scratch).value();
    constexpr int saves = 200;
    QList<qint64> saveTimes;
    for (int i = 0; i < saves; ++i) {
        const Exchange exchange = generated(exchangeCount + i);
        const Verdict verdict = judgeExchange(exchange);
        clock.restart();
        store.addExchange(scratchId, StoredExchange::Role::Other, exchange, verdict);
        saveTimes.append(clock.nsecsElapsed());
    }
    store.deleteCase(scratchId);
    std::sort(saveTimes.begin(), saveTimes.end());
    std::printf("save an exchange: median %.2f ms, worst %.2f ms (%d saves)\n", ms(saveTimes.at(saves / 2)),
                ms(saveTimes.last()), saves);
    const long peak = peakKilobytes();
    std::printf("peak memory: %.1f MB\n", double(peak) / 1024);

    const bool ok = ms(openAndList) < 100 && ms(openCase) < 100 && ms(worstSearch) < 100
        && ms(saveTimes.at(saves / 2)) < 5 && peak < 150 * 1024;
    std::printf("%s\n", ok ? "all goals met" : "GOAL MISSED");
    return ok ? 0 : 1;
}
