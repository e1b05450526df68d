// Reading exports as streams (batch/csvreader.h): each encoding, byte-order mark and delimiter, quoting,
// decimal commas and dates, the presets on the research fixtures (tests/data/batch), and every kind of
// malformed file refused with its line.
#include "batch/batchpresets.h"
#include "batch/csvreader.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw;
using namespace pbw::batch;

namespace {

Result<ConversionTable, ReadProblem> readBytes(const QByteArray& bytes, const ReadOptions& options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readConversions(&buffer, options);
}

QString fixture(const char* name)
{
    return QStringLiteral(PBW_SOURCE_DIR "/tests/data/batch/") + QLatin1String(name);
}

Result<ConversionTable, ReadProblem> readFixture(const char* name, const char* preset)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", name);
    ReadOptions options;
    if (preset) {
        const BatchPreset* found = BatchPresets::builtIn().find(QString::fromLatin1(preset));
        if (!found)
            qFatal("preset %s missing", preset);
        options.mapping = found->mapping;
        options.slashDayFirst = found->slashDayFirst;
    }
    return readConversions(&file, options);
}

qint64 utcMs(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestBatchRead : public QObject
{
    Q_OBJECT

private slots:
    void plainCsv();
    void encodings_data();
    void encodings();
    void delimiters_data();
    void delimiters();
    void quoting();
    void lineEndings_data();
    void lineEndings();
    void russianCp1251();
    void cp1251AfterAsciiStart();
    void brokenUtf8AfterUtf8();
    void explicitMapping();
    void zoneOption();
    void valueProblems();
    void refused_data();
    void refused();
    void tooLargeSparseFile();
    void presetsFile();
    void presetFixtures_data();
    void presetFixtures();
};

void TestBatchRead::plainCsv()
{
    const auto table = readBytes("click_id,txid,payout,currency,status,time,postback_url,http_status,response_body\n"
                                 "abc,t1,49.90,USD,sale,2026-12-07 10:11:12,https://p.example/?c=abc,200,OK\n"
                                 "def,,25,usd,lead,,,,\n");
    QVERIFY2(table, table ? "" : qPrintable(table.error().message()));
    QCOMPARE(table->size(), 2);
    const ConversionRow first = table->row(0);
    QCOMPARE(first.line, 2);
    QCOMPARE(first.clickId, QStringLiteral("abc"));
    QCOMPARE(first.transactionId, QStringLiteral("t1"));
    QCOMPARE(*first.payout, 499000);
    QCOMPARE(first.currency, QStringLiteral("USD"));
    QCOMPARE(first.statusKind, StatusKind::Approved);
    QCOMPARE(*first.timeMs, utcMs("2026-12-07T10:11:12Z"));
    QCOMPARE(first.postbackUrl, QStringLiteral("https://p.example/?c=abc"));
    QCOMPARE(first.answerStatus, 200);
    QCOMPARE(first.answerBody, QStringLiteral("OK"));
    const ConversionRow second = table->row(1);
    QCOMPARE(second.line, 3);
    QCOMPARE(second.currency, QStringLiteral("USD"));
    QCOMPARE(second.statusKind, StatusKind::Pending);
    QVERIFY(!second.timeMs);
    QCOMPARE(second.answerStatus, 0);
    QVERIFY(table->has(ConversionField::AnswerBody));
    QVERIFY(!table->has(ConversionField::Goal));
    QCOMPARE(table->format().delimiter, ',');
    QCOMPARE(table->format().column(ConversionField::Payout), 2);
}

void TestBatchRead::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    const QString text = QStringLiteral("click_id;payout;status\nклик1;49,90;одобрен\nклик2;1 234,50;отклонён\n");
    QTest::newRow("utf-8") << text.toUtf8() << int(TextEncoding::Utf8) << false;
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf") + text.toUtf8() << int(TextEncoding::Utf8) << true;
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16le bom") << QByteArray(le.encode(text)) << int(TextEncoding::Utf16LE) << true;
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16be bom") << QByteArray(be.encode(text)) << int(TextEncoding::Utf16BE) << true;
    QStringEncoder leBare(QStringEncoder::Utf16LE);
    QTest::newRow("utf-16le without bom") << QByteArray(leBare.encode(text)) << int(TextEncoding::Utf16LE) << false;
    QStringEncoder cp1251("windows-1251");
    QTest::newRow("windows-1251") << QByteArray(cp1251.encode(text)) << int(TextEncoding::Windows1251) << false;
}

