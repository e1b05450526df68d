// Template match, the diff of two callbacks, the character-level highlight and the rebuilt callback.
#include "analysis/callbackdiff.h"
#include "analysis/checker.h"
#include "analysis/rebuild.h"
#include "analysis/templatematch.h"

#include <QTest>

using namespace pbw;

Q_DECLARE_METATYPE(MatchRow::State)

namespace {

const MatchRow* rowFor(const TemplateMatch& match, const QString& key)
{
    for (const MatchRow& row : match.rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

const DiffRow* diffRow(const QList<DiffRow>& rows, const QString& key)
{
    for (const DiffRow& row : rows) {
        if (row.key == key || (row.key.isEmpty() && row.part == key))
            return &row;
    }
    return nullptr;
}

} // namespace

class TestTemplateDiff : public QObject
{
    Q_OBJECT

private slots:
    void matchStates_data();
    void matchStates();
    void pathAndHostAgainstTemplate();
    void diffRows();
    void diffHeadersIgnoreCaseAndOrder();
    void charDiff_data();
    void charDiff();
    void rebuildAppliesFixesInTemplateOrder();
    void rebuildFillsTheMacroFromTheCallbacksValue();
    void rebuildRestoresWhatTheFragmentCut();
    void encodesOnceAndKeepsMacros();
};

void TestTemplateDiff::matchStates_data()
{
    QTest::addColumn<QString>("callback");
    QTest::addColumn<QString>("key");
    QTest::addColumn<MatchRow::State>("state");
    QTest::addColumn<QString>("actualKey");
    // The partner's template every row is matched against.
    const QString base = QStringLiteral("https://pb.partner.example/track/conv?");
    QTest::newRow("filled") << base + "click_id=abc123abc123&goal=purchase"
                            << "click_id" << MatchRow::State::Filled << "";
    QTest::newRow("missing") << base + "goal=purchase"
                             << "click_id" << MatchRow::State::Missing << "";
    QTest::newRow("arrived empty") << base + "click_id=&goal=purchase"
                                   << "click_id" << MatchRow::State::Missing << "";
    QTest::newRow("literal same macro") << base + "click_id={clickid}&goal=purchase"
                                        << "click_id" << MatchRow::State::Literal << "";
    QTest::newRow("literal other macro") << base + "click_id=%5Bsubid%5D"
                                         << "click_id" << MatchRow::State::Literal << "";
    QTest::newRow("renamed underscore") << base + "clickid=abc123abc123&goal=purchase"
                                        << "click_id" << MatchRow::State::Renamed << "clickid";
    QTest::newRow("renamed case") << base + "Click_ID=abc123abc123&goal=purchase"
                                  << "click_id" << MatchRow::State::Renamed << "Click_ID";
    QTest::newRow("renamed typo") << base + "click_od=abc123abc123&goal=purchase"
                                  << "click_id" << MatchRow::State::Renamed << "click_od";
    QTest::newRow("constant differs") << base + "click_id=abc123abc123&goal=Purchase"
                                      << "goal" << MatchRow::State::Mismatch << "";
    QTest::newRow("constant same") << base + "click_id=abc123abc123&goal=purchase&token=s3cr3t"
                                   << "token" << MatchRow::State::Filled << "";
    QTest::newRow("constant under other key") << base + "click_id=abc123abc123&event=purchase"
                                              << "goal" << MatchRow::State::Renamed << "event";
    // The template's amount={payout} names the tracker's payout as what the partner wants under amount.
    QTest::newRow("renamed to the macro's name") << base + "click_id=abc123abc123&goal=purchase&payout=49.90"
                                                 << "amount" << MatchRow::State::Renamed << "payout";
    QTest::newRow("extra") << base + "click_id=abc123abc123&goal=purchase&sub9=x"
                           << "sub9" << MatchRow::State::Extra << "";
}

void TestTemplateDiff::matchStates()
{
    QFETCH(QString, callback);
    QFETCH(QString, key);
    QFETCH(MatchRow::State, state);
    QFETCH(QString, actualKey);
    const Callback templ = readCallback(QStringLiteral(
        "https://pb.partner.example/track/conv?click_id={clickid}&goal=purchase&token=s3cr3t&amount={payout}"));
    const TemplateMatch match = matchTemplate(templ, readCallback(callback));
    const MatchRow* row = rowFor(match, key);
    QVERIFY(row);
    QCOMPARE(matchStateKey(row->state), matchStateKey(state));
    QCOMPARE(row->actualKey, actualKey);
    if (state != MatchRow::State::Filled) {
        bool explained = false;
        for (const Finding& finding : match.findings)
            explained = explained || finding.param == key;
        QVERIFY(explained);
    }
}

void TestTemplateDiff::pathAndHostAgainstTemplate()
{
    const Callback templ = readCallback(QStringLiteral("https://{domain}/{key}/postback?subid={subid}"));
    QVERIFY(matchTemplate(templ, readCallback(QStringLiteral("https://t.example/a1b2c3d/postback?subid=x1y2z3w4v5")))
                .parts.isEmpty());
    const TemplateMatch wrong
        = matchTemplate(readCallback(QStringLiteral("https://t.example/a1b2c3d/postback?subid={subid}")),
                        readCallback(QStringLiteral("http://t2.example/a1b2c3e/postback?subid=x1y2z3w4v5")));
    QCOMPARE(wrong.parts.size(), 3);
    QCOMPARE(wrong.parts.at(0).part, QStringLiteral("scheme"));
    QCOMPARE(wrong.parts.at(1).part, QStringLiteral("host"));
    QCOMPARE(wrong.parts.at(2).part, QStringLiteral("path"));
}

void TestTemplateDiff::diffRows()
{
    const Callback a = readCallback(QStringLiteral("https://t.example/pb?subid=abc123&payout=1,5&status=#status#"));
    const Callback b
        = readCallback(QStringLiteral("https://t.example/pb?payout=1.5&subid=abc124&status=sale&goal=lead"));
    const QList<DiffRow> rows = diffCallbacks(a, b);
    QCOMPARE(diffRow(rows, QStringLiteral("host"))->change, DiffRow::Change::Same);
    QCOMPARE(diffRow(rows, QStringLiteral("subid"))->change, DiffRow::Change::Changed);
    QCOMPARE(diffRow(rows, QStringLiteral("payout"))->change, DiffRow::Change::Changed);
    QVERIFY(diffRow(rows, QStringLiteral("payout"))->moved);
    QCOMPARE(diffRow(rows, QStringLiteral("status"))->a, QString());
    QCOMPARE(diffRow(rows, QStringLiteral("status"))->b, QStringLiteral("sale"));
    QCOMPARE(diffRow(rows, QStringLiteral("goal"))->change, DiffRow::Change::Added);

    const QList<DiffRow> encoding = diffCallbacks(readCallback(QStringLiteral("https://t.example/pb?n=a%20b")),
                                                  readCallback(QStringLiteral("https://t.example/pb?n=a%2520b")));
    QCOMPARE(diffRow(encoding, QStringLiteral("n"))->change, DiffRow::Change::Changed);
    QCOMPARE(diffRow(encoding, QStringLiteral("n"))->rawB, QStringLiteral("a%2520b"));
    const QList<DiffRow> sameValue = diffCallbacks(readCallback(QStringLiteral("https://t.example/pb?n={x}")),
                                                   readCallback(QStringLiteral("https://t.example/pb?n=%7Bx%7D")));
    QVERIFY(diffRow(sameValue, QStringLiteral("n"))->encodingOnly);

    const QList<DiffRow> repeated = diffCallbacks(readCallback(QStringLiteral("https://t.example/pb?s=1&s=2")),
                                                  readCallback(QStringLiteral("https://t.example/pb?s=1&s=3")));
    QCOMPARE(repeated.last().change, DiffRow::Change::Changed);
    QCOMPARE(repeated.last().b, QStringLiteral("3"));
}

void TestTemplateDiff::diffHeadersIgnoreCaseAndOrder()
{
    const Callback a = readCallback(
        QStringLiteral("POST /pb HTTP/1.1\nHost: t.example\nX-Token: 1\nContent-Type: text/plain\n\nhello"));
    const Callback b = readCallback(
        QStringLiteral("POST /pb HTTP/1.1\ncontent-type: text/plain\nhost: t.example\nX-Token: 2\n\nhello!"));
    const QList<DiffRow> rows = diffCallbacks(a, b);
    QCOMPARE(diffRow(rows, QStringLiteral("Content-Type"))->change, DiffRow::Change::Same);
    QCOMPARE(diffRow(rows, QStringLiteral("Host"))->change, DiffRow::Change::Same);
    QCOMPARE(diffRow(rows, QStringLiteral("X-Token"))->change, DiffRow::Change::Changed);
    QCOMPARE(diffRow(rows, QStringLiteral("body"))->change, DiffRow::Change::Changed);
}

void TestTemplateDiff::charDiff_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("marksA"); // the characters of a marked as different, as "start+length,..."
    QTest::addColumn<QString>("marksB");
    QTest::newRow("one char") << "abc123"
                              << "abc124"
                              << "5+1"
                              << "5+1";
    QTest::newRow("inserted") << "abc"
                              << "abXc"
                              << ""
                              << "2+1";
    QTest::newRow("removed") << "1,50"
                             << "150"
                             << "1+1"
                             << "";
    QTest::newRow("two places") << "a1b2c3"
                                << "aXb2cY"
                                << "1+1,5+1"
                                << "1+1,5+1";
    QTest::newRow("equal") << "same"
                           << "same"
                           << ""
                           << "";
    QTest::newRow("empty a") << ""
                             << "new"
                             << ""
                             << "0+3";
}

void TestTemplateDiff::charDiff()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, marksA);
    QFETCH(QString, marksB);
    const auto format = [](const QList<QPair<int, int>>& spans) {
        QStringList out;
        for (const auto& span : spans)
            out.append(QStringLiteral("%1+%2").arg(span.first).arg(span.second));
        return out.join(QLatin1Char(','));
    };
    const CharDiff diff = pbw::charDiff(a, b);
    QCOMPARE(format(diff.inA), marksA);
    QCOMPARE(format(diff.inB), marksB);
    // Long values answer at once with the differing middle.
    const QString longA = QString(5000, QLatin1Char('a')) + QStringLiteral("X") + QString(5000, QLatin1Char('b'));
    const QString longB = QString(5000, QLatin1Char('a')) + QStringLiteral("Y") + QString(5000, QLatin1Char('b'));
    QCOMPARE(format(pbw::charDiff(longA, longB).inA), QStringLiteral("5000+1"));
}

