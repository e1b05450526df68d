// Customer information for Meta's Conversions API: normalised as Meta's SDKs do it — checked
// against the test vectors published in those SDKs' tests (DOMAIN.md section 7), invalid inputs
// included — then SHA-256; hashes passed through; the warnings a user needs.
#include "capi/userdata.h"
#include "i18n/language.h"

#include <QCryptographicHash>
#include <QTest>

using namespace pbw;

class TestCapiUserData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::apply(QStringLiteral("en")); }
    void metaVectors_data();
    void metaVectors();
    void refused_data();
    void refused();
    void sha256Vectors();
    void warnings_data();
    void warnings();
    void hashesAndPlainKeysPassThrough();
};

void TestCapiUserData::metaVectors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("email") << "em"
                           << "     John_Smith@gmail.com    "
                           << "john_smith@gmail.com";
    QTest::newRow("phone +1") << "ph"
                              << "+1 (616) 954-78 88"
                              << "16169547888";
    QTest::newRow("phone +001") << "ph"
                                << "+001 (616) 954-78 88"
                                << "16169547888";
    QTest::newRow("phone +44") << "ph"
                               << "+44 20 7946 0958"
                               << "442079460958";
    QTest::newRow("name apostrophe") << "ln"
                                     << "O'Connor"
                                     << "oconnor";
    QTest::newRow("name hyphen") << "fn"
                                 << "Jean-Luc"
                                 << "jeanluc";
    QTest::newRow("name spaces") << "fn"
                                 << "  John   Smith  "
                                 << "johnsmith";
    QTest::newRow("city") << "ct"
                          << "St. Louis"
                          << "stlouis";
    QTest::newRow("state name") << "st"
                                << "    California.  "
                                << "ca";
    QTest::newRow("state hyphen") << "st"
                                  << "New-York"
                                  << "ny";
    QTest::newRow("state code") << "st"
                                << "NC"
                                << "nc";
    QTest::newRow("country long") << "country"
                                  << "United States of America"
                                  << "us";
    QTest::newRow("country federation") << "country"
                                        << "Russian Federation"
                                        << "ru";
    QTest::newRow("country code") << "country"
                                  << " GB "
                                  << "gb";
    QTest::newRow("country from Qt") << "country"
                                     << "Germany"
                                     << "de";
    QTest::newRow("country in Russian") << "country"
                                        << "Россия"
                                        << "ru";
    QTest::newRow("zip+4") << "zp"
                           << "37221-3312"
                           << "37221";
    QTest::newRow("zip with space") << "zp"
                                    << "SW1A 1AA"
                                    << "sw1a1aa";
    QTest::newRow("dob iso") << "db"
                             << "1990-12-31"
                             << "19901231";
    QTest::newRow("dob us dashes") << "db"
                                   << "12-31-1990"
                                   << "19901231";
    QTest::newRow("dob dots") << "db"
                              << "31.12.1990"
                              << "19901231";
    QTest::newRow("dob eight digits") << "db"
                                      << "19901231"
                                      << "19901231";
    QTest::newRow("gender") << "ge"
                            << "  MALE  "
                            << "m";
    QTest::newRow("gender russian") << "ge"
                                    << "Женский"
                                    << "f";
    QTest::newRow("external id") << "external_id"
                                 << "user id 456"
                                 << "userid456";
}

void TestCapiUserData::metaVectors()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    const UserDataValue value = normalizeUserData(field, input);
    QVERIFY2(value.error.isEmpty(), qPrintable(value.error));
    QCOMPARE(value.normalized, normalized);
    QCOMPARE(value.hash,
             QString::fromLatin1(QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex()));
}

void TestCapiUserData::refused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("says");
    QTest::newRow("email no domain") << "em"
                                     << "test@"
                                     << "Nothing after";
    QTest::newRow("email no tld") << "em"
                                  << "test@example"
                                  << "ending";
    QTest::newRow("email double dot") << "em"
                                      << "test..test@example.com"
                                      << "two dots";
    QTest::newRow("email no local") << "em"
                                    << "@example.com"
                                    << "Nothing before";
    QTest::newRow("email no at") << "em"
                                 << "john.example.com"
                                 << "no '@'";
    QTest::newRow("phone no digits") << "ph"
                                     << "call me"
                                     << "no digits";
    QTest::newRow("gender") << "ge"
                            << "x"
                            << "only m or f";
    QTest::newRow("country code") << "country"
                                  << "zz"
                                  << "not a country code";
    QTest::newRow("country name") << "country"
                                  << "Atlantis"
                                  << "not a country";
    QTest::newRow("date") << "db"
                          << "31/31/1990"
                          << "not a real date";
    QTest::newRow("date words") << "db"
                                << "yesterday"
                                << "YYYY-MM-DD";
    QTest::newRow("only punctuation") << "fn"
                                      << "--"
                                      << "Nothing is left";
    QTest::newRow("unknown key") << "eml"
                                 << "a@b.co"
                                 << "not a user_data key";
}

