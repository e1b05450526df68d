// pbw catch, headless as on a tracker's server: one JSON line per event; what arrived is checked
// against the template, saved to a case, and written as a HAR and a case file that import; a
// browser's pixel (Debian's chromium, headless) arrives exactly as chromium's own net log says it
// sent it; bad options exit 2.
#include "pbwrun.h"
#include "store/casestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace pbw;
using namespace pbw::test;

class TestPbwCatch : public QObject
{
    Q_OBJECT

private slots:
    void headlessChecksSavesAndWritesFiles();
    void chromiumPixelArrivesAsChromiumSentIt();
    void badOptionsExit2();

private:
    // Starts pbw catch with arguments (--json added); returns its first event ("listening").
    QJsonObject startCatch(QProcess& process, const QStringList& arguments);
    QList<QJsonObject> events(QProcess& process);
    int curl(const QStringList& arguments);

    QTemporaryDir m_dir;
    QByteArray m_pending;
};

QJsonObject TestPbwCatch::startCatch(QProcess& process, const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), testDataHome());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), testConfigHome());
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PBW_EXECUTABLE),
                  QStringList{QStringLiteral("catch"), QStringLiteral("--json")} + arguments);
    m_pending.clear();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        process.waitForReadyRead(100);
        m_pending += process.readAllStandardOutput();
        const qsizetype end = m_pending.indexOf('\n');
        if (end >= 0) {
            const QJsonObject first = QJsonDocument::fromJson(m_pending.left(end)).object();
            m_pending.remove(0, end + 1);
            return first;
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    return {};
}

QList<QJsonObject> TestPbwCatch::events(QProcess& process)
{
    m_pending += process.readAllStandardOutput();
    QList<QJsonObject> list;
    for (const QByteArray& line : m_pending.split('\n')) {
        if (!line.trimmed().isEmpty())
            list.append(QJsonDocument::fromJson(line).object());
    }
    return list;
}

int TestPbwCatch::curl(const QStringList& arguments)
{
    QProcess process;
    process.start(
        QStringLiteral("curl"),
        QStringList{QStringLiteral("-sS"), QStringLiteral("-g"), QStringLiteral("-o"), QStringLiteral("/dev/null")}
            + arguments);
    return process.waitForFinished(20000) ? process.exitCode() : -1;
}

