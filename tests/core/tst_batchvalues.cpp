// The batch layer's small readers: payouts as exports write them, times in their formats and zones,
// an export's encoding and delimiter from its first bytes, status words.
#include "batch/money.h"
#include "batch/reconciledcsv.h"
#include "batch/statuskind.h"
#include "batch/textsniff.h"
#include "batch/timereader.h"

#include <QDateTime>
#include <QTest>

using namespace pbw::batch;

class TestBatchValues : public QObject
{
    Q_OBJECT

private slots:
    void money_data();
    void money();
    void moneyText();
    void times_data();
    void times();
    void timeZone();
    void encoding_data();
    void encoding();
    void delimiter_data();
    void delimiter();
    void statuses();
    void formulaCellsStayText_data();
    void formulaCellsStayText();
};

void TestBatchValues::money_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::newRow("period") << QByteArray("49.90") << ',' << true << qint64(499000) << QString();
    QTest::newRow("comma") << QByteArray("49,90") << ';' << true << qint64(499000) << QString();
    QTest::newRow("space thousands") << QByteArray("1 234,50") << ';' << true << qint64(12345000) << QString();
    QTest::newRow("nbsp thousands") << QByteArray("1\xc2\xa0"
                                                  "234,50")
                                    << ';' << true << qint64(12345000) << QString();
    QTest::newRow("US thousands") << QByteArray("1,234.50") << ',' << true << qint64(12345000) << QString();
    QTest::newRow("EU thousands") << QByteArray("1.234,50") << ';' << true << qint64(12345000) << QString();
    QTest::newRow("comma thousands in a comma file")
        << QByteArray("1,234") << ',' << true << qint64(12340000) << QString();
    QTest::newRow("comma decimals in a semicolon file")
        << QByteArray("1,234") << ';' << true << qint64(12340) << QString();
    QTest::newRow("several groups") << QByteArray("1,234,567") << ';' << true << qint64(12345670000) << QString();
    QTest::newRow("dollar") << QByteArray("$12.5") << ',' << true << qint64(125000) << QStringLiteral("USD");
    QTest::newRow("rouble sign") << QByteArray("49,90 \xe2\x82\xbd") << ';' << true << qint64(499000)
                                 << QStringLiteral("RUB");
    QTest::newRow("code before") << QByteArray("USD 12") << ',' << true << qint64(120000) << QStringLiteral("USD");
    QTest::newRow("code after") << QByteArray("12.00eur") << ',' << true << qint64(120000) << QStringLiteral("EUR");
    QTest::newRow("negative") << QByteArray("-3") << ',' << true << qint64(-30000) << QString();
    QTest::newRow("rounded") << QByteArray("0.123456") << ',' << true << qint64(1235) << QString();
    QTest::newRow("leading point") << QByteArray(".5") << ',' << true << qint64(5000) << QString();
    QTest::newRow("padded") << QByteArray("  7.25 ") << ',' << true << qint64(72500) << QString();
    QTest::newRow("words") << QByteArray("n/a") << ',' << false << qint64(0) << QString();
    QTest::newRow("empty") << QByteArray("") << ',' << false << qint64(0) << QString();
    QTest::newRow("macro") << QByteArray("{payout}") << ',' << false << qint64(0) << QString();
    QTest::newRow("too long") << QByteArray("123456789012345678") << ',' << false << qint64(0) << QString();
}

void TestBatchValues::money()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QFETCH(bool, valid);
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    const std::optional<ParsedMoney> money = parseMoney(text, delimiter);
    QCOMPARE(money.has_value(), valid);
    if (valid) {
        QCOMPARE(money->amount, amount);
        QCOMPARE(money->currency, currency);
    }
}

void TestBatchValues::moneyText()
{
    QCOMPARE(amountText(499000), QStringLiteral("49.90"));
    QCOMPARE(amountText(12345678), QStringLiteral("1234.5678"));
    QCOMPARE(amountText(-30000), QStringLiteral("-3.00"));
    QCOMPARE(amountText(0), QStringLiteral("0.00"));
    QVERIFY(sameToTheCent(12345, 12300));
    QVERIFY(!sameToTheCent(499000, 450000));
}