void TestBatchRead::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    const auto table = readBytes(bytes);
    QVERIFY2(table, table ? "" : qPrintable(table.error().message()));
    QCOMPARE(int(table->format().encoding), encoding);
    QCOMPARE(table->format().byteOrderMark, bom);
    QCOMPARE(table->format().delimiter, ';');
    QCOMPARE(table->size(), 2);
    QCOMPARE(table->clickId(0), QStringLiteral("клик1"));
    QCOMPARE(*table->payout(0), 499000);
    QCOMPARE(table->statusKind(0), StatusKind::Approved);
    QCOMPARE(table->clickId(1), QStringLiteral("клик2"));
    QCOMPARE(*table->payout(1), 12345000);
    QCOMPARE(table->statusKind(1), StatusKind::Rejected);
    QCOMPARE(table->line(1), 3);
}

void TestBatchRead::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("click_id,payout\na,1.5\nb,2\n") << ',';
    QTest::newRow("semicolon") << QByteArray("click_id;payout\na;1,5\nb;2\n") << ';';
    QTest::newRow("tab") << QByteArray("click_id\tpayout\na\t1.5\nb\t2\n") << '\t';
    QTest::newRow("pipe") << QByteArray("click_id|payout\na|1.5\nb|2\n") << '|';
    QTest::newRow("Excel's sep= line") << QByteArray("sep=;\r\nclick_id;payout\r\na;1,5\r\nb;2\r\n") << ';';
}

void TestBatchRead::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    const auto table = readBytes(bytes);
    QVERIFY2(table, table ? "" : qPrintable(table.error().message()));
    QCOMPARE(table->format().delimiter, delimiter);
    QCOMPARE(table->size(), 2);
    QCOMPARE(*table->payout(0), 15000);
    QCOMPARE(table->clickId(1), QStringLiteral("b"));
    QCOMPARE(table->line(1), bytes.startsWith("sep=") ? 4 : 3);
}

void TestBatchRead::quoting()
{
    const auto table = readBytes("click_id,payout,response_body\n"
                                 "\"a,1\",\"1,234.50\",\"{\"\"status\"\":\"\"error\"\"}\"\n"
                                 "b,2,\"two\nlines\"\n"
                                 "\n"
                                 "c, 3 ,plain\n");
    QVERIFY2(table, table ? "" : qPrintable(table.error().message()));
    QCOMPARE(table->size(), 3);
    QCOMPARE(table->clickId(0), QStringLiteral("a,1"));
    QCOMPARE(*table->payout(0), 12345000);
    QCOMPARE(table->answerBody(0), QStringLiteral("{\"status\":\"error\"}"));
    QCOMPARE(table->answerBody(1), QStringLiteral("two\nlines"));
    QCOMPARE(table->line(1), 3);
    QCOMPARE(table->line(2), 6); // after a cell of two lines and a blank line
    QCOMPARE(*table->payout(2), 30000);
}

void TestBatchRead::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << QByteArray("click_id,payout\na,1\nb,2\nc,3");
    QTest::newRow("CR LF") << QByteArray("click_id,payout\r\na,1\r\nb,2\r\nc,3\r\n");
    QTest::newRow("CR (old Mac Excel)") << QByteArray("click_id,payout\ra,1\rb,2\rc,3\r");
}

void TestBatchRead::lineEndings()
{
    QFETCH(QByteArray, bytes);
    const auto table = readBytes(bytes);
    QVERIFY2(table, table ? "" : qPrintable(table.error().message()));
    QCOMPARE(table->size(), 3);
    QCOMPARE(table->line(2), 4);
    QCOMPARE(table->clickId(2), QStringLiteral("c"));
}

void TestBatchRead::russianCp1251()
{
    const auto table = readFixture("keitaro-ru-cp1251.csv", "keitaro");
    QVERIFY2(table, table ? "" : qPrintable(table.error().message()));
    QCOMPARE(table->format().encoding, TextEncoding::Windows1251);
    QCOMPARE(table->format().delimiter, ';');
    QCOMPARE(table->size(), 10);
    QCOMPARE(table->clickId(0), QStringLiteral("obdaca59i0st71xavsj"));
    QCOMPARE(*table->payout(0), 499000);
    QCOMPARE(*table->timeMs(0), utcMs("2026-12-07T09:11:12Z"));
    QCOMPARE(table->statusKind(2), StatusKind::Pending); // Keitaro's "lead"
    QVERIFY(table->valueProblems().isEmpty());
}

void TestBatchRead::cp1251AfterAsciiStart()
{
    // The first megabyte is ASCII; Cyrillic in Windows-1251 comes after it.
    QByteArray bytes("click_id;status\n");
    for (int i = 0; bytes.size() < (1 << 20) + 1000; ++i)
        bytes += "c" + QByteArray::number(i) + ";sale\n";
    bytes += "last;\xee\xe4\xee\xe1\xf0\xe5\xed\n"; // «одобрен»
    const auto table = readBytes(bytes);
    QVERIFY2(table, table ? "" : qPrintable(table.error().message()));
    QCOMPARE(table->format().encoding, TextEncoding::Windows1251);
    QCOMPARE(table->status(table->size() - 1), QStringLiteral("одобрен"));
}

