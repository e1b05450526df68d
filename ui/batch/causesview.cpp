#include "causesview.h"

#include "text/verdicttext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

enum Column { Rows, Money, Cause, Examples, ColumnCount };

} // namespace

CausesView::CausesView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("batchCauses"));
    m_table->setObjectName(QStringLiteral("causesTable"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Cause, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    retranslate();
}

void CausesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CausesView::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Conversions"), tr("Money"), tr("Why they failed"), tr("For example")});
    if (m_refire < 0)
        m_summary->setText(tr("Reconcile a tracker's postback log (with the callbacks it sent and the partner's "
                              "answers) to see why the missing conversions failed."));
    else
        m_summary->setText(
            tr("%n missing conversion(s) checked; ", nullptr, int(m_checked))
            + tr("%n corrected callback(s) can be re-fired (Send the missing ones…).", nullptr, m_refire));
}

void CausesView::clear()
{
    m_refire = -1;
    m_table->setRowCount(0);
    retranslate();
}

void CausesView::show(const batch::MissingCheck& check, const batch::ConversionTable& tracker)
{
    m_refire = int(check.refire.size());
    m_checked = check.checked;
    m_table->setRowCount(0);
    for (const batch::Cause& cause : check.causes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString title = verdictSymbol(cause.verdict.layer) + u' ' + verdictHeadline(cause.verdict);
        if (cause.firstError)
            title += QStringLiteral(" [%1]").arg(cause.firstError->id);
        QStringList examples;
        for (const qsizetype example : cause.examples)
            examples.append(tr("line %1 (%2)").arg(tracker.line(example)).arg(tracker.clickId(example)));
        const QStringList cells{QString::number(cause.rows), batch::moneyText(cause.money), title + u'\n' + cause.why,
                                examples.join(QStringLiteral(", "))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == Cause)
                item->setToolTip(cause.verdict.nextStep);
            if (column == Rows)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
    retranslate();
}

} // namespace pbw::ui
