// The answer diff of the Compare view: status, headers by name, JSON bodies field by field (types
// kept apart), other bodies line by line, and answers that never came.
#include "analysis/answerdiff.h"
#include "i18n/language.h"

#include <QTest>

using namespace pbw;
using Change = AnswerDiffRow::Change;
using Part = AnswerDiffRow::Part;

namespace {

Exchange answer(int status, const QByteArray& body, const HeaderList& headers = {{"Content-Type", "text/plain"}})
{
    Exchange exchange;
    ReceivedResponse response;
    response.status = status;
    response.reason = status == 200 ? "OK" : "Bad Request";
    response.headers = headers;
    response.body = body;
    response.text = QString::fromUtf8(body);
    exchange.response = response;
    return exchange;
}

const AnswerDiffRow* find(const AnswerDiff& diff, Part part, const QString& name)
{
    for (const AnswerDiffRow& row : diff.rows) {
        if (row.part == part && row.name == name)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestAnswerDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::apply(QStringLiteral("en")); }
    void sameAnswers();
    void jsonFieldByField();
    void textLineByLine();
    void headersByNameAnyCase();
    void missingAnswer();
    void hugeBodiesStayBounded();
};

void TestAnswerDiff::sameAnswers()
{
    const AnswerDiff diff = diffAnswers(answer(200, "OK"), answer(200, "OK"));
    QCOMPARE(diff.changes(), 0);
    QCOMPARE(diff.summary(), QStringLiteral("The two answers are the same."));
}

void TestAnswerDiff::jsonFieldByField()
{
    const AnswerDiff diff
        = diffAnswers(answer(200, R"({"status":"error","message":"Duplicate conversion","code":"12"})"),
                      answer(200, R"({"status":"ok","code":12,"id":"c1"})"));
    QVERIFY(diff.jsonBodies);
    QCOMPARE(find(diff, Part::Body, QStringLiteral("$.status"))->change, Change::Changed);
    QCOMPARE(find(diff, Part::Body, QStringLiteral("$.status"))->left, QStringLiteral("\"error\""));
    QCOMPARE(find(diff, Part::Body, QStringLiteral("$.message"))->change, Change::OnlyLeft);
    QCOMPARE(find(diff, Part::Body, QStringLiteral("$.id"))->change, Change::OnlyRight);
    // "12" and 12 are not the same answer.
    QCOMPARE(find(diff, Part::Body, QStringLiteral("$.code"))->change, Change::Changed);
    QCOMPARE(diff.summary(), QStringLiteral("The answers differ in 4 JSON fields."));
}

void TestAnswerDiff::textLineByLine()
{
    const AnswerDiff diff = diffAnswers(answer(400, "line one\nERROR: click not found\nend"),
                                        answer(200, "line one\nsuccess=true;\nend\nextra"));
    QCOMPARE(find(diff, Part::Status, QStringLiteral("Status"))->left, QStringLiteral("HTTP 400 Bad Request"));
    QCOMPARE(find(diff, Part::Body, QStringLiteral("1"))->change, Change::Same);
    QCOMPARE(find(diff, Part::Body, QStringLiteral("2"))->change, Change::Changed);
    QCOMPARE(find(diff, Part::Body, QStringLiteral("3"))->change, Change::Same);
    QCOMPARE(find(diff, Part::Body, QStringLiteral("+4"))->change, Change::OnlyRight);
    QCOMPARE(diff.summary(), QStringLiteral("The answers differ in the status, 2 body lines."));
}

void TestAnswerDiff::headersByNameAnyCase()
{
    const AnswerDiff diff = diffAnswers(answer(200, "OK", {{"Content-Type", "text/plain"}, {"X-Only-Left", "1"}}),
                                        answer(200, "OK", {{"content-type", "text/html"}, {"Server", "nginx"}}));
    QCOMPARE(find(diff, Part::Headers, QStringLiteral("Content-Type"))->change, Change::Changed);
    QCOMPARE(find(diff, Part::Headers, QStringLiteral("X-Only-Left"))->change, Change::OnlyLeft);
    QCOMPARE(find(diff, Part::Headers, QStringLiteral("Server"))->change, Change::OnlyRight);
}

void TestAnswerDiff::missingAnswer()
{
    Exchange refused;
    refused.error = TransportError{TransportError::Layer::Connect, QStringLiteral("Connection refused")};
    const AnswerDiff diff = diffAnswers(refused, answer(200, "OK"));
    const AnswerDiffRow* status = find(diff, Part::Status, QStringLiteral("Status"));
    QCOMPARE(status->left, refused.error->message());
    QCOMPARE(status->change, Change::Changed);
    QCOMPARE(find(diff, Part::Body, QStringLiteral("+1"))->right, QStringLiteral("OK"));
}

void TestAnswerDiff::hugeBodiesStayBounded()
{
    QByteArray a;
    QByteArray b;
    for (int i = 0; i < 20000; ++i) {
        a += "line " + QByteArray::number(i) + '\n';
        b += "line " + QByteArray::number(i % 7 ? i : -i) + '\n';
    }
    const AnswerDiff diff = diffAnswers(answer(200, a), answer(200, b));
    QVERIFY(diff.changes() > 2000);
    QVERIFY(diff.rows.size() <= 20002 + 1);
}

QTEST_GUILESS_MAIN(TestAnswerDiff)
#include "tst_answerdiff.moc"
