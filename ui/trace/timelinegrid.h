#pragma once

#include "trace/paramtimeline.h"

#include <QTableWidget>

namespace pbw::ui {

// Tracking parameters × hops: present, appeared, changed, lost, with a tooltip on each cell.
class TimelineGrid : public QTableWidget
{
    Q_OBJECT

public:
    explicit TimelineGrid(QWidget* parent = nullptr);
    void showTimelines(const QList<ParamTimeline>& timelines, int hopCount);

protected:
    void changeEvent(QEvent* event) override;

private:
    QList<ParamTimeline> m_timelines;
    int m_hopCount = 0;
};

} // namespace pbw::ui
