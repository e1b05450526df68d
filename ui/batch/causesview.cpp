#include "causesview.h"

#include "causetitle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

enum Column { Rows, Money, Cause, Examples, ColumnCount };
constexpr int ShareRole = Qt::UserRole + 1; // the cause's share of the largest, 0..1

// The chart of causes: each count drawn over a bar as long as its share of the largest cause.
class ShareBar : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const double share = index.data(ShareRole).toDouble();
        if (share > 0) {
            QRect bar = option.rect.adjusted(2, 4, -2, -4);
            bar.setWidth(std::max(2, int(bar.width() * share)));
            painter->fillRect(bar, QColor(0xc6, 0x28, 0x28, 90));
        }
        QStyledItemDelegate::paint(painter, option, index);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QLatin1Char('M')) * 10));
        return size;
    }
};

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
    // One line a cause (the whole of it in the tooltip): rows of one height, whatever the width.
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(Rows, new ShareBar(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Cause, QHeaderView::Stretch);
    // A cause's rows on the Rows page (Enter does it too); the rows of a cause are in check->causes' order.
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (m_check && index.row() < m_check->causes.size())
            emit causeChosen(index.row());
    });
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
    fill();
}

void CausesView::fill()
{
    m_table->setRowCount(0);
    if (!m_check) {
        m_summary->setText(tr("Reconcile a tracker's postback log (with the callbacks it sent and the partner's "
                              "answers) to see why the missing conversions failed."));
        return;
    }
    m_summary->setText(
        tr("%n missing conversion(s) checked; ", nullptr, int(m_check->checked))
        + tr("%n corrected callback(s) can be re-fired (Send the missing ones…).", nullptr, int(m_check->refire.size()))
        + u' ' + tr("Double-click a cause to see its rows."));
    for (const batch::Cause& cause : m_check->causes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // The verdict's name is told in the language of now; the sentence is the check's.
        const QString title = causeTitle(cause);
        QStringList examples;
        for (const qsizetype example : cause.examples)
            examples.append(tr("line %1 (%2)").arg(m_tracker->line(example)).arg(m_tracker->clickId(example)));
        const QStringList cells{QString::number(cause.rows), batch::moneyText(cause.money),
                                title + QStringLiteral(" — ") + cause.why, examples.join(QStringLiteral(", "))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == Cause)
                item->setToolTip(cause.why + QStringLiteral("\n\n") + cause.verdict.nextStep);
            if (column == Rows) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                const qint64 most = m_check->causes.constFirst().rows; // most first
                item->setData(ShareRole, most > 0 ? double(cause.rows) / double(most) : 0.0);
            }
            m_table->setItem(row, column, item);
        }
    }
}

void CausesView::clear()
{
    m_check.reset();
    m_tracker.reset();
    fill();
}

void CausesView::show(std::shared_ptr<const batch::MissingCheck> check,
                      std::shared_ptr<const batch::ConversionTable> tracker)
{
    m_check = std::move(check);
    m_tracker = std::move(tracker);
    fill();
}

} // namespace pbw::ui
