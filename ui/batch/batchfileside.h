#pragma once

#include "batch/columnmapping.h"
#include "reconcilejob.h"

#include <QGroupBox>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pbw::ui {

// One file of a reconcile (the tracker's export or the partner's report): the file, the tool it
// comes from (a preset, or "find the columns by their names"), the time zone of its times, and the
// columns the user chose in the mapping step.
class BatchFileSide : public QGroupBox
{
    Q_OBJECT

public:
    enum class Role { Tracker, Partner };
    BatchFileSide(Role role, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    void setPreset(const QString& name); // "" finds the columns by their names
    void setZone(const QString& zone);
    // What the reader needs, or nothing with the problem in words (no file, an unknown zone).
    std::optional<BatchSideInput> input(QString* problem) const;
    QTimeZone zone() const;
    bool hasChosenColumns() const { return m_chosen.has_value(); }
    // The columns as chosen, or as the preset (or the usual names) finds them, for the mapping step.
    batch::ColumnMapping mapping() const;
    void chooseColumns(); // the mapping step, with a preview of the first rows
    void retranslate();

signals:
    void changed();
    void problem(const QString& message);

private:
    void choose();
    void updateColumnsNote();

    Role m_role;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_toolLabel;
    QComboBox* m_preset;
    QLabel* m_zoneLabel;
    QLineEdit* m_zone;
    QPushButton* m_columns;
    QLabel* m_columnsNote;
    std::optional<batch::ColumnMapping> m_chosen; // for the file m_chosenFor
    QString m_chosenFor;
};

} // namespace pbw::ui
