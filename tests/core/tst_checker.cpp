// The checker, finding by finding: each rule fires where it should, and stays quiet on a corpus of
// correct callbacks and on ordinary escapes and JSON bodies.
#include "analysis/checker.h"
#include "analysis/macros.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pbw;

namespace {

QStringList idsOf(const QList<Finding>& findings, Finding::Severity atLeast = Finding::Severity::Info)
{
    QStringList ids;
    for (const Finding& finding : findings) {
        if (int(finding.severity) <= int(atLeast))
            ids.append(finding.id);
    }
    return ids;
}

const Finding* findingWithId(const QList<Finding>& findings, const QString& id)
{
    for (const Finding& finding : findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private slots:
    void shippedTableIsValid();
    void macroSyntaxes_data();
    void macroSyntaxes();
    void findings_data();
    void findings();
    void noFalseAlarms_data();
    void noFalseAlarms();
    void fragmentCutSaysWhatWasLost();
    void findingsPointAtTheText();
    void bodiesAreParameters();
    void rawRequestAndCurlAreRead();
    void hostileInputIsBounded();
};

void TestChecker::shippedTableIsValid()
{
    QFile file(QStringLiteral(":/rules/params.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList errors;
    const ParamTable table = ParamTable::fromJson(file.readAll(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(table.size() > 40);
    QCOMPARE(table.roleOf(u"CNV_ID"), ParamRole::ClickId);
    QCOMPARE(table.roleOf(u"amount"), ParamRole::Payout);

    QStringList bad;
    ParamTable::fromJson(R"({"version":1,"params":[{"name":"x","role":"nope"},)"
                         R"({"name":"y","role":"clickid","shapes":[{"charset":"klingon"}]}]})",
                         &bad);
    QCOMPARE(bad.size(), 3); // unknown role, unknown charset, and then no parameters left
}

void TestChecker::macroSyntaxes_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("macro"); // empty: no macro
    QTest::addColumn<QString>("syntax");
    QTest::addColumn<int>("encoding");
    const int literal = int(MacroHit::Encoding::Literal);
    const int encoded = int(MacroHit::Encoding::Encoded);
    const int twice = int(MacroHit::Encoding::DoubleEncoded);
    QTest::newRow("braces") << "{clickid}"
                            << "{clickid}"
                            << "{x}" << literal;
    QTest::newRow("keitaro raw value") << "{_sub_id_1}"
                                       << "{_sub_id_1}"
                                       << "{x}" << literal;
    QTest::newRow("keitaro args") << "{status:lead=0 sale=1}"
                                  << "{status:lead=0 sale=1}"
                                  << "{x}" << literal;
    QTest::newRow("dotted") << "{conversion.payout}"
                            << "{conversion.payout}"
                            << "{x}" << literal;
    QTest::newRow("double braces") << "{{click_id}}"
                                   << "{{click_id}}"
                                   << "{{x}}" << literal;
    QTest::newRow("brackets") << "[subid]"
                              << "[subid]"
                              << "[x]" << literal;
    QTest::newRow("double brackets") << "[[CLICK_ID]]"
                                     << "[[CLICK_ID]]"
                                     << "[[x]]" << literal;
    QTest::newRow("linktrust") << "[=SID=]"
                               << "[=SID=]"
                               << "[=x=]" << literal;
    QTest::newRow("percent") << "%payout%"
                             << "%payout%"
                             << "%x%" << literal;
    QTest::newRow("percent hex-like word") << "%ADVERTISER_ID%"
                                           << "%ADVERTISER_ID%"
                                           << "%x%" << literal;
    QTest::newRow("dollar") << "${SUBID}"
                            << "${SUBID}"
                            << "${x}" << literal;
    QTest::newRow("angle") << "<bannerid>"
                           << "<bannerid>"
                           << "<x>" << literal;
    QTest::newRow("underscores") << "__CLICK_ID__"
                                 << "__CLICK_ID__"
                                 << "__X__" << literal;
    QTest::newRow("parentheses whole value") << "(clickid)"
                                             << "(clickid)"
                                             << "(x)" << literal;
    QTest::newRow("inside text") << "abc-{sub2}-x"
                                 << "{sub2}"
                                 << "{x}" << literal;
    QTest::newRow("encoded braces") << "%7Bclickid%7D"
                                    << "{clickid}"
                                    << "{x}" << encoded;
    QTest::newRow("encoded lower-case") << "%7bclickid%7d"
                                        << "{clickid}"
                                        << "{x}" << encoded;
    QTest::newRow("encoded double braces") << "%7B%7Bx%7D%7D"
                                           << "{{x}}"
                                           << "{{x}}" << encoded;
    QTest::newRow("encoded hashes") << "%23s2%23"
                                    << "#s2#"
                                    << "#x#" << encoded;
    QTest::newRow("encoded brackets") << "%5Bsubid%5D"
                                      << "[subid]"
                                      << "[x]" << encoded;
    QTest::newRow("encoded angle") << "%3Cx%3E"
                                   << "<x>"
                                   << "<x>" << encoded;
    QTest::newRow("encoded dollar") << "%24%7BX%7D"
                                    << "${X}"
                                    << "${x}" << encoded;
    QTest::newRow("encoded percent") << "%25payout%25"
                                     << "%payout%"
                                     << "%x%" << encoded;
    QTest::newRow("double-encoded") << "%257Bclickid%257D"
                                    << "{clickid}"
                                    << "{x}" << twice;
    QTest::newRow("word") << "REPLACE"
                          << "REPLACE"
                          << "word" << literal;
    QTest::newRow("space escape") << "a%20b"
                                  << ""
                                  << "" << 0;
    QTest::newRow("slash escape") << "%2Fpath%2F"
                                  << ""
                                  << "" << 0;
    QTest::newRow("equals escape") << "a%3Db"
                                   << ""
                                   << "" << 0;
    QTest::newRow("utf-8 escapes") << "%E2%80%94%D0%BF%D1%80"
                                   << ""
                                   << "" << 0;
    QTest::newRow("percent number") << "50%25"
                                    << ""
                                    << "" << 0;
    QTest::newRow("json text") << "%7B%22a%22%3A1%7D"
                               << ""
                               << "" << 0;
    QTest::newRow("array") << "[1,2]"
                           << ""
                           << "" << 0;
    QTest::newRow("hash colour") << "%23ff0000"
                                 << ""
                                 << "" << 0;
    QTest::newRow("empty braces") << "{}"
                                  << ""
                                  << "" << 0;
    QTest::newRow("lower-case word") << "replace"
                                     << ""
                                     << "" << 0;
    QTest::newRow("dunder lower") << "__init__"
                                  << ""
                                  << "" << 0;
    QTest::newRow("parenthesised text") << "a(b)"
                                        << ""
                                        << "" << 0;
}

void TestChecker::macroSyntaxes()
{
    QFETCH(QString, raw);
    QFETCH(QString, macro);
    QFETCH(QString, syntax);
    QFETCH(int, encoding);
    const MacroHit hit = findMacro(raw, ParamTable::builtIn().placeholderWords());
    QCOMPARE(hit.text, macro);
    if (!macro.isEmpty()) {
        QCOMPARE(hit.syntax, syntax);
        QCOMPARE(int(hit.encoding), encoding);
    }
}

void TestChecker::findings_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("param");
    QTest::addColumn<int>("severity");
    const int error = int(Finding::Severity::Error);
    const int warning = int(Finding::Severity::Warning);
    const int info = int(Finding::Severity::Info);
    const QString base = QStringLiteral("https://trk.example/postback?");
    QTest::newRow("macro in value") << base + "subid={subid}&payout=1"
                                    << "macro-literal"
                                    << "subid" << error;
    QTest::newRow("encoded macro") << base + "cid=%7Bcid%7D"
                                   << "macro-literal"
                                   << "cid" << error;
    QTest::newRow("macro in path") << "https://k.example/{key}/postback?subid=a1b2c3d4e5"
                                   << "macro-literal"
                                   << "path" << error;
    QTest::newRow("macro in host") << "https://{domain}/postback?subid=a1b2c3d4e5"
                                   << "macro-literal"
                                   << "host" << error;
    QTest::newRow("placeholder word") << base + "txid=OPTIONAL"
                                      << "macro-literal"
                                      << "txid" << error;
    QTest::newRow("fragment") << base + "subid=a1b2c3d4e5&status=#status#&x=1"
                              << "fragment-cut"
                              << "status" << error;
    QTest::newRow("empty click id") << base + "subid=&payout=1"
                                    << "empty-value"
                                    << "subid" << error;
    QTest::newRow("empty other") << base + "subid=a1b2c3d4e5&sub2="
                                 << "empty-value"
                                 << "sub2" << warning;
    QTest::newRow("null click id") << base + "cnv_id=null"
                                   << "placeholder-value"
                                   << "cnv_id" << error;
    QTest::newRow("undefined") << base + "subid=a1b2c3d4e5&goal=undefined"
                               << "placeholder-value"
                               << "goal" << warning;
    QTest::newRow("test") << base + "subid=a1b2c3d4e5&sub3=test"
                          << "placeholder-value"
                          << "sub3" << warning;
    QTest::newRow("double encoded") << base + "subid=a1b2c3d4e5&u=a%2520b"
                                    << "double-encoded"
                                    << "u" << warning;
    QTest::newRow("raw space") << base + "subid=a1b2c3d4e5&n=a b"
                               << "invalid-char"
                               << "n" << warning;
    QTest::newRow("raw quote") << base + "subid=a1b2c3d4e5&n=a\"b"
                               << "invalid-char"
                               << "n" << warning;
    QTest::newRow("non-ascii") << base + "subid=a1b2c3d4e5&goal=покупка"
                               << "invalid-char"
                               << "goal" << warning;
    QTest::newRow("plus") << base + "subid=a1b2c3d4e5&email=a+b@x.io"
                          << "plus-ambiguity"
                          << "email" << warning;
    QTest::newRow("duplicate same") << base + "subid=a1b2c3d4e5&subid=a1b2c3d4e5"
                                    << "duplicate-param"
                                    << "subid" << warning;
    QTest::newRow("duplicate differs") << base + "subid=a1b2c3d4e5&subid=zz9y8x7w6v"
                                       << "duplicate-param"
                                       << "subid" << error;
    QTest::newRow("payout comma") << base + "subid=a1b2c3d4e5&payout=1,5"
                                  << "payout-format"
                                  << "payout" << warning;
    QTest::newRow("payout currency") << base + "subid=a1b2c3d4e5&sum=%245.00"
                                     << "payout-format"
                                     << "sum" << error;
    QTest::newRow("payout code") << base + "subid=a1b2c3d4e5&amount=5 USD"
                                 << "payout-format"
                                 << "amount" << error;
    QTest::newRow("payout blank") << base + "subid=a1b2c3d4e5&revenue="
                                  << "payout-format"
                                  << "revenue" << error;
    QTest::newRow("payout negative") << base + "subid=a1b2c3d4e5&payout=-3"
                                     << "payout-format"
                                     << "payout" << warning;
    QTest::newRow("payout word") << base + "subid=a1b2c3d4e5&payout=free"
                                 << "payout-format"
                                 << "payout" << error;
    QTest::newRow("click id short") << base + "clickid=42"
                                    << "clickid-format"
                                    << "clickid" << warning;
    QTest::newRow("click id spaces") << base + "clickid=%20abcdef123456"
                                     << "clickid-format"
                                     << "clickid" << error;
    QTest::newRow("everflow shape") << base + "transaction_id=order-777-xyz"
                                    << "clickid-format"
                                    << "transaction_id" << warning;
    QTest::newRow("odd charset") << base + "aff_click_id=abc$def!ghi"
                                 << "clickid-format"
                                 << "aff_click_id" << warning;
    QTest::newRow("http") << "http://trk.example/postback?subid=a1b2c3d4e5"
                          << "insecure-scheme"
                          << "scheme" << warning;
    QTest::newRow("ip host") << "https://203.0.113.7/postback?subid=a1b2c3d4e5"
                             << "ip-host"
                             << "host" << info;
    QTest::newRow("localhost") << "http://localhost:8080/pb?subid=a1b2c3d4e5"
                               << "localhost-host"
                               << "host" << info;
    QTest::newRow("no click id") << base + "payout=1.5"
                                 << "no-clickid"
                                 << "" << info;
}

void TestChecker::findings()
{
    QFETCH(QString, url);
    QFETCH(QString, id);
    QFETCH(QString, param);
    QFETCH(int, severity);
    const QList<Finding> found = checkCallback(readCallback(url));
    const Finding* finding = findingWithId(found, id);
    QVERIFY2(finding, qPrintable(idsOf(found).join(QLatin1Char(' '))));
    QCOMPARE(finding->param, param);
    QCOMPARE(int(finding->severity), severity);
    QVERIFY(!finding->message.isEmpty());
    QVERIFY(!finding->fix.isEmpty());
}

void TestChecker::noFalseAlarms_data()
{
    QTest::addColumn<QString>("url");
    // Real-looking callbacks of the trackers and networks in DOMAIN.md: no error, no warning.
    QTest::newRow("keitaro")
        << "https://trk.example/a1b2c3d/postback?subid=3k5j2h4g6f8d0s9a7q1w&status=sale&payout=12.50&currency=USD";
    QTest::newRow("binom") << "https://binom.example/click.php?cnv_id=5f3a9b2c1d4e7&payout=3.2&cnv_status=approved";
    QTest::newRow("voluum")
        << "https://abc.trackvol.com/postback?cid=ABCD1234EFGH5678IJKL9012&payout=4&txid=T-1&et=Purchase";
    QTest::newRow("redtrack") << "https://rt.example/postback?clickid=65f1a2b3c4d5e6f708192a3b&sum=10&type=Purchase";
    QTest::newRow("everflow")
        << "https://www.ef.example/?nid=123&transaction_id=0123456789abcdef0123456789abcdef&amount=25.00";
    QTest::newRow("tune")
        << "https://net.go2cloud.org/aff_lsr?offer_id=7&transaction_id=102a3b4c5d6e7f8091a2b3c4d5e6f7&amount=1.00";
    QTest::newRow("affise")
        << "https://offers.affise.example/postback?clickid=5f1e2d3c4b5a69788f9e0d1c&goal=2&sum=15&status=1";
    QTest::newRow("scaleo")
        << "https://s.example/track/conv?click_id=0123456789abcdef0123456789abcdef&goal_alias=deposit&amount=50";
    QTest::newRow("escapes") << "https://p.example/pb?subid=a1b2c3d4e5f6&u=https%3A%2F%2Fx.io%2Fa%3Fb%3D1&t=a%20b";
    QTest::newRow("utf-8 escaped")
        << "https://p.example/pb?subid=a1b2c3d4e5f6&goal=%D0%BF%D0%BE%D0%BA%D1%83%D0%BF%D0%BA%D0%B0";
    QTest::newRow("percent value") << "https://p.example/pb?subid=a1b2c3d4e5f6&discount=50%25";
    QTest::newRow("no query") << "https://p.example/a1b2c3d/postback";
    // A saved exchange's secret, taken out by the store: not a macro the sender left.
    QTest::newRow("redacted secret") << "https://p.example/pb?subid=a1b2c3d4e5f6&token=[redacted]&payout=2";
    QTest::newRow("json body") << "POST /capi HTTP/1.1\nHost: p.example:443\nContent-Type: application/json\n\n"
                                  "{\"click_id\":\"0123456789abcdef01234567\",\"meta\":{\"note\":\"{\\\"a\\\":1}\","
                                  "\"list\":[1,2]},\"payout\":2.5}";
    QTest::newRow("form body")
        << "POST /pb HTTP/1.1\nHost: p.example:443\nContent-Type: application/x-www-form-urlencoded\n\n"
           "subid=a1b2c3d4e5f6&note=hello+world&payout=1.5";
}

void TestChecker::noFalseAlarms()
{
    QFETCH(QString, url);
    const QList<Finding> found = checkCallback(readCallback(url));
    QVERIFY2(idsOf(found, Finding::Severity::Warning).isEmpty(), qPrintable(idsOf(found).join(QLatin1Char(' '))));
}

void TestChecker::fragmentCutSaysWhatWasLost()
{
    const QString url = QStringLiteral("https://t.example/pb?subid=a1b2c3d4e5&status=#status#&goal=lead&payout=2");
    const QList<Finding> found = checkCallback(readCallback(url));
    const Finding* cut = findingWithId(found, QStringLiteral("fragment-cut"));
    QVERIFY(cut);
    QVERIFY(cut->message.contains(QLatin1String("goal, payout")));
    QVERIFY(cut->message.contains(QLatin1String("#status#")));
    QCOMPARE(cut->offset, int(url.indexOf(QLatin1Char('#'))));
    QVERIFY(!findingWithId(found, QStringLiteral("empty-value"))); // explained by the cut, not repeated
}

void TestChecker::findingsPointAtTheText()
{
    const QString url = QStringLiteral("https://t.example/pb?a=1&subid=xx{clickid}&payout=1,5");
    const QList<Finding> found = checkCallback(readCallback(url));
    const Finding* macro = findingWithId(found, QStringLiteral("macro-literal"));
    QVERIFY(macro);
    QCOMPARE(url.mid(macro->offset, macro->length), QStringLiteral("{clickid}"));
    const Finding* payout = findingWithId(found, QStringLiteral("payout-format"));
    QCOMPARE(url.mid(payout->offset, payout->length), QStringLiteral("1,5"));
    QCOMPARE(payout->suggestion, QStringLiteral("1.5"));
}

void TestChecker::bodiesAreParameters()
{
    Callback json
        = readCallback(QStringLiteral("POST /pb HTTP/1.1\r\nHost: p.example\r\nContent-Type: application/json\r\n\r\n"
                                      "{\"clickid\":\"{clickid}\",\"data\":{\"payout\":null}}"));
    QCOMPARE(json.host, QStringLiteral("p.example"));
    QCOMPARE(json.method, QStringLiteral("POST"));
    QCOMPARE(json.params.size(), 2);
    QCOMPARE(json.params.at(1).key, QStringLiteral("data.payout"));
    const QStringList ids = idsOf(checkCallback(json));
    QVERIFY(ids.contains(QLatin1String("macro-literal")));
    QVERIFY(ids.contains(QLatin1String("payout-format")));

    const QList<CallbackParam> form
        = bodyParams("subid=%7Bx%7D&note=a+b", QStringLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(form.size(), 2);
    QCOMPARE(form.at(1).value, QStringLiteral("a b"));
}

void TestChecker::rawRequestAndCurlAreRead()
{
    const Callback curl = readCallback(QStringLiteral("curl 'https://p.example/pb?subid=abc123def456' -H 'X-Key: 1' "
                                                      "--data-raw 'payout=1%2C5'"));
    QCOMPARE(curl.method, QStringLiteral("POST"));
    QCOMPARE(curl.params.size(), 2);
    QCOMPARE(curl.params.at(1).value, QStringLiteral("1,5"));
    QVERIFY(idsOf(checkCallback(curl)).contains(QLatin1String("payout-format")));
}

void TestChecker::hostileInputIsBounded()
{
    // Random bytes, very long values, invalid UTF-8 and nested encodings: no crash, bounded time.
    QRandomGenerator random(12345);
    const QString alphabet = QStringLiteral("%{}[]#<>$_()=&?/:+ aZ09\"'\\") + QChar(0x0416) + QChar(0xFFFD);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 2000; ++round) {
        QString text = QStringLiteral("https://h.example/p?");
        const int length = int(random.bounded(400));
        for (int i = 0; i < length; ++i)
            text += alphabet.at(random.bounded(alphabet.size()));
        (void)checkCallback(readCallback(text));
    }
    QString nested = QStringLiteral("{x}");
    for (int i = 0; i < 12; ++i)
        nested = QString::fromUtf8(QUrl::toPercentEncoding(nested));
    (void)checkCallback(readCallback(QStringLiteral("https://h.example/p?a=") + nested));
    const QString huge = QStringLiteral("https://h.example/p?subid=") + QString(2'000'000, QLatin1Char('%'))
        + QStringLiteral("&") + QString(200'000, QLatin1Char('{'));
    (void)checkCallback(readCallback(huge));
    const QByteArray invalidUtf8("https://h.example/p?a=\xff\xfe%C3%28&b=%ED%A0%80");
    (void)checkCallback(readCallback(QString::fromUtf8(invalidUtf8)));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
