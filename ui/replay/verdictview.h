#pragma once

#include "analysis/verdict.h"

#include <QFrame>

class QLabel;

namespace pbw::ui {

// The verdict above the answer: what the partner most likely did with the callback (layer, bucket,
// confidence), one sentence why, the evidence, and what to check next. Symbols and words carry the
// meaning; colour only helps.
class VerdictView : public QFrame
{
    Q_OBJECT

public:
    explicit VerdictView(QWidget* parent = nullptr);

    void setVerdict(const Verdict& verdict, const QStringList& ruleProblems = {});
    void clear();

private:
    QLabel* m_headline;
    QLabel* m_summary;
    QLabel* m_evidence;
    QLabel* m_nextStep;
    QLabel* m_guideLink; // the guide's section for the verdict's layer
    QLabel* m_rulesProblem;
};

} // namespace pbw::ui
