#include "net/wireform.h"

#include <QTest>

using namespace pbw;

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

QTEST_GUILESS_MAIN(TestWireForm)
#include "tst_wireform.moc"
