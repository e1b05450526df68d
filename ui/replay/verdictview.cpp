#include "verdictview.h"

#include "analysis/answerrules.h"
#include "guide/guidewindow.h"
#include "text/verdicttext.h"
#include "widgets/plaintextlabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

QLabel* makeLabel(QWidget* parent, const QString& name)
{
    QLabel* label = plainTextLabel(parent, name); // remote content is text, never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

const char* colourOf(Verdict::Layer layer)
{
    switch (layer) {
    case Verdict::Layer::Ok:
        return "#2e7d32";
    case Verdict::Layer::Unknown:
        return "#8d6e00";
    case Verdict::Layer::Business:
    case Verdict::Layer::Http:
        return "#c62828";
    case Verdict::Layer::Template:
        return "#ad1457";
    case Verdict::Layer::Transport:
        break;
    }
    return "#424242";
}

} // namespace

VerdictView::VerdictView(QWidget* parent)
    : QFrame(parent)
    , m_headline(makeLabel(this, QStringLiteral("verdictHeadline")))
    , m_summary(makeLabel(this, QStringLiteral("verdictSummary")))
    , m_evidence(makeLabel(this, QStringLiteral("verdictEvidence")))
    , m_nextStep(makeLabel(this, QStringLiteral("verdictNextStep")))
    , m_guideLink(new QLabel(this))
    , m_rulesProblem(makeLabel(this, QStringLiteral("verdictRulesProblem")))
{
    m_guideLink->setObjectName(QStringLiteral("verdictGuide"));
    m_guideLink->setTextFormat(Qt::RichText); // our own words and a link inside the guide; never remote text
    m_guideLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_guideLink, &QLabel::linkActivated, this,
            [this](const QString& link) { GuideWindow::show(this, link.mid(link.indexOf(u'#') + 1)); });
    setObjectName(QStringLiteral("verdict"));
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_headline->setWordWrap(true); // a long headline (Russian, a narrow window) wraps instead of being cut
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(m_headline);
    layout->addWidget(m_summary);
    layout->addWidget(m_evidence);
    layout->addWidget(m_nextStep);
    layout->addWidget(m_guideLink);
    layout->addWidget(m_rulesProblem);
    clear();
}

void VerdictView::clear()
{
    hide();
}

void VerdictView::setVerdict(const Verdict& verdict, const QStringList& ruleProblems)
{
    m_headline->setText(QStringLiteral("%1 %2").arg(verdictSymbol(verdict.layer), verdictHeadline(verdict)));
    m_headline->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; "
                                             "padding: 3px 8px; font-weight: bold; }")
                                  .arg(QLatin1String(colourOf(verdict.layer))));
    m_headline->setAccessibleName(tr("Verdict: %1").arg(verdictHeadline(verdict)));
    m_summary->setText(verdict.summary);

    QStringList lines;
    for (const Evidence& evidence : verdict.evidence)
        lines.append(QStringLiteral("• ") + evidenceAsText(evidence));
    if (verdict.judgedOnPart)
        lines.append(tr("Judged on the captured part of the body only."));
    if (!verdict.platform.isEmpty())
        lines.append(tr("This is an answer documented for %1.").arg(verdict.platform));
    m_evidence->setText(tr("Evidence (highlighted in the body):") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_nextStep->setText(tr("Next step: %1").arg(verdict.nextStep));
    m_guideLink->setText(QStringLiteral("<a href=\"#%1\">%2</a>")
                             .arg(GuideWindow::sectionForLayer(int(verdict.layer)),
                                  tr("How to prove this layer: the guide").toHtmlEscaped()));
    m_rulesProblem->setText(ruleProblems.isEmpty()
                                ? QString()
                                : tr("⚠ Your answer rules (%1) are not used: %2")
                                      .arg(AnswerRules::userFilePath(), ruleProblems.join(QLatin1Char(' '))));
    m_rulesProblem->setVisible(!ruleProblems.isEmpty());
    show();
}

} // namespace pbw::ui
