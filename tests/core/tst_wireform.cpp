#include "analysis/callback.h"
#include "analysis/queryparams.h"
#include "net/wireform.h"
#include "secrets/redaction.h"
#include "url/rawurl.h"

#include <QTest>

using namespace pbw;

namespace {

// "rfc", "template", or "first?" (the Rfc scheme with the query from the first '?').
RawUrlReading readingNamed(const QString& name)
{
    RawUrlReading reading;
    if (name == QLatin1String("template"))
        reading.scheme = RawUrlReading::Scheme::Template;
    else if (name == QLatin1String("first?"))
        reading.query = RawUrlReading::Query::FirstQuestionMark;
    return reading;
}

// A part as written, or "∅" when the URL has none.
QString partText(QStringView text, TextSpan span)
{
    return span.isPresent() ? span.in(text).toString() : QStringLiteral("∅");
}

// "key=value → decoded key|decoded value" for a pair; without '=' and '|' for a bare flag.
QString pairText(QStringView text, const RawPair& pair)
{
    return pair.key.in(text).toString()
        + (pair.hasValue() ? QLatin1Char('=') + pair.value.in(text).toString() : QString()) + QStringLiteral(" → ")
        + pair.decodedKey + (pair.hasValue() ? QLatin1Char('|') + pair.decodedValue : QString());
}

} // namespace

class TestWireForm : public QObject
{
    Q_OBJECT

private slots:
    void target_data();
    void target();
    void notes_data();
    void notes();
    void problems_data();
    void problems();
    void fragmentNoteNamesThePosition();
    void userInfoIsMaskedInNotes();
    // The one raw-URL reader (url/rawurl.h).
    void rawUrlParts_data();
    void rawUrlParts();
    void rawUrlSpansPointIntoTheText_data();
    void rawUrlSpansPointIntoTheText();
    void rawUrlOffsets();
    void rawPairs_data();
    void rawPairs();
    void formPairs();
    void percentDecoded_data();
    void percentDecoded();
    void hexValue_data();
    void hexValue();
    void readersAgreeOnParameters_data();
    void readersAgreeOnParameters();
};

void TestWireForm::target_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("plain") << "http://h/pb?cid=abc&p=1" << QByteArray("/pb?cid=abc&p=1");
    QTest::newRow("literal macro") << "http://h/pb?cid={clickid}" << QByteArray("/pb?cid=%7Bclickid%7D");
    QTest::newRow("pre-encoded macro") << "http://h/pb?cid=%7Bclickid%7D" << QByteArray("/pb?cid=%7Bclickid%7D");
    QTest::newRow("plus and spaces") << "http://h/pb?a=+b%20c%2B" << QByteArray("/pb?a=+b%20c%2B");
    QTest::newRow("double encoded") << "http://h/pb?x=%253D" << QByteArray("/pb?x=%253D");
    QTest::newRow("utf-8") << "http://h/pb?n=Иван" << QByteArray("/pb?n=%D0%98%D0%B2%D0%B0%D0%BD");
    QTest::newRow("fragment cut") << "http://h/pb?s=#status#&p=1" << QByteArray("/pb?s=");
    QTest::newRow("empty path") << "http://h?x=1" << QByteArray("/?x=1");
    QTest::newRow("dot segments") << "http://h/a/../b/./c" << QByteArray("/b/c");
    QTest::newRow("lone percent") << "http://h/pb?a=50%" << QByteArray("/pb?a=50%25");
    QTest::newRow("repeated keys") << "http://h/pb?a=1&a=2&a=" << QByteArray("/pb?a=1&a=2&a=");
    QTest::newRow("brackets kept") << "http://h/pb?s=[sub]&t=$x" << QByteArray("/pb?s=[sub]&t=$x");
}

void TestWireForm::target()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, target);
    const auto form = wireFormOf(typed);
    QVERIFY2(form.ok(), qPrintable(form.ok() ? QString() : form.error().message()));
    QCOMPARE(form.value().target, target);
    QCOMPARE(requestTargetOf(form.value().url), target);
}

