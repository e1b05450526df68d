#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace pbw::ui {

class CaseSession;

// The Cases dock beside the tabs: every case with search and a status filter; new, rename, status,
// delete (asked first, undoable until the window closes). Choosing a case makes it the current one.
class CasesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit CasesDock(CaseSession* session, QWidget* parent = nullptr);

public slots:
    void newCase();
    void renameCase();
    void deleteCase();
    void undoDelete();

signals:
    void exportRequested(qint64 caseId);
    void importRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void showCurrent();
    void updateActions();
    qint64 selectedCase() const;

    CaseSession* m_session;
    QLineEdit* m_search;
    QComboBox* m_filter;
    QListWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_new;
    QPushButton* m_rename;
    QToolButton* m_status;
    QPushButton* m_delete;
    QPushButton* m_export;
    QPushButton* m_import;
    QWidget* m_undoBar;
    QLabel* m_undoText;
    QPushButton* m_undo;
};

} // namespace pbw::ui
