#pragma once

#include "capi/capiprepare.h"

#include <QTableWidget>

namespace pbw::ui {

// Each customer-information value: field, input, normalised, a warning or the reason it cannot be
// normalised, and the SHA-256 sent (or "sent as it is"). A value that does not fit is elided in
// the middle; the whole of it is in the cell's tooltip.
class NormalizationTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit NormalizationTable(QWidget* parent = nullptr);
    void showRows(const QList<CapiUserDataRow>& rows, int eventCount);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    // Columns as wide as their header and longest value when the width allows; when not, the hash
    // gives way first (it is known by its ends), then the longest values share what is left.
    void fitColumns();
    int wantedWidth(int column) const;
    QList<CapiUserDataRow> m_rows;
    int m_eventCount = 1;
};

} // namespace pbw::ui
