#include "senddialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace pbw::ui {

QString SendDialog::durationText(double seconds)
{
    const qint64 whole = qint64(std::ceil(seconds));
    return whole >= 3600 ? QStringLiteral("%1:%2:%3")
                               .arg(whole / 3600)
                               .arg(whole / 60 % 60, 2, 10, QLatin1Char('0'))
                               .arg(whole % 60, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

SendDialog::SendDialog(int count, const QStringList& hosts, int held, QWidget* parent)
    : QDialog(parent)
    , m_count(count)
    , m_duration(new QLabel(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_stopAfter(new QSpinBox(this))
{
    setObjectName(QStringLiteral("sendDialog"));
    setWindowTitle(tr("Send the missing callbacks"));
    auto* question
        = new QLabel(tr("Send %n callback(s) to %1?", nullptr, count).arg(hosts.join(QStringLiteral(", "))), this);
    question->setObjectName(QStringLiteral("sendQuestion"));
    question->setWordWrap(true);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    auto* safety = new QLabel(tr("Each is written in the case's ledger before it is sent and its answer after: none "
                                 "is ever sent twice, and a run that stops can be resumed."),
                              this);
    safety->setWordWrap(true);
    m_duration->setObjectName(QStringLiteral("sendDuration"));
    m_rate->setObjectName(QStringLiteral("sendRate"));
    m_rate->setRange(0, 1000);
    m_rate->setDecimals(1);
    m_rate->setValue(1);
    m_rate->setSpecialValueText(tr("no limit"));
    m_rate->setSuffix(tr(" a second"));
    m_concurrency->setObjectName(QStringLiteral("sendConcurrency"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(1);
    m_stopAfter->setObjectName(QStringLiteral("sendStopAfter"));
    m_stopAfter->setRange(0, 1'000'000);
    m_stopAfter->setValue(10);
    m_stopAfter->setSpecialValueText(tr("never"));
    m_stopAfter->setToolTip(tr("Some networks switch a partner's postback off after 10 failures in a row."));
    auto* form = new QFormLayout;
    form->addRow(tr("Rate:"), m_rate);
    form->addRow(tr("At once:"), m_concurrency);
    form->addRow(tr("Stop after refusals in a row:"), m_stopAfter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_duration);
    if (held > 0) {
        auto* heldNote = new QLabel(
            tr("%n callback(s) the ledger already has (sent, failed or in flight) are not sent again.", nullptr, held),
            this);
        heldNote->setObjectName(QStringLiteral("sendHeld"));
        heldNote->setWordWrap(true);
        layout->addWidget(heldNote);
    }
    layout->addWidget(safety);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sendConfirm"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Do not send"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &SendDialog::updateDuration);
    connect(m_concurrency, &QSpinBox::valueChanged, this, &SendDialog::updateDuration);
    updateDuration();
    setMinimumWidth(460);
}

void SendDialog::updateDuration()
{
    const double rate = m_rate->value();
    m_duration->setText(
        rate > 0 ? tr("At %1 a second: about %2.")
                       .arg(QLocale().toString(rate, 'g', 4), durationText(double(m_count) / rate))
                 : tr("No rate limit: as fast as the partner answers, %n at once.", nullptr, m_concurrency->value()));
}

RefireOptions SendDialog::options() const
{
    RefireOptions options;
    options.ratePerSecond = m_rate->value();
    options.concurrency = m_concurrency->value();
    options.stopAfter = m_stopAfter->value();
    return options;
}

} // namespace pbw::ui
