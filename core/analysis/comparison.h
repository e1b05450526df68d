#pragma once

#include "analysis/callbackdiff.h"
#include "analysis/checker.h"
#include "analysis/rebuild.h"
#include "analysis/templatematch.h"
#include "net/replayrequest.h"

#include <optional>

namespace pbw {

// Everything the Template diff tab shows for its two sides, computed in one call (off the GUI
// thread): left is the partner's template or the failing callback, right the real or corrected one.
struct Comparison
{
    enum class Mode { TemplateVsCallback, FailingVsCorrected };
    enum class Side { Left, Right };

    struct SideFinding
    {
        Side side = Side::Right;
        Finding finding;
    };

    Mode mode = Mode::TemplateVsCallback;
    Callback left;
    Callback right;
    bool leftIsUrl = false;
    bool rightIsUrl = false;
    std::optional<TemplateMatch> match; // template mode, both sides read
    QList<DiffRow> rows; // failing-vs-corrected mode
    QList<SideFinding> findings; // errors first, then warnings, then notes
    std::optional<RebuiltCallback> rebuilt; // of the right side (template mode) or the left (the failing one)
};

Comparison compareCallbacks(const QString& left, const QString& right, Comparison::Mode mode);

// The request Replay sends for a callback read here (a URL, a raw request or a curl command).
ReplayRequest replayRequestFor(const Callback& callback);

} // namespace pbw
