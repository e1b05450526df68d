#include "refire/refireplan.h"

#include "store/casestore.h"

#include <QHash>
#include <QSet>
#include <QUrl>

namespace pbw {

bool RefirePreview::heldAllAccepted() const
{
    return std::all_of(held.cbegin(), held.cend(), [](const LedgerEntry& entry) {
        return entry.state == LedgerEntry::State::Sent && entry.layer == QLatin1String("ok");
    });
}

Result<RefirePreview, StoreError> previewRefire(const CaseStore& store, qint64 caseId, const QList<PlannedSend>& sends,
                                                const QStringList& resend)
{
    const auto ledger = store.ledger(caseId);
    if (!ledger)
        return ledger.error();
    QHash<QString, LedgerEntry> known;
    for (const LedgerEntry& entry : *ledger)
        known.insert(entry.key, entry);
    RefirePreview preview;
    QSet<QString> hosts;
    for (const PlannedSend& send : sends) {
        const auto found = known.constFind(send.key);
        if (found != known.cend() && !found->mayBeSent() && !resend.contains(send.key)) {
            preview.held.append(*found);
            continue;
        }
        preview.toSend.append(send);
        hosts.insert(QUrl(send.url).host());
    }
    preview.hosts = hosts.values();
    preview.hosts.sort();
    return preview;
}

Result<QList<RefireItem>, StoreError> planRefire(CaseStore& store, qint64 caseId, const QString& batch,
                                                 const QList<PlannedSend>& sends, int timeoutMs)
{
    if (const auto planned = store.planSends(caseId, batch, sends); !planned)
        return planned.error();
    const auto ledger = store.ledger(caseId);
    if (!ledger)
        return ledger.error();
    QHash<QString, QString> urlOf;
    for (const PlannedSend& send : sends)
        urlOf.insert(send.key, send.url);
    QList<RefireItem> items;
    for (const LedgerEntry& entry : *ledger) {
        if (!urlOf.contains(entry.key) || !entry.mayBeSent())
            continue;
        ReplayRequest request;
        request.url = urlOf.value(entry.key);
        request.options.timeoutMs = timeoutMs;
        items.append({entry.id, entry.key, request});
    }
    return items;
}

} // namespace pbw
