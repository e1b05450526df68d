#include "endpointdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pbw::ui {

EndpointDialog::EndpointDialog(const CapiEndpoint& endpoint, QWidget* parent)
    : QDialog(parent)
    , m_graphUrl(new QLineEdit(endpoint.graphUrl, this))
    , m_version(new QLineEdit(endpoint.apiVersion, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("Graph API"));
    m_graphUrl->setObjectName(QStringLiteral("graphUrl"));
    m_graphUrl->setMinimumWidth(360);
    m_version->setObjectName(QStringLiteral("apiVersion"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* form = new QFormLayout;
    form->addRow(tr("Address"), m_graphUrl);
    form->addRow(tr("API version"), m_version);
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Events go to <address>/<version>/<pixel ID>/events. Change these only to follow a new "
                               "Graph API version or to send to a test server."),
                            this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_graphUrl, &QLineEdit::textChanged, this, &EndpointDialog::check);
    connect(m_version, &QLineEdit::textChanged, this, &EndpointDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_graphUrl->setText(CapiEndpoint::defaultGraphUrl());
        m_version->setText(CapiEndpoint::defaultApiVersion());
    });
    check();
}

CapiEndpoint EndpointDialog::endpoint() const
{
    CapiEndpoint endpoint;
    endpoint.graphUrl = m_graphUrl->text().trimmed();
    endpoint.apiVersion = m_version->text().trimmed();
    return endpoint;
}

void EndpointDialog::check()
{
    const QString problem = endpoint().problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace pbw::ui
