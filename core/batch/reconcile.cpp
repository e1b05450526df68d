#include "reconcile.h"

#include <QCoreApplication>
#include <QHash>

namespace pbw::batch {

namespace {

class Batch
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

quint64 hashOf(QByteArrayView key)
{
    quint64 hash = 14695981039346656037ull; // FNV-1a: click IDs are short
    for (const char c : key)
        hash = (hash ^ uchar(c)) * 1099511628211ull;
    return hash ^ (hash >> 29);
}

// The partner's rows by click ID: an open-addressing table of the first row of each click ID (its
// hash beside it, so that a probe seldom reads a key), and a chain of the next row of the same click
// ID in file order. Two arrays of integers per table: a million rows take 24 MB, not the 100 MB of
// a node-based hash.
class ClickIndex
{
public:
    ClickIndex(const ConversionTable& table)
        : m_table(table)
        , m_next(size_t(table.size()), -1)
    {
        size_t capacity = 16;
        while (capacity < size_t(table.size()) * 2)
            capacity *= 2;
        m_heads.assign(capacity, 0);
        m_hashes.assign(capacity, 0);
        m_mask = capacity - 1;
        for (qsizetype i = table.size() - 1; i >= 0; --i) { // backwards: each chain ends up in file order
            const QByteArrayView key = table.clickIdUtf8(i);
            if (key.isEmpty())
                continue;
            const size_t slot = findOrInsert(key);
            m_next[size_t(i)] = qint32(m_heads[slot]) - 1;
            m_heads[slot] = quint32(i) + 1;
        }
    }

    // The slot of a click ID, or npos.
    size_t slotOf(QByteArrayView key) const { return find(key, hashOf(key), false); }
    static constexpr size_t npos = size_t(-1);

    // The first row of the slot's chain not taken yet; the head moves past taken rows for good.
    qint32 take(size_t slot, const std::vector<qint32>& taken)
    {
        qint32 row = qint32(m_heads[slot]) - 1, last = row;
        while (row >= 0 && taken[size_t(row)] >= 0) {
            last = row;
            row = m_next[size_t(row)];
        }
        m_heads[slot] = quint32(row >= 0 ? row : last) + 1; // never 0: an emptied chain keeps its last row
        return row;
    }
    // The first row of the slot's chain, not taken, for which accept() holds; at most limit rows looked at.
    template <typename Accept>
    qint32 findIn(size_t slot, const std::vector<qint32>& taken, int limit, Accept accept) const
    {
        for (qint32 row = qint32(m_heads[slot]) - 1; row >= 0 && limit-- > 0; row = m_next[size_t(row)]) {
            if (taken[size_t(row)] < 0 && accept(row))
                return row;
        }
        return -1;
    }

private:
    size_t find(QByteArrayView key, quint64 hash, bool insert) const
    {
        const quint32 shortHash = quint32(hash >> 32) | 1u;
        for (size_t slot = size_t(hash) & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_heads[slot] == 0)
                return insert ? slot : npos;
            if (m_hashes[slot] == shortHash && m_table.clickIdUtf8(qsizetype(m_heads[slot]) - 1) == key)
                return slot;
        }
    }
    size_t findOrInsert(QByteArrayView key)
    {
        const quint64 hash = hashOf(key);
        const size_t slot = find(key, hash, true);
        m_hashes[slot] = quint32(hash >> 32) | 1u;
        return slot;
    }

    const ConversionTable& m_table;
    std::vector<quint32> m_heads; // row + 1; 0 = an empty slot
    std::vector<quint32> m_hashes;
    std::vector<qint32> m_next;
    size_t m_mask = 0;
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

    ClickIndex byClick(partner);
    std::vector<size_t> clickSlots(size_t(trackerRows), ClickIndex::npos);
    for (qsizetype t = 0; t < trackerRows; ++t) {
        const QByteArrayView key = tracker.clickIdUtf8(t);
        if (key.isEmpty())
            result.m_state[size_t(t)] |= quint8(NoClickId << 4);
        else
            clickSlots[size_t(t)] = byClick.slotOf(key);
    }
    // First, rows whose click ID and transaction ID are both equal (among the first 256 rows of a
    // click ID: more conversions than that for one click are paired in file order).
    if (tracker.has(ConversionField::TransactionId) && partner.has(ConversionField::TransactionId)) {
        for (qsizetype t = 0; t < trackerRows; ++t) {
            const QByteArrayView transactionId = tracker.transactionIdUtf8(t);
            if (clickSlots[size_t(t)] == ClickIndex::npos || transactionId.isEmpty())
                continue;
            const qint32 p = byClick.findIn(clickSlots[size_t(t)], taken, 256, [&](qint32 row) {
                return partner.transactionIdUtf8(row) == transactionId;
            });
            if (p >= 0)
                pair(t, p);
        }
    }
    // Then the rest by click ID, in file order.
    for (qsizetype t = 0; t < trackerRows; ++t) {
        if (result.m_partnerOfTracker[size_t(t)] < 0 && clickSlots[size_t(t)] != ClickIndex::npos) {
            if (const qint32 p = byClick.take(clickSlots[size_t(t)], taken); p >= 0)
                pair(t, p);
        }
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
