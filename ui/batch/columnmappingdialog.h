#pragma once

#include "batch/columnmapping.h"
#include "batch/filepreview.h"

#include <QDialog>
#include <array>

class QComboBox;
class QLabel;
class QTableWidget;

namespace pbw::ui {

// The column-mapping step: for each field a combo of the file's columns, filled in from what the
// preset (or the usual names) finds, and the first rows of the file beneath, so the user sees what
// each column holds. What it gives is the column of each field by number.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnMappingDialog(const QString& fileName, const batch::FilePreview& preview, const batch::ColumnMapping& mapping,
                        QWidget* parent = nullptr);

    // The preset's mapping (its status words kept) with each field set to the column chosen, or unset.
    batch::ColumnMapping chosen(const batch::ColumnMapping& base) const;
    QComboBox* combo(batch::ConversionField field) const { return m_combos[size_t(field)]; }

    // The column the mapping reads a field from in this header (0-based), -1 when none.
    static int columnOf(const batch::ColumnMapping& mapping, batch::ConversionField field, const QStringList& headers);

private:
    void updateOk();

    std::array<QComboBox*, batch::conversionFieldCount> m_combos{};
    QLabel* m_problem;
    QTableWidget* m_preview;
    QPushButton* m_ok = nullptr;
};

} // namespace pbw::ui
