#pragma once

#include "export/exportformat.h"
#include "export/exportredaction.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace pbw::ui {

// Export…: the format, and exactly what will be redacted — secrets removed when saved (shown),
// secrets found now (each can be left in), values the user adds — or, on explicit request, the
// secrets the keychain kept put back. It only asks; the window does the export.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString& caseTitle, const QList<RedactionItem>& items, QWidget* parent = nullptr);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QSet<qsizetype> leftIn() const; // items found now that the user unticked
    QStringList markedValues() const; // one per line, trimmed
    bool includeKeptSecrets() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillItems();
    void updateState();

    QString m_title;
    QList<RedactionItem> m_items;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_itemsLabel;
    QTreeWidget* m_list;
    QLabel* m_markedLabel;
    QPlainTextEdit* m_marked;
    QCheckBox* m_noRedact;
    QLabel* m_warning;
    QPushButton* m_export;
};

} // namespace pbw::ui
