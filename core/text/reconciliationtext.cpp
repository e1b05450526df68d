#include "text/reconciliationtext.h"

#include "analysis/verdict.h"
#include "analysis/verdictmessages.h"
#include "batch/reconcile.h"
#include "net/transporterror.h"

#include <QCoreApplication>

namespace pbw {

namespace {

class ReconciliationText
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationText)
};

QString value(const QJsonObject& said, const char* key)
{
    return said.value(QLatin1String(key)).toString();
}

// What the log lacked, or the transport failure, in a few words.
QString detailWords(const QString& detail)
{
    if (detail.isEmpty())
        return {};
    if (detail == QLatin1String("no-answer"))
        return ReconciliationText::tr("no answer logged");
    if (detail == QLatin1String("no-callback"))
        return ReconciliationText::tr("no callback logged");
    return TransportError{TransportError::layerFromKindKey(detail), {}}.layerName().toLower();
}

// The money of a group as the buyer counts it: the partner's for what only the partner has.
QString groupMoney(const ReconciliationRecord::Group& group)
{
    const auto& money = group.key == batch::matchGroupKey(batch::MatchGroup::ExtraAtPartner) ? group.partnerMoney
                                                                                             : group.trackerMoney;
    return money.isEmpty() ? QString() : batch::moneyText(money);
}

QString fileWithPreset(const QString& file, const QString& preset)
{
    return preset.isEmpty() ? file : QStringLiteral("%1 (%2)").arg(file, preset);
}

} // namespace

QString groupTitle(const QString& key)
{
    for (const batch::MatchGroup group : batch::allMatchGroups) {
        if (batch::matchGroupKey(group) == key)
            return batch::matchGroupName(group);
    }
    return key;
}

QString causeHeadline(const QJsonObject& said)
{
    const QString layer = value(said, "layer");
    const QString bucket = value(said, "bucket");
    const auto knownLayer = layerFromKey(layer);
    const auto knownBucket = bucketFromKey(bucket);
    QStringList parts{knownLayer ? layerName(*knownLayer) : layer};
    if (knownBucket && *knownBucket != Verdict::Bucket::None && *knownBucket != Verdict::Bucket::Accepted)
        parts.append(bucketName(*knownBucket));
    else if (!knownBucket && !bucket.isEmpty())
        parts.append(bucket);
    if (const QString words = detailWords(value(said, "detail")); !words.isEmpty())
        parts.append(words);
    QString headline = parts.join(QStringLiteral(" · "));
    if (const QString finding = value(said, "finding"); !finding.isEmpty())
        headline += QStringLiteral(" [%1]").arg(finding);
    return headline;
}

QString causeSummary(const QJsonObject& said)
{
    const QString detail = value(said, "detail");
    const QString finding = value(said, "finding");
    const QString param = value(said, "param");
    const QString message = value(said, "message");
    QStringList sentences;
    if (detail == QLatin1String("no-callback"))
        sentences.append(
            ReconciliationText::tr("The log has no callback for this conversion: it may never have been sent."));
    else if (detail == QLatin1String("no-answer") && finding.isEmpty())
        sentences.append(ReconciliationText::tr(
            "No answer logged: the log does not say what the partner answered, or whether it answered at all."));
    else if (isKnownMessage(message))
        sentences.append(messageSummary(message, said.value(QLatin1String("status")).toInt()));
    if (!finding.isEmpty())
        sentences.append(param.isEmpty()
                             ? ReconciliationText::tr("The callback's first error: %1.").arg(finding)
                             : ReconciliationText::tr("The callback's first error: %1, in %2.").arg(finding, param));
    if (detail == QLatin1String("no-answer") && !finding.isEmpty())
        sentences.append(ReconciliationText::tr("No answer logged."));
    return sentences.join(u' ');
}

QString reconciledFiles(const ReconciliationRecord& record)
{
    return QStringLiteral("%1 × %2").arg(fileWithPreset(record.trackerFile, record.trackerPreset),
                                         fileWithPreset(record.partnerFile, record.partnerPreset));
}

QStringList reconciliationLines(const ReconciliationRecord& record, int number)
{
    const QString indent = QStringLiteral("       ");
    QStringList lines{QStringLiteral("  %1  %2  %3: %4, %5")
                          .arg(number)
                          .arg(record.made.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               reconciledFiles(record),
                               ReconciliationText::tr("%n tracker row(s)", nullptr, int(record.trackerRows)),
                               ReconciliationText::tr("%n partner row(s)", nullptr, int(record.partnerRows)))};
    QStringList groups;
    for (const ReconciliationRecord::Group& group : record.groups) {
        const QString money = groupMoney(group);
        groups.append(money.isEmpty()
                          ? QStringLiteral("%1: %2").arg(groupTitle(group.key)).arg(group.rows)
                          : QStringLiteral("%1: %2 (%3)").arg(groupTitle(group.key)).arg(group.rows).arg(money));
    }
    lines.append(indent + groups.join(QStringLiteral(" · ")));
    if (!record.checked)
        return lines;
    if (!record.causes.isEmpty())
        lines.append(indent + ReconciliationText::tr("Why they failed:"));
    for (const ReconciliationRecord::Cause& cause : record.causes) {
        QString line = indent
            + QStringLiteral("%1  %2  %3")
                  .arg(cause.rows, 6)
                  .arg(batch::moneyText(cause.money), causeHeadline(cause.said));
        if (!cause.examples.isEmpty())
            line += QStringLiteral("  ")
                + ReconciliationText::tr("e.g. %1").arg(cause.examples.join(QStringLiteral(", ")));
        lines.append(line);
    }
    lines.append(indent
                 + ReconciliationText::tr("The check built %n corrected callback(s) to send again.", nullptr,
                                          int(record.rebuilt)));
    return lines;
}

QString ledgerTotalsText(const LedgerTotals& totals)
{
    return ReconciliationText::tr("%1 sent (%2 accepted, %3 refused), %4 failed, %5 in flight, %6 not sent")
        .arg(totals.sent)
        .arg(totals.accepted)
        .arg(totals.refused)
        .arg(totals.failed)
        .arg(totals.inFlight)
        .arg(totals.notSent);
}

} // namespace pbw
