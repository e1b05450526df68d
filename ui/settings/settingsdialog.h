#pragma once

#include "settings/preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pbw::ui {

// Edit → Settings: what the user sets once. OK keeps the dialog open while a value is refused, says
// why next to the buttons and puts the cursor in that field.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Preferences& preferences, QWidget* parent = nullptr);
    Preferences preferences() const; // as edited (unchecked)

    void accept() override;

private:
    void chooseStore();
    QWidget* fieldFor(PreferenceProblem::Field field) const;

    QComboBox* m_language;
    QDoubleSpinBox* m_timeout;
    QLineEdit* m_proxy;
    QPlainTextEdit* m_userAgents;
    QSpinBox* m_bodyLimit;
    QLineEdit* m_secretNames;
    QLineEdit* m_store;
    QLineEdit* m_apiVersion;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace pbw::ui
