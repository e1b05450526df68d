#pragma once

#include "refire/refirer.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace pbw::ui {

// Asked before a batch is re-fired: how many callbacks, to which hosts, at what rate and for about how
// long; the rate, the concurrency and the stop after refusals in a row can be changed here.
class SendDialog : public QDialog
{
    Q_OBJECT

public:
    SendDialog(int count, const QStringList& hosts, int held, QWidget* parent = nullptr);

    RefireOptions options() const;
    static QString durationText(double seconds);

private:
    void updateDuration();

    int m_count;
    QLabel* m_duration;
    QDoubleSpinBox* m_rate;
    QSpinBox* m_concurrency;
    QSpinBox* m_stopAfter;
};

} // namespace pbw::ui
