// The click-ID extractor against DOMAIN.md's table, the places a parameter hides (fragment,
// nested and twice-encoded URLs, a pasted text), shape checks, the user's own names; the link
// builder and the QA click ID.
#include "analysis/clickids.h"
#include "analysis/linkbuilder.h"
#include "i18n/language.h"

#include <QRegularExpression>
#include <QTest>

using namespace pbw;

class TestClickIds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::apply(QStringLiteral("en")); }
    void knownParameters_data();
    void knownParameters();
    void wherever_data();
    void wherever();
    void severalUrlsInAText();
    void macroIsNotAValue();
    void usersOwnNames();
    void shippedTableIsSound();
    void linkBuilder_data();
    void linkBuilder();
    void qaClickIdIsRecognisable();
};

void TestClickIds::knownParameters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("shapeOk");
    QTest::newRow("gclid modern") << "gclid"
                                  << "Cj0KCQiA5rGuBhCnARIsAN11vgSFmTr2yFvDq9_1"
                                  << "click-id" << true;
    QTest::newRow("gclid truncated") << "gclid"
                                     << "Cj0KCQiA"
                                     << "click-id" << false;
    QTest::newRow("gbraid") << "gbraid"
                            << "0AAAAADnE3k8bWJfqYkGRtk7Xqr9Jx1ABC"
                            << "click-id" << true;
    QTest::newRow("gbraid wrong prefix") << "gbraid"
                                         << "1BBBBBDnE3k8bWJfqYkGRtk7Xqr9Jx1ABC"
                                         << "click-id" << false;
    QTest::newRow("fbclid legacy") << "fbclid"
                                   << "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk"
                                   << "click-id" << true;
    QTest::newRow("fbclid truncated") << "fbclid"
                                      << "IwAR2F4-dbP0"
                                      << "click-id" << false;
    QTest::newRow("msclkid") << "msclkid"
                             << "4d0f6b53b1a115a5f0cb8fa37d6e1f2c"
                             << "click-id" << true;
    QTest::newRow("msclkid upper-case is still hex") << "msclkid"
                                                     << "4D0F6B53B1A115A5F0CB8FA37D6E1F2C"
                                                     << "click-id" << true;
    QTest::newRow("yclid") << "yclid"
                           << "4837592017563829104"
                           << "click-id" << true;
    QTest::newRow("yclid with letters") << "yclid"
                                        << "48375920175638291ab"
                                        << "click-id" << false;
    QTest::newRow("ttclid") << "ttclid"
                            << "E.C.P.CqgBXmX2b7yd8oWqRkG3n2hPj1ZLdnTxYx1k2uBqE"
                            << "click-id" << true;
    QTest::newRow("twclid") << "twclid"
                            << "2-1x5h3k9d2m7q0w4e6r8t1y"
                            << "click-id" << true;
    QTest::newRow("li_fat_id") << "li_fat_id"
                               << "5ef1c3c2-9a7e-4b8f-8c1d-2f3e4a5b6c7d"
                               << "click-id" << true;
    QTest::newRow("ScCid any case") << "ScCid"
                                    << "8d4e1b2a-77f3-4c1e-9a2b-0c1d2e3f4a5b"
                                    << "click-id" << true;
    QTest::newRow("epik") << "epik"
                          << "dj0yJnU9Z0x2dVRrWnBGQ2tKZkJ1c2VyX2lk"
                          << "click-id" << true;
    QTest::newRow("rdt_cid") << "rdt_cid"
                             << "4512398745123987451"
                             << "click-id" << true;
    QTest::newRow("irclickid") << "irclickid"
                               << "Wx9QmKRz-xyCWyL0sX3jAQ2uUkiQ1V0-abc"
                               << "click-id" << true;
    QTest::newRow("utm") << "utm_campaign"
                         << "spring sale"
                         << "utm" << true;
    QTest::newRow("gad_source is a marker") << "gad_source"
                                            << "1"
                                            << "marker" << true;
    QTest::newRow("Keitaro subid") << "subid"
                                   << "3f6kq9a1b2c3d4e5"
                                   << "tracker" << true;
    QTest::newRow("Everflow transaction_id") << "transaction_id"
                                             << "0f3c4b9a1d2e4f60a7b8c9d0e1f2a3b4"
                                             << "tracker" << true;
    QTest::newRow("sub1") << "sub1"
                          << "anything"
                          << "sub-id" << true;
    QTest::newRow("HubSpot by prefix") << "hsa_cam"
                                       << "12345"
                                       << "other" << true;
}

