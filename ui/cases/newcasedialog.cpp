#include "newcasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pbw::ui {

NewCaseDialog::NewCaseDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_partner(new QLineEdit(this))
    , m_offer(new QLineEdit(this))
    , m_tracker(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("New case"));
    m_title->setObjectName(QStringLiteral("newCaseTitle"));
    m_partner->setObjectName(QStringLiteral("newCasePartner"));
    m_offer->setObjectName(QStringLiteral("newCaseOffer"));
    m_tracker->setObjectName(QStringLiteral("newCaseTracker"));
    m_title->setPlaceholderText(tr("What fails, e.g. \"Purchases on offer 12 not credited\""));
    m_partner->setPlaceholderText(tr("The network or advertiser, e.g. MyNet"));
    m_offer->setPlaceholderText(tr("The offer's name or ID"));
    m_tracker->setPlaceholderText(tr("e.g. Keitaro, Binom, Voluum"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Partner:"), m_partner);
    form->addRow(tr("&Offer:"), m_offer);
    form->addRow(tr("T&racker:"), m_tracker);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("Create"));
    m_create->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_create->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* hint = new QLabel(tr("Only the title is needed now; the rest can be filled in later on the Case tab."), this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

CaseRecord NewCaseDialog::record() const
{
    CaseRecord record;
    record.title = m_title->text().trimmed();
    record.partner = m_partner->text().trimmed();
    record.offer = m_offer->text().trimmed();
    record.tracker = m_tracker->text().trimmed();
    return record;
}

} // namespace pbw::ui
