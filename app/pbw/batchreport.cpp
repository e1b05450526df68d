#include "batchreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <cstdio>
#include <cstdlib>

namespace pbw::cli {

using namespace pbw::batch;

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

constexpr qsizetype examplesPerGroup = 5;
// The order a buyer reads them in: what is fine, then what is lost, then what differs.
constexpr MatchGroup shownGroups[] = {MatchGroup::Credited, MatchGroup::MissingAtPartner, MatchGroup::PayoutDifferent,
                                      MatchGroup::StatusDifferent, MatchGroup::ExtraAtPartner};

QString shortened(QString text, qsizetype length = 120)
{
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    return text.size() > length ? text.left(length) + QStringLiteral("…") : text;
}

QString sideText(const QString& role, const ReportSide& side)
{
    const ConversionTable& table = *side.table;
    const FileFormat& format = table.format();
    QString line = Pbw::tr("%1: %2 — %n conversion(s) (%3, delimiter \"%4\"", nullptr, int(table.size()))
                       .arg(role, side.file, encodingName(format.encoding), delimiterName(format.delimiter));
    line += side.preset.isEmpty() ? Pbw::tr(", no preset)") : Pbw::tr(", preset %1)").arg(side.preset);
    QStringList columns;
    for (const ConversionField field : allConversionFields) {
        if (const int column = format.column(field); column >= 0)
            columns.append(QStringLiteral("%1 ← %2").arg(fieldName(field), format.headers.value(column)));
    }
    line += u'\n' + Pbw::tr("  columns: %1").arg(columns.join(QStringLiteral(", ")));
    for (const ValueProblem& problem : table.valueProblems()) {
        line += u'\n'
            + Pbw::tr("  ! %n value(s) of the %1 not read (the first on line %2: \"%3\"); those rows are kept "
                      "without it.",
                      nullptr, int(problem.count))
                  .arg(fieldName(problem.field))
                  .arg(problem.firstLine)
                  .arg(shortened(problem.firstValue, 40));
    }
    return line;
}

QString rowSummary(const ConversionTable& table, qsizetype row, const QTimeZone& zone)
{
    QStringList parts{table.clickId(row)};
    if (const QString tid = table.transactionId(row); !tid.isEmpty())
        parts.append(tid);
    if (table.payout(row))
        parts.append(payoutText(table, row));
    if (const QString status = table.status(row); !status.isEmpty())
        parts.append(status);
    if (table.timeMs(row))
        parts.append(timeText(table.timeMs(row), zone));
    return parts.join(QStringLiteral(" · "));
}

QStringList exampleLines(const ReconcileReport& report, MatchGroup group)
{
    const ConversionTable& tracker = *report.tracker.table;
    const ConversionTable& partner = *report.partner.table;
    const Reconciliation& result = *report.result;
    QStringList lines;
    for (const qsizetype row : result.rowsIn(group, examplesPerGroup)) {
        if (group == MatchGroup::ExtraAtPartner) {
            lines.append(
                Pbw::tr("  partner line %1: %2").arg(partner.line(row)).arg(rowSummary(partner, row, report.zone)));
            continue;
        }
        const qsizetype other = result.partnerRow(row);
        if (group == MatchGroup::MissingAtPartner) {
            QString line = Pbw::tr("  line %1: %2").arg(tracker.line(row)).arg(rowSummary(tracker, row, report.zone));
            if (result.differences(row) & NoClickId)
                line += Pbw::tr(" (no click ID)");
            lines.append(line);
            if (const QString url = tracker.postbackUrl(row); !url.isEmpty())
                lines.append(Pbw::tr("      postback: %1").arg(shortened(url)));
            if (tracker.answerStatus(row) > 0 || !tracker.answerBody(row).isEmpty()) {
                const QString status
                    = tracker.answerStatus(row) > 0 ? QString::number(tracker.answerStatus(row)) : QStringLiteral("—");
                lines.append(
                    Pbw::tr("      answer: %1").arg((status + u' ' + shortened(tracker.answerBody(row))).trimmed()));
            }
            continue;
        }
        QString what;
        if (group == MatchGroup::StatusDifferent)
            what = Pbw::tr("status %1 → %2").arg(tracker.status(row), partner.status(other));
        else
            what = Pbw::tr("payout %1 → %2").arg(payoutText(tracker, row), payoutText(partner, other));
        lines.append(Pbw::tr("  line %1 ↔ partner line %2: %3 · %4")
                         .arg(tracker.line(row))
                         .arg(partner.line(other))
                         .arg(tracker.clickId(row), what));
    }
    return lines;
}

QJsonObject rowJson(const ConversionTable& table, qsizetype row, const QTimeZone& zone)
{
    QJsonObject object{{QStringLiteral("line"), table.line(row)}, {QStringLiteral("click_id"), table.clickId(row)}};
    const auto add = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    add("transaction_id", table.transactionId(row));
    if (table.payout(row))
        object.insert(QStringLiteral("payout"), amountText(*table.payout(row)));
    add("currency", table.currency(row));
    add("status", table.status(row));
    add("time", timeText(table.timeMs(row), zone));
    add("postback_url", table.postbackUrl(row));
    if (table.answerStatus(row) > 0)
        object.insert(QStringLiteral("answer_status"), table.answerStatus(row));
    add("answer_body", table.answerBody(row));
    return object;
}

QJsonObject sideJson(const ReportSide& side)
{
    const FileFormat& format = side.table->format();
    QJsonObject columns;
    for (const ConversionField field : allConversionFields) {
        if (const int column = format.column(field); column >= 0)
            columns.insert(fieldKey(field), format.headers.value(column));
    }
    QJsonArray problems;
    for (const ValueProblem& problem : side.table->valueProblems())
        problems.append(QJsonObject{{QStringLiteral("field"), fieldKey(problem.field)},
                                    {QStringLiteral("count"), problem.count},
                                    {QStringLiteral("first_line"), problem.firstLine},
                                    {QStringLiteral("first_value"), problem.firstValue}});
    return {{QStringLiteral("file"), side.file},
            {QStringLiteral("preset"), side.preset},
            {QStringLiteral("rows"), side.table->size()},
            {QStringLiteral("encoding"), encodingName(format.encoding)},
            {QStringLiteral("byte_order_mark"), format.byteOrderMark},
            {QStringLiteral("delimiter"), QString(QLatin1Char(format.delimiter))},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("values_not_read"), problems}};
}

} // namespace