void TestWireForm::notes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("kinds"); // kind:typed>sent×count
    QTest::newRow("unchanged") << "http://h/pb?cid=abc" << QStringList{};
    QTest::newRow("braces") << "http://h/pb?cid={clickid}&g={goal}"
                            << QStringList{"encoded:{>%7B×2", "encoded:}>%7D×2"};
    QTest::newRow("space") << "http://h/pb?q=a b" << QStringList{"encoded: >%20×1"};
    QTest::newRow("pipe") << "http://h/pb?q=a|b" << QStringList{"encoded:|>%7C×1"};
    QTest::newRow("cyrillic") << "http://h/pb?n=Ив" << QStringList{"encoded:Ив>%D0%98%D0%B2×1"};
    QTest::newRow("unreserved escape") << "http://h/pb?a=%41" << QStringList{"decoded:%41>A×1"};
    QTest::newRow("lower-case hex") << "http://h/pb?a=%7b" << QStringList{"hex_uppercased:%7b>%7B×1"};
    QTest::newRow("lone percent") << "http://h/pb?a=50%" << QStringList{"encoded:%>%25×1"};
    QTest::newRow("fragment") << "http://h/pb?a=1#x" << QStringList{"fragment_cut:#x>×1"};
    QTest::newRow("path normalised") << "http://h/a/../b" << QStringList{"path_normalised:/a/../b>/b×1"};
    QTest::newRow("host lower-cased") << "http://H.Example.com/p"
                                      << QStringList{"host_normalised:H.Example.com>h.example.com×1"};
    QTest::newRow("idn host") << "http://пример.рф/p"
                              << QStringList{"host_normalised:пример.рф>xn--e1afmkfd.xn--p1ai×1"};
    QTest::newRow("trimmed") << "  http://h/p \n" << QStringList{"whitespace_trimmed:>×1"};
}

void TestWireForm::notes()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, kinds);
    const auto form = wireFormOf(typed);
    QVERIFY(form.ok());
    QStringList actual;
    for (const WireNote& note : form.value().notes) {
        actual.append(WireNote::kindKey(note.kind) + QLatin1Char(':') + note.typed + QLatin1Char('>') + note.sent
                      + QStringLiteral("×") + QString::number(note.count));
        QVERIFY(!note.text().isEmpty());
    }
    QCOMPARE(actual, kinds);
}

void TestWireForm::problems_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("kind");
    using K = InputProblem::Kind;
    QTest::newRow("empty") << "   " << int(K::EmptyUrl);
    QTest::newRow("no scheme") << "127.0.0.1:8080/pb" << int(K::MissingScheme);
    QTest::newRow("no scheme, host") << "example.com/pb?x=1" << int(K::MissingScheme);
    QTest::newRow("file") << "file:///etc/passwd" << int(K::UnsupportedScheme);
    QTest::newRow("ftp") << "ftp://h/x" << int(K::UnsupportedScheme);
    QTest::newRow("javascript") << "javascript:alert(1)" << int(K::UnsupportedScheme);
    QTest::newRow("no slashes") << "http:h/x" << int(K::MissingHost);
    QTest::newRow("no host") << "http:///x" << int(K::MissingHost);
    QTest::newRow("bad host") << "http://bad host/" << int(K::MalformedHost);
    QTest::newRow("port too big") << "http://h:99999/" << int(K::PortOutOfRange);
    QTest::newRow("port zero") << "http://h:0/" << int(K::PortOutOfRange);
    QTest::newRow("port letters") << "http://h:80a/" << int(K::PortOutOfRange);
    QTest::newRow("line break") << "http://h/pb?a=1\n&b=2" << int(K::LineBreakInUrl);
}

void TestWireForm::problems()
{
    QFETCH(QString, typed);
    QFETCH(int, kind);
    const auto form = wireFormOf(typed);
    QVERIFY(!form.ok());
    QCOMPARE(int(form.error().kind), kind);
    QVERIFY(!form.error().message().isEmpty());
}

