#include "batchcheckreport.h"

#include "batch/reconciledcsv.h"
#include "store/reconciliationrecord.h"
#include "text/reconciliationtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>

namespace pbw::cli {

using namespace pbw::batch;

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

constexpr qsizetype notRefiredShown = 5;

QString shortened(QString text, qsizetype length = 100)
{
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    return text.size() > length ? text.left(length) + QStringLiteral("…") : text;
}

QJsonObject exampleJson(const ConversionTable& table, qsizetype row)
{
    QJsonObject object{{QStringLiteral("line"), table.line(row)}, {QStringLiteral("click_id"), table.clickId(row)}};
    if (const QString tid = table.transactionId(row); !tid.isEmpty())
        object.insert(QStringLiteral("transaction_id"), tid);
    if (const QString url = table.postbackUrl(row); !url.isEmpty())
        object.insert(QStringLiteral("postback_url"), url);
    if (table.answerStatus(row) > 0)
        object.insert(QStringLiteral("answer_status"), table.answerStatus(row));
    if (const QString body = table.answerBody(row); !body.isEmpty())
        object.insert(QStringLiteral("answer_body"), body);
    return object;
}

void appendRow(QByteArray& out, const QStringList& cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        appendCsvCell(out, cells.at(i).toUtf8());
    }
    out += "\r\n";
}

} // namespace

QString causeTitle(const CauseKey& key)
{
    Cause cause;
    cause.key = key;
    return causeHeadline(batchCauseSaid(cause, 0));
}

QString checkText(const CheckReport& report)
{
    const ConversionTable& tracker = report.input->tracker;
    const MissingCheck& check = *report.check;
    const qint64 missing = report.reconciliation->total(MatchGroup::MissingAtPartner).rows;
    QStringList lines;
    lines.append(
        Pbw::tr("%1 of %n tracker conversion(s) are missing at the partner (%2 → %3).", nullptr, int(tracker.size()))
            .arg(missing)
            .arg(report.input->trackerFile, report.input->partnerFile));
    if (!report.templateUrl.isEmpty())
        lines.append(Pbw::tr("Template: %1").arg(report.templateUrl));
    if (missing == 0) {
        lines.append(Pbw::tr("Nothing to explain: every conversion of the tracker is in the partner's report."));
        return lines.join(u'\n');
    }
    lines.append(Pbw::tr("The log has the callback of %1 and the partner's answer of %2 of the %n checked.", nullptr,
                         int(check.checked))
                     .arg(check.withCallback)
                     .arg(check.withAnswer));
    lines.append(QString());
    lines.append(Pbw::tr("Why they failed (%n cause(s), most conversions first):", nullptr, int(check.causes.size())));
    for (const Cause& cause : check.causes) {
        lines.append(QString());
        lines.append(
            QStringLiteral("%1  %2  %3").arg(cause.rows, 6).arg(moneyText(cause.money), causeTitle(cause.key)));
        lines.append(QStringLiteral("        ") + shortened(cause.why, 300));
        if (!cause.verdict.nextStep.isEmpty())
            lines.append(QStringLiteral("        ")
                         + Pbw::tr("Next step: %1").arg(shortened(cause.verdict.nextStep, 300)));
        QStringList examples;
        for (const qsizetype row : cause.examples)
            examples.append(Pbw::tr("line %1 (%2)").arg(tracker.line(row)).arg(tracker.clickId(row)));
        lines.append(QStringLiteral("        ") + Pbw::tr("e.g. %1").arg(examples.join(QStringLiteral(", "))));
        if (const qsizetype first = cause.examples.value(0, -1); first >= 0) {
            if (const QString url = tracker.postbackUrl(first); !url.isEmpty())
                lines.append(QStringLiteral("        ") + Pbw::tr("postback: %1").arg(shortened(url)));
            const QString body = tracker.answerBody(first);
            if (tracker.answerStatus(first) > 0 || !body.isEmpty())
                lines.append(QStringLiteral("        ")
                             + Pbw::tr("answer: %1")
                                   .arg((tracker.answerStatus(first) > 0 ? QString::number(tracker.answerStatus(first))
                                                                         : QStringLiteral("—"))
                                        + u' ' + shortened(body))
                                   .trimmed());
        }
    }
    if (!check.notRefired.isEmpty()) {
        lines.append(QString());
        lines.append(Pbw::tr("%n conversion(s) cannot be re-fired:", nullptr, int(check.notRefired.size())));
        for (qsizetype i = 0; i < std::min(notRefiredShown, check.notRefired.size()); ++i) {
            const NotRefired& left = check.notRefired.at(i);
            lines.append(Pbw::tr("  line %1 (%2): %3").arg(left.line).arg(left.key, left.reason));
        }
        if (check.notRefired.size() > notRefiredShown)
            lines.append(Pbw::tr("  … and %n more (--json lists them all).", nullptr,
                                 int(check.notRefired.size() - notRefiredShown)));
    }
    lines.append(QString());
    lines.append(
        Pbw::tr("%n callback(s) can be re-fired; write them with --csv FILE and send them with pbw batch send.",
                nullptr, int(check.refire.size())));
    return lines.join(u'\n');
}

