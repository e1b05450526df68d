#pragma once

#include "net/exchange.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace pbw::ui {

class CaseEvidence;
class CaseSession;
class ChecklistView;
class CompareView;

// The Case tab: the current case's fields and status, its checklist, exchanges (role and note
// editable), what the partner sent and notes; and Compare, two exchanges side by side.
class CasePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CasePanel(CaseSession* session, QWidget* parent = nullptr);

    CompareView* compareView() const { return m_compare; }
    ChecklistView* checklist() const { return m_checklist; }
    CaseEvidence* evidence() const { return m_evidence; }
    void showCompare();
    // Selects the exchange the case numbers so (on the Overview page); false when the case has none.
    bool showExchange(int number);

signals:
    void openInReplay(qint64 exchangeId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reload();
    void reloadExchanges();
    void saveFields();
    qint64 selectedExchange() const;
    QList<qint64> selectedExchanges() const;
    void removeSelected();

    CaseSession* m_session;
    QStackedWidget* m_stack;
    QLabel* m_none;
    QLabel* m_titleLabel;
    QLineEdit* m_title;
    QLabel* m_partnerLabel;
    QLineEdit* m_partner;
    QLabel* m_offerLabel;
    QLineEdit* m_offer;
    QLabel* m_trackerLabel;
    QLineEdit* m_tracker;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QTabWidget* m_tabs;
    ChecklistView* m_checklist;
    QLabel* m_exchangesTitle;
    QTableWidget* m_exchanges;
    QPushButton* m_openInReplay;
    QPushButton* m_copyCurl;
    QPushButton* m_compareSelected;
    QPushButton* m_remove;
    QWidget* m_undoBar;
    QLabel* m_undoText;
    QPushButton* m_undo;
    CaseEvidence* m_evidence;
    CompareView* m_compare;
};

} // namespace pbw::ui