void TestWireForm::fragmentNoteNamesThePosition()
{
    const QString typed = QStringLiteral("http://127.0.0.1:8080/pb?cid={clickid}&p=1#frag");
    const auto form = wireFormOf(typed);
    QVERIFY(form.ok());
    const WireNote note = form.value().notes.last();
    QCOMPARE(note.kind, WireNote::Kind::FragmentCut);
    QCOMPARE(note.position, int(typed.indexOf(QLatin1Char('#'))) + 1);
    QVERIFY(note.text().contains(QStringLiteral("position %1").arg(note.position)));
    QCOMPARE(note.position, 43); // 1-based: "http://127.0.0.1:8080/pb?cid={clickid}&p=1" is 42 characters
    QVERIFY(note.text().contains(QStringLiteral("#frag")));
}

void TestWireForm::userInfoIsMaskedInNotes()
{
    const auto form = wireFormOf(QStringLiteral("http://user:s3cret@h/p"));
    QVERIFY(form.ok());
    QCOMPARE(form.value().notes.size(), 1);
    QVERIFY(!form.value().notes.first().text().contains(QStringLiteral("s3cret")));
    QVERIFY(!form.value().sentUrl.contains(QStringLiteral("s3cret")));
}

void TestWireForm::rawUrlParts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reading");
    QTest::addColumn<QStringList>("parts"); // scheme, user info, host, port, path, query, fragment
    QTest::addColumn<bool>("badIpLiteral");
    const QString none = QStringLiteral("∅");
    QTest::newRow("full") << "https://user:pa%3Ass@Host.example:8443/a/b%20c?x=1&y=2#frag"
                          << "rfc"
                          << QStringList{"https", "user:pa%3Ass", "Host.example", "8443", "/a/b%20c", "x=1&y=2", "frag"}
                          << false;
    QTest::newRow("user:password@, the last @")
        << "http://a@b:c@h/p"
        << "rfc" << QStringList{"http", "a@b:c", "h", none, "/p", none, none} << false;
    QTest::newRow("ipv6 and port") << "http://[::1]:8080/pb"
                                   << "rfc" << QStringList{"http", none, "[::1]", "8080", "/pb", none, none} << false;
    QTest::newRow("ipv6 and port, template")
        << "http://[::1]:8080/pb"
        << "template" << QStringList{"http", none, "[::1]", "8080", "/pb", none, none} << false;
    QTest::newRow("ipv6") << "http://[::1]/pb"
                          << "rfc" << QStringList{"http", none, "[::1]", none, "/pb", none, none} << false;
    QTest::newRow("ipv6 unclosed") << "http://[::1/pb"
                                   << "rfc" << QStringList{"http", none, "[:", "1", "/pb", none, none} << true;
    QTest::newRow("ipv6, junk after") << "http://[::1]x/pb"
                                      << "rfc" << QStringList{"http", none, "[:", "1]x", "/pb", none, none} << true;
    QTest::newRow("empty port") << "http://h:/p"
                                << "rfc" << QStringList{"http", none, "h", "", "/p", none, none} << false;
    QTest::newRow("no path") << "http://h"
                             << "rfc" << QStringList{"http", none, "h", none, "", none, none} << false;
    QTest::newRow("no scheme") << "example.com/pb?x=1"
                               << "rfc" << QStringList{none, none, none, none, "example.com/pb", "x=1", none} << false;
    QTest::newRow("no scheme, template") << "example.com/pb?x=1"
                                         << "template"
                                         << QStringList{none, none, "example.com", none, "/pb", "x=1", none} << false;
    QTest::newRow("host:port, no scheme")
        << "localhost:8080/pb"
        << "rfc" << QStringList{"localhost", none, none, none, "8080/pb", none, none} << false;
    QTest::newRow("host:port, no scheme, template")
        << "localhost:8080/pb"
        << "template" << QStringList{none, none, "localhost", "8080", "/pb", none, none} << false;
    QTest::newRow("macro scheme") << "{scheme}://h/p"
                                  << "rfc" << QStringList{none, none, none, none, "{scheme}://h/p", none, none}
                                  << false;
    QTest::newRow("macro scheme, template")
        << "{scheme}://h/p"
        << "template" << QStringList{"{scheme}", none, "h", none, "/p", none, none} << false;
    QTest::newRow("no authority") << "mailto:a@b?subject=x"
                                  << "rfc" << QStringList{"mailto", none, none, none, "a@b", "subject=x", none}
                                  << false;
    QTest::newRow("host ends with ]") << "http://h:1]/p"
                                      << "rfc" << QStringList{"http", none, "h", "1]", "/p", none, none} << false;
    QTest::newRow("host ends with ], template")
        << "http://h:1]/p"
        << "template" << QStringList{"http", none, "h:1]", none, "/p", none, none} << false;
    QTest::newRow("# inside a query value")
        << "http://h/pb?s=#status#&p=1"
        << "rfc" << QStringList{"http", none, "h", none, "/pb", "s=", "status#&p=1"} << false;
    QTest::newRow("? after #") << "http://h/p#x?token=1"
                               << "rfc" << QStringList{"http", none, "h", none, "/p", none, "x?token=1"} << false;
    QTest::newRow("? after #, first ?") << "http://h/p#x?token=1#y"
                                        << "first?"
                                        << QStringList{"http", none, "h", none, "/p", "token=1", "x?token=1#y"}
                                        << false;
    QTest::newRow("second ?") << "http://h/p?a=1?b=2"
                              << "rfc" << QStringList{"http", none, "h", none, "/p", "a=1?b=2", none} << false;
    QTest::newRow("empty query and fragment") << "http://h/p?#"
                                              << "rfc" << QStringList{"http", none, "h", none, "/p", "", ""} << false;
    QTest::newRow("request target") << "/pb?cid=1"
                                    << "rfc" << QStringList{none, none, none, none, "/pb", "cid=1", none} << false;
    QTest::newRow("query only") << "?a=1"
                                << "rfc" << QStringList{none, none, none, none, "", "a=1", none} << false;
    QTest::newRow("non-ASCII") << "http://пример.рф/путь?имя=Иван#якорь"
                               << "rfc" << QStringList{"http", none, "пример.рф", none, "/путь", "имя=Иван", "якорь"}
                               << false;
    QTest::newRow("spaces are kept") << " http://h/p?a=1 "
                                     << "rfc" << QStringList{none, none, none, none, " http://h/p", "a=1 ", none}
                                     << false;
    QTest::newRow("empty") << ""
                           << "rfc" << QStringList{none, none, none, none, "", none, none} << false;
}