void TestBatchRead::brokenUtf8AfterUtf8()
{
    const auto table = readBytes("click_id,status\nа,одобрен\nb,\xee\xe4\n");
    QVERIFY(!table);
    QCOMPARE(table.error().kind, ReadProblem::Kind::BadEncoding);
    QCOMPARE(table.error().line, 3);
}

void TestBatchRead::explicitMapping()
{
    const auto mapping = ColumnMapping::fromSpec(u"click_id=SubID, payout=Revenue,time=#4");
    QVERIFY(mapping);
    ReadOptions options;
    options.mapping = ColumnMapping::automatic().overriddenBy(*mapping);
    const auto table = readBytes("cid,subid,revenue,when\nx,a,1.5,2026-12-07\n", options);
    QVERIFY2(table, table ? "" : qPrintable(table.error().message()));
    QCOMPARE(table->clickId(0), QStringLiteral("a")); // --map wins over the generic "cid"
    QCOMPARE(*table->payout(0), 15000);
    QCOMPARE(*table->timeMs(0), utcMs("2026-12-07T00:00:00Z"));
    QVERIFY(!ColumnMapping::fromSpec(u"clicks=a"));
    QVERIFY(!ColumnMapping::fromSpec(u"click_id"));
    QVERIFY(!ColumnMapping::fromSpec(u"click_id=#0"));
}

void TestBatchRead::zoneOption()
{
    ReadOptions options;
    options.zone = QTimeZone("Europe/Moscow");
    const auto table = readBytes("click_id,time\na,07.12.2026 10:11\nb,2026-12-07T10:11:00Z\nc,1796638272\n", options);
    QVERIFY(table);
    QCOMPARE(*table->timeMs(0), utcMs("2026-12-07T07:11:00Z"));
    QCOMPARE(*table->timeMs(1), utcMs("2026-12-07T10:11:00Z"));
    QCOMPARE(*table->timeMs(2), utcMs("2026-12-07T10:11:12Z"));
}

void TestBatchRead::valueProblems()
{
    const auto table = readBytes("click_id,payout,time\na,n/a,yesterday\nb,{payout},2026-12-07\nc,1,\n");
    QVERIFY(table);
    QCOMPARE(table->size(), 3);
    QCOMPARE(table->valueProblems().size(), 2);
    const ValueProblem payout = table->valueProblems().at(0);
    QCOMPARE(payout.field, ConversionField::Payout);
    QCOMPARE(payout.count, 2);
    QCOMPARE(payout.firstLine, 2);
    QCOMPARE(payout.firstValue, QStringLiteral("n/a"));
    QCOMPARE(table->valueProblems().at(1).field, ConversionField::Time);
    QVERIFY(!table->payout(0));
}

void TestBatchRead::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("line");
    using K = ReadProblem::Kind;
    QTest::newRow("empty") << QByteArray() << int(K::Empty) << 0;
    QTest::newRow("header only") << QByteArray("click_id,payout\n") << int(K::Empty) << 0;
    QTest::newRow("ragged, fewer") << QByteArray("click_id,payout\na,1\nb\n") << int(K::RaggedRow) << 3;
    QTest::newRow("ragged, more") << QByteArray("click_id,payout\na,1\nb,2\nc,3,4\n") << int(K::RaggedRow) << 4;
    QTest::newRow("quote inside a cell") << QByteArray("click_id,payout\na,1\nb\"x,2\n") << int(K::BadQuote) << 3;
    QTest::newRow("text after a closing quote") << QByteArray("click_id,payout\n\"a\"b,1\n") << int(K::BadQuote) << 2;
    QTest::newRow("quote never closed") << QByteArray("click_id,payout\na,1\n\"b,2\nc,3\nd,4\n")
                                        << int(K::UnclosedQuote) << 3;
    QTest::newRow("binary") << QByteArray("click_id,payout\na,1\nb,\0\x01\x02", 26) << int(K::Binary) << 3;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(K::Binary) << 2;
    QTest::newRow("no click ID column") << QByteArray("foo,bar\n1,2\n") << int(K::NoClickIdColumn) << 1;
    QTest::newRow("cell over 1 MB") << QByteArray("click_id,payout\n\"") + QByteArray(2 << 20, 'x')
                                    << int(K::CellTooLong) << 2;
    QTest::newRow("too many columns") << QByteArray(5000 * 2, ',') + "\n" << int(K::TooManyColumns) << 1;
}

