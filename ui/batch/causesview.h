#pragma once

#include "batch/missingcheck.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pbw::ui {

// Why the conversions missing at the partner failed: one line per cause (its verdict, the first error
// of the callback, or "no answer logged"), with how many, their money and examples, most first; and
// how many corrected callbacks the check could build to re-fire.
class CausesView : public QWidget
{
    Q_OBJECT

public:
    explicit CausesView(QWidget* parent = nullptr);
    // tracker: the rows the causes' examples point at.
    void show(const batch::MissingCheck& check, const batch::ConversionTable& tracker);
    void clear();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_summary;
    QTableWidget* m_table;
    int m_refire = -1;
    qint64 m_checked = 0;
};

} // namespace pbw::ui