void TestWireForm::rawUrlParts()
{
    QFETCH(QString, typed);
    QFETCH(QString, reading);
    QFETCH(QStringList, parts);
    QFETCH(bool, badIpLiteral);
    const QString before = typed;
    const RawUrl url = readRawUrl(typed, readingNamed(reading));
    QCOMPARE(typed, before);
    const QStringList actual{partText(typed, url.scheme),  partText(typed, url.userInfo), partText(typed, url.host),
                             partText(typed, url.port),    partText(typed, url.path),     partText(typed, url.query),
                             partText(typed, url.fragment)};
    QCOMPARE(actual, parts);
    QCOMPARE(url.badIpLiteral, badIpLiteral);
}

void TestWireForm::rawUrlSpansPointIntoTheText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("full") << "https://u:p@h:1/a?b=1&c#d";
    QTest::newRow("empty pairs") << "http://h/p?a=&=b&&c";
    QTest::newRow("non-ASCII") << "http://h/п?и=в#я";
    QTest::newRow("no scheme") << "h/p?a=1#f?x=2";
}

void TestWireForm::rawUrlSpansPointIntoTheText()
{
    QFETCH(QString, typed);
    // The URL inside a longer text: every span points into the view it was read from.
    const QString text = QStringLiteral("see <") + typed + QStringLiteral("> here");
    const QStringView view = QStringView(text).mid(5, typed.size());
    const RawUrl url = readRawUrl(view);
    for (const TextSpan span :
         {url.scheme, url.authority, url.userInfo, url.host, url.port, url.path, url.query, url.fragment}) {
        if (span.isPresent()) {
            QVERIFY(span.start >= 0 && span.end() <= view.size());
            QCOMPARE(span.in(view), QStringView(typed).mid(span.start, span.length));
        }
    }
    QVERIFY(url.path.isPresent());
    if (url.scheme.isPresent())
        QCOMPARE(view.at(url.scheme.end()), QChar(u':'));
    if (url.query.isPresent())
        QCOMPARE(view.at(url.query.start - 1), QChar(u'?'));
    if (url.fragment.isPresent())
        QCOMPARE(view.at(url.fragment.start - 1), QChar(u'#'));
    QStringList wholes;
    for (const RawPair& pair : url.pairs) {
        wholes.append(pair.whole.in(view).toString());
        QCOMPARE(pair.key.start, pair.whole.start);
        if (pair.hasValue()) {
            QCOMPARE(view.at(pair.value.start - 1), QChar(u'='));
            QCOMPARE(pair.value.end(), pair.whole.end());
        }
    }
    QCOMPARE(wholes.join(QLatin1Char('&')), url.query.in(view).toString());
}

