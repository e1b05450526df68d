#include "text/saidtext.h"

#include "io/tracerecord.h"
#include "text/reconciliationtext.h"
#include "text/tracetext.h"
#include "trace/paramtimeline.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pbw {

namespace {

class Said
{
    Q_DECLARE_TR_FUNCTIONS(Said)
};

} // namespace

QJsonObject said::traceHop(int n, int of)
{
    return {{QStringLiteral("key"), QStringLiteral("trace-hop")}, {QStringLiteral("args"), QJsonArray{n, of}}};
}

QJsonObject said::trace(const ClickTrace& trace, const QString& qaParam, const QString& qaValue)
{
    return {{QStringLiteral("key"), QStringLiteral("trace")},
            {QStringLiteral("trace"), traceRecordToJson(trace)},
            {QStringLiteral("qa_param"), qaParam},
            {QStringLiteral("qa_value"), qaValue}};
}

QJsonObject said::failingAndCorrected(const QString& failing, const QString& corrected)
{
    return {{QStringLiteral("key"), QStringLiteral("failing-corrected")},
            {QStringLiteral("args"), QJsonArray{failing, corrected}}};
}

QString saidText(const QJsonObject& said)
{
    const QString key = said.value(QStringLiteral("key")).toString();
    const QJsonArray args = said.value(QStringLiteral("args")).toArray();
    if (key == QLatin1String("trace-hop") && args.size() == 2)
        return Said::tr("Redirect trace, hop %1 of %2").arg(args.at(0).toInt()).arg(args.at(1).toInt());
    if (key == QLatin1String("failing-corrected") && args.size() == 2)
        return Said::tr("Failing:\n%1\n\nCorrected:\n%2").arg(args.at(0).toString(), args.at(1).toString());
    if (key == QLatin1String("refired") && args.size() == 1)
        return Said::tr("Re-fired for %1").arg(args.at(0).toString());
    if (key == QLatin1String("batch-cause"))
        return causeHeadline(said) + QStringLiteral(" — ") + causeSummary(said);
    if (key == QLatin1String("trace") && said.value(QStringLiteral("trace")).isObject()) {
        const ClickTrace trace = traceRecordFromJson(said.value(QStringLiteral("trace")).toObject());
        const QList<ParamTimeline> timelines = paramTimelines(trace);
        QString text = traceAsText(trace, timelines);
        const QString qa = qaClickText(trace, timelines, said.value(QStringLiteral("qa_param")).toString(),
                                       said.value(QStringLiteral("qa_value")).toString());
        return qa.isEmpty() ? text : text + u'\n' + qa;
    }
    return {};
}

QString shownNote(const StoredExchange& stored)
{
    const QString told = saidText(stored.noteSaid);
    return told.isEmpty() ? stored.note : told;
}

QString shownText(const CaseNote& note)
{
    const QString told = saidText(note.said);
    return told.isEmpty() ? note.text : told;
}

} // namespace pbw