void TestClickIds::knownParameters()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, kind);
    QFETCH(bool, shapeOk);
    const QList<TrackingParam> found
        = extractTrackingParams(QStringLiteral("https://shop.example/p?x=1&%1=%2")
                                    .arg(name, QString::fromLatin1(QUrl::toPercentEncoding(value))));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, name);
    QCOMPARE(found.first().value, value);
    QCOMPARE(trackingKindKey(found.first().kind), kind);
    QVERIFY(!found.first().platform.isEmpty());
    QCOMPARE(found.first().shapeOk, shapeOk);
    QCOMPARE(found.first().shapeNote.isEmpty(), shapeOk);
}

void TestClickIds::wherever_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    const QString gclid = QStringLiteral("Cj0KCQiA5rGuBhCnARIsAN11vgSFmTr2yFvDq9_1");
    QTest::newRow("query") << QStringLiteral("https://a.example/?gclid=") + gclid << "query";
    QTest::newRow("SPA fragment") << QStringLiteral("https://a.example/#/offer?gclid=") + gclid << "fragment";
    QTest::newRow("plain fragment") << QStringLiteral("https://a.example/p#gclid=") + gclid << "fragment";
    QTest::newRow("nested once") << QStringLiteral("https://r.example/go?url=https%3A%2F%2Fb.example%2F%3Fgclid%3D")
            + gclid << "nested:url";
    QTest::newRow("nested twice-encoded")
        << QStringLiteral("https://r.example/go?u=https%253A%252F%252Fb.example%252F%253Fgclid%253D") + gclid
        << "nested:u";
    QTest::newRow("no scheme") << QStringLiteral("shop.example/p?gclid=") + gclid << "query";
    QTest::newRow("only a query") << QStringLiteral("gclid=") + gclid << "query";
}

void TestClickIds::wherever()
{
    QFETCH(QString, text);
    QFETCH(QString, where);
    const QList<TrackingParam> found = extractTrackingParams(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, QStringLiteral("gclid"));
    QCOMPARE(found.first().value, QStringLiteral("Cj0KCQiA5rGuBhCnARIsAN11vgSFmTr2yFvDq9_1"));
    QCOMPARE(found.first().where, where);
    QVERIFY(found.first().shapeOk);
}

void TestClickIds::severalUrlsInAText()
{
    const QString text = QStringLiteral(
        "Click: https://ad.example/c?msclkid=4d0f6b53b1a115a5f0cb8fa37d6e1f2c&utm_source=bing, landing \"https://"
        "shop.example/?yclid=4837592017563829104\" and <https://x.example/?irrelevant=1>.");
    const QList<TrackingParam> found = extractTrackingParams(text);
    QStringList names;
    for (const TrackingParam& param : found)
        names.append(param.name);
    QCOMPARE(names, (QStringList{QStringLiteral("msclkid"), QStringLiteral("utm_source"), QStringLiteral("yclid")}));
    QCOMPARE(found.at(1).value, QStringLiteral("bing,"));
}

