// Conversion APIs beyond Meta: every platform file loads clean, every normalisation example the
// platforms publish (their docs and official SDK tests, kept in each file's "vectors" with their
// source) comes out as published, and one value typed once is hashed differently exactly where the
// platforms' documented rules differ — with the reason named.
#include "capi/platform.h"
#include "capi/platformcompare.h"
#include "capi/userdata.h"
#include "i18n/language.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pbw;

class TestPlatformRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::apply(QStringLiteral("en")); }
    void filesAreSound();
    void publishedVectors_data();
    void publishedVectors();
    void crossPlatform_data();
    void crossPlatform();
    void reasonsNameTheRule();
    void phoneWarnings();
    void hashesPassThroughEverywhere();
};

void TestPlatformRules::filesAreSound()
{
    QCOMPARE(conversionPlatformProblems(), QStringList());
    QCOMPARE(conversionPlatformIds(),
             (QStringList{"meta", "tiktok", "snapchat", "google-ads", "ga4", "pinterest", "reddit"}));
    for (const ConversionPlatform& platform : conversionPlatforms()) {
        QVERIFY2(platform.token(), qPrintable(platform.id));
        QVERIFY2(!platform.fields.isEmpty(), qPrintable(platform.id));
        QVERIFY2(platform.fieldFor(QStringLiteral("em")), qPrintable(platform.id)); // all take an e-mail
    }
}

void TestPlatformRules::publishedVectors_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("hash");
    int count = 0;
    for (const QString& id : conversionPlatformIds()) {
        QFile file(QStringLiteral(":/rules/platforms/%1.json").arg(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray vectors = QJsonDocument::fromJson(file.readAll()).object().value(u"vectors").toArray();
        for (const QJsonValue& value : vectors) {
            const QJsonObject v = value.toObject();
            QVERIFY2(!v.value(u"source").toString().isEmpty(), "every vector names where it was published");
            QTest::addRow("%s %s %s", qPrintable(id), qPrintable(v.value(u"field").toString()),
                          qPrintable(v.value(u"input").toString()))
                << id << v.value(u"field").toString() << v.value(u"input").toString()
                << v.value(u"normalized").toString() << v.value(u"hash").toString();
            ++count;
        }
    }
    QVERIFY(count >= 40);
}

void TestPlatformRules::publishedVectors()
{
    QFETCH(QString, platform);
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, hash);
    const ConversionPlatform* p = conversionPlatform(platform);
    QVERIFY(p);
    const UserDataValue value = normalizeForPlatform(*p, field, input);
    QCOMPARE(value.error, QString());
    QCOMPARE(value.normalized, normalized);
    if (!hash.isEmpty())
        QCOMPARE(value.hash, hash);
    else if (p->fieldFor(field)->hash == PlatformField::Hash::Sha256)
        QCOMPARE(
            value.hash,
            QString::fromLatin1(QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex()));
}

