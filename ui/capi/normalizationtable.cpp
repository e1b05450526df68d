#include "normalizationtable.h"

#include <QAbstractItemDelegate>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>

namespace pbw::ui {

NormalizationTable::NormalizationTable(QWidget* parent)
    : QTableWidget(0, 5, parent)
{
    setObjectName(QStringLiteral("normalization"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true); // words of a warning wrap; a value without spaces is elided in the middle
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    setTextElideMode(Qt::ElideMiddle); // a hash is recognised by its ends; the whole one is in the tooltip
    // A usual event's customer information (some lines wrapped) in sight without scrolling: the splitter
    // above leaves that much.
    setMinimumHeight(horizontalHeader()->sizeHint().height() + 7 * (fontMetrics().lineSpacing() + 4)
                     + 2 * frameWidth());
    retranslate();
}

void NormalizationTable::showRows(const QList<CapiUserDataRow>& rows, int eventCount)
{
    m_rows = rows;
    m_eventCount = eventCount;
    setRowCount(int(rows.size()));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < rows.size(); ++i) {
        const UserDataValue& value = rows.at(i).value;
        const QString field
            = eventCount > 1 ? tr("%1 (event %2)").arg(value.field).arg(rows.at(i).event + 1) : value.field;
        QString hash = value.hash;
        if (value.error.isEmpty() && hash.isEmpty())
            hash = tr("sent as it is (never hashed)");
        else if (value.alreadyHashed)
            hash = tr("already a hash: %1").arg(value.hash);
        const QString note
            = !value.error.isEmpty() ? tr("✗ %1").arg(value.error) : value.warnings.join(QLatin1Char('\n'));
        // The warning comes before the hash so that it shows in a narrow window; the hash is elided anyway.
        const QStringList cells{field, value.input, value.error.isEmpty() ? value.normalized : QString(), note, hash};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == 2 || column == 4)
                item->setFont(fixed);
            if (column == 3 && !value.error.isEmpty())
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            else if (column == 3 && !note.isEmpty())
                item->setForeground(QColor(0x9a, 0x5b, 0x00));
            setItem(i, column, item);
        }
    }
    fitColumns();
}

int NormalizationTable::wantedWidth(int column) const
{
    int width = horizontalHeader()->sectionSizeHint(column);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex index = model()->index(row, column);
        width = qMax(width, itemDelegateForIndex(index)->sizeHint(option, index).width() + 2);
    }
    return width;
}

void NormalizationTable::fitColumns()
{
    enum { Field, Input, Normalized, Warning, Hash };
    const QHeaderView* header = horizontalHeader();
    QList<int> widths(Hash);
    for (int column = Field; column < Hash; ++column)
        widths[column] = wantedWidth(column);
    // The hash keeps room for its two ends (what a person compares); the field names are short.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const int hashMinimum
        = qMax(header->sectionSizeHint(Hash), QFontMetrics(fixed).horizontalAdvance(QString(18, QLatin1Char('0'))));
    int space = viewport()->width() - widths.at(Field) - hashMinimum;
    if (widths.at(Input) + widths.at(Normalized) + widths.at(Warning) > space) {
        // The values first, each whole or half of what is left (the shorter one whole when it can be);
        // the warning wraps in what remains (the Problems box says it too).
        space -= header->sectionSizeHint(Warning);
        const int shorter = widths.at(Input) <= widths.at(Normalized) ? Input : Normalized;
        const int longer = shorter == Input ? Normalized : Input;
        widths[shorter] = qMax(qMin(widths.at(shorter), space / 2), header->sectionSizeHint(shorter));
        widths[longer] = qMax(qMin(widths.at(longer), space - widths.at(shorter)), header->sectionSizeHint(longer));
        widths[Warning] = qMax(space + header->sectionSizeHint(Warning) - widths.at(Input) - widths.at(Normalized),
                               header->sectionSizeHint(Warning));
    }
    for (int column = Field; column < Hash; ++column) // the hash stretches over what remains
        setColumnWidth(column, widths.at(column));
    resizeRowsToContents(); // a wrapped warning, several warnings of one value
}

void NormalizationTable::resizeEvent(QResizeEvent* event)
{
    QTableWidget::resizeEvent(event);
    fitColumns();
}

void NormalizationTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showRows(m_rows, m_eventCount);
    }
    QTableWidget::changeEvent(event);
}

void NormalizationTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Field"), tr("Input"), tr("Normalised"), tr("Warning"), tr("SHA-256 sent")});
    fitColumns();
}

} // namespace pbw::ui
