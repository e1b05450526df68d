#pragma once

#include "batch/conversiontable.h"
#include "store/sendledger.h"

#include <QHash>
#include <QList>
#include <array>
#include <functional>

namespace pbw {

// What became of a re-fired callback, in the buyer's question: did the partner take it?
enum class RefireOutcome {
    Accepted, // answered, and the verdict accepts the answer
    Refused, // answered, and the verdict does not accept it (or cannot tell that it did)
    Error, // no answer: a transport failure after the retries, or in flight when a run stopped
    NotSent, // planned and not sent yet, or left out
};
inline constexpr RefireOutcome allRefireOutcomes[]{RefireOutcome::Accepted, RefireOutcome::Refused,
                                                   RefireOutcome::Error, RefireOutcome::NotSent};
inline constexpr int refireOutcomeCount = 4;

RefireOutcome refireOutcome(const LedgerEntry& entry);
QString refireOutcomeName(RefireOutcome outcome); // translated: "accepted", "refused"…

// One conversion's re-fire as the ledger of the case keeps it.
struct RowRefire
{
    RefireOutcome outcome = RefireOutcome::NotSent;
    int httpStatus = 0; // 0 without an answer
    int exchangeNumber = 0; // the exchange kept in the case for the last attempt; 0: none (or removed)
    QString said; // the ledger's words: the transport error, or the verdict's summary
};

// The ledger of a case laid over a batch's tracker rows: which rows' conversions (their keys: click
// ID, with the transaction ID when there is one) it holds, and how each went. A row is looked up by
// its number, with nothing computed: what a filter over a million rows reads.
struct RowRefires
{
    QList<RowRefire> refires; // one per ledger entry some row has
    QList<qint32> refireOfRow; // per tracker row: an index into refires; -1, or past the end: none
    std::array<qint64, refireOutcomeCount> rows{}; // tracker rows per outcome

    const RowRefire* of(qsizetype row) const
    {
        const qint32 index = row >= 0 && row < refireOfRow.size() ? refireOfRow.at(row) : -1;
        return index >= 0 ? &refires.at(index) : nullptr;
    }
    qint64 count(RefireOutcome outcome) const { return rows.at(size_t(outcome)); }
};

// exchangeNumbers: the case's exchanges, id → number (the ledger keeps the exchange's id). Stops early
// (with what it has) when stop says so.
RowRefires refiresOfRows(const batch::ConversionTable& tracker, const QList<LedgerEntry>& ledger,
                         const QHash<qint64, int>& exchangeNumbers, const std::function<bool()>& stop = {});

} // namespace pbw