void TestWireForm::rawUrlOffsets()
{
    const RawUrl url = readRawUrl(u"http://h/p?a=1&b#f");
    QCOMPARE(url.scheme, (TextSpan{0, 4}));
    QCOMPARE(url.authority, (TextSpan{7, 1}));
    QCOMPARE(url.host, (TextSpan{7, 1}));
    QCOMPARE(url.path, (TextSpan{8, 2}));
    QCOMPARE(url.query, (TextSpan{11, 5}));
    QCOMPARE(url.fragment, (TextSpan{17, 1}));
    QCOMPARE(url.pairs.size(), 2);
    QCOMPARE(url.pairs.at(0).whole, (TextSpan{11, 3}));
    QCOMPARE(url.pairs.at(0).value, (TextSpan{13, 1}));
    QCOMPARE(url.pairs.at(1).whole, (TextSpan{15, 1}));
    QVERIFY(!url.pairs.at(1).hasValue());
    QVERIFY(url.pairs.at(1).decodedValue.isNull());
    // Read without decoding: the same spans, the decoded strings left null.
    const RawUrl raw = readRawUrl(u"http://h/p?a=1&b#f", {.decode = std::nullopt});
    QCOMPARE(raw.pairs.at(0).value, url.pairs.at(0).value);
    QVERIFY(raw.pairs.at(0).decodedKey.isNull() && raw.pairs.at(0).decodedValue.isNull());
}

void TestWireForm::rawPairs_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("plusAsSpace");
    QTest::addColumn<QStringList>("pairs"); // "key=value → decoded key|decoded value"
    QTest::newRow("empty pairs") << "http://h/p?a=&=b&&c" << false << QStringList{"a= → a|", "=b → |b", " → ", "c → c"};
    QTest::newRow("repeated keys") << "http://h/p?a=1&a=2&a=" << false
                                   << QStringList{"a=1 → a|1", "a=2 → a|2", "a= → a|"};
    QTest::newRow("trailing &") << "http://h/p?a=1&" << false << QStringList{"a=1 → a|1", " → "};
    QTest::newRow("+ kept") << "http://h/p?q=a+b" << false << QStringList{"q=a+b → q|a+b"};
    QTest::newRow("+ as space") << "http://h/p?q=a+b" << true << QStringList{"q=a+b → q|a b"};
    QTest::newRow("%2B") << "http://h/p?q=%2B+" << false << QStringList{"q=%2B+ → q|++"};
    QTest::newRow("%2B, + as space") << "http://h/p?q=%2B+" << true << QStringList{"q=%2B+ → q|+ "};
    QTest::newRow("invalid escapes") << "http://h/p?a=%zz&b=50%&c=%4&d=%%41" << false
                                     << QStringList{"a=%zz → a|%zz", "b=50% → b|50%", "c=%4 → c|%4", "d=%%41 → d|%A"};
    QTest::newRow("double encoded") << "http://h/p?x=%257B" << false << QStringList{"x=%257B → x|%7B"};
    QTest::newRow("non-ASCII") << "http://h/p?имя=Иван&n=%D0%98%D0%B2" << false
                               << QStringList{"имя=Иван → имя|Иван", "n=%D0%98%D0%B2 → n|Ив"};
    QTest::newRow("= in the value") << "http://h/p?a=b=c" << false << QStringList{"a=b=c → a|b=c"};
    QTest::newRow("encoded key") << "http://h/p?to%6Ben=x" << false << QStringList{"to%6Ben=x → token|x"};
    QTest::newRow("# ends the query") << "http://h/p?s=#status#&p=1" << false << QStringList{"s= → s|"};
    QTest::newRow("empty query") << "http://h/p?" << false << QStringList{};
    QTest::newRow("no query") << "http://h/p" << false << QStringList{};
}

