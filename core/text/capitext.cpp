#include "text/capitext.h"

#include <QCoreApplication>

namespace pbw {

namespace {

// The translation context of the Conversions API messages.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

} // namespace

QString capiProblemAsText(const CapiProblem& problem)
{
    const QString mark = problem.severity == CapiProblem::Severity::Error ? QStringLiteral("✗") : QStringLiteral("!");
    const QString where
        = problem.event < 0 ? problem.field : Capi::tr("event %1, %2").arg(problem.event + 1).arg(problem.field);
    QString text = QStringLiteral("%1 %2: %3").arg(mark, where, problem.message);
    if (!problem.fix.isEmpty())
        text += QStringLiteral("\n  ") + Capi::tr("Fix: %1").arg(problem.fix);
    return text;
}

QString capiAnswerAsText(const CapiAnswer& answer)
{
    QString text = (answer.received() ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + answer.headline();
    for (const QString& message : answer.messages)
        text += QStringLiteral("\n  ") + Capi::tr("Meta notes: %1").arg(message);
    if (const auto& error = answer.error) {
        text += QStringLiteral("\n  ") + Capi::tr("Why: %1").arg(error->explanation);
        text += QStringLiteral("\n  ") + Capi::tr("Fix: %1").arg(error->fix);
        QString said = error->message;
        if (!error->userMessage.isEmpty())
            said += QStringLiteral(" — ") + error->userMessage;
        text += QStringLiteral("\n  ")
            + (error->subcode
                   ? Capi::tr("Meta says: %1 (code %2, subcode %3)").arg(said).arg(error->code).arg(error->subcode)
                   : Capi::tr("Meta says: %1 (code %2)").arg(said).arg(error->code));
    }
    if (!answer.fbtraceId.isEmpty())
        text += QStringLiteral("\n  ") + Capi::tr("fbtrace_id: %1 (quote it to Meta's support)").arg(answer.fbtraceId);
    return text;
}

QString capiTestCodeNotice(const QString& testEventCode)
{
    return Capi::tr("Test event code %1: these events show in Events Manager → Test Events, and Meta says it still "
                    "processes them as real data.")
        .arg(testEventCode);
}

} // namespace pbw
