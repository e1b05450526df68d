#pragma once

#include "batch/missingcheck.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableWidget;

namespace pbw::ui {

// Why the conversions missing at the partner failed: one line per cause (its verdict, the first error
// of the callback, or "no answer logged"), with how many, their money and examples, most first; and
// how many corrected callbacks the check could build to re-fire. A cause double-clicked (or Enter)
// asks for its rows.
class CausesView : public QWidget
{
    Q_OBJECT

public:
    explicit CausesView(QWidget* parent = nullptr);
    // tracker: the rows the causes' examples point at. Kept, so a language switch tells them again.
    void show(std::shared_ptr<const batch::MissingCheck> check, std::shared_ptr<const batch::ConversionTable> tracker);
    void clear();
    QTableWidget* table() const { return m_table; }

signals:
    void causeChosen(int cause); // an index into the check's causes

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    QLabel* m_summary;
    QTableWidget* m_table;
    std::shared_ptr<const batch::MissingCheck> m_check;
    std::shared_ptr<const batch::ConversionTable> m_tracker;
};

} // namespace pbw::ui
