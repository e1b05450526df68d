#pragma once

#include "net/replayrequest.h"
#include "store/casetypes.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace pbw::ui {

class CaseSession;
class ComparisonView;
class VerdictView;

// Two exchanges of a case side by side — by default the latest failing and the latest corrected:
// the request diff (the checker's), the answer diff (status, headers, body line by line or field by
// field) and the two verdicts. The view a partner's support needs.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(CaseSession* session, QWidget* parent = nullptr);
    void reload(); // a case changed: new choices, the default pair when none was chosen
    void compare(qint64 left, qint64 right);

signals:
    // The proposed callback, with the case's kept secrets put back; notice: what still needs the
    // user (a secret that was not kept), or empty.
    void sendToReplay(const pbw::ReplayRequest& request, const QString& notice);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void show();
    void sendProposed(bool againstTemplate);
    QString approvedTemplate(); // the case's latest, or empty
    void showTemplateCheck(const Exchange& left, const Exchange& right);
    std::pair<int, int> reportPair(); // the numbers of the exchanges the report puts side by side

    CaseSession* m_session;
    QList<StoredExchange> m_exchanges;
    QLabel* m_leftLabel;
    QComboBox* m_left;
    QLabel* m_rightLabel;
    QComboBox* m_right;
    QPushButton* m_copyLeft;
    QPushButton* m_copyRight;
    QPushButton* m_useInReport;
    QLabel* m_pairNote;
    QLabel* m_templateNote;
    QLabel* m_verdictLine;
    QLabel* m_empty;
    QLabel* m_requestTitle;
    ComparisonView* m_request;
    ComparisonView* m_templateView;
    QTabWidget* m_views;
    QLabel* m_answerTitle;
    QLabel* m_answerSummary;
    QTableWidget* m_answer;
    VerdictView* m_leftVerdict;
    VerdictView* m_rightVerdict;
    QWidget* m_content;
    qint64 m_shownCase = 0;
};

} // namespace pbw::ui