void TestBatchRead::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(int, line);
    const auto table = readBytes(bytes);
    QVERIFY(!table);
    QCOMPARE(int(table.error().kind), kind);
    QCOMPARE(table.error().line, line);
    QVERIFY(!table.error().message(QStringLiteral("x.csv")).isEmpty());
    if (line > 0)
        QVERIFY2(table.error().message(QStringLiteral("x.csv")).contains(QStringLiteral("line %1").arg(line)),
                 qPrintable(table.error().message(QStringLiteral("x.csv"))));
}

void TestBatchRead::tooLargeSparseFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("huge.csv")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.write("click_id,payout\n");
    QVERIFY(file.resize((qint64(1) << 30) + 1)); // sparse: no gigabyte is written
    file.seek(0);
    const auto table = readConversions(&file);
    QVERIFY(!table);
    QCOMPARE(table.error().kind, ReadProblem::Kind::TooLarge);
    QVERIFY(table.error().message().contains(QStringLiteral("1024 MB")));
}

void TestBatchRead::presetsFile()
{
    QFile file(QStringLiteral(PBW_SOURCE_DIR "/resources/rules/batch-presets.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList problems;
    const BatchPresets presets = BatchPresets::fromJson(file.readAll(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(presets.presets().size(), BatchPresets::builtIn().presets().size());
    for (const char* name : {"keitaro", "binom", "voluum", "redtrack", "bemob", "everflow", "affise", "cake", "tune"})
        QVERIFY2(presets.find(QString::fromLatin1(name)), name);
    QVERIFY(presets.find(u"Keitaro"));
}

void TestBatchRead::presetFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstClickId");
    QTest::addColumn<qint64>("firstPayout");
    QTest::newRow("keitaro") << "keitaro-conversions.csv"
                             << "keitaro" << 10 << "obdaca59i0st71xavsj" << qint64(499000);
    QTest::newRow("binom") << "binom-conversions.csv"
                           << "binom" << -1 << "gms4ftged4us5e" << qint64(499000);
    QTest::newRow("voluum") << "voluum-conversions.csv"
                            << "voluum" << -1 << "SGDZTVR3CGQ4RESN1RRDOATFEP" << qint64(499000);
    QTest::newRow("redtrack") << "redtrack-conversions.csv"
                              << "redtrack" << -1 << "2fd764b06dc1fd29d9f9e5b4" << qint64(499000);
    QTest::newRow("bemob") << "bemob-conversions.csv"
                           << "bemob" << -1 << "BpBtz1HiR5TMqBvEgLWSQF" << qint64(499000);
    QTest::newRow("everflow") << "everflow-conversions.csv"
                              << "everflow" << 9 << "obdaca59i0st71xavsj" << qint64(499000);
    QTest::newRow("affise") << "affise-conversions.csv"
                            << "affise" << -1 << "gms4ftged4us5e" << qint64(499000);
    QTest::newRow("cake") << "cake-conversions.csv"
                          << "cake" << -1 << "SGDZTVR3CGQ4RESN1RRDOATFEP" << qint64(499000);
    QTest::newRow("tune") << "tune-conversions.csv"
                          << "tune" << -1 << "2fd764b06dc1fd29d9f9e5b4" << qint64(499000);
    QTest::newRow("postback log, no preset") << "generic-postback-log.csv"
                                             << "" << -1 << "jgttoq9l5cx9b8slie8" << qint64(-1);
}

void TestBatchRead::presetFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, preset);
    QFETCH(int, rows);
    QFETCH(QString, firstClickId);
    QFETCH(qint64, firstPayout);
    const auto table = readFixture(qPrintable(file), preset.isEmpty() ? nullptr : qPrintable(preset));
    QVERIFY2(table, table ? "" : qPrintable(table.error().message(file)));
    if (rows >= 0)
        QCOMPARE(table->size(), rows);
    QVERIFY(table->size() > 0);
    QCOMPARE(table->clickId(0), firstClickId);
    if (firstPayout >= 0)
        QCOMPARE(*table->payout(0), firstPayout);
    for (const ValueProblem& problem : table->valueProblems())
        QFAIL(qPrintable(QStringLiteral("%1: line %2, %3 \"%4\" not read")
                             .arg(file)
                             .arg(problem.firstLine)
                             .arg(fieldKey(problem.field), problem.firstValue)));
    if (table->has(ConversionField::Time)) {
        for (qsizetype i = 0; i < table->size(); ++i)
            QVERIFY(table->timeMs(i));
    }
}

QTEST_GUILESS_MAIN(TestBatchRead)
#include "tst_batchread.moc"
