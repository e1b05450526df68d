#include "reconcile.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

namespace pbw::batch {

namespace {

class Batch
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

struct PairKey
{
    QByteArrayView clickId;
    QByteArrayView transactionId;
    bool operator==(const PairKey&) const = default;
};

size_t qHash(const PairKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.clickId, key.transactionId);
}

// Rows of the partner's table with the same key, in file order: the first index per key, and the
// next index of each row (-1 at the end), with a cursor that skips rows already taken.
template <typename Key> struct Chains
{
    QHash<Key, qint32> first;
    std::vector<qint32> next;

    void build(qsizetype rows, const std::function<std::optional<Key>(qsizetype)>& keyOf)
    {
        next.assign(size_t(rows), -1);
        first.reserve(rows);
        for (qsizetype i = rows - 1; i >= 0; --i) {
            if (const std::optional<Key> key = keyOf(i)) {
                qint32& head = first[*key]; // stored + 1: a new entry is 0
                next[size_t(i)] = head - 1;
                head = qint32(i) + 1;
            }
        }
    }
    // The first row of the key not taken yet; the head moves past taken rows for good.
    qint32 take(const Key& key, const std::vector<qint32>& taken)
    {
        const auto it = first.find(key);
        if (it == first.end())
            return -1;
        qint32 row = *it - 1;
        while (row >= 0 && taken[size_t(row)] >= 0)
            row = next[size_t(row)];
        *it = row + 1;
        return row;
    }
};

bool statusesDiffer(const ConversionTable& tracker, qsizetype t, const ConversionTable& partner, qsizetype p)
{
    const StatusKind a = tracker.statusKind(t), b = partner.statusKind(p);
    if (a == StatusKind::None || b == StatusKind::None)
        return false;
    if (a == StatusKind::Other && b == StatusKind::Other)
        return tracker.status(t).compare(partner.status(p), Qt::CaseInsensitive) != 0;
    if (a == StatusKind::Other || b == StatusKind::Other)
        return false; // a word one side's table does not know: not a difference anyone can prove
    return a != b;
}

quint8 differencesOf(const ConversionTable& tracker, qsizetype t, const ConversionTable& partner, qsizetype p)
{
    quint8 differences = 0;
    const std::optional<Amount> a = tracker.payout(t), b = partner.payout(p);
    if (a && b && !sameToTheCent(*a, *b))
        differences |= PayoutDiffers;
    const QString& ca = tracker.currencies().at(tracker.currencyId(t));
    const QString& cb = partner.currencies().at(partner.currencyId(p));
    if (!ca.isEmpty() && !cb.isEmpty() && ca != cb)
        differences |= CurrencyDiffers;
    if (statusesDiffer(tracker, t, partner, p))
        differences |= StatusDiffers;
    return differences;
}

MatchGroup groupOf(quint8 differences)
{
    if (differences & StatusDiffers)
        return MatchGroup::StatusDifferent;
    if (differences & (PayoutDiffers | CurrencyDiffers))
        return MatchGroup::PayoutDifferent;
    return MatchGroup::Credited;
}

// Sums by the table's currency numbers while counting (a million rows look up no string), named at
// the end.
struct MoneyBySide
{
    struct Sum
    {
        Amount amount = 0;
        bool seen = false;
    };
    std::array<std::vector<Sum>, matchGroupCount> sums;

    void add(MatchGroup group, const ConversionTable& table, qsizetype row)
    {
        if (const std::optional<Amount> payout = table.payout(row)) {
            std::vector<Sum>& sum = sums[size_t(group)];
            const quint16 currency = table.currencyId(row);
            if (sum.size() <= currency)
                sum.resize(size_t(currency) + 1);
            sum[currency].amount += *payout;
            sum[currency].seen = true;
        }
    }
    void nameInto(std::array<GroupTotal, matchGroupCount>& totals, const ConversionTable& table, bool trackerSide)
    {
        for (size_t group = 0; group < sums.size(); ++group) {
            QMap<QString, Amount>& money = trackerSide ? totals[group].trackerMoney : totals[group].partnerMoney;
            for (size_t currency = 0; currency < sums[group].size(); ++currency) {
                if (const Sum& sum = sums[group][currency]; sum.seen)
                    money[table.currencies().at(qsizetype(currency))] += sum.amount;
            }
        }
    }
};

} // namespace

QString matchGroupKey(MatchGroup group)
{
    switch (group) {
    case MatchGroup::Credited:
        return QStringLiteral("credited");
    case MatchGroup::PayoutDifferent:
        return QStringLiteral("payout_different");
    case MatchGroup::StatusDifferent:
        return QStringLiteral("status_different");
    case MatchGroup::MissingAtPartner:
        return QStringLiteral("missing");
    case MatchGroup::ExtraAtPartner:
        return QStringLiteral("extra");
    }
    return {};
}