// The same typed value for every platform: what each sends ("-" = does not take it, "!" = refused).
void TestPlatformRules::crossPlatform_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("sent"); // meta, tiktok, snapchat, google-ads, ga4, pinterest, reddit
    QTest::addColumn<bool>("disagree");
    // E.164 keeps the +: TikTok, Google Ads, GA4, Reddit; Meta, Snapchat and Pinterest hash digits.
    QTest::newRow("phone +") << "ph"
                             << "+1 (650) 555-1234"
                             << QStringList{"16505551234",  "+16505551234", "16505551234", "+16505551234",
                                            "+16505551234", "16505551234",  "+16505551234"}
                             << true;
    // 00 is the international prefix; Snapchat also drops the trunk 0 written after the country code.
    QTest::newRow("phone 00 and trunk 0")
        << "ph"
        << "0044 0447 234 2344" << QStringList{"4404472342344",  "+4404472342344", "444472342344",  "+4404472342344",
                                               "+4404472342344", "4404472342344",  "+4404472342344"}
        << true;
    QTest::newRow("phone + and trunk 0") << "ph"
                                         << "+44 0447 234 2344"
                                         << QStringList{"4404472342344",  "+4404472342344", "444472342344",
                                                        "+4404472342344", "+4404472342344", "4404472342344",
                                                        "+4404472342344"}
                                         << true;
    // A 0 inside the number is no trunk 0 (a country code has at most 3 digits); "(0)" is one.
    QTest::newRow("no trunk 0 inside") << "ph"
                                       << "+440207946 0958"
                                       << QStringList{"4402079460958",  "+4402079460958", "4402079460958",
                                                      "+4402079460958", "+4402079460958", "4402079460958",
                                                      "+4402079460958"}
                                       << true;
    QTest::newRow("trunk (0)") << "ph"
                               << "+44 (0)20 7946 0958"
                               << QStringList{"4402079460958",  "+4402079460958", "442079460958",  "+4402079460958",
                                              "+4402079460958", "4402079460958",  "+4402079460958"}
                               << true;
    // Every platform refuses what is not an e-mail, before any rewriting (Reddit's would hide it).
    QTest::newRow("two @") << "em"
                           << "john@@example.com" << QStringList(7, QStringLiteral("!")) << false;
    // Google drops the dots before @gmail.com; Reddit drops dots and +tags on every domain.
    QTest::newRow("gmail dots") << "em"
                                << "John.Smith@Gmail.com"
                                << QStringList{"john.smith@gmail.com", "john.smith@gmail.com", "john.smith@gmail.com",
                                               "johnsmith@gmail.com",  "johnsmith@gmail.com",  "john.smith@gmail.com",
                                               "johnsmith@gmail.com"}
                                << true;
    QTest::newRow("plus tag") << "em"
                              << "ann+shop@example.com"
                              << QStringList{"ann+shop@example.com", "ann+shop@example.com", "ann+shop@example.com",
                                             "ann+shop@example.com", "ann+shop@example.com", "ann+shop@example.com",
                                             "ann@example.com"}
                              << true;
    QTest::newRow("plain email agrees") << "em"
                                        << "test@example.com" << QStringList(7, QStringLiteral("test@example.com"))
                                        << false;
    // Pinterest documents no trimming: the spaces stay and the address is refused.
    QTest::newRow("email spaces") << "em"
                                  << "  Test@Example.com "
                                  << QStringList{"test@example.com", "test@example.com", "test@example.com",
                                                 "test@example.com", "test@example.com", "!",
                                                 "test@example.com"}
                                  << true;
    // Meta lower-cases external_id and removes its spaces; TikTok and Reddit only trim.
    QTest::newRow("external id") << "external_id"
                                 << " User ID 456 " << QStringList{"userid456", "User ID 456",   "User ID 456", "-",
                                                                   "-",         " User ID 456 ", "User ID 456"}
                                 << true;
    // Names: Meta keeps letters and digits; Snapchat removes punctuation only (spaces stay); GA4
    // removes digits and symbols; Pinterest only lower-cases.
    QTest::newRow("name") << "fn"
                          << "Mary-Ann" << QStringList{"maryann", "-", "maryann", "-", "maryann", "mary-ann", "-"}
                          << true;
    QTest::newRow("name with space") << "ln"
                                     << "Van Dyke"
                                     << QStringList{"vandyke", "-", "van dyke", "-", "van dyke", "van dyke", "-"}
                                     << true;
    // Country: GA4 sends the code unhashed in upper case.
    QTest::newRow("country") << "country"
                             << "United States" << QStringList{"us", "-", "us", "-", "US", "us", "-"} << true;
    // ZIP+4: Meta keeps the part before the dash; Pinterest keeps its digits.
    QTest::newRow("zip+4") << "zp"
                           << "94025-1234"
                           << QStringList{"94025", "-", "94025-1234", "-", "94025-1234", "940251234", "-"} << true;
}

void TestPlatformRules::crossPlatform()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QStringList, sent);
    QFETCH(bool, disagree);
    const FieldComparison row = compareField({field, input}, allConversionPlatforms());
    QCOMPARE(row.cells.size(), sent.size());
    QStringList got;
    for (const PlatformCell& cell : row.cells)
        got.append(!cell.taken()                     ? QStringLiteral("-")
                       : !cell.value.error.isEmpty() ? QStringLiteral("!")
                                                     : cell.value.normalized);
    QCOMPARE(got, sent);
    QCOMPARE(row.disagree, disagree);
    for (const PlatformCell& cell : row.cells) {
        if (cell.hashed() && cell.value.error.isEmpty())
            QCOMPARE(cell.sent(),
                     QString::fromLatin1(
                         QCryptographicHash::hash(cell.value.normalized.toUtf8(), QCryptographicHash::Sha256).toHex()));
    }
    if (disagree)
        QVERIFY(!row.reasons.isEmpty());
}