void TestTemplateDiff::rebuildAppliesFixesInTemplateOrder()
{
    const Callback templ = readCallback(QStringLiteral(
        "https://pb.partner.example/track/conv?click_id={clickid}&goal=purchase&amount={payout}&token=s3cr3t"));
    const Callback callback = readCallback(
        QStringLiteral("http://pb.partner.example/track/conv?amount=12,50&goal=Purchase&clickid=abc123abc123&sub9=x"));
    const TemplateMatch match = matchTemplate(templ, callback);
    const QList<Finding> findings = checkCallback(callback) + match.findings;
    const RebuiltCallback rebuilt = rebuildCallback(callback, findings, &templ, &match);
    QCOMPARE(rebuilt.url,
             QStringLiteral("https://pb.partner.example/track/"
                            "conv?click_id=abc123abc123&goal=purchase&amount=12.50&token=s3cr3t&sub9=x"));
    QStringList changed;
    for (const RebuiltCallback::Change& change : rebuilt.changes)
        changed.append(change.key);
    QCOMPARE(changed, QStringList({"scheme", "click_id", "goal", "amount", "token"}));
    QVERIFY(rebuilt.unresolved.isEmpty());
    // The rebuilt callback passes the check against the template.
    const Callback again = readCallback(rebuilt.url);
    QVERIFY(!hasErrors(checkCallback(again) + matchTemplate(templ, again).findings));
}

