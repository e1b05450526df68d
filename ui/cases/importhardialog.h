#pragma once

#include "export/har.h"
#include "store/casetypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;
class QTreeWidget;

namespace pbw::ui {

// Import of a HAR: which of its requests become exchanges, with which role, into which case.
class ImportHarDialog : public QDialog
{
    Q_OBJECT

public:
    // leftOut: the file's entries that are not imported (not requests…), said above the list.
    ImportHarDialog(const QString& fileName, const QList<HarEntry>& entries, const QString& openCase,
                    const QList<HarLeftOut>& leftOut = {}, QWidget* parent = nullptr);

    QList<qsizetype> chosen() const;
    StoredExchange::Role role() const;
    bool intoOpenCase() const;

private:
    QTreeWidget* m_entries;
    QComboBox* m_role;
    QRadioButton* m_newCase;
    QRadioButton* m_openCase;
};

} // namespace pbw::ui
