#pragma once

#include "store/casetypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;

namespace pbw::ui {

class CaseSession;

// The case's checklist: the method's five layers, each ticked with who and when, and the evidence
// that proves it (an exchange, a note, an attachment of the case).
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
    };
    void retranslate();
    void store(int layer, bool evidenceChosen);

    CaseSession* m_session;
    QLabel* m_title;
    QList<Row> m_rows;
    QList<ChecklistStep> m_steps;
};

} // namespace pbw::ui
