#pragma once

#include "capi/capirequest.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pbw::ui {

// Where events are sent: the Graph API address and version (kept in the settings pbw reads too).
class EndpointDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EndpointDialog(const CapiEndpoint& endpoint, QWidget* parent = nullptr);
    CapiEndpoint endpoint() const;

private:
    void check();

    QLineEdit* m_graphUrl;
    QLineEdit* m_version;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace pbw::ui