void TestPbwCatch::headlessChecksSavesAndWritesFiles()
{
    const QString db = m_dir.filePath(QStringLiteral("catch.sqlite"));
    QCOMPARE(
        runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Caught"), QStringLiteral("--db"), db})
            .exitCode,
        0);
    {
        auto store = std::move(CaseStore::open(db, CaseStore::Opening::Existing).value());
        Attachment templ;
        templ.caseId = 1;
        templ.kind = Attachment::Kind::Template;
        templ.title = QStringLiteral("Approved");
        templ.text = QStringLiteral("https://partner.example/pb?cid={clickid}&amount={payout}&token=s3cr3t-9");
        templ.added = QDateTime::currentDateTimeUtc();
        QVERIFY(store->addAttachment(templ));
    }
    const QString har = m_dir.filePath(QStringLiteral("caught.har"));
    const QString caseFile = m_dir.filePath(QStringLiteral("caught.pbcase"));
    QProcess process;
    const QJsonObject listening = startCatch(process,
                                             {QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--db"), db,
                                              QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--har"),
                                              har, QStringLiteral("--case-file"), caseFile, QStringLiteral("--answer"),
                                              QStringLiteral("everflow-accepted")});
    QCOMPARE(listening.value(QStringLiteral("event")).toString(), QStringLiteral("listening"));
    const QString catchUrl = listening.value(QStringLiteral("catch_url")).toString();
    QVERIFY(catchUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
    // The tracker's URL: the partner's address replaced by the catcher's, the rest of the template kept.
    QCOMPARE(listening.value(QStringLiteral("tracker_url")).toString(),
             catchUrl + QStringLiteral("/pb?cid={clickid}&amount={payout}&token=s3cr3t-9"));

    QCOMPARE(curl({catchUrl.section(u'/', 0, 2) + QStringLiteral("/pb?cid=stranger")}), 0); // outside: 404
    QCOMPARE(curl({catchUrl + QStringLiteral("/pb?cid=c-1&amount=4.5&token=s3cr3t-9")}), 0);
    QCOMPARE(curl({catchUrl + QStringLiteral("/pb?cid=c-2&amount={payout}&token=s3cr3t-9")}), 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);

    const QList<QJsonObject> all = events(process);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).value(QStringLiteral("errors")).toInt(), 0);
    QCOMPARE(all.at(0).value(QStringLiteral("verdict")).toObject().value(QStringLiteral("layer")).toString(),
             QStringLiteral("ok"));
    QVERIFY(all.at(1).value(QStringLiteral("errors")).toInt() > 0);
    QVERIFY(all.at(1).value(QStringLiteral("verdict_line")).toString().startsWith(QStringLiteral("✗")));
    QCOMPARE(all.at(2).value(QStringLiteral("event")).toString(), QStringLiteral("stopped"));
    QCOMPARE(all.at(2).value(QStringLiteral("caught")).toInt(), 2);
    QCOMPARE(all.at(2).value(QStringLiteral("refused")).toObject().value(QStringLiteral("outside-prefix")).toInt(), 1);

    // Saved in the case as test callbacks, the secret not in the database (not in the raw bytes either).
    {
        auto store = std::move(CaseStore::open(db, CaseStore::Opening::Existing).value());
        const QList<StoredExchange> saved = store->exchanges(1).value();
        QCOMPARE(saved.size(), 2);
        for (const StoredExchange& exchange : saved) {
            QCOMPARE(exchange.role, StoredExchange::Role::TestCallback);
            QVERIFY(exchange.exchange().arrival);
            QVERIFY(!exchange.exchange().arrival->raw.contains("s3cr3t-9"));
            QVERIFY(!QJsonDocument(exchange.data).toJson().contains("s3cr3t-9"));
        }
    }
    QFile harFile(har);
    QVERIFY(harFile.open(QIODevice::ReadOnly));
    const QByteArray harBytes = harFile.readAll();
    QCOMPARE(QJsonDocument::fromJson(harBytes)
                 .object()
                 .value(QStringLiteral("log"))
                 .toObject()
                 .value(QStringLiteral("entries"))
                 .toArray()
                 .size(),
             2);
    QVERIFY(!harBytes.contains("s3cr3t-9"));
    // The case file imports on the laptop.
    const QString laptop = m_dir.filePath(QStringLiteral("laptop.sqlite"));
    const PbwRun imported = runPbw({QStringLiteral("case"), QStringLiteral("import"), caseFile, QStringLiteral("--db"),
                                    laptop, QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    auto store = std::move(CaseStore::open(laptop, CaseStore::Opening::Existing).value());
    const QList<CaseRecord> cases = store->cases().value();
    QCOMPARE(cases.size(), 1);
    const QList<StoredExchange> exchanges = store->exchanges(cases.first().id).value();
    QCOMPARE(exchanges.size(), 2);
    QVERIFY(exchanges.first().exchange().arrival);
}

void TestPbwCatch::chromiumPixelArrivesAsChromiumSentIt()
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    QVERIFY2(!chromium.isEmpty(), "Debian's chromium is installed by scripts/install-deps.sh");
    QProcess process;
    const QJsonObject listening = startCatch(process, {QStringLiteral("--count"), QStringLiteral("1")});
    const QString pixel = listening.value(QStringLiteral("catch_url")).toString()
        + QStringLiteral("/pb?cid=px-42&amount=1.5&goal=lead");
    const QString page = m_dir.filePath(QStringLiteral("landing.html"));
    QFile html(page);
    QVERIFY(html.open(QIODevice::WriteOnly));
    html.write(
        QStringLiteral("<!doctype html><title>Thank you</title><img src=\"%1\" width=1 height=1>").arg(pixel).toUtf8());
    html.close();
    const QString netLog = m_dir.filePath(QStringLiteral("netlog.json"));
    QProcess browser;
    browser.start(chromium,
                  {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                   QStringLiteral("--no-first-run"),
                   QStringLiteral("--user-data-dir=") + m_dir.filePath(QStringLiteral("profile")),
                   QStringLiteral("--log-net-log=") + netLog, QStringLiteral("--net-log-capture-mode=IncludeSensitive"),
                   QStringLiteral("--virtual-time-budget=3000"), QStringLiteral("--dump-dom"),
                   QUrl::fromLocalFile(page).toString()});
    QVERIFY(browser.waitForFinished(60000));
    QVERIFY(process.waitForFinished(10000));
    const QList<QJsonObject> all = events(process);
    QVERIFY2(!all.isEmpty() && all.first().value(QStringLiteral("event")).toString() == QStringLiteral("caught"),
             m_pending.constData());
    const QByteArray raw = QByteArray::fromBase64(all.first()
                                                      .value(QStringLiteral("exchange"))
                                                      .toObject()
                                                      .value(QStringLiteral("arrival"))
                                                      .toObject()
                                                      .value(QStringLiteral("raw_base64"))
                                                      .toString()
                                                      .toLatin1());

    // Chromium's own record: the request line and headers of HTTP_TRANSACTION_SEND_REQUEST_HEADERS.
    QFile logFile(netLog);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QJsonObject log = QJsonDocument::fromJson(logFile.readAll()).object();
    const int sendHeaders = log.value(QStringLiteral("constants"))
                                .toObject()
                                .value(QStringLiteral("logEventTypes"))
                                .toObject()
                                .value(QStringLiteral("HTTP_TRANSACTION_SEND_REQUEST_HEADERS"))
                                .toInt(-1);
    QVERIFY(sendHeaders >= 0);
    QByteArray sent;
    for (const QJsonValue& value : log.value(QStringLiteral("events")).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(QStringLiteral("type")).toInt() != sendHeaders)
            continue;
        const QJsonObject params = event.value(QStringLiteral("params")).toObject();
        if (!params.value(QStringLiteral("line")).toString().contains(QStringLiteral("px-42")))
            continue;
        sent = params.value(QStringLiteral("line")).toString().toLatin1();
        for (const QJsonValue& header : params.value(QStringLiteral("headers")).toArray())
            sent += header.toString().toUtf8() + "\r\n";
        sent += "\r\n";
    }
    QVERIFY2(!sent.isEmpty(), "chromium's net log has the pixel's request");
    QCOMPARE(raw, sent);
    QVERIFY(raw.contains("User-Agent: Mozilla/5.0"));
}

