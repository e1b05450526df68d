// Why each missing conversion failed: causes grouped on the fixture log and on crafted rows, the
// corrected callbacks (rebuilt from the log, or the template filled from the row), and what the log's
// answer cells are read as.
#include "batch/batchpresets.h"
#include "batch/csvreader.h"
#include "batch/loggedanswer.h"
#include "batch/missingcheck.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace pbw;
using namespace pbw::batch;

namespace {

ConversionTable readFile(const QString& name, const QString& preset = QString())
{
    QFile file(QStringLiteral(PBW_SOURCE_DIR "/tests/data/batch/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(name));
    ReadOptions options;
    if (!preset.isEmpty())
        options.mapping = BatchPresets::builtIn().find(preset)->mapping;
    auto table = readConversions(&file, options);
    if (!table)
        qFatal("cannot read %s", qPrintable(name));
    return std::move(*table);
}

ConversionTable logTable(const QList<ConversionRow>& rows)
{
    ConversionTable table;
    for (const ConversionField field :
         {ConversionField::ClickId, ConversionField::TransactionId, ConversionField::Payout, ConversionField::Currency,
          ConversionField::Status, ConversionField::PostbackUrl, ConversionField::AnswerStatus,
          ConversionField::AnswerBody})
        table.setPresent(field);
    qint64 line = 2;
    for (ConversionRow row : rows) {
        row.line = line++;
        table.append(row);
    }
    return table;
}

ConversionRow logged(const QString& clickId, const QString& url, int status, const QString& body,
                     std::optional<Amount> payout = 100000)
{
    ConversionRow row;
    row.clickId = clickId;
    row.postbackUrl = url;
    row.answerStatus = status;
    row.answerBody = body;
    row.payout = payout;
    row.currency = QStringLiteral("USD");
    row.status = QStringLiteral("approved");
    return row;
}

const Cause* causeOf(const MissingCheck& check, const CauseKey& key)
{
    for (const Cause& cause : check.causes) {
        if (cause.key == key)
            return &cause;
    }
    return nullptr;
}

const RefireCandidate* candidateFor(const MissingCheck& check, const QString& key)
{
    for (const RefireCandidate& candidate : check.refire) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

QString notRefiredReason(const MissingCheck& check, const QString& key)
{
    for (const NotRefired& left : check.notRefired) {
        if (left.key == key)
            return left.reason;
    }
    return {};
}

using Layer = Verdict::Layer;
using Bucket = Verdict::Bucket;

} // namespace

class TestBatchCheck : public QObject
{
    Q_OBJECT

private slots:
    void fixtureCauses();
    void craftedCauses();
    void rebuiltUrls();
    void templateFilled();
    void onlyMissingRowsAreRefired();
    void loggedAnswers();
    void statusColumnWithWords();
};

void TestBatchCheck::fixtureCauses()
{
    const ConversionTable tracker = readFile(QStringLiteral("generic-postback-log.csv"));
    const ConversionTable partner = readFile(QStringLiteral("everflow-conversions.csv"), QStringLiteral("everflow"));
    const MissingCheck check = checkMissing(tracker, reconcile(tracker, partner));
    QCOMPARE(check.checked, 12);
    QCOMPARE(check.withCallback, 12);
    QCOMPARE(check.withAnswer, 10);
    const QList<std::pair<CauseKey, qint64>> expected{
        {{Layer::Template, Bucket::None, QStringLiteral("macro-literal"), {}}, 3},
        {{Layer::Http, Bucket::Auth, {}, {}}, 2},
        {{Layer::Business, Bucket::Identifier, {}, {}}, 2},
        {{Layer::Unknown, Bucket::None, {}, QStringLiteral("no-answer")}, 2},
        {{Layer::Ok, Bucket::Accepted, {}, {}}, 2},
        {{Layer::Template, Bucket::Identifier, QStringLiteral("clickid-truncated"), {}}, 1},
    };
    QCOMPARE(check.causes.size(), expected.size());
    for (const auto& [key, rows] : expected) {
        const Cause* cause = causeOf(check, key);
        QVERIFY2(cause, qPrintable(layerKey(key.layer) + u' ' + bucketKey(key.bucket) + u' ' + key.findingId));
        QCOMPARE(cause->rows, rows);
        QVERIFY(!cause->why.isEmpty());
    }
    QCOMPARE(check.causes.constFirst().rows, 3); // most rows first
    // Examples: up to three, in file order, as table rows.
    const Cause* macro = causeOf(check, expected.at(0).first);
    QCOMPARE(macro->examples.size(), 3);
    QCOMPARE(tracker.clickId(macro->examples.at(0)), QStringLiteral("jgttoq9l5cx9b8slie8"));
    QCOMPARE(tracker.line(macro->examples.at(1)), 6);
    // The log has no payout column: the money is the callbacks' payouts.
    QCOMPARE(macro->money.value(QString()), 998000); // 49.90 + 49.90 (the CAKE callback carries none)
    QCOMPARE(check.refire.size(), 10);
    QCOMPARE(check.notRefired.size(), 2); // the two the partner accepted
    QVERIFY(notRefiredReason(check, QStringLiteral("2fd764b06dc1fd29d9f9e5b4")).contains(QLatin1String("duplicate")));

    // Each row knows its cause (after the sort, most first): as many rows as the cause counts, its
    // examples among them, and the rows not checked (credited) have none.
    QCOMPARE(check.causeOfRow.size(), tracker.size());
    QList<qint64> counted(check.causes.size());
    for (qsizetype row = 0; row < tracker.size(); ++row) {
        const qint32 cause = check.causeOf(row);
        if (cause >= 0)
            ++counted[cause];
    }
    for (qsizetype i = 0; i < check.causes.size(); ++i) {
        QCOMPARE(counted.at(i), check.causes.at(i).rows);
        for (const qsizetype example : check.causes.at(i).examples)
            QCOMPARE(check.causeOf(example), qint32(i));
    }
    QCOMPARE(check.causeOfRow.count(-1), tracker.size() - check.checked);
    QCOMPARE(check.causeOf(-1), -1);
    QCOMPARE(check.causeOf(tracker.size()), -1);
    // A row's corrected callback, found by its line.
    const RefireCandidate& first = check.refire.constFirst();
    QCOMPARE(check.refireAtLine(first.line), &first);
    QCOMPARE(check.refireAtLine(check.refire.constLast().line), &check.refire.constLast());
    QCOMPARE(check.refireAtLine(0), nullptr);
}

void TestBatchCheck::craftedCauses()
{
    const QString base = QStringLiteral("https://p.example-partner.com/pb?clickid=");
    const ConversionTable tracker = logTable({
        logged(QStringLiteral("macro0000001"), base + QStringLiteral("{clickid}&sum=10"), 200, {}),
        logged(QStringLiteral("allowlist001"), base + QStringLiteral("allowlist001&sum=10"), 403,
               QStringLiteral("IP not whitelisted")),
        logged(QStringLiteral("invalid00001"), base + QStringLiteral("invalid00001&sum=10"), 200,
               QStringLiteral("{\"status\":\"error\",\"message\":\"Invalid click_id\"}")),
        logged(QStringLiteral("timeout00001"), base + QStringLiteral("timeout00001&sum=10"), 0,
               QStringLiteral("Operation timed out after 5000 ms")),
        logged(QStringLiteral("noanswer0001"), base + QStringLiteral("noanswer0001&sum=10"), 0, {}),
        logged(QStringLiteral("duplicate001"), base + QStringLiteral("duplicate001&sum=10"), 200,
               QStringLiteral("ERROR: This conversion has already been notified and saved.")),
        logged(QStringLiteral("duplicate002"), base + QStringLiteral("duplicate002&sum=10"), 200,
               QStringLiteral("ERROR: This conversion has already been notified and saved.")),
        logged(QStringLiteral("nolog0000001"), {}, 0, {}),
    });
    const MissingCheck check = checkMissing(tracker, reconcile(tracker, ConversionTable()));
    QCOMPARE(check.checked, 8);
    QCOMPARE(causeOf(check, {Layer::Template, Bucket::None, QStringLiteral("macro-literal"), {}})->rows, 1);
    QCOMPARE(causeOf(check, {Layer::Http, Bucket::Auth, {}, {}})->rows, 1);
    QCOMPARE(causeOf(check, {Layer::Business, Bucket::Identifier, {}, {}})->rows, 1);
    const Cause* timeout = causeOf(check, {Layer::Transport, Bucket::None, {}, QStringLiteral("timeout")});
    QVERIFY(timeout);
    QCOMPARE(timeout->verdict.message, QStringLiteral("transport-timeout"));
    QCOMPARE(causeOf(check, {Layer::Unknown, Bucket::None, {}, QStringLiteral("no-answer")})->rows, 1);
    // The same answer twice: one cause of two rows, judged once.
    const Cause* duplicate = causeOf(check, {Layer::Business, Bucket::Duplicate, {}, {}});
    QVERIFY(duplicate);
    QCOMPARE(duplicate->rows, 2);
    QCOMPARE(duplicate->money.value(QStringLiteral("USD")), 200000);
    QCOMPARE(causeOf(check, {Layer::Unknown, Bucket::None, {}, QStringLiteral("no-callback")})->rows, 1);
    QCOMPARE(check.causes.constFirst().key.bucket, Bucket::Duplicate);

    // Re-fired: all but the duplicates and the row with no callback logged.
    QCOMPARE(check.refire.size(), 5);
    QVERIFY(!notRefiredReason(check, QStringLiteral("duplicate001")).isEmpty());
    QVERIFY(notRefiredReason(check, QStringLiteral("nolog0000001")).contains(QLatin1String("--template")));
    const RefireCandidate* allowlist = candidateFor(check, QStringLiteral("allowlist001"));
    QVERIFY(allowlist);
    QCOMPARE(allowlist->url, base + QStringLiteral("allowlist001&sum=10"));
    QCOMPARE(allowlist->line, 3);
    QCOMPARE(allowlist->method, QStringLiteral("GET"));
    QCOMPARE(allowlist->payout, Amount(100000));
    QCOMPARE(allowlist->currency, QStringLiteral("USD"));
    QVERIFY(allowlist->why.contains(QLatin1String("IP address")));
}

void TestBatchCheck::rebuiltUrls()
{
    ConversionRow withTid
        = logged(QStringLiteral("tx0000000001"),
                 QStringLiteral("https://p.example-partner.com/pb?subid={sub_id}&tid={txid}&payout={payout}"), 200, {});
    withTid.transactionId = QStringLiteral("T-42");
    ConversionRow noPayout
        = logged(QStringLiteral("nopayout0001"),
                 QStringLiteral("https://p.example-partner.com/pb?cid=%7Bcid%7D&sum={sum}"), 200, {}, std::nullopt);
    const ConversionTable tracker = logTable({
        logged(QStringLiteral("encoded00001"), QStringLiteral("https://track.example-cake.com/p.ashx?o=5&r=%7Bcid%7D"),
               200, {}),
        logged(QStringLiteral("blank0000001"), QStringLiteral("https://k.example-tracker.com/abc1234/postback?subid="),
               200, QStringLiteral("Incorrect subid")),
        logged(QStringLiteral("9ebd58c8d2ec2ea9a2d702dd"),
               QStringLiteral("https://example.go2cloud.org/aff_lsr?transaction_id=9ebd58c8d2ec2ea9a2d7&amount=4,90"),
               200, QStringLiteral("success=false; err_msg=Invalid Trans. ID #9ebd58c8d2ec2ea9a2d7;")),
        logged(QStringLiteral("unknownmacro"),
               QStringLiteral("https://p.example-partner.com/pb?clickid=x1234567&g={goal_name}"), 200, {}),
        withTid,
        noPayout,
        logged(QStringLiteral("role00000001"),
               QStringLiteral("https://trk.example-network.com/?transaction_id={externalId}"), 200, {}),
    });
    const MissingCheck check = checkMissing(tracker, reconcile(tracker, ConversionTable()));
    const auto urlOf = [&](const char* key) {
        const RefireCandidate* candidate = candidateFor(check, QLatin1String(key));
        return candidate ? candidate->url : QString();
    };
    QCOMPARE(urlOf("encoded00001"), QStringLiteral("https://track.example-cake.com/p.ashx?o=5&r=encoded00001"));
    QCOMPARE(urlOf("blank0000001"),
             QStringLiteral("https://k.example-tracker.com/abc1234/postback?subid=blank0000001"));
    // The truncated click ID is put back whole; the comma payout written with a point.
    QCOMPARE(
        urlOf("9ebd58c8d2ec2ea9a2d702dd"),
        QStringLiteral("https://example.go2cloud.org/aff_lsr?transaction_id=9ebd58c8d2ec2ea9a2d702dd&amount=4.90"));
    QCOMPARE(urlOf("tx0000000001 / T-42"),
             QStringLiteral("https://p.example-partner.com/pb?subid=tx0000000001&tid=T-42&payout=10.00"));
    // The parameter's meaning fills a macro the row has no name for: transaction_id carries the click ID.
    QCOMPARE(urlOf("role00000001"), QStringLiteral("https://trk.example-network.com/?transaction_id=role00000001"));
    QVERIFY(urlOf("unknownmacro").isEmpty());
    QVERIFY(notRefiredReason(check, QStringLiteral("unknownmacro")).contains(QLatin1String("{goal_name}")));
    QVERIFY(urlOf("nopayout0001").isEmpty());
    QVERIFY(notRefiredReason(check, QStringLiteral("nopayout0001")).contains(QLatin1String("{sum}")));
}

void TestBatchCheck::templateFilled()
{
    ConversionRow first = logged(QStringLiteral("abc123456789"), {}, 0, {}, 499000);
    first.transactionId = QStringLiteral("T 1/2");
    ConversionRow second = logged(QStringLiteral("def123456789"),
                                  QStringLiteral("https://p.example-partner.com/pb?click_id={clickid}"), 200, {});
    ConversionRow third = logged(QStringLiteral("ghi123456789"), {}, 0, {});
    third.transactionId = QString(); // {transaction_id} cannot be filled
    const ConversionTable tracker = logTable({first, second, third});
    CheckOptions options;
    options.templateUrl = QStringLiteral(
        "https://p.example-partner.com/pb?click_id={click_id}&amount={amount}&txid={transaction_id}&status={status}");
    const MissingCheck check = checkMissing(tracker, reconcile(tracker, ConversionTable()), options);
    const RefireCandidate* filled = candidateFor(check, QStringLiteral("abc123456789 / T 1/2"));
    QVERIFY(filled);
    QCOMPARE(filled->url,
             QStringLiteral("https://p.example-partner.com/pb?click_id=abc123456789&amount=49.90&txid=T%201/"
                            "2&status=approved"));
    // The logged callback is matched against the template: a missing parameter is its first error.
    QVERIFY(causeOf(check, {Layer::Template, Bucket::None, QStringLiteral("macro-literal"), {}})
            || causeOf(check, {Layer::Template, Bucket::None, QStringLiteral("missing-param"), {}}));
    QCOMPARE(check.refire.size(), 0 + 1 + 0 + 0); // the second and third rows have no transaction ID
    QVERIFY(notRefiredReason(check, QStringLiteral("ghi123456789")).contains(QLatin1String("{transaction_id}")));

    options.templateUrl = QStringLiteral("not a url at all");
    QVERIFY(!checkMissing(tracker, reconcile(tracker, ConversionTable()), options).templateError.isEmpty());
}

void TestBatchCheck::onlyMissingRowsAreRefired()
{
    const ConversionTable tracker = readFile(QStringLiteral("keitaro-conversions.csv"), QStringLiteral("keitaro"));
    const ConversionTable partner = readFile(QStringLiteral("everflow-conversions.csv"), QStringLiteral("everflow"));
    CheckOptions options;
    options.includeDifferent = true;
    options.templateUrl
        = QStringLiteral("https://trk.example-network.com/?nid=1466&transaction_id={subid}&amount={payout}");
    const MissingCheck check = checkMissing(tracker, reconcile(tracker, partner), options);
    QCOMPARE(check.checked, 4); // 2 missing, 1 payout different, 1 status different
    QCOMPARE(check.withCallback, 0);
    QCOMPARE(check.causes.size(), 1);
    QCOMPARE(check.causes.constFirst().key.detail, QStringLiteral("no-callback"));
    QCOMPARE(check.refire.size(), 2);
    QCOMPARE(
        check.refire.at(0).url,
        QStringLiteral("https://trk.example-network.com/?nid=1466&transaction_id=jgttoq9l5cx9b8slie8&amount=49.90"));
    QCOMPARE(check.refire.at(1).key, QStringLiteral("6jfht4cdoult92bac / tx-1009"));
}

void TestBatchCheck::loggedAnswers()
{
    QCOMPARE(loggedTransportFailure("timeout")->layer, TransportError::Layer::Timeout);
    QCOMPARE(loggedTransportFailure("curl: (7) Failed to connect: Connection refused")->layer,
             TransportError::Layer::Connect);
    QCOMPARE(loggedTransportFailure("Could not resolve host: p.example")->layer, TransportError::Layer::Dns);
    QCOMPARE(loggedTransportFailure("SSL handshake failed")->layer, TransportError::Layer::Tls);
    QVERIFY(!loggedTransportFailure("OK"));
    QVERIFY(!loggedTransportFailure(""));
    const ReceivedResponse response = loggedResponse(403, "IP not whitelisted");
    QCOMPARE(response.status, 403);
    QCOMPARE(response.text, QStringLiteral("IP not whitelisted"));
}

void TestBatchCheck::statusColumnWithWords()
{
    QByteArray bytes("click_id,postback_url,http_status,response_body\n"
                     "a1234567,https://p.example/pb?c=a1234567,timeout,\n"
                     "b1234567,https://p.example/pb?c=b1234567,n/a,Bad Gateway\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto table = readConversions(&buffer);
    QVERIFY(table);
    QCOMPARE(table->answerStatus(0), 0);
    QCOMPARE(table->answerBody(0), QStringLiteral("timeout")); // what the log says of the answer
    QCOMPARE(table->answerBody(1), QStringLiteral("Bad Gateway"));
    QCOMPARE(table->valueProblems().size(), 1); // "n/a" beside a body is a status not read
    const MissingCheck check = checkMissing(*table, reconcile(*table, ConversionTable()));
    QVERIFY(causeOf(check, {Layer::Transport, Bucket::None, {}, QStringLiteral("timeout")}));
}

QTEST_GUILESS_MAIN(TestBatchCheck)
#include "tst_batchcheck.moc"
