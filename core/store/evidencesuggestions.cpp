#include "store/evidencesuggestions.h"

#include "analysis/comparison.h"
#include "util/redactedmark.h"

namespace pbw {

namespace {

bool done(const QList<ChecklistStep>& checklist, ChecklistStep::Layer layer)
{
    for (const ChecklistStep& step : checklist) {
        if (step.layer == layer)
            return step.done;
    }
    return false;
}

} // namespace

QList<Finding> errorsAgainstTemplate(const QString& approved, const QString& keptCallback)
{
    const Comparison check = compareCallbacks(approved, keptCallback, Comparison::Mode::TemplateVsCallback);
    QStringList redacted;
    for (const CallbackParam& param : check.right.params) {
        if (param.value == QLatin1String(redactedMark))
            redacted.append(param.key);
    }
    QList<Finding> errors;
    for (const Comparison::SideFinding& found : check.findings) {
        if (found.side == Comparison::Side::Right && found.finding.severity == Finding::Severity::Error
            && !redacted.contains(found.finding.param))
            errors.append(found.finding);
    }
    return errors;
}

QList<EvidenceSuggestion> suggestEvidence(const QList<StoredExchange>& exchanges, const QList<Attachment>& attachments,
                                          const QList<ChecklistStep>& checklist)
{
    using Layer = ChecklistStep::Layer;
    QList<EvidenceSuggestion> out;
    const StoredExchange* reached = nullptr;
    const StoredExchange* accepted = nullptr;
    for (const StoredExchange& stored : exchanges) {
        const Exchange exchange = stored.exchange();
        const int status = exchange.response ? exchange.response->status : 0;
        if (stored.role == StoredExchange::Role::ReferenceClick && status >= 200 && status < 300)
            reached = &stored;
        if (stored.role == StoredExchange::Role::Corrected && stored.verdict().layer == Verdict::Layer::Ok)
            accepted = &stored;
    }
    const Attachment* approved = nullptr;
    const Attachment* confirmation = nullptr;
    for (const Attachment& attachment : attachments) {
        if (attachment.kind == Attachment::Kind::Template)
            approved = &attachment;
        else if (attachment.kind == Attachment::Kind::Confirmation)
            confirmation = &attachment;
    }
    if (reached && !done(checklist, Layer::Click))
        out.append({Layer::Click, reached->id, 0, EvidenceSuggestion::Reason::ReachedClick});
    if (accepted && !done(checklist, Layer::Callback))
        out.append({Layer::Callback, accepted->id, 0, EvidenceSuggestion::Reason::AcceptedCorrected});
    if (accepted && approved && !done(checklist, Layer::Template)
        && errorsAgainstTemplate(approved->text, accepted->exchange().request.input).isEmpty())
        out.append({Layer::Template, 0, approved->id, EvidenceSuggestion::Reason::MatchesTemplate});
    if (confirmation && !done(checklist, Layer::Partner))
        out.append({Layer::Partner, 0, confirmation->id, EvidenceSuggestion::Reason::Confirmation});
    return out;
}

bool everyLayerProved(const QList<ChecklistStep>& checklist)
{
    return checklist.size() == checklistLayerCount
        && std::all_of(checklist.cbegin(), checklist.cend(), [](const ChecklistStep& step) { return step.done; });
}

} // namespace pbw