void TestCapiUserData::refused()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, says);
    const UserDataValue value = normalizeUserData(field, input);
    QVERIFY2(value.error.contains(says), qPrintable(value.error));
    QVERIFY(value.hash.isEmpty());
    QVERIFY(value.normalized.isEmpty());
}

void TestCapiUserData::sha256Vectors()
{
    QCOMPARE(normalizeUserData(QStringLiteral("em"), QStringLiteral("test@example.com")).hash,
             QStringLiteral("973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b"));
    QCOMPARE(normalizeUserData(QStringLiteral("fn"), QStringLiteral("John")).hash,
             QStringLiteral("96d9632f363564cc3032521409cf22a852f2032eec099ed5967c0d000cec607a"));
    QCOMPARE(normalizeUserData(QStringLiteral("ph"), QStringLiteral("+1 650 555 1234")).hash,
             QStringLiteral("6069d14bf122fdfd931dc7beb58e5dfbba395b1faf05bdcd42d12358d63d8599"));
    QCOMPARE(normalizeUserData(QStringLiteral("country"), QStringLiteral("US")).hash,
             QStringLiteral("79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621"));
}

void TestCapiUserData::warnings_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("says");
    QTest::newRow("russian 8") << "ph"
                               << "8 (916) 123-45-67"
                               << "starts with 7 (79161234567)";
    QTest::newRow("short phone") << "ph"
                                 << "954-7888"
                                 << "country code";
    QTest::newRow("ambiguous slashes") << "db"
                                       << "03/04/1990"
                                       << "month 3, day 4";
    QTest::newRow("ambiguous dots") << "db"
                                    << "03.04.1990"
                                    << "day 3 of month 4";
    QTest::newRow("state mapped") << "st"
                                  << "North Carolina"
                                  << "code nc";
    QTest::newRow("region elsewhere") << "st"
                                      << "Московская область"
                                      << "Not a US state";
    QTest::newRow("country mapped") << "country"
                                    << "United Kingdom"
                                    << "code gb";
    QTest::newRow("cyrillic city") << "ct"
                                   << "Санкт-Петербург"
                                   << "Not Latin";
    QTest::newRow("accented name") << "fn"
                                   << "José"
                                   << "Not Latin";
}

void TestCapiUserData::warnings()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, says);
    const UserDataValue value = normalizeUserData(field, input);
    QVERIFY2(value.error.isEmpty(), qPrintable(value.error));
    QVERIFY(!value.hash.isEmpty());
    QVERIFY2(value.warnings.join(u' ').contains(says), qPrintable(value.warnings.join(u' ')));
}

void TestCapiUserData::hashesAndPlainKeysPassThrough()
{
    const QString hash = QStringLiteral("973DFE463EC85785F5F95AF5BA3906EEDB2D931C24E69824A89EA65DBA4E813B");
    const UserDataValue hashed = normalizeUserData(QStringLiteral("em"), u' ' + hash + u' ');
    QVERIFY(hashed.alreadyHashed);
    QCOMPARE(hashed.hash, hash.toLower()); // lower-cased, never hashed again
    const UserDataValue fbc = normalizeUserData(
        QStringLiteral("fbc"), QStringLiteral("fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890"));
    QVERIFY(fbc.hash.isEmpty()); // never hashed, case kept
    QCOMPARE(fbc.normalized, QStringLiteral("fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890"));
    QVERIFY(isPlainUserDataKey(QStringLiteral("client_user_agent")));
    QVERIFY(isHashedUserDataKey(QStringLiteral("external_id")));
}

QTEST_GUILESS_MAIN(TestCapiUserData)
#include "tst_capiuserdata.moc"