void TestWireForm::rawPairs()
{
    QFETCH(QString, typed);
    QFETCH(bool, plusAsSpace);
    QFETCH(QStringList, pairs);
    RawUrlReading reading;
    reading.decode = plusAsSpace ? PlusAs::Space : PlusAs::Plus;
    const RawUrl url = readRawUrl(typed, reading);
    QStringList actual;
    for (const RawPair& pair : url.pairs)
        actual.append(pairText(typed, pair));
    QCOMPARE(actual, pairs);
}

void TestWireForm::formPairs()
{
    const QString body = QStringLiteral("a=1+2&b=%2B&&flag");
    QStringList actual;
    for (const RawPair& pair : readRawPairs(body, PlusAs::Space))
        actual.append(pairText(body, pair));
    QCOMPARE(actual, (QStringList{"a=1+2 → a|1 2", "b=%2B → b|+", " → ", "flag → flag"}));
    // Within a span: the pairs of a fragment, with spans into the whole text.
    const QString typed = QStringLiteral("http://h/p#x&y=1");
    const RawUrl url = readRawUrl(typed);
    const QList<RawPair> fragment = readRawPairs(typed, url.fragment, PlusAs::Plus);
    QCOMPARE(fragment.size(), 2);
    QCOMPARE(fragment.at(1).whole, (TextSpan{13, 3}));
    QCOMPARE(fragment.at(1).decodedValue, QStringLiteral("1"));
    QVERIFY(readRawPairs(typed, TextSpan{}, PlusAs::Plus).isEmpty());
    // A single-page app's route carries its parameters after a '?' inside the fragment.
    QCOMPARE(fragmentParams(typed, url.fragment).in(typed).toString(), QStringLiteral("x&y=1"));
    const QString route = QStringLiteral("http://h/#/offer?gclid=1");
    QCOMPARE(fragmentParams(route, readRawUrl(route).fragment).in(route).toString(), QStringLiteral("gclid=1"));
    QVERIFY(!fragmentParams(route, TextSpan{}).isPresent());
}

void TestWireForm::percentDecoded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plusAsSpace");
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<bool>("hasEscape");
    QTest::newRow("plain") << "a-b" << false << "a-b" << false;
    QTest::newRow("empty") << "" << false << "" << false;
    QTest::newRow("+ kept") << "a+b" << false << "a+b" << false;
    QTest::newRow("+ as space") << "a+b" << true << "a b" << false;
    QTest::newRow("%2B is a plus") << "%2B" << false << "+" << true;
    QTest::newRow("%2B is a plus, + as space") << "%2B+" << true << "+ " << true;
    QTest::newRow("%20") << "a%20b" << false << "a b" << true;
    QTest::newRow("lower-case hex") << "%e2%80%94" << false << "—" << true;
    QTest::newRow("invalid %zz") << "%zz" << false << "%zz" << false;
    QTest::newRow("invalid %G1") << "x%G1" << false << "x%G1" << false;
    QTest::newRow("lone %") << "%" << false << "%" << false;
    QTest::newRow("% at the end") << "50%" << false << "50%" << false;
    QTest::newRow("%4 at the end") << "50%4" << false << "50%4" << false;
    QTest::newRow("escape at the end") << "a%41" << false << "aA" << true;
    QTest::newRow("%%41") << "%%41" << false << "%A" << true;
    QTest::newRow("double encoded") << "%257B" << false << "%7B" << true;
    QTest::newRow("utf-8") << "%D0%98%D0%B2%D0%B0%D0%BD" << false << "Иван" << true;
    QTest::newRow("non-ASCII literal") << "Иван+%21" << true << "Иван !" << true;
    QTest::newRow("invalid utf-8") << "%D0" << false << "\uFFFD" << true;
    QTest::newRow("cut utf-8, then a letter") << "%E2%80A" << false << "\uFFFD\uFFFDA" << true;
    QTest::newRow("4-byte utf-8") << "%F0%9F%98%80" << false << "\U0001F600" << true;
    // A byte-order mark that starts a run of escapes is dropped (as QString::fromUtf8 drops it).
    QTest::newRow("byte-order mark") << "%EF%BB%BFa" << false << "a" << true;
    QTest::newRow("byte-order mark after a letter") << "a%EF%BB%BF" << false << "a" << true;
    QTest::newRow("byte-order mark inside a run") << "%41%EF%BB%BF" << false << "A\uFEFF" << true;
}