void TestPbwCatch::badOptionsExit2()
{
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--port"), QStringLiteral("70000")},
          QStringList{QStringLiteral("--address"), QStringLiteral("nowhere")},
          QStringList{QStringLiteral("--answer"), QStringLiteral("no-such")},
          QStringList{QStringLiteral("--prefix"), QStringLiteral("../etc")},
          QStringList{QStringLiteral("--cert"), m_dir.filePath(QStringLiteral("missing.pem")), QStringLiteral("--key"),
                      m_dir.filePath(QStringLiteral("missing.pem"))},
          QStringList{QStringLiteral("--status"), QStringLiteral("99")}}) {
        const PbwRun run = runPbw(QStringList{QStringLiteral("catch")} + arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ') + QLatin1Char(' ') + run.err));
        QVERIFY(!run.err.isEmpty());
    }
    // A port taken: said, exit 2.
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    const PbwRun busy
        = runPbw({QStringLiteral("catch"), QStringLiteral("--port"), QString::number(taken.serverPort())});
    QCOMPARE(busy.exitCode, 2);
    QVERIFY2(busy.err.contains(QStringLiteral("Cannot listen")), qPrintable(busy.err));
}

QTEST_GUILESS_MAIN(TestPbwCatch)
#include "tst_pbwcatch.moc"
