#pragma once

#include "analysis/finding.h"
#include "store/casetypes.h"

namespace pbw {

// Evidence the case already holds for a layer not yet proved, for the user to accept: a click trace
// that reached the page → the click exists; a corrected callback the partner accepted → the
// callback was sent; the approved template that callback matches → the template matches; the
// partner's confirmation → the partner confirmed. The event layer (the tracker recorded the
// conversion) is the user's own knowledge: never suggested.
struct EvidenceSuggestion
{
    enum class Reason { ReachedClick, AcceptedCorrected, MatchesTemplate, Confirmation };

    ChecklistStep::Layer layer = ChecklistStep::Layer::Click;
    qint64 exchangeId = 0; // the evidence: an exchange…
    qint64 attachmentId = 0; // …or an attachment
    Reason reason = Reason::ReachedClick;
};

QList<EvidenceSuggestion> suggestEvidence(const QList<StoredExchange>& exchanges, const QList<Attachment>& attachments,
                                          const QList<ChecklistStep>& checklist);

// The errors a callback kept in a case has against the partner's approved template. A value the case
// holds as [redacted] was there (a token, kept in the keychain or not at all): it is not read as a
// macro left unfilled.
QList<Finding> errorsAgainstTemplate(const QString& approved, const QString& keptCallback);

// True when every layer of the checklist is proved.
bool everyLayerProved(const QList<ChecklistStep>& checklist);

} // namespace pbw
