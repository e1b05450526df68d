#pragma once

#include "capi/capievent.h"
#include "capi/platformcompare.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace pbw::ui {

// One event's customer information as every conversion API receives it, side by side: a row per
// typed value, a column per platform, the value each normalises it to (its hash in the tooltip);
// a mark where platforms disagree and, under the table, why; the last row says what each
// platform's checks found.
class PlatformView : public QWidget
{
    Q_OBJECT

public:
    explicit PlatformView(QWidget* parent = nullptr);

    void setEvents(const QList<CapiEvent>& events);
    const QList<FieldComparison>& rows() const { return m_rows; }
    QTableWidget* table() const { return m_table; }
    QListWidget* reasons() const { return m_reasons; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void rebuild(); // from m_events, in the current language

    QLabel* m_title;
    QTableWidget* m_table;
    QLabel* m_reasonsTitle;
    QListWidget* m_reasons;
    QList<CapiEvent> m_events;
    QList<FieldComparison> m_rows;
    bool m_stale = false; // events came while the view was hidden: worked out when it shows
};

} // namespace pbw::ui
