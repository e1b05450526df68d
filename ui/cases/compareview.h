#pragma once

#include "store/casetypes.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QLabel;
class QTableWidget;

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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void show();

    CaseSession* m_session;
    QList<StoredExchange> m_exchanges;
    QLabel* m_leftLabel;
    QComboBox* m_left;
    QLabel* m_rightLabel;
    QComboBox* m_right;
    QPushButton* m_copyLeft;
    QPushButton* m_copyRight;
    QLabel* m_empty;
    QLabel* m_requestTitle;
    ComparisonView* m_request;
    QLabel* m_answerTitle;
    QLabel* m_answerSummary;
    QTableWidget* m_answer;
    VerdictView* m_leftVerdict;
    VerdictView* m_rightVerdict;
    QWidget* m_content;
    qint64 m_shownCase = 0;
};

} // namespace pbw::ui
