#include "timelinegrid.h"

#include <QEvent>
#include <QHeaderView>

namespace pbw::ui {

TimelineGrid::TimelineGrid(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    horizontalHeader()->setDefaultSectionSize(54);
    horizontalHeader()->setMinimumSectionSize(40);
    verticalHeader()->hide();
}

void TimelineGrid::showTimelines(const QList<ParamTimeline>& timelines, int hopCount)
{
    m_timelines = timelines;
    m_hopCount = hopCount;
    clear();
    setColumnCount(hopCount + 1);
    setRowCount(int(timelines.size()));
    QStringList headers{tr("Parameter")};
    for (int hop = 1; hop <= hopCount; ++hop)
        headers.append(tr("Hop %1").arg(hop));
    setHorizontalHeaderLabels(headers);
    for (int row = 0; row < timelines.size(); ++row) {
        const ParamTimeline& line = timelines.at(row);
        auto* name = new QTableWidgetItem(line.name);
        name->setToolTip(tr("%1 · %2").arg(trackingPlatformName(line.platform), trackingKindName(line.kind))
                         + (line.story.isEmpty() ? QString() : QStringLiteral("\n") + line.story));
        if (line.isClickId()) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        setItem(row, 0, name);
        for (int hop = 0; hop < hopCount && hop < line.marks.size(); ++hop) {
            QString mark;
            QString tip;
            QColor colour;
            const QString value = line.values.value(hop);
            switch (line.marks.at(hop)) {
            case ParamTimeline::Mark::Absent:
                mark = QStringLiteral("·");
                tip = tr("Not in hop %1's URL.").arg(hop + 1);
                break;
            case ParamTimeline::Mark::Present:
                mark = QStringLiteral("✓");
                tip = tr("In hop %1: %2").arg(hop + 1).arg(value);
                colour = QColor(0x0a, 0x6b, 0x2d);
                break;
            case ParamTimeline::Mark::Appeared:
                mark = QStringLiteral("+");
                tip = tr("Appeared at hop %1: %2").arg(hop + 1).arg(value);
                colour = QColor(0x1f, 0x4e, 0x9c);
                break;
            case ParamTimeline::Mark::Changed:
                mark = QStringLiteral("≠");
                tip = tr("Changed at hop %1 to %2").arg(hop + 1).arg(value);
                colour = QColor(0x9a, 0x5b, 0x00);
                break;
            case ParamTimeline::Mark::Lost:
                mark = QStringLiteral("✗");
                // lostAtHop counts from 1, as the columns' headers do.
                tip = line.lostAtHop == hop + 1 ? line.story : tr("Still missing at hop %1.").arg(hop + 1);
                colour = QColor(0xb0, 0x00, 0x20);
                break;
            }
            auto* cell = new QTableWidgetItem(mark);
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setToolTip(tip);
            if (colour.isValid())
                cell->setForeground(colour);
            setItem(row, hop + 1, cell);
        }
    }
    resizeColumnToContents(0);
}

void TimelineGrid::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        showTimelines(m_timelines, m_hopCount);
    QTableWidget::changeEvent(event);
}

} // namespace pbw::ui
