#pragma once

#include "store/casetypes.h"
#include "store/evidencesuggestions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace pbw::ui {

class CaseSession;

// The case's checklist: the method's five layers, each ticked with who and when, and the evidence
// that proves it (an exchange, a note, an attachment of the case); evidence the case already holds is
// suggested for the user to accept, and once every layer is proved the case can be marked Fixed.
class ChecklistView : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistView(CaseSession* session, QWidget* parent = nullptr);
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QCheckBox* box;
        QLabel* who;
        QComboBox* evidence;
        QPushButton* suggestion; // evidence the case holds, to accept
    };
    void retranslate();
    void store(int layer, bool evidenceChosen);
    void accept(int layer); // the suggested evidence, ticking the layer

    CaseSession* m_session;
    QLabel* m_title;
    QList<Row> m_rows;
    QList<ChecklistStep> m_steps;
    QList<EvidenceSuggestion> m_suggestions;
    QWidget* m_provedBar;
    QLabel* m_proved;
    QPushButton* m_markFixed;
};

} // namespace pbw::ui
