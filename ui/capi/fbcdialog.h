#pragma once

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pbw::ui {

// Builds an fbc value from an fbclid (or the landing-page URL that carries one) and the click time.
class FbcDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FbcDialog(QWidget* parent = nullptr);
    QString fbc() const { return m_fbc; }
    QLineEdit* source() const { return m_source; }

private:
    void rebuild();

    QLineEdit* m_source;
    QDateTimeEdit* m_clickTime;
    QSpinBox* m_subdomain;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QString m_fbc;
};

} // namespace pbw::ui
