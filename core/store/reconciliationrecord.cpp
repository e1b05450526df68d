#include "store/reconciliationrecord.h"

#include "batch/missingcheck.h"
#include "batch/reconcile.h"

namespace pbw {

QJsonObject batchCauseSaid(const batch::Cause& cause, int status)
{
    QJsonObject said{{QStringLiteral("key"), QStringLiteral("batch-cause")},
                     {QStringLiteral("layer"), layerKey(cause.key.layer)},
                     {QStringLiteral("bucket"), bucketKey(cause.key.bucket)}};
    const auto add = [&said](const char* name, const QString& value) {
        if (!value.isEmpty())
            said.insert(QLatin1String(name), value);
    };
    add("finding", cause.key.findingId);
    add("param", cause.firstError ? cause.firstError->param : QString());
    add("detail", cause.key.detail);
    add("message", cause.verdict.message);
    if (status > 0)
        said.insert(QStringLiteral("status"), status);
    return said;
}

ReconciliationRecord reconciliationRecord(const batch::ConversionTable& tracker, const batch::Reconciliation& result,
                                          const batch::MissingCheck* check)
{
    ReconciliationRecord record;
    record.trackerRows = result.trackerRows();
    record.partnerRows = result.partnerRows();
    for (const batch::MatchGroup group : batch::allMatchGroups) {
        const batch::GroupTotal& total = result.total(group);
        record.groups.append({batch::matchGroupKey(group), total.rows, total.trackerMoney, total.partnerMoney});
    }
    if (!check)
        return record;
    record.checked = true;
    record.checkedRows = check->checked;
    record.withCallback = check->withCallback;
    record.withAnswer = check->withAnswer;
    record.rebuilt = check->refire.size();
    for (const batch::Cause& cause : check->causes) {
        ReconciliationRecord::Cause kept;
        const qsizetype first = cause.examples.value(0, -1);
        kept.said = batchCauseSaid(cause, first >= 0 ? tracker.answerStatus(first) : 0);
        kept.rows = cause.rows;
        kept.money = cause.money;
        for (const qsizetype row : cause.examples)
            kept.examples.append(tracker.clickId(row));
        record.causes.append(std::move(kept));
    }
    return record;
}

} // namespace pbw