QString matchGroupName(MatchGroup group)
{
    switch (group) {
    case MatchGroup::Credited:
        return Batch::tr("Credited");
    case MatchGroup::PayoutDifferent:
        return Batch::tr("Payout different");
    case MatchGroup::StatusDifferent:
        return Batch::tr("Status different");
    case MatchGroup::MissingAtPartner:
        return Batch::tr("Missing at the partner");
    case MatchGroup::ExtraAtPartner:
        return Batch::tr("Extra at the partner");
    }
    return {};
}

bool Reconciliation::allCredited() const
{
    return m_extra.isEmpty() && total(MatchGroup::Credited).rows == trackerRows();
}

QList<qsizetype> Reconciliation::rowsIn(MatchGroup group, qsizetype limit) const
{
    if (group == MatchGroup::ExtraAtPartner)
        return m_extra.mid(0, limit);
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < trackerRows() && rows.size() < limit; ++i) {
        if (this->group(i) == group)
            rows.append(i);
    }
    return rows;
}

Reconciliation reconcile(const ConversionTable& tracker, const ConversionTable& partner)
{
    Reconciliation result;
    const qsizetype trackerRows = tracker.size(), partnerRows = partner.size();
    result.m_partnerOfTracker.assign(size_t(trackerRows), -1);
    result.m_trackerOfPartner.assign(size_t(partnerRows), -1);
    result.m_state.assign(size_t(trackerRows), quint8(MatchGroup::MissingAtPartner));
    std::vector<qint32>& taken = result.m_trackerOfPartner;
    const auto pair = [&](qsizetype t, qint32 p) {
        result.m_partnerOfTracker[size_t(t)] = p;
        taken[size_t(p)] = qint32(t);
    };

    // First, rows whose click ID and transaction ID are both equal.
    if (tracker.has(ConversionField::TransactionId) && partner.has(ConversionField::TransactionId)) {
        Chains<PairKey> byPair;
        byPair.build(partnerRows, [&](qsizetype i) -> std::optional<PairKey> {
            const PairKey key{partner.clickIdUtf8(i), partner.transactionIdUtf8(i)};
            return key.clickId.isEmpty() || key.transactionId.isEmpty() ? std::nullopt : std::optional(key);
        });
        for (qsizetype t = 0; t < trackerRows; ++t) {
            const PairKey key{tracker.clickIdUtf8(t), tracker.transactionIdUtf8(t)};
            if (key.clickId.isEmpty() || key.transactionId.isEmpty())
                continue;
            if (const qint32 p = byPair.take(key, taken); p >= 0)
                pair(t, p);
        }
    }
    // Then the rest by click ID, in file order.
    Chains<QByteArrayView> byClick;
    byClick.build(partnerRows, [&](qsizetype i) -> std::optional<QByteArrayView> {
        const QByteArrayView key = partner.clickIdUtf8(i);
        return key.isEmpty() ? std::nullopt : std::optional(key);
    });
    for (qsizetype t = 0; t < trackerRows; ++t) {
        if (result.m_partnerOfTracker[size_t(t)] >= 0)
            continue;
        const QByteArrayView key = tracker.clickIdUtf8(t);
        if (key.isEmpty()) {
            result.m_state[size_t(t)] |= quint8(NoClickId << 4);
            continue;
        }
        if (const qint32 p = byClick.take(key, taken); p >= 0)
            pair(t, p);
    }

    MoneyBySide trackerMoney, partnerMoney;
    for (qsizetype t = 0; t < trackerRows; ++t) {
        const qint32 p = result.m_partnerOfTracker[size_t(t)];
        MatchGroup group = MatchGroup::MissingAtPartner;
        if (p >= 0) {
            const quint8 differences = differencesOf(tracker, t, partner, p);
            group = groupOf(differences);
            result.m_state[size_t(t)] = quint8(quint8(group) | differences << 4);
            partnerMoney.add(group, partner, p);
        }
        ++result.m_totals[size_t(group)].rows;
        trackerMoney.add(group, tracker, t);
    }
    GroupTotal& extra = result.m_totals[size_t(MatchGroup::ExtraAtPartner)];
    for (qsizetype p = 0; p < partnerRows; ++p) {
        if (taken[size_t(p)] < 0) {
            result.m_extra.append(p);
            ++extra.rows;
            partnerMoney.add(MatchGroup::ExtraAtPartner, partner, p);
        }
    }
    trackerMoney.nameInto(result.m_totals, tracker, true);
    partnerMoney.nameInto(result.m_totals, partner, false);
    return result;
}

} // namespace pbw::batch
