#include "text/tracetext.h"

#include <QCoreApplication>

namespace pbw {

namespace {

// The translation context of the trace's messages.
class Trace
{
    Q_DECLARE_TR_FUNCTIONS(Trace)
};

QString markText(ParamTimeline::Mark mark)
{
    switch (mark) {
    case ParamTimeline::Mark::Absent:
        return QStringLiteral("·");
    case ParamTimeline::Mark::Present:
        return QStringLiteral("✓");
    case ParamTimeline::Mark::Appeared:
        return QStringLiteral("+");
    case ParamTimeline::Mark::Changed:
        return QStringLiteral("≠");
    case ParamTimeline::Mark::Lost:
        return QStringLiteral("✗");
    }
    return {};
}

} // namespace

QString hopStatusText(const TraceHop& hop)
{
    if (hop.exchange.error)
        return hop.exchange.error->message();
    if (!hop.exchange.response)
        return {};
    return QStringLiteral("HTTP %1").arg(hop.exchange.response->status);
}

QString traceAsText(const ClickTrace& trace, const QList<ParamTimeline>& timelines)
{
    const bool intact = clickIdsIntact(trace, timelines);
    QString text = (intact ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + traceHeadline(trace, timelines);
    text += QStringLiteral("\n") + Trace::tr("User agent: %1").arg(trace.userAgent);
    text += QStringLiteral("\n\n") + Trace::tr("Hops:");
    for (const TraceHop& hop : trace.hops) {
        const double ms = hop.exchange.timing.totalMs;
        text += QStringLiteral("\n  %1. %2").arg(hop.n).arg(hop.url);
        text += QStringLiteral("\n     ") + hopStatusText(hop);
        if (ms >= 0)
            text += QStringLiteral(" · ") + Trace::tr("%1 ms").arg(ms, 0, 'f', 1);
        if (!hop.exchange.error)
            text += QStringLiteral(" · ") + hop.kindText();
        if (!hop.next.isEmpty())
            text += QStringLiteral("\n     → ") + hop.next;
    }
    text += QStringLiteral("\n") + trace.stopText();
    if (!timelines.isEmpty()) {
        text += QStringLiteral("\n\n")
            + Trace::tr("Tracking parameters (hop by hop: ✓ present, + appeared, ≠ changed, ✗ "
                        "lost, · absent):");
        for (const ParamTimeline& line : timelines) {
            QStringList marks;
            for (const ParamTimeline::Mark mark : line.marks)
                marks.append(markText(mark));
            text += QStringLiteral("\n  %1  %2  (%3, %4)")
                        .arg(line.name, -14)
                        .arg(marks.join(u' '), trackingKindName(line.kind), trackingPlatformName(line.platform));
            if (!line.story.isEmpty())
                text += QStringLiteral("\n      ") + line.story;
        }
    }
    return text;
}

QString qaClickText(const ClickTrace& trace, const QList<ParamTimeline>& timelines, const QString& param,
                    const QString& value)
{
    if (value.isEmpty())
        return {};
    for (const ParamTimeline& line : timelines) {
        if (line.name != param)
            continue;
        if (line.lostAtHop > 0)
            return Trace::tr("QA click %1: lost at hop %2.").arg(value).arg(line.lostAtHop);
        if (!line.changes.isEmpty())
            return Trace::tr("QA click %1: changed at hop %2 to %3.")
                .arg(value)
                .arg(line.changes.first().hop)
                .arg(line.changes.first().newValue);
        if (trace.stopped == ClickTrace::Stop::Final)
            return Trace::tr("QA click %1 reached the landing page intact.").arg(value);
        return Trace::tr("QA click %1: the trace did not reach a landing page.").arg(value);
    }
    return Trace::tr("QA click %1: %2 is not in the link.").arg(value, param);
}

QString trackingParamsAsText(const QList<TrackingParam>& params)
{
    if (params.isEmpty())
        return Trace::tr("No tracking parameter found.");
    QString text;
    for (const TrackingParam& param : params) {
        if (!text.isEmpty())
            text += u'\n';
        text += QStringLiteral("%1 %2 = %3")
                    .arg(param.shapeOk ? QStringLiteral("✓") : QStringLiteral("!"), param.name, param.value);
        text += QStringLiteral("\n    ")
            + QStringLiteral("%1 · %2 · %3")
                  .arg(trackingPlatformName(param.platform), trackingKindName(param.kind),
                       trackingWhereText(param.where));
        if (!param.shapeNote.isEmpty())
            text += QStringLiteral("\n    ") + param.shapeNote;
    }
    return text;
}

} // namespace pbw
