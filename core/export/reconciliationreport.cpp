#include "export/reconciliationreport.h"

#include "batch/money.h"
#include "export/htmlparts.h"
#include "text/reconciliationtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace pbw {

namespace {

// The translation context of the report's words (export/htmlreport.cpp).
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using html::escaped;

QString number(qint64 n)
{
    return escaped(QLocale().toString(n));
}

QString money(const QMap<QString, batch::Amount>& amounts)
{
    return escaped(batch::moneyText(amounts));
}

// firstWidth: the first column's share of the table ("45%"), else each as wide as its cells ask.
QString headerRow(const QStringList& names, const QString& firstWidth = {})
{
    QString html = QStringLiteral("<tr>");
    for (const QString& name : names) {
        html += firstWidth.isEmpty() || name != names.first()
            ? QStringLiteral("<th>%1</th>").arg(escaped(name))
            : QStringLiteral("<th width=\"%1\">%2</th>").arg(firstWidth, escaped(name));
    }
    return html + QStringLiteral("</tr>\n");
}

QString cells(const QStringList& cellsHtml)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cellsHtml)
        html += QStringLiteral("<td>%1</td>").arg(cell);
    return html + QStringLiteral("</tr>\n");
}

QString groupsTable(const ReconciliationRecord& record)
{
    QString html = QStringLiteral("<table class=\"totals\">\n")
        + headerRow({Report::tr("Group"), Report::tr("Conversions"), Report::tr("Tracker's money"),
                     Report::tr("Partner's money")});
    for (const ReconciliationRecord::Group& group : record.groups)
        html += cells(
            {escaped(groupTitle(group.key)), number(group.rows), money(group.trackerMoney), money(group.partnerMoney)});
    return html + QStringLiteral("</table>\n");
}

QString causesTable(const ReconciliationRecord& record)
{
    QString html = QStringLiteral("<h4>%1</h4>\n<p>%2 %3</p>\n")
                       .arg(escaped(Report::tr("Why the missing conversions failed")),
                            escaped(Report::tr("The tracker's log has the callback of %1 and the partner's answer "
                                               "of %2 of the %n conversion(s) checked.",
                                               nullptr, int(record.checkedRows))
                                        .arg(record.withCallback)
                                        .arg(record.withAnswer)),
                            escaped(Report::tr("The check built %n corrected callback(s) to send again.", nullptr,
                                               int(record.rebuilt))));
    if (record.causes.isEmpty())
        return html;
    // The causes' words take the room; print (Qt's PDF) would otherwise give it to the click IDs.
    html += QStringLiteral("<table class=\"causes\" width=\"100%\">\n")
        + headerRow({Report::tr("Cause"), Report::tr("Conversions"), Report::tr("Money"),
                     Report::tr("Examples (click ID)")},
                    QStringLiteral("45%"));
    for (const ReconciliationRecord::Cause& cause : record.causes) {
        QStringList examples;
        for (const QString& example : cause.examples)
            examples.append(QStringLiteral("<code>%1</code>").arg(escaped(example)));
        html += cells({QStringLiteral("<b>%1</b><br>%2")
                           .arg(escaped(causeHeadline(cause.said)), escaped(causeSummary(cause.said))),
                       number(cause.rows), money(cause.money), examples.join(QStringLiteral("<br>"))});
    }
    return html + QStringLiteral("</table>\n");
}

QString ledgerTable(const LedgerTotals& totals)
{
    return QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n<table class=\"totals\">\n")
               .arg(escaped(Report::tr("Callbacks sent again")),
                    escaped(Report::tr("Each missing conversion's corrected callback is sent at most once; the "
                                       "case's ledger records it before it is sent and its answer after.")))
        + headerRow({Report::tr("Sent", "callbacks, a count"), Report::tr("Accepted"), Report::tr("Refused"),
                     Report::tr("Failed"), Report::tr("In flight"), Report::tr("Not sent")})
        + cells({number(totals.sent), number(totals.accepted), number(totals.refused), number(totals.failed),
                 number(totals.inFlight), number(totals.notSent)})
        + QStringLiteral("</table>\n");
}

} // namespace

QString reconciliationSection(const CaseBundle& bundle)
{
    if (bundle.reconciliations.isEmpty() && bundle.ledger.total() == 0)
        return {};
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(escaped(Report::tr("Reconciliation")));
    for (const ReconciliationRecord& record : bundle.reconciliations) {
        html += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n")
                    .arg(escaped(reconciledFiles(record)),
                         escaped(Report::tr("Tracker: %n conversion(s).", nullptr, int(record.trackerRows)) + u' '
                                 + Report::tr("Partner: %n conversion(s).", nullptr, int(record.partnerRows)) + u' '
                                 + Report::tr("Matched by click ID on %1."))
                             .arg(html::when(record.made)));
        html += groupsTable(record);
        if (record.checked)
            html += causesTable(record);
    }
    if (bundle.ledger.total() > 0)
        html += ledgerTable(bundle.ledger);
    return html;
}

} // namespace pbw
