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

QString lostStory(const ParamTimeline& line, const TraceHop& hop)
{
    const QUrl from(hop.url);
    const QUrl to(hop.next);
    const bool queryDropped = from.hasQuery() && !to.hasQuery();
    return queryDropped ? Trace::tr("%1 lost at hop %2: its %3 from %4 to %5 dropped the query string.")
                              .arg(line.name)
                              .arg(hop.n)
                              .arg(howItLeft(hop), place(hop.url), place(hop.next))
                        : Trace::tr("%1 lost at hop %2: its %3 from %4 to %5 left the parameter out.")
                              .arg(line.name)
                              .arg(hop.n)
                              .arg(howItLeft(hop), place(hop.url), place(hop.next));
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
                if (line.lostAtHop == 0 && i > 0 && i - 1 < hopCount) {
                    line.lostAtHop = i; // hop i (from 1) sent the browser on without it
                    line.story = lostStory(line, trace.hops.at(i - 1));
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
        return line.isClickId() && line.firstHop == 1 && (line.lostAtHop > 0 || !line.changes.isEmpty());
    });
}

} // namespace pbw
