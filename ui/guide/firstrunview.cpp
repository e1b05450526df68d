#include "firstrunview.h"

#include "guidewindow.h"
#include "widgets/plaintextlabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pbw::ui {

FirstRunView::FirstRunView(QWidget* parent)
    : QFrame(parent)
    , m_title(plainTextLabel(this, QStringLiteral("firstRunTitle")))
    , m_start(plainTextLabel(this, QStringLiteral("firstRunStart")))
    , m_layersTitle(plainTextLabel(this, QStringLiteral("firstRunLayers")))
    , m_click(plainTextLabel(this, QStringLiteral("firstRunClick")))
    , m_event(plainTextLabel(this, QStringLiteral("firstRunEvent")))
    , m_callback(plainTextLabel(this, QStringLiteral("firstRunCallback")))
    , m_more(plainTextLabel(this, QStringLiteral("firstRunMore")))
    , m_trace(new QPushButton(this))
    , m_diff(new QPushButton(this))
    , m_capi(new QPushButton(this))
    , m_guide(new QPushButton(this))
{
    setObjectName(QStringLiteral("firstRun"));
    setFrameShape(QFrame::StyledPanel);
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_title->setFont(title);
    QFont bold = m_layersTitle->font();
    bold.setBold(true);
    m_layersTitle->setFont(bold);
    m_trace->setObjectName(QStringLiteral("firstRunTrace"));
    m_diff->setObjectName(QStringLiteral("firstRunDiff"));
    m_capi->setObjectName(QStringLiteral("firstRunCapi"));
    m_guide->setObjectName(QStringLiteral("firstRunGuide"));

    auto* layers = new QGridLayout;
    layers->setColumnStretch(1, 1);
    layers->setVerticalSpacing(10);
    const QList<QLabel*> texts{m_click, m_event, m_callback};
    for (int row = 0; row < texts.size(); ++row) {
        auto* number = new QLabel(QString::number(row + 1), this);
        QFont big = number->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        number->setFont(big);
        number->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        number->setMinimumWidth(28);
        layers->addWidget(number, row, 0);
        layers->addWidget(texts.at(row), row, 1);
    }
    layers->addWidget(m_trace, 0, 2, Qt::AlignTop);
    layers->addWidget(m_diff, 2, 2, Qt::AlignTop);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_guide);
    buttons->addWidget(m_capi);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_start);
    layout->addWidget(m_layersTitle);
    layout->addLayout(layers);
    layout->addWidget(m_more);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_trace, &QPushButton::clicked, this, [this] { emit goTo(Place::Trace); });
    connect(m_diff, &QPushButton::clicked, this, [this] { emit goTo(Place::TemplateDiff); });
    connect(m_capi, &QPushButton::clicked, this, [this] { emit goTo(Place::Capi); });
    connect(m_guide, &QPushButton::clicked, this, [this] { GuideWindow::show(this); });
    retranslate();
}

void FirstRunView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void FirstRunView::retranslate()
{
    m_title->setText(tr("Start with the callback that returned 200"));
    m_start->setText(tr("Paste it into the address on the left — or a curl command, or drop a case or HAR file on the "
                        "window — and press Send (Ctrl+Enter). The partner's whole answer, the request exactly as it "
                        "went on the wire and a verdict by layer appear here. A 200 only proves the server answered."));
    m_layersTitle->setText(tr("A conversion crosses three layers; prove them in order:"));
    m_click->setText(tr("Click — a click ID was made and reached the offer. Trace the ad's click URL hop by hop and "
                        "see where a click ID is lost."));
    m_event->setText(tr("Event — the tracker recorded the conversion and tried to send the callback. Look for it in "
                        "the tracker's or CRM's conversion and postback log."));
    m_callback->setText(tr("Callback — what was sent and what the partner answered. Replay it here; put it beside the "
                           "partner's template to find a macro left literal or a value encoded wrongly."));
    m_more->setText(tr("Open a case in the Cases list first, and every exchange is kept with it as evidence for the "
                       "partner."));
    m_trace->setText(tr("Trace a click"));
    m_diff->setText(tr("Compare with the template"));
    m_capi->setText(tr("Test a Meta CAPI event"));
    m_guide->setText(tr("Read the guide (F1)"));
}

} // namespace pbw::ui