void TestClickIds::macroIsNotAValue()
{
    const QList<TrackingParam> found
        = extractTrackingParams(QStringLiteral("https://t.example/c?cid=%7Bclickid%7D&fbclid="));
    QCOMPARE(found.size(), 2);
    QVERIFY(!found.at(0).shapeOk);
    QVERIFY(found.at(0).shapeNote.contains(QStringLiteral("{clickid}")));
    QCOMPARE(found.at(1).shapeNote, QStringLiteral("fbclid is empty."));
}

void TestClickIds::usersOwnNames()
{
    QStringList errors;
    ClickIdTable table = ClickIdTable::fromJson(
        R"({"params": [{"name": "gclid", "platform": "Google Ads", "kind": "click-id"}]})", &errors);
    table.merge(ClickIdTable::fromJson(
        R"({"params": [{"name": "partner_click", "platform": "Our network", "kind": "tracker",
                        "shapes": [{"charset": "hex", "min": 16, "max": 16}]}]})",
        &errors));
    QCOMPARE(errors, QStringList());
    const QList<TrackingParam> found
        = extractTrackingParams(QStringLiteral("https://a.example/?partner_click=00ff00ff00ff00ff&gclid=x"), table);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.first().platform, QStringLiteral("Our network"));
    QVERIFY(found.first().shapeOk);
    ClickIdTable::fromJson(R"({"params": [{"name": "x", "kind": "nonsense"}]})", &errors);
    QCOMPARE(errors.size(), 1);
}

void TestClickIds::shippedTableIsSound()
{
    QFile file(QStringLiteral(":/rules/clickids.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList errors;
    const ClickIdTable table = ClickIdTable::fromJson(file.readAll(), &errors);
    QCOMPARE(errors, QStringList());
    QVERIFY(table.size() >= 70);
    for (const char* name : {"gclid", "gbraid", "wbraid", "dclid", "fbclid", "ttclid", "msclkid", "yclid", "twclid",
                             "li_fat_id", "ScCid", "epik", "rdt_cid", "irclickid", "utm_source", "subid", "aff_sub"})
        QVERIFY2(table.find(QString::fromLatin1(name)), name);
}

void TestClickIds::linkBuilder_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("notes");
    QTest::newRow("append") << "https://t.example/click"
                            << "subid"
                            << "{clickid}"
                            << "https://t.example/click?subid={clickid}" << 0;
    QTest::newRow("replace, fragment kept") << "https://t.example/c?a=1&subid=old#top"
                                            << "subid"
                                            << "qa-1"
                                            << "https://t.example/c?a=1&subid=qa-1#top" << 0;
    QTest::newRow("escapes kept") << "https://t.example/c"
                                  << "utm_campaign"
                                  << "spring%20sale"
                                  << "https://t.example/c?utm_campaign=spring%20sale" << 0;
    QTest::newRow("what would end the value") << "https://t.example/c?x=1"
                                              << "utm_campaign"
                                              << "a&b #1+2 100%"
                                              << "https://t.example/c?x=1&utm_campaign=a%26b%20%231%2B2%20100%25" << 1;
}

void TestClickIds::linkBuilder()
{
    QFETCH(QString, base);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QFETCH(int, notes);
    const BuiltLink built = buildTrackingLink(base, {{name, value}});
    QCOMPARE(built.url, expected);
    QCOMPARE(built.notes.size(), notes);
    QCOMPARE(macroFor(QStringLiteral("#x#"), QStringLiteral("s2")), QStringLiteral("#s2#"));
    QCOMPARE(macroFor(QStringLiteral("${x}"), QStringLiteral("SUBID")), QStringLiteral("${SUBID}"));
}

void TestClickIds::qaClickIdIsRecognisable()
{
    const QString id = qaClickId(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
    QVERIFY2(QRegularExpression(QStringLiteral("^qa-20261123-[a-z2-9]{4}$")).match(id).hasMatch(), qPrintable(id));
    QVERIFY(qaClickId() != qaClickId() || qaClickId() != qaClickId()); // fresh each time
}

QTEST_GUILESS_MAIN(TestClickIds)
#include "tst_clickids.moc"
