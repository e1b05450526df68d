// Reconciling a tracker's conversions with a partner's report (batch/reconcile.h): the groups, the
// pairing by click ID and transaction ID, the totals per currency, and the research fixtures of
// each preset pair end to end (read, then reconciled).
#include "batch/batchpresets.h"
#include "batch/csvreader.h"
#include "batch/reconcile.h"

#include <QFile>
#include <QTest>

using namespace pbw;
using namespace pbw::batch;

namespace {

ConversionRow conversion(const char* clickId, const char* transactionId, double payout, const char* status,
                         const char* currency = "USD")
{
    ConversionRow row;
    row.clickId = QLatin1String(clickId);
    row.transactionId = QLatin1String(transactionId);
    if (payout >= 0)
        row.payout = Amount(payout * amountScale + 0.5);
    row.status = QLatin1String(status);
    row.statusKind = StatusWords::builtIn().kindOf(row.status);
    row.currency = QLatin1String(currency);
    return row;
}

ConversionTable table(std::initializer_list<ConversionRow> rows, bool withTransactionIds = true)
{
    ConversionTable result;
    result.setPresent(ConversionField::ClickId);
    if (withTransactionIds)
        result.setPresent(ConversionField::TransactionId);
    qint64 line = 2;
    for (ConversionRow row : rows) {
        row.line = line++;
        result.append(row);
    }
    return result;
}

ConversionTable readFixture(const QString& name, const char* preset)
{
    QFile file(QStringLiteral(PBW_SOURCE_DIR "/tests/data/batch/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    ReadOptions options;
    options.mapping = BatchPresets::builtIn().find(QString::fromLatin1(preset))->mapping;
    auto read = readConversions(&file, options);
    if (!read)
        qFatal("%s", qPrintable(read.error().message(name)));
    return std::move(*read);
}

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT

private slots:
    void groups();
    void transactionIdsPairFirst();
    void partnerOwnTransactionIds();
    void totalsPerCurrency();
    void allCredited();
    void statusWordsOfBothSides();
    void fixturePairs_data();
    void fixturePairs();
};

void TestReconcile::groups()
{
    const ConversionTable tracker = table({
        conversion("a", "", 49.90, "sale"),
        conversion("b", "", 49.90, "sale"),
        conversion("c", "", 25.00, "lead"),
        conversion("d", "", 10.00, "sale"),
        conversion("", "", 5.00, "sale"),
        conversion("e", "", 1.2345, "sale"),
    });
    const ConversionTable partner = table({
        conversion("x", "", 18.75, "approved"),
        conversion("b", "", 45.00, "approved"),
        conversion("c", "", 25.00, "rejected"),
        conversion("a", "", 49.90, "approved"),
        conversion("e", "", 1.23, "approved"),
    });
    const Reconciliation result = reconcile(tracker, partner);
    QCOMPARE(result.group(0), MatchGroup::Credited);
    QCOMPARE(result.partnerRow(0), 3);
    QCOMPARE(result.group(1), MatchGroup::PayoutDifferent);
    QCOMPARE(result.differences(1), quint8(PayoutDiffers));
    QCOMPARE(result.group(2), MatchGroup::StatusDifferent);
    QCOMPARE(result.group(3), MatchGroup::MissingAtPartner);
    QCOMPARE(result.partnerRow(3), -1);
    QCOMPARE(result.group(4), MatchGroup::MissingAtPartner);
    QCOMPARE(result.differences(4), quint8(NoClickId));
    QCOMPARE(result.group(5), MatchGroup::Credited); // the same to the cent
    QCOMPARE(result.extraPartnerRows(), QList<qsizetype>{0});
    QCOMPARE(result.trackerRowOf(0), -1);
    QCOMPARE(result.trackerRowOf(3), 0);
    QCOMPARE(result.total(MatchGroup::Credited).rows, 2);
    QCOMPARE(result.total(MatchGroup::MissingAtPartner).rows, 2);
    QCOMPARE(result.total(MatchGroup::MissingAtPartner).trackerMoney.value(QStringLiteral("USD")), 150000);
    QCOMPARE(result.total(MatchGroup::ExtraAtPartner).rows, 1);
    QCOMPARE(result.total(MatchGroup::ExtraAtPartner).partnerMoney.value(QStringLiteral("USD")), 187500);
    QCOMPARE(result.total(MatchGroup::PayoutDifferent).partnerMoney.value(QStringLiteral("USD")), 450000);
    QCOMPARE(result.rowsIn(MatchGroup::MissingAtPartner, 10), (QList<qsizetype>{3, 4}));
    QVERIFY(!result.allCredited());
}

void TestReconcile::transactionIdsPairFirst()
{
    // One click, a lead then a sale (two transactions); the partner has only the sale, listed first.
    const ConversionTable tracker = table({conversion("a", "t1", 0, "lead"), conversion("a", "t2", 49.90, "sale")});
    const ConversionTable partner = table({conversion("a", "t2", 49.90, "approved")});
    const Reconciliation result = reconcile(tracker, partner);
    QCOMPARE(result.group(0), MatchGroup::MissingAtPartner);
    QCOMPARE(result.group(1), MatchGroup::Credited);
    QCOMPARE(result.partnerRow(1), 0);
}

void TestReconcile::partnerOwnTransactionIds()
{
    // Everflow's conversion_id is its own: never equal to the tracker's tid, still the same conversion.
    const ConversionTable tracker
        = table({conversion("a", "tx-1", 49.90, "sale"), conversion("a", "tx-2", 49.90, "sale")});
    const ConversionTable partner = table({conversion("a", "9f3e", 49.90, "approved")});
    const Reconciliation result = reconcile(tracker, partner);
    QCOMPARE(result.group(0), MatchGroup::Credited);
    QCOMPARE(result.group(1), MatchGroup::MissingAtPartner);
}

void TestReconcile::totalsPerCurrency()
{
    const ConversionTable tracker
        = table({conversion("a", "", 10, "sale", "USD"), conversion("b", "", 20, "sale", "EUR"),
                 conversion("c", "", 5, "sale", "EUR"), conversion("d", "", 7, "sale", "EUR")});
    const ConversionTable partner
        = table({conversion("a", "", 10, "approved", "EUR"), conversion("c", "", 5, "approved", "EUR")});
    const Reconciliation result = reconcile(tracker, partner);
    QCOMPARE(result.group(0), MatchGroup::PayoutDifferent);
    QCOMPARE(result.differences(0), quint8(CurrencyDiffers));
    const GroupTotal& missing = result.total(MatchGroup::MissingAtPartner);
    QCOMPARE(missing.rows, 2);
    QCOMPARE(missing.trackerMoney.size(), 1);
    QCOMPARE(missing.trackerMoney.value(QStringLiteral("EUR")), 270000);
}

void TestReconcile::allCredited()
{
    const ConversionTable tracker = table({conversion("a", "", 10, "sale"), conversion("b", "", 5, "lead")});
    const ConversionTable partner = table({conversion("b", "", 5, "pending"), conversion("a", "", 10, "approved")});
    QVERIFY(reconcile(tracker, partner).allCredited());
    const ConversionTable more = table(
        {conversion("b", "", 5, "pending"), conversion("a", "", 10, "approved"), conversion("z", "", 1, "approved")});
    QVERIFY(!reconcile(tracker, more).allCredited()); // an extra one is a difference too
}

void TestReconcile::statusWordsOfBothSides()
{
    // Unknown words on one side prove nothing; the same unknown word on both sides is no difference.
    const ConversionTable tracker = table({conversion("a", "", 10, "7"), conversion("b", "", 10, "x1")});
    const ConversionTable partner = table({conversion("a", "", 10, "approved"), conversion("b", "", 10, "X1")});
    const Reconciliation result = reconcile(tracker, partner);
    QCOMPARE(result.group(0), MatchGroup::Credited);
    QCOMPARE(result.group(1), MatchGroup::Credited);
}

void TestReconcile::fixturePairs_data()
{
    QTest::addColumn<QString>("trackerFile");
    QTest::addColumn<QString>("trackerPreset");
    QTest::addColumn<QString>("partnerFile");
    QTest::addColumn<QString>("partnerPreset");
    QTest::addColumn<QList<int>>("counts"); // credited, payout, status, missing, extra
    QTest::newRow("keitaro → everflow") << "keitaro-conversions.csv"
                                        << "keitaro"
                                        << "everflow-conversions.csv"
                                        << "everflow" << QList<int>{6, 1, 1, 2, 1};
    QTest::newRow("keitaro cp1251 → everflow") << "keitaro-ru-cp1251.csv"
                                               << "keitaro"
                                               << "everflow-conversions.csv"
                                               << "everflow" << QList<int>{6, 1, 1, 2, 1};
}

void TestReconcile::fixturePairs()
{
    QFETCH(QString, trackerFile);
    QFETCH(QString, trackerPreset);
    QFETCH(QString, partnerFile);
    QFETCH(QString, partnerPreset);
    QFETCH(QList<int>, counts);
    const ConversionTable tracker = readFixture(trackerFile, qPrintable(trackerPreset));
    const ConversionTable partner = readFixture(partnerFile, qPrintable(partnerPreset));
    const Reconciliation result = reconcile(tracker, partner);
    QList<int> found;
    for (const MatchGroup group : allMatchGroups)
        found.append(int(result.total(group).rows));
    QCOMPARE(found, counts);
}

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
