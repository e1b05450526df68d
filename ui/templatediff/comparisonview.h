#pragma once

#include "analysis/comparison.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace pbw::ui {

// The result of a comparison: parameter table, findings with their fixes, and the proposed callback.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget* parent = nullptr);

    void display(const Comparison& comparison, bool leftEmpty, bool rightEmpty);
    // "Put it on the right" has a meaning only where the right side can be typed (Template diff).
    void setUseOnTheRightShown(bool shown);

signals:
    void findingActivated(pbw::Comparison::Side side, int offset, int length);
    void sendRequested(const pbw::ReplayRequest& request);
    void useOnTheRight(const QString& url);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillTemplateRows();
    void fillDiffRows();
    void fillFindings();
    void fillProposed();
    void fitFindingRows();
    void setValueCell(int row, int column, const QString& text, const QList<QPair<int, int>>& marks = {});

    Comparison m_comparison;
    bool m_leftEmpty = true;
    bool m_rightEmpty = true;
    QLabel* m_summary;
    QCheckBox* m_raw;
    QTableWidget* m_table;
    QLabel* m_findingsTitle;
    QTreeWidget* m_findings;
    QGroupBox* m_proposedBox;
    QPlainTextEdit* m_proposed;
    QLabel* m_changes;
    QPushButton* m_sendProposed;
    QPushButton* m_useProposed;
};

} // namespace pbw::ui
