#include "normalizationtable.h"

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
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    setTextElideMode(Qt::ElideMiddle); // a hash is recognised by its ends; the whole one is in the tooltip
    setColumnWidth(0, 70);
    setColumnWidth(1, 110);
    setColumnWidth(2, 110);
    setColumnWidth(3, 110);
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
}

} // namespace pbw::ui
