// Export and import at size. Export: a case of 1,000 exchanges (1 KB answers, a token in each) to
// every format, each timed from the store to the bytes (bundle, redaction, writer; PDF laid out by
// QTextDocument). Import: a 50 MB HAR (1,000 entries with 48 KB answers) read, judged and saved
// into a new case in one transaction, in a child process so its peak memory is the import's own;
// then a HAR of 100,000 small entries (about 109 MB) the same way. Both through importFile, the one
// entry point the window and pbw case import use. The peer: python3's json.load of the same files
// under /usr/bin/time -v. Goals: each export under 1 s; the 50 MB import under 3 s with peak memory
// under 300 MB; the 100k-entry HAR read with peak memory under 3x its size.
//
//   pbw-export-bench WORK_DIR
#include "analysis/verdict.h"
#include "export/exportformat.h"
#include "export/exportredaction.h"
#include "export/har.h"
#include "export/htmlreport.h"
#include "export/importfile.h"
#include "rate.h"
#include "store/casestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QTextDocument>
#include <cstdio>
#include <cstdlib>
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

// Imports a HAR through the one entry point (export/importfile.h) as the window and pbw do: read,
// then the requests judged and checked for secrets, then saved in one transaction. Peak memory is read
// twice: after the reading (the reader's own) and at the end. goalMs 0: no goal but the reader's
// peak under 3× the file.
int importChild(const QString& storePath, const QString& harPath, double goalMs, double goalMb)
{
    auto store = std::move(CaseStore::open(storePath).value());
    QElapsedTimer clock;
    clock.start();
    auto read = importFile(harPath);
    if (!read || read->kind != ImportedFile::Kind::Har) {
        std::printf("import failed: %s\n", read ? "not a HAR" : qPrintable(read.error().message()));
        return 2;
    }
    const qint64 readNs = clock.nsecsElapsed();
    const double readPeakMb = double(peakKilobytes()) / 1024;
    QList<qsizetype> all(read->har.entries.size());
    std::iota(all.begin(), all.end(), 0);
    // As pbw case import does it: judged, checked for secrets and written a batch at a time.
    const auto added
        = importHarInto(*store, std::move(read->har), all, StoredExchange::Role::Other, 0, QStringLiteral("Imported"));
    const double fileMb = double(QFileInfo(harPath).size()) / 1e6;
    const double peakMb = double(peakKilobytes()) / 1024;
    std::printf("import a %.1f MB HAR (%lld entries): %.1f ms (read %.1f ms, peak %.1f MB; judged, checked for "
                "secrets and saved in batches %.1f ms), peak memory %.1f MB (%.1fx the file)\n",
                fileMb, qlonglong(all.size()), ms(clock.nsecsElapsed()), ms(readNs), readPeakMb,
                ms(clock.nsecsElapsed() - readNs), peakMb, peakMb * 1.048576 / fileMb);
    std::fflush(stdout);
    const bool readWithin = peakMb * 1.048576 < 3 * fileMb;
    if (goalMs <= 0)
        return added && readWithin ? 0 : 1;
    return added && ms(clock.nsecsElapsed()) < goalMs && peakMb < goalMb ? 0 : 1;
}

// python3's json.load of the same file under /usr/bin/time -v: its time and peak memory.
void pythonPeer(const QString& path)
{
    QProcess peer;
    peer.start(QStringLiteral("/usr/bin/time"),
               {QStringLiteral("-v"), QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"),
                QStringLiteral("import json,sys; json.load(open(sys.argv[1]))"), path});
    peer.waitForFinished(300'000);
    QString elapsed;
    double peakMb = 0;
    for (const QByteArray& line : peer.readAllStandardError().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("Elapsed (wall clock) time"))
            elapsed = QString::fromLatin1(trimmed.mid(trimmed.lastIndexOf(' ') + 1));
        else if (trimmed.startsWith("Maximum resident set size"))
            peakMb = trimmed.mid(trimmed.lastIndexOf(' ') + 1).toDouble() / 1024;
    }
    std::printf("peer: /usr/bin/time -v python3 -c 'import json,sys; json.load(open(sys.argv[1]))' on the same "
                "file: %s (m:ss), peak memory %.1f MB\n",
                qPrintable(elapsed), peakMb);
    std::fflush(stdout);
}

bool runImportChild(const QString& dir, const QString& harPath, const QString& goalMs, const QString& goalMb)
{
    QFile::remove(dir + QStringLiteral("/export-bench-import.sqlite"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("import"), dir + QStringLiteral("/export-bench-import.sqlite"), harPath, goalMs, goalMb});
    child.waitForFinished(600'000);
    return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 6 && QByteArray(argv[1]) == "import") {
        QCoreApplication app(argc, argv);
        return importChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), std::atof(argv[4]),
                           std::atof(argv[5]));
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
    ok = runImportChild(dir, harPath, QStringLiteral("3000"), QStringLiteral("300")) && ok;
    pythonPeer(harPath);

    // 100,000 entries (about 109 MB), imported through the same entry point; the reader's peak memory
    // must stay under 3× the file. Written once and kept in WORK_DIR.
    const QString bigHar = dir + QStringLiteral("/export-bench-100k.har");
    if (!QFileInfo::exists(bigHar)) {
        QFile::remove(dir + QStringLiteral("/export-bench-100k.sqlite"));
        auto many = std::move(CaseStore::open(dir + QStringLiteral("/export-bench-100k.sqlite")).value());
        const qint64 source = fill(*many, 100'000, 0);
        QFile har(bigHar);
        // Without the indentation writeHar adds, as browsers save a HAR: about 1.1 KB an entry.
        const QByteArray compact
            = QJsonDocument::fromJson(writeHar(*bundleOf(*many, source))).toJson(QJsonDocument::Compact);
        if (!har.open(QIODevice::WriteOnly) || har.write(compact) < 0)
            return 2;
    }
    ok = runImportChild(dir, bigHar, QStringLiteral("0"), QStringLiteral("0")) && ok;
    pythonPeer(bigHar);

    std::printf("%s\n", ok ? "all goals met" : "GOAL MISSED");
    return ok ? 0 : 1;
}
