#pragma once

#include "batch/reconcile.h"

#include <QWidget>
#include <array>

namespace pbw::ui {

// The rows of each group of a reconcile as horizontal bars, painted: a bar per group, its name and
// count beside it, lengths to the largest group's.
class GroupChart : public QWidget
{
    Q_OBJECT

public:
    explicit GroupChart(QWidget* parent = nullptr);

    void setCounts(const std::array<qint64, batch::matchGroupCount>& rows);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static QColor colorOf(batch::MatchGroup group);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::array<qint64, batch::matchGroupCount> m_rows{};
};

} // namespace pbw::ui
