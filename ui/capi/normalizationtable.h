#pragma once

#include "capi/capiprepare.h"

#include <QTableWidget>

namespace pbw::ui {

// Each customer-information value: field, input, normalised, a warning or the reason it cannot be
// normalised, and the SHA-256 sent (or "sent as it is").
class NormalizationTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit NormalizationTable(QWidget* parent = nullptr);
    void showRows(const QList<CapiUserDataRow>& rows, int eventCount);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QList<CapiUserDataRow> m_rows;
    int m_eventCount = 1;
};

} // namespace pbw::ui
