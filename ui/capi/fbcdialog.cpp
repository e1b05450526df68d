#include "fbcdialog.h"

#include "capi/fbc.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pbw::ui {

FbcDialog::FbcDialog(QWidget* parent)
    : QDialog(parent)
    , m_source(new QLineEdit(this))
    , m_clickTime(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_subdomain(new QSpinBox(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Build fbc"));
    m_source->setObjectName(QStringLiteral("fbclidSource"));
    m_source->setPlaceholderText(tr("IwAR… or https://shop.example/?fbclid=IwAR…"));
    m_source->setMinimumWidth(420);
    m_clickTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_clickTime->setCalendarPopup(true);
    m_subdomain->setRange(0, 9);
    m_subdomain->setValue(1);
    m_subdomain->setToolTip(tr("The number of dots in the cookie's domain: example.com → 1, www.example.com → 2."));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("fbcResult"));

    auto* form = new QFormLayout;
    form->addRow(tr("fbclid or landing-page URL"), m_source);
    form->addRow(tr("Click time"), m_clickTime);
    form->addRow(tr("Subdomain index"), m_subdomain);
    form->addRow(tr("fbc"), m_result);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The fbclid is kept exactly as received: its letter case matters."), this));
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_source, &QLineEdit::textChanged, this, &FbcDialog::rebuild);
    connect(m_clickTime, &QDateTimeEdit::dateTimeChanged, this, &FbcDialog::rebuild);
    connect(m_subdomain, &QSpinBox::valueChanged, this, &FbcDialog::rebuild);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuild();
}

void FbcDialog::rebuild()
{
    const FbcBuilt built = buildFbc(m_source->text(), m_clickTime->dateTime(), m_subdomain->value());
    m_fbc = built.fbc;
    if (built.error.isEmpty()) {
        m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_result->setText(built.fbc);
    } else {
        m_result->setFont(font());
        m_result->setText(m_source->text().trimmed().isEmpty() ? QString() : built.error);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_fbc.isEmpty());
}

} // namespace pbw::ui