void TestBatchValues::times_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("utc"); // ISO, or empty when not a time
    QTest::newRow("iso space") << QByteArray("2026-12-07 10:11:12") << QStringLiteral("2026-12-07T10:11:12.000Z");
    QTest::newRow("iso T millis") << QByteArray("2026-12-07T10:11:12.250")
                                  << QStringLiteral("2026-12-07T10:11:12.250Z");
    QTest::newRow("no seconds") << QByteArray("2026-12-07 10:11") << QStringLiteral("2026-12-07T10:11:00.000Z");
    QTest::newRow("date only") << QByteArray("2026-12-07") << QStringLiteral("2026-12-07T00:00:00.000Z");
    QTest::newRow("dotted day first") << QByteArray("07.12.2026 10:11") << QStringLiteral("2026-12-07T10:11:00.000Z");
    QTest::newRow("dotted short year") << QByteArray("07.12.26") << QStringLiteral("2026-12-07T00:00:00.000Z");
    QTest::newRow("US with PM") << QByteArray("12/07/2026 10:11:12 PM") << QStringLiteral("2026-12-07T22:11:12.000Z");
    QTest::newRow("US 12 AM") << QByteArray("12/07/2026 12:00:00 AM") << QStringLiteral("2026-12-07T00:00:00.000Z");
    QTest::newRow("slash day over 12") << QByteArray("25/12/2026 10:00") << QStringLiteral("2026-12-25T10:00:00.000Z");
    QTest::newRow("offset") << QByteArray("2026-12-07T10:11:12+03:00") << QStringLiteral("2026-12-07T07:11:12.000Z");
    QTest::newRow("offset compact") << QByteArray("2026-12-07 10:11:12 -0500")
                                    << QStringLiteral("2026-12-07T15:11:12.000Z");
    QTest::newRow("Z") << QByteArray("2026-12-07T10:11:12Z") << QStringLiteral("2026-12-07T10:11:12.000Z");
    QTest::newRow("UTC word") << QByteArray("2026-12-07 10:11:12 UTC") << QStringLiteral("2026-12-07T10:11:12.000Z");
    QTest::newRow("unix seconds") << QByteArray("1796638272") << QStringLiteral("2026-12-07T10:11:12.000Z");
    QTest::newRow("unix millis") << QByteArray("1796638272123") << QStringLiteral("2026-12-07T10:11:12.123Z");
    QTest::newRow("unix fraction") << QByteArray("1796638272.5") << QStringLiteral("2026-12-07T10:11:12.500Z");
    QTest::newRow("leap day") << QByteArray("2028-02-29 00:00") << QStringLiteral("2028-02-29T00:00:00.000Z");
    QTest::newRow("no such day") << QByteArray("2026-02-30 00:00") << QString();
    QTest::newRow("month 13") << QByteArray("2026-13-01") << QString();
    QTest::newRow("hour 25") << QByteArray("2026-12-07 25:00") << QString();
    QTest::newRow("words") << QByteArray("yesterday") << QString();
    QTest::newRow("trailing junk") << QByteArray("2026-12-07 10:11:12 later") << QString();
    QTest::newRow("short number") << QByteArray("12345") << QString();
}

void TestBatchValues::times()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, utc);
    TimeReader reader;
    const std::optional<qint64> msecs = reader.msecsSinceEpoch(text);
    QCOMPARE(msecs.has_value(), !utc.isEmpty());
    if (msecs)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC).toString(Qt::ISODateWithMs), utc);
}