void TestPlatformRules::reasonsNameTheRule()
{
    const auto all = allConversionPlatforms();
    const FieldComparison phone = compareField({QStringLiteral("ph"), QStringLiteral("+1 650 555 1234")}, all);
    QVERIFY2(phone.reasons.contains(
                 QStringLiteral("TikTok, Google Ads, GA4, Reddit: keeps the + before the country code (E.164)")),
             qPrintable(phone.reasons.join(u'\n')));
    QVERIFY(phone.cells.at(1).odd != phone.cells.at(0).odd);

    const FieldComparison gmail = compareField({QStringLiteral("em"), QStringLiteral("a.b@gmail.com")}, all);
    QVERIFY2(gmail.reasons.contains(QStringLiteral("Google Ads, GA4: removes the dots before @gmail.com")),
             qPrintable(gmail.reasons.join(u'\n')));

    const FieldComparison snap = compareField({QStringLiteral("ph"), QStringLiteral("+44 0447 234 2344")}, all);
    QVERIFY2(snap.reasons.contains(QStringLiteral("Snapchat: removes the 0 after the country code")),
             qPrintable(snap.reasons.join(u'\n')));

    const FieldComparison country = compareField({QStringLiteral("country"), QStringLiteral("us")}, all);
    QVERIFY2(country.reasons.contains(QStringLiteral("GA4: sent unhashed")), qPrintable(country.reasons.join(u'\n')));

    Language::apply(QStringLiteral("ru"));
    const FieldComparison ru = compareField({QStringLiteral("ph"), QStringLiteral("+1 650 555 1234")}, all);
    QVERIFY(!ru.reasons.isEmpty());
    QVERIFY2(!ru.reasons.first().contains(QStringLiteral("keeps")), qPrintable(ru.reasons.first()));
    Language::apply(QStringLiteral("en"));
}

void TestPlatformRules::phoneWarnings()
{
    const ConversionPlatform& tiktok = *conversionPlatform(QStringLiteral("tiktok"));
    const UserDataValue national = normalizeForPlatform(tiktok, QStringLiteral("ph"), QStringLiteral("020 7946 0958"));
    QCOMPARE(national.normalized, QStringLiteral("+02079460958")); // not E.164: warned, not guessed
    QVERIFY2(national.warnings.join(u' ').contains(QStringLiteral("Written without + or 00")),
             qPrintable(national.warnings.join(u' ')));
    QVERIFY(normalizeForPlatform(tiktok, QStringLiteral("ph"), QStringLiteral("+1 650 555 1234")).warnings.isEmpty());
    const UserDataValue extension
        = normalizeUserData(QStringLiteral("ph"), QStringLiteral("+1 (650) 555-1234 ext. 89"));
    QVERIFY2(extension.warnings.join(u' ').contains(QStringLiteral("extension")),
             qPrintable(extension.warnings.join(u' ')));
    // Reddit removes the extension itself.
    const UserDataValue reddit
        = normalizeForPlatform(*conversionPlatform(QStringLiteral("reddit")), QStringLiteral("ph"),
                               QStringLiteral("+1 (650) 555-1234 ext. 89"));
    QCOMPARE(reddit.normalized, QStringLiteral("+16505551234"));
    QVERIFY(normalizeUserData(QStringLiteral("em"), QStringLiteral("  ")).error.contains(QStringLiteral("empty")));
}

void TestPlatformRules::hashesPassThroughEverywhere()
{
    const QString hash = QStringLiteral("973DFE463EC85785F5F95AF5BA3906EEDB2D931C24E69824A89EA65DBA4E813B");
    const FieldComparison row = compareField({QStringLiteral("em"), hash}, allConversionPlatforms());
    QVERIFY(!row.disagree);
    for (const PlatformCell& cell : row.cells) {
        QVERIFY(cell.value.alreadyHashed);
        QCOMPARE(cell.sent(), hash.toLower());
    }
}

QTEST_GUILESS_MAIN(TestPlatformRules)
#include "tst_platformrules.moc"