QJsonObject checkJson(const CheckReport& report)
{
    const ConversionTable& tracker = report.input->tracker;
    const MissingCheck& check = *report.check;
    QJsonArray causes;
    for (const Cause& cause : check.causes) {
        QJsonArray examples;
        for (const qsizetype row : cause.examples)
            examples.append(exampleJson(tracker, row));
        causes.append(QJsonObject{
            {QStringLiteral("layer"), layerKey(cause.key.layer)},
            {QStringLiteral("bucket"), bucketKey(cause.key.bucket)},
            {QStringLiteral("finding"), cause.key.findingId.isEmpty() ? QJsonValue() : QJsonValue(cause.key.findingId)},
            {QStringLiteral("detail"), cause.key.detail.isEmpty() ? QJsonValue() : QJsonValue(cause.key.detail)},
            {QStringLiteral("title"), causeTitle(cause.key)},
            {QStringLiteral("rows"), cause.rows},
            {QStringLiteral("money"), moneyJson(cause.money)},
            {QStringLiteral("why"), cause.why},
            {QStringLiteral("next_step"), cause.verdict.nextStep},
            {QStringLiteral("examples"), examples}});
    }
    QJsonArray refire;
    for (const RefireCandidate& candidate : check.refire)
        refire.append(QJsonObject{
            {QStringLiteral("key"), candidate.key},
            {QStringLiteral("line"), candidate.line},
            {QStringLiteral("method"), candidate.method},
            {QStringLiteral("url"), candidate.url},
            {QStringLiteral("payout"), candidate.payout ? QJsonValue(amountText(*candidate.payout)) : QJsonValue()},
            {QStringLiteral("currency"), candidate.currency},
            {QStringLiteral("why"), candidate.why}});
    QJsonArray notRefired;
    for (const NotRefired& left : check.notRefired)
        notRefired.append(QJsonObject{{QStringLiteral("key"), left.key},
                                      {QStringLiteral("line"), left.line},
                                      {QStringLiteral("reason"), left.reason}});
    return {
        {QStringLiteral("tracker"),
         QJsonObject{{QStringLiteral("file"), report.input->trackerFile}, {QStringLiteral("rows"), tracker.size()}}},
        {QStringLiteral("partner"),
         QJsonObject{{QStringLiteral("file"), report.input->partnerFile},
                     {QStringLiteral("rows"), report.input->partner.size()}}},
        {QStringLiteral("template"), report.templateUrl.isEmpty() ? QJsonValue() : QJsonValue(report.templateUrl)},
        {QStringLiteral("missing"), report.reconciliation->total(MatchGroup::MissingAtPartner).rows},
        {QStringLiteral("checked"), check.checked},
        {QStringLiteral("with_callback"), check.withCallback},
        {QStringLiteral("with_answer"), check.withAnswer},
        {QStringLiteral("causes"), causes},
        {QStringLiteral("refire"), refire},
        {QStringLiteral("not_refired"), notRefired}};
}

Result<void, QString> writeRefireCsv(const QString& path, const QList<RefireCandidate>& candidates)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Pbw::tr("%1: cannot be written: %2").arg(path, file.errorString());
    QByteArray out;
    appendRow(out,
              {QStringLiteral("key"), QStringLiteral("line"), QStringLiteral("method"), QStringLiteral("url"),
               QStringLiteral("payout"), QStringLiteral("currency"), QStringLiteral("why")});
    for (const RefireCandidate& candidate : candidates) {
        appendRow(out,
                  {candidate.key, QString::number(candidate.line), candidate.method, candidate.url,
                   candidate.payout ? amountText(*candidate.payout) : QString(), candidate.currency, candidate.why});
        if (out.size() >= (1 << 20)) {
            if (file.write(out) != out.size())
                return Pbw::tr("%1: cannot be written: %2").arg(path, file.errorString());
            out.clear();
        }
    }
    if (file.write(out) != out.size() || !file.commit())
        return Pbw::tr("%1: cannot be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace pbw::cli