QString payoutText(const ConversionTable& table, qsizetype row)
{
    const std::optional<Amount> payout = table.payout(row);
    if (!payout)
        return QStringLiteral("—");
    const QString currency = table.currency(row);
    return currency.isEmpty() ? amountText(*payout) : amountText(*payout) + u' ' + currency;
}

QString reportText(const ReconcileReport& report)
{
    const Reconciliation& result = *report.result;
    QStringList lines{sideText(Pbw::tr("Tracker"), report.tracker), sideText(Pbw::tr("Partner"), report.partner),
                      QString()};
    qsizetype width = 0;
    for (const MatchGroup group : allMatchGroups)
        width = std::max(width, matchGroupName(group).size());
    for (const MatchGroup group : shownGroups) {
        const GroupTotal& total = result.total(group);
        QString money;
        if (group == MatchGroup::ExtraAtPartner)
            money = Pbw::tr("partner %1").arg(moneyText(total.partnerMoney));
        else if (group == MatchGroup::PayoutDifferent || group == MatchGroup::StatusDifferent)
            money = Pbw::tr("tracker %1, partner %2").arg(moneyText(total.trackerMoney), moneyText(total.partnerMoney));
        else
            money = moneyText(total.trackerMoney);
        lines.append(QStringLiteral("%1  %2  %3")
                         .arg(matchGroupName(group).leftJustified(width))
                         .arg(total.rows, 8)
                         .arg(total.rows > 0 ? money : QString())
                         .trimmed());
    }
    for (const MatchGroup group : shownGroups) {
        const qint64 rows = result.total(group).rows;
        if (group == MatchGroup::Credited || rows == 0)
            continue;
        lines.append(QString());
        lines.append(Pbw::tr("%1 (%2):").arg(matchGroupName(group)).arg(rows));
        lines.append(exampleLines(report, group));
        if (rows > examplesPerGroup)
            lines.append(
                Pbw::tr("  … and %n more (--csv FILE writes every row).", nullptr, int(rows - examplesPerGroup)));
    }
    lines.append(QString());
    if (result.allCredited()) {
        lines.append(Pbw::tr("Every conversion of the tracker is credited at the partner."));
    } else {
        const qint64 matched = result.trackerRows() - result.total(MatchGroup::MissingAtPartner).rows;
        lines.append(
            Pbw::tr("%1 of %n tracker conversion(s) are in the partner's report; %2 missing, %3 extra, %4 "
                    "with another payout or status.",
                    nullptr, int(result.trackerRows()))
                .arg(matched)
                .arg(result.total(MatchGroup::MissingAtPartner).rows)
                .arg(result.total(MatchGroup::ExtraAtPartner).rows)
                .arg(result.total(MatchGroup::PayoutDifferent).rows + result.total(MatchGroup::StatusDifferent).rows));
    }
    return lines.join(u'\n');
}

QJsonObject reportJson(const ReconcileReport& report)
{
    const Reconciliation& result = *report.result;
    const ConversionTable& tracker = *report.tracker.table;
    const ConversionTable& partner = *report.partner.table;
    QJsonObject groups;
    for (const MatchGroup group : allMatchGroups) {
        const GroupTotal& total = result.total(group);
        QJsonArray examples;
        for (const qsizetype row : result.rowsIn(group, examplesPerGroup)) {
            if (group == MatchGroup::ExtraAtPartner) {
                examples.append(QJsonObject{{QStringLiteral("partner"), rowJson(partner, row, report.zone)}});
                continue;
            }
            QJsonObject example{{QStringLiteral("tracker"), rowJson(tracker, row, report.zone)}};
            if (const qsizetype other = result.partnerRow(row); other >= 0)
                example.insert(QStringLiteral("partner"), rowJson(partner, other, report.zone));
            examples.append(example);
        }
        groups.insert(matchGroupKey(group),
                      QJsonObject{{QStringLiteral("rows"), total.rows},
                                  {QStringLiteral("tracker_money"), moneyJson(total.trackerMoney)},
                                  {QStringLiteral("partner_money"), moneyJson(total.partnerMoney)},
                                  {QStringLiteral("examples"), examples}});
    }
    return {{QStringLiteral("tracker"), sideJson(report.tracker)},
            {QStringLiteral("partner"), sideJson(report.partner)},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("all_credited"), result.allCredited()}};
}

} // namespace pbw::cli