void TestWireForm::percentDecoded()
{
    QFETCH(QString, text);
    QFETCH(bool, plusAsSpace);
    QFETCH(QString, decoded);
    QFETCH(bool, hasEscape);
    QCOMPARE(pbw::percentDecoded(text, plusAsSpace ? PlusAs::Space : PlusAs::Plus), decoded);
    QCOMPARE(hasPercentEscape(text), hasEscape);
}

void TestWireForm::hexValue_data()
{
    QTest::addColumn<QChar>("c");
    QTest::addColumn<int>("value");
    QTest::newRow("0") << QChar(u'0') << 0;
    QTest::newRow("9") << QChar(u'9') << 9;
    QTest::newRow("a") << QChar(u'a') << 10;
    QTest::newRow("F") << QChar(u'F') << 15;
    QTest::newRow("g") << QChar(u'g') << -1;
    QTest::newRow("G") << QChar(u'G') << -1;
    QTest::newRow("/") << QChar(u'/') << -1;
    QTest::newRow(":") << QChar(u':') << -1;
    QTest::newRow("@") << QChar(u'@') << -1;
    QTest::newRow("`") << QChar(u'`') << -1;
    QTest::newRow("fullwidth A") << QChar(u'Ａ') << -1;
    QTest::newRow("Arabic-Indic 1") << QChar(u'١') << -1;
}

void TestWireForm::hexValue()
{
    QFETCH(QChar, c);
    QFETCH(int, value);
    QCOMPARE(pbw::hexValue(c), value);
}

void TestWireForm::readersAgreeOnParameters_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("plain") << "https://h/pb?cid=abc&token=s3cret&p=1";
    QTest::newRow("empty pairs and a fragment") << "http://h/p?a=1&&token=s3cret&=x&flag#frag";
    QTest::newRow("encoded name") << "http://h/p?to%6Ben=s3cret&Token=t0p";
    QTest::newRow("# in a value") << "http://h/p?token=s3#cret&p=1";
    QTest::newRow("? after #") << "http://h/p#x?token=s3cret";
    QTest::newRow("spaces around") << "  http://h/p?api_key=s3cret&x=%20  ";
}

// The checker, the query table of the request editor and the redactor read the same pairs; every
// secret the checker sees is gone from the redacted URL.
void TestWireForm::readersAgreeOnParameters()
{
    QFETCH(QString, typed);
    const Callback callback = readCallbackUrl(typed);
    const SplitUrl split = splitQuery(typed.trimmed());
    QStringList checked;
    for (const CallbackParam& param : callback.params)
        checked.append(param.rawKey + (param.hasValue ? QLatin1Char('=') + param.rawValue : QString()));
    QStringList edited;
    for (const QueryParam& param : split.params) {
        if (!param.raw.isEmpty())
            edited.append(param.raw);
    }
    QCOMPARE(checked, edited);
    const QString redacted = redactedUrl(typed);
    for (const CallbackParam& param : callback.params) {
        if (SecretNames().isSecretParameter(param.rawKey))
            QVERIFY2(!redacted.contains(param.rawKey + QLatin1Char('=') + param.rawValue), qPrintable(redacted));
    }
}

QTEST_GUILESS_MAIN(TestWireForm)
#include "tst_wireform.moc"
