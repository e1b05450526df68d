#include "rowrefires.h"

#include "analysis/verdict.h"
#include "batch/refirecandidate.h"

#include <QCoreApplication>

namespace pbw {

namespace {

class Refire
{
    Q_DECLARE_TR_FUNCTIONS(Refire)
};

} // namespace

RefireOutcome refireOutcome(const LedgerEntry& entry)
{
    switch (entry.state) {
    case LedgerEntry::State::Sent:
        return entry.layer == layerKey(Verdict::Layer::Ok) ? RefireOutcome::Accepted : RefireOutcome::Refused;
    case LedgerEntry::State::Failed:
    case LedgerEntry::State::Sending:
        return RefireOutcome::Error;
    case LedgerEntry::State::Planned:
    case LedgerEntry::State::Skipped:
        break;
    }
    return RefireOutcome::NotSent;
}

QString refireOutcomeName(RefireOutcome outcome)
{
    switch (outcome) {
    case RefireOutcome::Accepted:
        return Refire::tr("accepted");
    case RefireOutcome::Refused:
        return Refire::tr("refused");
    case RefireOutcome::Error:
        return Refire::tr("error");
    case RefireOutcome::NotSent:
        break;
    }
    return Refire::tr("not sent yet");
}

RowRefires refiresOfRows(const batch::ConversionTable& tracker, const QList<LedgerEntry>& ledger,
                         const QHash<qint64, int>& exchangeNumbers, const std::function<bool()>& stop)
{
    RowRefires out;
    if (ledger.isEmpty())
        return out;
    QHash<QString, qint32> entryOf;
    entryOf.reserve(ledger.size());
    for (qsizetype i = 0; i < ledger.size(); ++i)
        entryOf.insert(ledger.at(i).key, qint32(i));
    // An entry becomes a refire when a row first has it: one per conversion, however many rows repeat it.
    QList<qint32> refireOfEntry(ledger.size(), -1);
    out.refireOfRow.fill(-1, tracker.size());
    constexpr qsizetype stopCheckRows = 65'536;
    for (qsizetype row = 0; row < tracker.size(); ++row) {
        if (stop && row % stopCheckRows == 0 && stop())
            break;
        const auto found = entryOf.constFind(batch::refireKey(tracker, row));
        if (found == entryOf.cend())
            continue;
        qint32& refire = refireOfEntry[*found];
        if (refire < 0) {
            const LedgerEntry& entry = ledger.at(*found);
            refire = qint32(out.refires.size());
            out.refires.append(
                {refireOutcome(entry), entry.status, exchangeNumbers.value(entry.exchangeId), entry.error});
        }
        out.refireOfRow[row] = refire;
        ++out.rows[size_t(out.refires.at(refire).outcome)];
    }
    return out;
}

} // namespace pbw
