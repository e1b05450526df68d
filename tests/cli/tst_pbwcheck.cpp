// pbw check and pbw diff end to end: the real binary, its JSON, its exit statuses, both languages.
#include "pbwrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw::test;
using Run = PbwRun;

namespace {

QStringList ids(const QJsonArray& findings)
{
    QStringList out;
    for (const QJsonValue finding : findings)
        out.append(finding.toObject().value(QLatin1String("id")).toString());
    return out;
}

} // namespace

class TestPbwCheck : public QObject
{
    Q_OBJECT

private slots:
    void checkJson();
    void checkAgainstTemplateWithFix();
    void exitStatuses();
    void readsFilesAndStandardInput();
    void diffJson();
    void russian();
};

void TestPbwCheck::checkJson()
{
    const Run run = runPbw({"check", "--json", "https://t.example/pb?subid=%7Bclickid%7D&payout=1,5&s=#s#"});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("url")).toString(),
             QStringLiteral("https://t.example/pb?subid=%7Bclickid%7D&payout=1,5&s=#s#"));
    const QJsonArray params = json.value(QLatin1String("params")).toArray();
    QCOMPARE(params.size(), 3);
    QCOMPARE(params.at(0).toObject().value(QLatin1String("key")).toString(), QStringLiteral("subid"));
    QCOMPARE(params.at(0).toObject().value(QLatin1String("value")).toString(), QStringLiteral("{clickid}"));
    QCOMPARE(params.at(0).toObject().value(QLatin1String("raw")).toString(), QStringLiteral("%7Bclickid%7D"));
    const QJsonArray findings = json.value(QLatin1String("findings")).toArray();
    QCOMPARE(ids(findings), QStringList({"macro-literal", "payout-format", "fragment-cut"}));
    const QJsonObject first = findings.at(0).toObject();
    for (const char* key : {"id", "severity", "param", "message", "fix"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
}

void TestPbwCheck::checkAgainstTemplateWithFix()
{
    const Run run = runPbw({"check", "--json", "--fix", "--template",
                            "https://p.example/conv?click_id={clickid}&goal=purchase&amount={payout}",
                            "https://p.example/conv?clickid=abc123abc123abc1&goal=Purchase&amount=3,5&x=1"});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray match = run.json().value(QLatin1String("match")).toArray();
    QStringList states;
    for (const QJsonValue row : match) {
        states.append(row.toObject().value(QLatin1String("key")).toString() + QLatin1Char(':')
                      + row.toObject().value(QLatin1String("state")).toString());
    }
    QCOMPARE(states, QStringList({"click_id:renamed", "goal:mismatch", "amount:filled", "x:extra"}));
    QCOMPARE(run.json().value(QLatin1String("fixed")).toObject().value(QLatin1String("url")).toString(),
             QStringLiteral("https://p.example/conv?click_id=abc123abc123abc1&goal=purchase&amount=3.5&x=1"));

    const Run text = runPbw({"check", "--fix", "--template", "https://p.example/conv?click_id={clickid}",
                             "https://p.example/conv?clickid=abc123abc123abc1"});
    QVERIFY(text.out.contains(QLatin1String("renamed")));
    QVERIFY(text.out.contains(QLatin1String("https://p.example/conv?click_id=abc123abc123abc1")));
}

void TestPbwCheck::exitStatuses()
{
    QCOMPARE(runPbw({"check", "https://t.example/pb?subid=a1b2c3d4e5f6&payout=2.5"}).exitCode, 0);
    QCOMPARE(runPbw({"check", "https://t.example/pb?subid={subid}"}).exitCode, 1);
    const Run empty = runPbw({"check", ""});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(!empty.err.isEmpty());
    QCOMPARE(runPbw({"check", "not a url at all"}).exitCode, 2);
    QCOMPARE(runPbw({"check", "@/nonexistent/file"}).exitCode, 2);
    QCOMPARE(runPbw({"check"}).exitCode, 2);
    QCOMPARE(runPbw({"diff", "https://t.example/a"}).exitCode, 2);
    QCOMPARE(runPbw({"check", "--bogus", "https://t.example/"}).exitCode, 2);
}

void TestPbwCheck::readsFilesAndStandardInput()
{
    QTemporaryDir dir;
    QFile raw(dir.filePath(QStringLiteral("request.txt")));
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write("POST /pb HTTP/1.1\r\nHost: t.example\r\nContent-Type: application/json\r\n\r\n"
              "{\"click_id\":\"{{click_id}}\",\"payout\":\"1.5\"}");
    raw.close();
    const Run fromFile = runPbw({"check", "--json", "@" + raw.fileName()});
    QCOMPARE(fromFile.exitCode, 1);
    QCOMPARE(fromFile.json().value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(ids(fromFile.json().value(QLatin1String("findings")).toArray()), QStringList({"macro-literal"}));

    const Run fromStdin = runPbw({"check", "--json", "@-"}, "curl 'https://t.example/pb?cid=%5Bsubid%5D'");
    QCOMPARE(fromStdin.exitCode, 1);
    QCOMPARE(fromStdin.json().value(QLatin1String("host")).toString(), QStringLiteral("t.example"));

    QFile huge(dir.filePath(QStringLiteral("huge.txt")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    huge.write(QByteArray(5 * 1024 * 1024, 'a'));
    huge.close();
    QCOMPARE(runPbw({"check", "@" + huge.fileName()}).exitCode, 2);
}

void TestPbwCheck::diffJson()
{
    const Run run = runPbw({"diff", "--json", "https://t.example/pb?subid=abc123&payout=1,5",
                            "https://t.example/pb?subid=abc124&payout=1.5&goal=lead"});
    QCOMPARE(run.exitCode, 0); // warnings only
    const QJsonArray rows = run.json().value(QLatin1String("rows")).toArray();
    QStringList changes;
    for (const QJsonValue row : rows) {
        const QJsonObject item = row.toObject();
        for (const char* key : {"part", "key", "change", "a", "b"})
            QVERIFY2(item.contains(QLatin1String(key)), key);
        changes.append(item.value(QLatin1String("key")).toString() + QLatin1Char(':')
                       + item.value(QLatin1String("change")).toString());
    }
    QCOMPARE(changes, QStringList({":same", ":same", ":same", "subid:changed", "payout:changed", "goal:added"}));
    const QJsonArray findings = run.json().value(QLatin1String("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.at(0).toObject().value(QLatin1String("side")).toString(), QStringLiteral("a"));

    const Run text = runPbw({"diff", "https://t.example/pb?x=1", "https://t.example/pb?x=1"});
    QVERIFY(text.out.contains(QLatin1String("same")));
}

void TestPbwCheck::russian()
{
    const Run run = runPbw({"check", "--lang", "ru", "https://t.example/pb?subid={subid}"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("макрос")), qPrintable(run.out));
    QVERIFY(runPbw({"--lang", "ru", "--help"}).out.contains(QStringLiteral("check")));
}

QTEST_GUILESS_MAIN(TestPbwCheck)
#include "tst_pbwcheck.moc"
