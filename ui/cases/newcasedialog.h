#pragma once

#include "store/casetypes.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace pbw::ui {

// A new case: what fails (its title), and whose problem it is: the partner, the offer, the tracker
// (each can be filled in later on the Case tab).
class NewCaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCaseDialog(QWidget* parent = nullptr);
    CaseRecord record() const;

private:
    QLineEdit* m_title;
    QLineEdit* m_partner;
    QLineEdit* m_offer;
    QLineEdit* m_tracker;
    QPushButton* m_create;
};

} // namespace pbw::ui
