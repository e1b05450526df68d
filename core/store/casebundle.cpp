#include "store/casebundle.h"

#include "secrets/redaction.h"
#include "store/casestore.h"

#include <QHash>
#include <QJsonArray>

namespace pbw {

namespace {

// Position (1-based) of each id in a list.
template <typename T> QHash<qint64, qint64> positions(const QList<T>& items)
{
    QHash<qint64, qint64> out;
    for (qsizetype i = 0; i < items.size(); ++i)
        out.insert(items.at(i).id, i + 1);
    return out;
}

// The keychain entries of this machine mean nothing elsewhere: where a secret was stays, its ref goes.
QJsonObject withoutSecretRefs(QJsonObject data)
{
    QJsonArray secrets = data.value(QStringLiteral("secrets")).toArray();
    if (secrets.isEmpty())
        return data;
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        QJsonObject secret = secrets.at(i).toObject();
        secret.insert(QStringLiteral("ref"), QJsonValue());
        secrets[i] = secret;
    }
    data.insert(QStringLiteral("secrets"), secrets);
    return data;
}

} // namespace

Result<CaseBundle, StoreError> bundleOf(const CaseStore& store, qint64 caseId, bool keepSecretRefs)
{
    const auto record = store.caseById(caseId);
    if (!record)
        return record.error();
    auto exchanges = store.exchanges(caseId);
    auto notes = store.notes(caseId);
    auto attachments = store.attachments(caseId);
    auto checklist = store.checklist(caseId);
    auto reconciliations = store.reconciliations(caseId);
    const auto ledger = store.ledger(caseId);
    for (const std::optional<StoreError>& failed : {errorOf(exchanges), errorOf(notes), errorOf(attachments),
                                                    errorOf(checklist), errorOf(reconciliations), errorOf(ledger)}) {
        if (failed)
            return *failed;
    }
    CaseBundle bundle;
    bundle.record = *record;
    bundle.record.id = 0;
    bundle.exchanges = std::move(*exchanges);
    bundle.notes = std::move(*notes);
    bundle.attachments = std::move(*attachments);
    bundle.checklist = std::move(*checklist);
    bundle.reconciliations = std::move(*reconciliations);
    bundle.ledger = ledgerTotals(*ledger);
    bundle.record.exchangeCount = int(bundle.exchanges.size());

    const auto exchangeAt = positions(bundle.exchanges);
    const auto noteAt = positions(bundle.notes);
    const auto attachmentAt = positions(bundle.attachments);
    for (ChecklistStep& step : bundle.checklist) {
        step.exchangeId = exchangeAt.value(step.exchangeId);
        step.noteId = noteAt.value(step.noteId);
        step.attachmentId = attachmentAt.value(step.attachmentId);
    }
    bundle.record.pairFirst = exchangeAt.value(bundle.record.pairFirst);
    bundle.record.pairSecond = exchangeAt.value(bundle.record.pairSecond);
    for (const LedgerEntry& entry : *ledger) {
        if (const qint64 position = exchangeAt.value(entry.exchangeId); position > 0)
            bundle.refiredByLedger.insert(position);
    }
    for (ReconciliationRecord& reconciliation : bundle.reconciliations) {
        reconciliation.id = 0;
        reconciliation.caseId = 0;
    }
    for (qsizetype i = 0; i < bundle.exchanges.size(); ++i) {
        StoredExchange& exchange = bundle.exchanges[i];
        exchange.id = i + 1;
        exchange.caseId = 0;
        if (!keepSecretRefs)
            exchange.data = withoutSecretRefs(exchange.data);
    }
    for (qsizetype i = 0; i < bundle.notes.size(); ++i) {
        bundle.notes[i].id = i + 1;
        bundle.notes[i].caseId = 0;
    }
    for (qsizetype i = 0; i < bundle.attachments.size(); ++i) {
        bundle.attachments[i].id = i + 1;
        bundle.attachments[i].caseId = 0;
    }
    return bundle;
}

qint64 CaseBundle::exchangeNumber(qint64 position) const
{
    if (position < 1 || position > exchanges.size())
        return 0;
    const int number = exchanges.at(position - 1).number;
    return number > 0 ? number : position;
}

bool CaseBundle::isRefired(qint64 position) const
{
    return refiredByLedger.contains(position)
        || (position >= 1 && position <= exchanges.size() && isRefiredSaid(exchanges.at(position - 1).noteSaid));
}

CaseBundle checkedForSecrets(CaseBundle bundle, const SecretNames& names)
{
    for (StoredExchange& stored : bundle.exchanges) {
        const Redacted redacted = redact(stored.exchange(), names);
        if (!redacted.secrets.isEmpty())
            stored.data = stored.dataWith(redacted.exchange, redacted.secrets);
    }
    bundle.secretsChecked = true;
    return bundle;
}

QString ImportProblem::message() const
{
    QString text;
    switch (kind) {
    case Kind::Unreadable:
        text = tr("The file cannot be read.");
        break;
    case Kind::TooLarge:
        text = tr("The file is too large to import.");
        break;
    case Kind::NotJson:
        text = tr("The file is not JSON, or it is cut short.");
        break;
    case Kind::NotACaseFile:
        text = tr("The file is JSON, but not a Postback Workbench case file.");
        break;
    case Kind::NewerVersion:
        text = tr("The case file was written by a newer version of Postback Workbench; update it to open the "
                  "file.");
        break;
    case Kind::BadField:
        text = tr("The case file is damaged: a field has the wrong type or value.");
        break;
    case Kind::NotHar:
        text = tr("The file is JSON, but not a HAR file (no log.entries).");
        break;
    case Kind::Empty:
        text = tr("The file holds no request to import.");
        break;
    case Kind::NotOurs:
        text = tr("The file is JSON, but neither a Postback Workbench case file nor a HAR file.");
        break;
    case Kind::NoRequest:
        text = tr("No entry of the HAR file is a request that can be imported.");
        break;
    case Kind::BadBase64:
        text = tr("A body or file in it is declared as base64 but is not valid base64.");
        break;
    case Kind::DigestMismatch:
        text = tr("An attached file does not match its SHA-256 checksum: the file was changed or damaged.");
        break;
    case Kind::FieldTooLarge:
        text = tr("A field in it is larger than this program imports.");
        break;
    case Kind::Cancelled:
        text = tr("The import was cancelled; nothing was imported.");
        break;
    }
    return detail.isEmpty() ? text : text + QLatin1Char(' ') + tr("(%1)").arg(detail);
}

ImportProblem ImportProblem::of(Kind kind, const QString& detail)
{
    ImportProblem problem;
    problem.kind = kind;
    problem.detail = detail;
    return problem;
}

} // namespace pbw