void TestTemplateDiff::rebuildFillsTheMacroFromTheCallbacksValue()
{
    // A Keitaro-style callback against a network's template: payout arrives as payout, the template
    // wants it as amount={payout}. The proposal moves the value under amount, keeps nothing twice,
    // and checking the proposal against the template finds no error.
    const Callback templ = readCallback(
        QStringLiteral("https://net.example/pb?click_id={clickid}&amount={payout}&goal=purchase&token={token}"));
    const Callback callback = readCallback(
        QStringLiteral("https://net.example/pb?clickid=abc123abc123&payout=49.90&status=sale&token=T0K"));
    const TemplateMatch match = matchTemplate(templ, callback);
    const RebuiltCallback rebuilt = rebuildCallback(callback, checkCallback(callback) + match.findings, &templ, &match);
    QCOMPARE(rebuilt.url,
             QStringLiteral("https://net.example/pb?click_id=abc123abc123&amount=49.90&goal=purchase&"
                            "token=T0K&status=sale"));
    const Callback again = readCallback(rebuilt.url);
    QVERIFY(!hasErrors(checkCallback(again) + matchTemplate(templ, again).findings));
}

void TestTemplateDiff::rebuildRestoresWhatTheFragmentCut()
{
    const Callback callback
        = readCallback(QStringLiteral("https://t.example/pb?subid=abc123abc123&status=#status#&goal=lead"));
    const RebuiltCallback rebuilt = rebuildCallback(callback, checkCallback(callback));
    QCOMPARE(rebuilt.url, QStringLiteral("https://t.example/pb?subid=abc123abc123&status=%23status%23&goal=lead"));
    QVERIFY(!rebuilt.changes.isEmpty());
    // The macro is still there, and still reported: a value cannot be guessed.
    QVERIFY(hasErrors(checkCallback(readCallback(rebuilt.url))));
}

void TestTemplateDiff::encodesOnceAndKeepsMacros()
{
    QCOMPARE(encodedQueryPart(QStringLiteral("a b&c=d#e+f")), QStringLiteral("a%20b%26c%3Dd%23e%2Bf"));
    QCOMPARE(encodedQueryPart(QStringLiteral("{clickid}")), QStringLiteral("{clickid}"));
    QCOMPARE(encodedQueryPart(QStringLiteral("{status:lead=0 sale=1}")),
             QStringLiteral("{status:lead%3D0%20sale%3D1}"));
    QCOMPARE(encodedQueryPart(QStringLiteral("покупка")), QStringLiteral("%D0%BF%D0%BE%D0%BA%D1%83%D0%BF%D0%BA%D0%B0"));
    QCOMPARE(encodedQueryPart(QStringLiteral("https://x.io/a?b=1")), QStringLiteral("https://x.io/a?b%3D1"));
    const Callback doubled = readCallback(QStringLiteral("https://t.example/pb?subid=abc123abc123&n=a%2520b"));
    QCOMPARE(rebuildCallback(doubled, checkCallback(doubled)).url,
             QStringLiteral("https://t.example/pb?subid=abc123abc123&n=a%20b"));
}

QTEST_GUILESS_MAIN(TestTemplateDiff)
#include "tst_templatediff.moc"
