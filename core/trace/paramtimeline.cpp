#include "trace/paramtimeline.h"

#include <QCoreApplication>
#include <QUrl>

namespace pbw {

namespace {

// The translation context of the trace's messages.
class Trace
{
    Q_DECLARE_TR_FUNCTIONS(Trace)
};

QString place(const QString& url)
{
    const QUrl parsed(url);
    const QString where = parsed.host() + parsed.path();
    return where.isEmpty() ? url : where;
}

QString howItLeft(const TraceHop& hop)
{
    switch (hop.kind) {
    case HopKind::Http:
        return hop.exchange.response ? QString::number(hop.exchange.response->status) : QStringLiteral("3xx");
    case HopKind::RefreshHeader:
        return Trace::tr("Refresh header");
    case HopKind::MetaRefresh:
        return Trace::tr("meta refresh");
    case HopKind::Js:
        return Trace::tr("JavaScript redirect");
    case HopKind::Final:
        break;
    }
    return {};
}

// "lost at hop N" names the first hop whose URL lacks the parameter (where the timeline shows ✗);
// the hop before it is the one whose answer sent the browser on without it.
QString lostStory(const ParamTimeline& line, const TraceHop& dropping)
{
    const QUrl from(dropping.url);
    const QUrl to(dropping.next);
    const bool queryDropped = from.hasQuery() && !to.hasQuery();
    return queryDropped ? Trace::tr("%1 lost at hop %2: hop %3's %4 from %5 to %6 dropped the query string.")
                              .arg(line.name)
                              .arg(line.lostAtHop)
                              .arg(dropping.n)
                              .arg(howItLeft(dropping), place(dropping.url), place(dropping.next))
                        : Trace::tr("%1 lost at hop %2: hop %3's %4 from %5 to %6 left the parameter out.")
                              .arg(line.name)
                              .arg(line.lostAtHop)
                              .arg(dropping.n)
                              .arg(howItLeft(dropping), place(dropping.url), place(dropping.next));
}

// The address a trace stopped at is not a web page (an app's deep link): no hop of its own.
QString lostInLinkStory(const ParamTimeline& line, const TraceHop& last)
{
    return Trace::tr("%1 lost in the link hop %2 sends to: its %3 to %4 left the parameter out.")
        .arg(line.name)
        .arg(last.n)
        .arg(howItLeft(last), last.next);
}

} // namespace

QList<ParamTimeline> paramTimelines(const ClickTrace& trace, const ClickIdTable& table)
{
    // Each hop's URL, and where a trace stopped at a non-web address, that address too: a deep
    // link may carry the click ID on.
    QStringList urls;
    for (const TraceHop& hop : trace.hops)
        urls.append(hop.url);
    const int hopCount = int(urls.size());
    if (trace.stopped == ClickTrace::Stop::Scheme && !trace.hops.isEmpty())
        urls.append(trace.hops.last().next);

    QList<ParamTimeline> lines;
    QHash<QString, qsizetype> byName;
    for (int i = 0; i < urls.size(); ++i) {
        for (const TrackingParam& param : trackingParamsOfUrl(urls.at(i), table)) {
            const QString key = param.name.toLower();
            auto it = byName.constFind(key);
            if (it == byName.cend()) {
                ParamTimeline line;
                line.name = param.name;
                line.platform = param.platform;
                line.kind = param.kind;
                line.firstHop = i + 1;
                line.values = QStringList(urls.size(), QString());
                line.marks = QList<ParamTimeline::Mark>(urls.size(), ParamTimeline::Mark::Absent);
                it = byName.insert(key, lines.size());
                lines.append(line);
            }
            ParamTimeline& line = lines[*it];
            if (line.marks.at(i) == ParamTimeline::Mark::Absent) { // the first occurrence in this URL counts
                line.values[i] = param.value;
                line.marks[i] = ParamTimeline::Mark::Present;
            }
        }
    }
    for (ParamTimeline& line : lines) {
        QString previous;
        bool seen = false;
        for (int i = 0; i < urls.size(); ++i) {
            if (line.marks.at(i) == ParamTimeline::Mark::Present) {
                if (seen && line.values.at(i) != previous) {
                    line.marks[i] = ParamTimeline::Mark::Changed;
                    line.changes.append({i + 1, previous, line.values.at(i)});
                } else if (!seen && i > 0) {
                    line.marks[i] = ParamTimeline::Mark::Appeared;
                }
                previous = line.values.at(i);
                seen = true;
            } else if (seen) {
                line.marks[i] = ParamTimeline::Mark::Lost;
                if (line.story.isEmpty() && i < hopCount) {
                    line.lostAtHop = i + 1; // the hop (from 1) whose URL lacks it; hop i sent the browser there
                    line.story = lostStory(line, trace.hops.at(i - 1));
                } else if (line.story.isEmpty() && i == hopCount) {
                    line.story = lostInLinkStory(line, trace.hops.at(i - 1));
                }
            }
        }
        if (line.story.isEmpty() && !line.changes.isEmpty()) {
            const ParamTimeline::Change& change = line.changes.first();
            line.story = Trace::tr("%1 changed at hop %2: %3 → %4.")
                             .arg(line.name)
                             .arg(change.hop)
                             .arg(change.oldValue, change.newValue);
        }
        line.marks.resize(hopCount);
        line.values.resize(hopCount);
    }
    return lines;
}

QString traceHeadline(const ClickTrace& trace, const QList<ParamTimeline>& timelines)
{
    // A loop or an error page ends the click before any landing page: that is the story, whatever
    // happened to a parameter on the way (each parameter's own story stays on its line).
    if (trace.stopped == ClickTrace::Stop::Loop || trace.stopped == ClickTrace::Stop::ErrorPage)
        return trace.stopText();
    for (const ParamTimeline& line : timelines) {
        if (line.isClickId() && line.firstHop == 1 && !line.story.isEmpty())
            return line.story;
    }
    for (const ParamTimeline& line : timelines) {
        if (!line.story.isEmpty() && line.firstHop == 1)
            return line.story;
    }
    const bool anyClickId = std::any_of(timelines.begin(), timelines.end(), [](const ParamTimeline& line) {
        return line.isClickId() && line.firstHop == 1;
    });
    if (trace.stopped == ClickTrace::Stop::Final)
        return anyClickId
            ? Trace::tr("Every click ID reached the final page intact (%n hop(s)).", "", int(trace.hops.size()))
            : Trace::tr("Reached the final page after %n hop(s); the first URL carries no click ID.", "",
                        int(trace.hops.size()));
    return trace.stopText();
}

bool clickIdsIntact(const ClickTrace& trace, const QList<ParamTimeline>& timelines)
{
    if (trace.stopped != ClickTrace::Stop::Final)
        return false;
    return std::none_of(timelines.begin(), timelines.end(), [](const ParamTimeline& line) {
        return line.isClickId() && line.firstHop == 1 && (!line.story.isEmpty() || !line.changes.isEmpty());
    });
}

} // namespace pbw
