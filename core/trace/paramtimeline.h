#pragma once

#include "analysis/clickids.h"
#include "trace/tracer.h"

namespace pbw {

// What happened to one tracking parameter along a trace, hop by hop.
struct ParamTimeline
{
    enum class Mark { Absent, Present, Appeared, Changed, Lost };
    struct Change
    {
        int hop = 0;
        QString oldValue;
        QString newValue;
    };
    QString name;
    QString platform;
    TrackingKind kind = TrackingKind::Other;
    int firstHop = 0; // from 1
    int lostAtHop = 0; // the first hop (from 1) whose URL lacks it, where marks has Lost; 0: not lost
                       // (the hop before sent the browser on without it)
    QList<Change> changes;
    QList<Mark> marks; // one per hop
    QStringList values; // one per hop (empty where absent)
    QString
        story; // translated: "gclid lost at hop 3: hop 2's 301 from a.example to b.example dropped the query string."

    bool isClickId() const { return kind == TrackingKind::ClickId || kind == TrackingKind::Tracker; }
};

QList<ParamTimeline> paramTimelines(const ClickTrace& trace, const ClickIdTable& table = ClickIdTable::builtIn());
// The trace's headline: a redirect loop or an error page the click ends on, else the first click ID
// lost or changed, else where the trace ended.
QString traceHeadline(const ClickTrace& trace, const QList<ParamTimeline>& timelines);
// A final page reached with every click ID of the first URL intact (pbw trace's exit status).
bool clickIdsIntact(const ClickTrace& trace, const QList<ParamTimeline>& timelines);

} // namespace pbw