void TestBatchValues::timeZone()
{
    TimeReader moscow(QTimeZone("Europe/Moscow"));
    QCOMPARE(*moscow.msecsSinceEpoch("2026-12-07 10:00:00"),
             QDateTime::fromString(QStringLiteral("2026-12-07T07:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    // The offset written wins over the file's zone.
    QCOMPARE(*moscow.msecsSinceEpoch("2026-12-07T10:00:00Z"),
             QDateTime::fromString(QStringLiteral("2026-12-07T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    // Summer and winter time in one file.
    TimeReader berlin(QTimeZone("Europe/Berlin"));
    QCOMPARE(*berlin.msecsSinceEpoch("2026-07-01 12:00"),
             QDateTime::fromString(QStringLiteral("2026-07-01T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    QCOMPARE(*berlin.msecsSinceEpoch("2026-12-01 12:00"),
             QDateTime::fromString(QStringLiteral("2026-12-01T11:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    TimeReader dayFirst(QTimeZone::utc(), true);
    QCOMPARE(*dayFirst.msecsSinceEpoch("07/12/2026"),
             QDateTime::fromString(QStringLiteral("2026-12-07T00:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
}

void TestBatchValues::encoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("bom");
    QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << int(TextEncoding::Utf8) << 0;
    QTest::newRow("utf-8") << QByteArray("a,b\n\xd0\xbf,2\n") << int(TextEncoding::Utf8) << 0;
    QTest::newRow("utf-8 cut at the end") << QByteArray("a,b\n\xd0\xbf\xd0") << int(TextEncoding::Utf8) << 0;
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf"
                                             "a,b\n")
                               << int(TextEncoding::Utf8) << 3;
    QTest::newRow("utf-16le bom") << QByteArray("\xff\xfe"
                                                "a\0,\0b\0",
                                                8)
                                  << int(TextEncoding::Utf16LE) << 2;
    QTest::newRow("utf-16be bom") << QByteArray("\xfe\xff\0a\0,\0b", 8) << int(TextEncoding::Utf16BE) << 2;
    QTest::newRow("utf-16le no bom") << QByteArray("a\0,\0b\0\n\0", 8) << int(TextEncoding::Utf16LE) << 0;
    QTest::newRow("cp1251") << QByteArray("a;b\n\xcf\xf0\xe8\xe2\xe5\xf2;2\n") << int(TextEncoding::Windows1251) << 0;
}

void TestBatchValues::encoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(int, bom);
    const Sniffed sniffed = sniffEncoding(bytes);
    QCOMPARE(int(sniffed.encoding), encoding);
    QCOMPARE(int(sniffed.bomLength), bom);
}

void TestBatchValues::delimiter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2,5;3\n4,1;5;6\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb, c\tc\n1\t2\t3\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << '|';
    QTest::newRow("quoted delimiters ignored") << QByteArray("a;b\n\"1,2,3\";4\n") << ';';
    QTest::newRow("one column") << QByteArray("click_id\nabc\n") << ',';
}

void TestBatchValues::delimiter()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QCOMPARE(sniffDelimiter(text), delimiter);
}

void TestBatchValues::statuses()
{
    const StatusWords& words = StatusWords::builtIn();
    QCOMPARE(words.kindOf(u"Sale"), StatusKind::Approved);
    QCOMPARE(words.kindOf(u"approved"), StatusKind::Approved);
    QCOMPARE(words.kindOf(u"lead"), StatusKind::Pending);
    QCOMPARE(words.kindOf(u"On Hold"), StatusKind::Pending);
    QCOMPARE(words.kindOf(u"Declined"), StatusKind::Rejected);
    QCOMPARE(words.kindOf(u"Отклонён"), StatusKind::Rejected);
    QCOMPARE(words.kindOf(u"одобрен"), StatusKind::Approved);
    QCOMPARE(words.kindOf(u""), StatusKind::None);
    QCOMPARE(words.kindOf(u"7"), StatusKind::Other);
    StatusWords affise;
    affise.add(u"1", StatusKind::Approved);
    affise.add(u"3", StatusKind::Rejected);
    QCOMPARE(affise.kindOf(u"1"), StatusKind::Approved);
    QCOMPARE(affise.kindOf(u"3"), StatusKind::Rejected);
    QCOMPARE(affise.kindOf(u"sale"), StatusKind::Approved); // the built-in words behind the tool's
}

void TestBatchValues::formulaCellsStayText_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << QStringLiteral("abc123") << QByteArray("abc123");
    QTest::newRow("comma quoted") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                             << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("plus call") << QStringLiteral("+cmd|' /C calc'!A0") << QByteArray("\"'+cmd|' /C calc'!A0\"");
    QTest::newRow("at") << QStringLiteral("@SUM(1+1)") << QByteArray("\"'@SUM(1+1)\"");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("\"'\t=1\"");
    QTest::newRow("minus word") << QStringLiteral("-abc") << QByteArray("\"'-abc\"");
    QTest::newRow("negative number") << QStringLiteral("-4.50") << QByteArray("-4.50");
    QTest::newRow("decimal comma") << QStringLiteral("+1,5") << QByteArray("\"+1,5\"");
    QTest::newRow("lone minus") << QStringLiteral("-") << QByteArray("\"'-\"");
    QTest::newRow("url") << QStringLiteral("https://p.example/pb?a=1") << QByteArray("https://p.example/pb?a=1");
}

void TestBatchValues::formulaCellsStayText()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    QByteArray out;
    appendCsvCell(out, cell.toUtf8());
    QCOMPARE(out, written);
    // Read back (quotes undone as a CSV reader does), the apostrophe goes: the cell is what it was.
    QString read = QString::fromUtf8(out);
    if (read.startsWith(u'"'))
        read = read.mid(1, read.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    QCOMPARE(cellAsWritten(read), cell);
}

QTEST_GUILESS_MAIN(TestBatchValues)
#include "tst_batchvalues.moc"
