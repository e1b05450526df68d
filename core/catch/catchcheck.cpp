#include "catch/catchcheck.h"

#include "analysis/answerrules.h"
#include "analysis/checker.h"
#include "catch/trackerurl.h"

#include <QCoreApplication>

namespace pbw {

namespace {

class CatchCheckText
{
    Q_DECLARE_TR_FUNCTIONS(CatchCheckText)
};

// Where the partner lives, from its template ("https://partner.example" of
// "https://partner.example/pb?…"); empty when the template has no host.
QString originOf(const Callback& templ)
{
    if (templ.host.isEmpty())
        return {};
    QString origin
        = (templ.scheme.isEmpty() ? QStringLiteral("https") : templ.scheme) + QStringLiteral("://") + templ.host;
    if (!templ.port.isEmpty())
        origin += QLatin1Char(':') + templ.port;
    return origin;
}

// The template's parameters the callback lacks at its end: what a '#' (or a cut) in the tracker's
// postback would drop. Empty unless every parameter after the first missing one is missing too.
QStringList missingTail(const Callback& templ, const TemplateMatch& match)
{
    QList<bool> missing(templ.params.size(), false);
    for (const MatchRow& row : match.rows) {
        if (row.state == MatchRow::State::Missing && row.callbackIndex < 0 && row.templateIndex >= 0)
            missing[row.templateIndex] = true;
    }
    qsizetype first = missing.size();
    while (first > 0 && missing.at(first - 1))
        --first;
    if (first == missing.size() || first == 0)
        return {};
    QStringList keys;
    for (qsizetype i = first; i < templ.params.size(); ++i)
        keys.append(templ.params.at(i).key);
    return keys;
}

} // namespace

int CatchCheck::errorCount() const
{
    int errors = 0;
    for (const Finding& finding : findings)
        errors += finding.severity == Finding::Severity::Error ? 1 : 0;
    return errors;
}

CatchCheck checkCaught(const Exchange& caught, const QString& prefix, const QString& templateText)
{
    CatchCheck check;
    const Callback templ = templateText.trimmed().isEmpty() ? Callback{} : readCallback(templateText.trimmed());
    QString origin = originOf(templ);
    if (origin.isEmpty()) {
        const QString url = caught.request.url;
        const qsizetype pathStart = url.indexOf(u'/', url.indexOf(QStringLiteral("://")) + 3);
        origin = pathStart > 0 ? url.left(pathStart) : url;
    }
    check.url = origin + pathWithoutPrefix(caught.request.target, prefix);

    Callback callback = readCallbackUrl(check.url);
    callback.method = QString::fromLatin1(caught.request.method);
    callback.headers = caught.request.headers;
    callback.body = caught.request.body;
    callback.contentType = QString::fromUtf8(headerValue(caught.request.headers, "Content-Type"));
    if (!callback.body.isEmpty()) {
        QList<CallbackParam> fields = bodyParams(callback.body, callback.contentType);
        for (CallbackParam& field : fields)
            field.offset = field.valueOffset = -1;
        callback.params += fields;
    }
    check.findings = checkCallback(callback);
    if (!templateText.trimmed().isEmpty()) {
        check.match = matchTemplate(templ, callback);
        check.findings += check.match->findings;
        if (const QStringList tail = missingTail(templ, *check.match);
            !tail.isEmpty() && templ.fragment.isEmpty() && callback.fragment.isEmpty()) {
            check.findings.append(Finding::make(
                QStringLiteral("cut-before-arrival"), Finding::Severity::Warning, tail.first(),
                CatchCheckText::tr("The tracker sent nothing from %1 on (%2): the URL it fires ends early. A '#' in "
                                   "the tracker's postback cuts everything after it before it is sent.")
                    .arg(tail.first(), tail.join(QStringLiteral(", "))),
                CatchCheckText::tr("Look in the tracker's postback for a '#' (or a line break) before %1; write a "
                                   "literal '#' in a value as %2.")
                    .arg(tail.first(), QStringLiteral("%23"))));
        }
    }
    check.callback = callback;
    return check;
}

Verdict judgeCaught(const Exchange& caught, const CatchCheck& check)
{
    if (!caught.response)
        return judgeExchange(caught);
    return judgeAnswer(*caught.response, check.findings, AnswerRules::active());
}

QString catchVerdictLine(const CatchCheck& check)
{
    const int errors = check.errorCount();
    if (errors == 0) {
        return check.match ? CatchCheckText::tr("✓ Matches the partner's template")
                           : CatchCheckText::tr("✓ No problem found in the callback");
    }
    QStringList what;
    for (const Finding& finding : check.findings) {
        if (finding.severity != Finding::Severity::Error)
            continue;
        const QString part = finding.param.isEmpty() ? finding.id : finding.param;
        if (!what.contains(part))
            what.append(part);
        if (what.size() == 3)
            break;
    }
    return CatchCheckText::tr("✗ %n problem(s): %1", nullptr, errors).arg(what.join(QStringLiteral(", ")));
}

} // namespace pbw
