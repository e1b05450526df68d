// Export and import at size. Export: a case of 1,000 exchanges (1 KB answers, a token in each) to
// every format, each timed from the store to the bytes (bundle, redaction, writer; PDF laid out by
// QTextDocument). Import: a 50 MB HAR (1,000 entries with 48 KB answers) read, judged and saved
// into a new case in one transaction, in a child process so its peak memory is the import's own.
// The peer: Python's json module parsing the same HAR. Goals: each export under 1 s; the import
// under 3 s with peak memory under 300 MB.
//
//   pbw-export-bench WORK_DIR
#include "analysis/verdict.h"
#include "export/exportformat.h"
#include "export/exportredaction.h"
#include "export/har.h"
#include "export/htmlreport.h"
#include "rate.h"
#include "store/casestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QTextDocument>
#include <cstdio>
#include <numeric>

using namespace pbw;

namespace {

Exchange generated(int n, int bodyBytes)
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url
        = QStringLiteral("https://postback.partner.example/pb?clickid=%1&payout=%2.50&goal=lead&token=sk-%3")
              .arg(QString::number(quint64(n) * 2654435761u % 0xffffffffffu, 36))
              .arg(n % 90 + 1)
              .arg(n);
    exchange.request.input = exchange.request.url;
    exchange.request.target = exchange.request.url.mid(exchange.request.url.indexOf(u'/', 8)).toLatin1();
    exchange.request.headers = {{"Host", "postback.partner.example"}, {"Authorization", "Bearer secret"}};
    ReceivedResponse response;
    response.status = 200;
    response.reason = "OK";
    response.httpVersion = "1.1";
    response.headers = {{"Content-Type", "application/json"}};
    QByteArray body = R"({"status":"error","message":"Duplicate conversion","log":")";
    body += QByteArray(bodyBytes, 'x') + "\"}";
    response.body = body;
    response.text = QString::fromUtf8(body);
    response.bodySize = body.size();
    response.contentType = "application/json";
    exchange.response = response;
    exchange.timing.started = QDateTime::currentDateTimeUtc();
    exchange.timing.firstByteMs = 40;
    exchange.timing.totalMs = 45;
    return exchange;
}

qint64 fill(CaseStore& store, int count, int bodyBytes)
{
    CaseRecord record;
    record.title = QStringLiteral("Offer 12 — MyNet lead");
    const qint64 id = store.createCase(record).value();
    QList<NewExchange> exchanges;
    for (int n = 0; n < count; ++n) {
        NewExchange item;
        item.role = n == 0 ? StoredExchange::Role::Failing
                           : (n == count - 1 ? StoredExchange::Role::Corrected : StoredExchange::Role::Other);
        item.exchange = generated(n, bodyBytes);
        item.verdict = judgeExchange(item.exchange);
        exchanges.append(item);
    }
    store.addExchanges(id, exchanges);
    return id;
}

int importChild(const QString& storePath, const QString& harPath)
{
    auto store = std::move(CaseStore::open(storePath).value());
    QElapsedTimer clock;
    clock.start();
    QFile file(harPath);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const auto har = readHar(file.readAll());
    if (!har)
        return 2;
    const qint64 read = clock.nsecsElapsed();
    QList<qsizetype> all(har.value().size());
    std::iota(all.begin(), all.end(), 0);
    const QList<NewExchange> exchanges = exchangesToImport(har.value(), all, StoredExchange::Role::Other);
    const qint64 judged = clock.nsecsElapsed();
    const auto added = store->addExchanges(0, exchanges, QStringLiteral("Imported"));
    std::printf("import a %.1f MB HAR (%lld entries): %.1f ms (read %.1f ms, judged %.1f ms, saved %.1f ms), peak "
                "memory %.1f MB\n",
                double(file.size()) / 1e6, qlonglong(exchanges.size()), ms(clock.nsecsElapsed()), ms(read),
                ms(judged - read), ms(clock.nsecsElapsed() - judged), double(peakKilobytes()) / 1024);
    std::fflush(stdout);
    return added && ms(clock.nsecsElapsed()) < 3000 && peakKilobytes() < 300 * 1024 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && QByteArray(argv[1]) == "import") {
        QCoreApplication app(argc, argv);
        return importChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: pbw-export-bench WORK_DIR\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QFile::remove(dir + QStringLiteral("/export-bench.sqlite"));
    auto store = std::move(CaseStore::open(dir + QStringLiteral("/export-bench.sqlite")).value());
    const qint64 id = fill(*store, 1000, 1024);
    bool ok = true;

    for (const ExportFormat format :
         {ExportFormat::CaseFile, ExportFormat::Har, ExportFormat::Html, ExportFormat::Curl, ExportFormat::Pdf}) {
        QElapsedTimer clock;
        clock.start();
        const CaseBundle bundle = redactedForExport(*bundleOf(*store, id), store->secretNames());
        qint64 size = 0;
        if (format == ExportFormat::Pdf) {
            const QString path = dir + QStringLiteral("/export-bench.pdf");
            QTextDocument document;
            document.setHtml(htmlReport(bundle, QDateTime::currentDateTimeUtc()));
            QPdfWriter pdf(path);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            document.print(&pdf);
            size = QFile(path).size();
        } else {
            size = exportBytes(bundle, format, QDateTime::currentDateTimeUtc()).size();
        }
        const double took = ms(clock.nsecsElapsed());
        ok = ok && took < 1000;
        std::printf("export 1000 exchanges as %-4s: %7.1f ms, %6.1f MB\n", qPrintable(exportFormatKey(format)), took,
                    double(size) / 1e6);
    }

    // A 50 MB HAR, written by this program, imported by a child process.
    auto big = std::move(CaseStore::open(dir + QStringLiteral("/export-bench-har.sqlite")).value());
    const QString harPath = dir + QStringLiteral("/export-bench.har");
    {
        const qint64 source = fill(*big, 1000, 48 * 1024);
        QFile har(harPath);
        if (!har.open(QIODevice::WriteOnly) || har.write(writeHar(*bundleOf(*big, source))) < 0)
            return 2;
    }
    big.reset();
    QFile::remove(dir + QStringLiteral("/export-bench-import.sqlite"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("import"), dir + QStringLiteral("/export-bench-import.sqlite"), harPath});
    child.waitForFinished(120'000);
    ok = ok && child.exitCode() == 0;

    QProcess peer;
    peer.setProcessChannelMode(QProcess::ForwardedChannels);
    peer.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import json,resource,sys,time\nt=time.perf_counter()\nd=json.load(open(sys.argv[1]))\n"
                        "print('peer: python3 json.load of the same HAR (%d entries): %.1f ms, peak memory %.1f MB'"
                        " % (len(d['log']['entries']), (time.perf_counter()-t)*1000,"
                        " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024))"),
         harPath});
    peer.waitForFinished(120'000);
    std::printf("%s\n", ok ? "all goals met" : "GOAL MISSED");
    return ok ? 0 : 1;
}
