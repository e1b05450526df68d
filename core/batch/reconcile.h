#pragma once

#include "conversiontable.h"

#include <QList>
#include <QMap>
#include <vector>

namespace pbw::batch {

// Where a tracker row (or an unmatched partner row) ended up.
enum class MatchGroup : quint8 {
    Credited, // at the partner, same payout (to the cent) and same status
    PayoutDifferent, // at the partner with another payout or currency
    StatusDifferent, // at the partner with another status (wins over a payout difference)
    MissingAtPartner, // not in the partner's report: what the next steps explain and re-fire
    ExtraAtPartner, // a partner row no tracker row matches (partner rows only)
};
inline constexpr int matchGroupCount = 5;
inline constexpr MatchGroup allMatchGroups[]
    = {MatchGroup::Credited, MatchGroup::PayoutDifferent, MatchGroup::StatusDifferent, MatchGroup::MissingAtPartner,
       MatchGroup::ExtraAtPartner};

QString matchGroupKey(MatchGroup group); // "credited", "payout_different", "status_different", "missing", "extra"
QString matchGroupName(MatchGroup group); // translated

// What differs in a matched pair, and why a row could not be matched (flags).
enum Difference : quint8 {
    PayoutDiffers = 1,
    CurrencyDiffers = 2,
    StatusDiffers = 4,
    NoClickId = 8, // a tracker row without a click ID: it cannot be looked up
};

// Rows and money of one group. Money per currency ("" when the file has none): the tracker's
// payouts and the partner's, each side as its own file says.
struct GroupTotal
{
    qint64 rows = 0;
    QMap<QString, Amount> trackerMoney;
    QMap<QString, Amount> partnerMoney;
};

// The tracker's rows against the partner's: for every tracker row its group, what differs, and the
// index of its partner row; the partner rows nothing matched; totals per group. Indexes are the
// tables' row indexes (ConversionTable::row(i), line(i)), so the next steps (check each missing
// callback, judge its logged answer, re-fire) read the rows from the tables themselves.
class Reconciliation
{
public:
    qsizetype trackerRows() const { return qsizetype(m_partnerOfTracker.size()); }
    qsizetype partnerRows() const { return qsizetype(m_trackerOfPartner.size()); }

    MatchGroup group(qsizetype trackerRow) const { return MatchGroup(m_state[size_t(trackerRow)] & 0x0F); }
    quint8 differences(qsizetype trackerRow) const { return m_state[size_t(trackerRow)] >> 4; }
    qsizetype partnerRow(qsizetype trackerRow) const { return m_partnerOfTracker[size_t(trackerRow)]; } // -1
    qsizetype trackerRowOf(qsizetype partnerRow) const { return m_trackerOfPartner[size_t(partnerRow)]; } // -1
    const QList<qsizetype>& extraPartnerRows() const { return m_extra; }

    const GroupTotal& total(MatchGroup group) const { return m_totals[size_t(group)]; }
    bool allCredited() const;
    // Up to limit tracker rows of a group, in file order (for ExtraAtPartner: partner rows).
    QList<qsizetype> rowsIn(MatchGroup group, qsizetype limit) const;

private:
    friend Reconciliation reconcile(const ConversionTable&, const ConversionTable&);

    std::vector<quint8> m_state; // group | differences << 4, per tracker row
    std::vector<qint32> m_partnerOfTracker;
    std::vector<qint32> m_trackerOfPartner;
    QList<qsizetype> m_extra;
    std::array<GroupTotal, matchGroupCount> m_totals;
};

// Matches by click ID. Where several rows share a click ID (a lead and then a sale, rebills), rows
// whose transaction IDs are equal are paired first, then the rest in file order — so a partner whose
// transaction ID is its own conversion ID still matches. Click IDs are compared exactly (they are
// case-sensitive at Voluum, BeMob and others). Linear in the rows (hash tables), for 1M × 1M.
Reconciliation reconcile(const ConversionTable& tracker, const ConversionTable& partner);

} // namespace pbw::batch
