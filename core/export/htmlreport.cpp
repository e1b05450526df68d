#include "export/htmlreport.h"

#include "analysis/answerdiff.h"
#include "analysis/comparison.h"
#include "analysis/verdict.h"
#include "export/htmlparts.h"
#include "export/reconciliationreport.h"
#include "i18n/language.h"
#include "io/exchangejson.h"
#include "net/curlcommand.h"
#include "store/comparepair.h"
#include "text/casetext.h"
#include "text/exchangetext.h"
#include "text/hoptext.h"
#include "text/saidtext.h"
#include "text/verdicttext.h"

#include <QCoreApplication>

namespace pbw {

namespace {

// The translation context of the report's words.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString e(const QString& text)
{
    return html::escaped(text);
}

using html::when;

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(e(label), valueHtml);
}

QString headersText(const HeaderList& headers)
{
    QString text;
    for (const auto& [name, value] : headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    return text;
}

// Text kept as it is, in one box: print (Qt's PDF) draws a <pre>'s background line by line, a
// table cell's once.
QString codeBlock(const QString& text, const QString& kind = QStringLiteral("code"))
{
    return QStringLiteral("<table class=\"%1\" width=\"100%\"><tr><td><pre>%2</pre></td></tr></table>\n")
        .arg(kind, e(text));
}

// The mark and its colour say the same thing, so print and greyscale tell failing from accepted: a
// dark box with ✗ for a failure, a light one with ✓ for an accepted answer (or a hop that is fine).
QString markedBlock(const QString& kind, const QString& symbol, const QString& bodyHtml)
{
    return QStringLiteral("<table class=\"verdict %1\" width=\"100%\"><tr><td class=\"mark %1\" width=\"32\">"
                          "%2</td><td>%3</td></tr></table>\n")
        .arg(kind, e(symbol), bodyHtml);
}

QString verdictKind(Verdict::Layer layer)
{
    switch (layer) {
    case Verdict::Layer::Ok:
        return QStringLiteral("ok");
    case Verdict::Layer::Unknown:
        return QStringLiteral("unknown");
    default:
        return QStringLiteral("failed");
    }
}

QString verdictBlock(const Verdict& verdict)
{
    QString html
        = QStringLiteral("<p class=\"headline\">%1</p><p>%2</p>").arg(e(verdictHeadline(verdict)), e(verdict.summary));
    if (!verdict.evidence.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const Evidence& item : verdict.evidence)
            html += QStringLiteral("<li>%1</li>").arg(e(evidenceAsText(item)));
        html += QStringLiteral("</ul>");
    }
    if (!verdict.nextStep.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(e(Report::tr("Next step:")), e(verdict.nextStep));
    return markedBlock(verdictKind(verdict.layer) + QLatin1Char(' ') + layerKey(verdict.layer),
                       verdictSymbol(verdict.layer), html);
}

// A hop of the click's way is described as a hop; a callback gets its verdict.
QString judgedBlock(const StoredExchange& stored, const Exchange& exchange)
{
    if (const auto hop = hopText(stored.role, exchange))
        return markedBlock(
            QStringLiteral("ok hop"), hop->symbol,
            QStringLiteral("<p class=\"headline\">%1</p><p>%2</p>").arg(e(hop->headline), e(hop->summary)));
    return verdictBlock(judgeExchange(exchange));
}

QString judgedLine(const StoredExchange& stored, const Exchange& exchange)
{
    if (const auto hop = hopText(stored.role, exchange))
        return hop->symbol + u' ' + hop->headline;
    const Verdict verdict = judgeExchange(exchange);
    return verdictSymbol(verdict.layer) + u' ' + verdictHeadline(verdict);
}

QString exchangeSection(const StoredExchange& stored, const Exchange& exchange, const QString& heading)
{
    const SentRequest& request = exchange.request;
    QString html = QStringLiteral("<section class=\"exchange\"><h3>%1</h3>\n<table class=\"facts\">\n").arg(e(heading));
    html += row(Report::tr("Role"), e(roleName(stored.role)));
    html += row(Report::tr("Sent"), when(exchange.timing.started));
    if (exchange.timing.totalMs >= 0)
        html += row(Report::tr("Time"),
                    e(Report::tr("%1 ms to the first byte, %2 ms in total")
                          .arg(formatMs(exchange.timing.firstByteMs), formatMs(exchange.timing.totalMs))));
    if (const QString note = shownNote(stored); !note.isEmpty())
        html += row(Report::tr("Note"), e(note));
    html += QStringLiteral("</table>\n");
    if (request.input != request.url)
        html += QStringLiteral("<p>%1</p>\n").arg(e(Report::tr("As typed:"))) + codeBlock(request.input);
    html += QStringLiteral("<h4>%1</h4>\n").arg(e(Report::tr("Request, exactly as sent")))
        + codeBlock(QString::fromLatin1(request.method) + u' ' + QString::fromLatin1(request.target)
                    + QStringLiteral(" HTTP/1.1\n") + headersText(request.headers)
                    + (request.body.isEmpty() ? QString() : u'\n' + QString::fromUtf8(request.body)));
    if (exchange.response) {
        const ReceivedResponse& response = *exchange.response;
        QString body = response.isBinary
            ? Report::tr("(%1 of binary data, not shown)").arg(formatByteSize(response.body.size()))
            : response.text;
        if (response.truncated)
            body += u'\n' + Report::tr("(only the first %1 were kept)").arg(formatByteSize(response.body.size()));
        html += QStringLiteral("<h4>%1</h4>\n").arg(e(Report::tr("The partner's answer")))
            + codeBlock(QStringLiteral("%1 %2 %3\n")
                            .arg(response.httpVersion.startsWith("HTTP/") ? QString::fromLatin1(response.httpVersion)
                                                                          : QStringLiteral("HTTP/")
                                         + QString::fromLatin1(response.httpVersion.isEmpty() ? QByteArray("1.1")
                                                                                              : response.httpVersion))
                            .arg(response.status)
                            .arg(QString::fromLatin1(response.reason))
                        + headersText(response.headers) + u'\n' + body);
    } else if (exchange.error) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>\n").arg(e(Report::tr("No answer")), e(exchange.error->message()));
    }
    html += QStringLiteral("<h4>%1</h4>\n").arg(e(Report::tr("Verdict"))) + judgedBlock(stored, exchange);
    html += QStringLiteral("<h4>%1</h4>\n").arg(e(Report::tr("To send it again (curl)")))
        + codeBlock(curlCommandFor(request), QStringLiteral("code curl"));
    return html + QStringLiteral("</section>\n");
}

QString differences(const Exchange& failing, const Exchange& corrected)
{
    QString html = QStringLiteral("<h3>%1</h3>\n<table class=\"diff\"><tr><th>%2</th><th>%3</th><th>%4</th>"
                                  "<th>%5</th></tr>\n")
                       .arg(e(Report::tr("What was sent")), e(Report::tr("Part / parameter")), e(Report::tr("Failing")),
                            e(Report::tr("Corrected")), e(Report::tr("Change")));
    const Comparison comparison
        = compareCallbacks(failing.request.input, corrected.request.input, Comparison::Mode::FailingVsCorrected);
    for (const DiffRow& diff : comparison.rows) {
        html += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(changeKey(diff.change), e(diff.key.isEmpty() ? diff.part : diff.part + u' ' + diff.key),
                         e(diff.rawA), e(diff.rawB), e(changeName(diff.change)));
    }
    html += QStringLiteral("</table>\n");
    const AnswerDiff answers = diffAnswers(failing, corrected);
    html += QStringLiteral("<h3>%1</h3><p>%2</p>\n<table class=\"diff\"><tr><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                .arg(e(Report::tr("What the partner answered")), e(answers.summary()), e(Report::tr("Part")),
                     e(Report::tr("Failing")), e(Report::tr("Corrected")));
    for (const AnswerDiffRow& diff : answers.rows) {
        QString part = diff.name;
        if (diff.part == AnswerDiffRow::Part::Headers)
            part = Report::tr("Header %1").arg(diff.name);
        else if (diff.part == AnswerDiffRow::Part::Body && !answers.jsonBodies)
            part = Report::tr("Line %1").arg(diff.name);
        html
            += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                   .arg(diff.change == AnswerDiffRow::Change::Same ? QStringLiteral("same") : QStringLiteral("changed"),
                        e(part), e(diff.left), e(diff.right));
    }
    return html + QStringLiteral("</table>\n");
}

// Re-fired callbacks listed one by one in the list of every exchange; the rest in one line.
constexpr qsizetype refiredListed = 3;

const char* const style = R"css(
body { font-family: sans-serif; margin: 2em auto; max-width: 72em; color: #1d1d1f; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; margin: .5em 0; } th, td { border: 1px solid #ccc; padding: .25em .5em;
vertical-align: top; text-align: left; } .facts th { background-color: #f3f3f3; width: 12em; }
pre { margin: 0; white-space: pre-wrap; word-break: break-all; font-family: monospace; }
table.code { width: 100%; } table.code td { background-color: #f6f6f6; border: 1px solid #ddd; padding: .6em; }
.diff td { font-family: monospace; white-space: pre-wrap; word-break: break-all; }
.diff tr.changed td, .diff tr.added td, .diff tr.removed td { background-color: #fff4d6; }
table.verdict { width: 100%; } table.verdict td { border: 1px solid #999; padding: .3em .8em; }
td.mark { font-size: 1.4em; font-weight: bold; text-align: center; vertical-align: middle; }
td.mark.failed { background-color: #8b0016; color: #ffffff; }
td.mark.ok { background-color: #e3f1e4; color: #1b5e20; }
td.mark.unknown { background-color: #fff1c2; color: #5c4500; }
.headline { font-weight: bold; margin: 0; }
ul.all li { margin-bottom: .4em; } ul.all code { word-break: break-all; }
.pair { display: flex; gap: 1.5em; } .pair > section { flex: 1; min-width: 0; }
@media print { .pair { display: block; } table.code, table.verdict { page-break-inside: avoid; } }
)css";

} // namespace

QString htmlReport(const CaseBundle& bundle, const QDateTime& exportedAt)
{
    const CaseRecord& record = bundle.record;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                  "style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; form-action "
                                  "'none'; base-uri 'none'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
                                  "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                       .arg(Language::current().isEmpty() ? QStringLiteral("en") : e(Language::current()),
                            e(Report::tr("Case: %1").arg(record.title)), QLatin1String(style));
    html += QStringLiteral("<h1>%1</h1>\n<table class=\"facts\">\n").arg(e(record.title));
    html += row(Report::tr("Partner"), e(record.partner));
    html += row(Report::tr("Offer"), e(record.offer));
    html += row(Report::tr("Tracker"), e(record.tracker));
    html += row(Report::tr("Status"), e(caseStatusName(record.status)));
    html += row(Report::tr("Opened"), when(record.created));
    html += row(Report::tr("Last change"), when(record.updated));
    html += row(Report::tr("Report made"), when(exportedAt));
    html += QStringLiteral("</table>\n<p>%1</p>\n")
                .arg(e(Report::tr(
                    "Tokens, passwords and credential headers are replaced by [redacted]: a value was there, "
                    "and it is not shared.")));

    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                .arg(e(Report::tr("Checklist")), e(Report::tr("Layer")), e(Report::tr("Proved")),
                     e(Report::tr("By, when")), e(Report::tr("Evidence")));
    for (const ChecklistStep& step : bundle.checklist) {
        QString evidence;
        if (step.exchangeId)
            evidence = Report::tr("exchange %1").arg(bundle.exchangeNumber(step.exchangeId));
        else if (step.noteId)
            evidence = Report::tr("note %1").arg(step.noteId);
        else if (step.attachmentId && step.attachmentId <= bundle.attachments.size())
            evidence = bundle.attachments.at(step.attachmentId - 1).title;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(e(checklistName(step.layer)), step.done ? QStringLiteral("✓") : QStringLiteral("—"),
                         step.done ? e(step.who) + QStringLiteral("<br>") + when(step.when) : QString(), e(evidence));
    }
    html += QStringLiteral("</table>\n");

    QList<Exchange> exchanges;
    for (const StoredExchange& stored : bundle.exchanges)
        exchanges.append(stored.exchange());
    const auto [first, second] = comparePair(bundle.record, bundle.exchanges, bundle.checklist);
    if (first && second) {
        const qsizetype a = first - 1;
        const qsizetype b = second - 1;
        html += QStringLiteral("<h2>%1</h2>\n<div class=\"pair\">\n")
                    .arg(e(Report::tr("Failing and corrected, side by side")));
        html += exchangeSection(bundle.exchanges.at(a), exchanges.at(a),
                                Report::tr("Exchange %1").arg(bundle.exchangeNumber(first)));
        html += exchangeSection(bundle.exchanges.at(b), exchanges.at(b),
                                Report::tr("Exchange %1").arg(bundle.exchangeNumber(second)));
        html += QStringLiteral("</div>\n<h2>%1</h2>\n").arg(e(Report::tr("The differences")))
            + differences(exchanges.at(a), exchanges.at(b));
    } else if (exchanges.size() == 1) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(e(Report::tr("The exchange")))
            + exchangeSection(bundle.exchanges.first(), exchanges.first(),
                              Report::tr("Exchange %1").arg(bundle.exchangeNumber(1)));
    }

    html += reconciliationSection(bundle);

    // A list, not a table: a case can hold thousands of exchanges, and page layout (PDF) of a
    // table that long is slow.
    // Each by its number in the case, which may skip (removed exchanges): not an <ol>'s own count.
    // A batch re-fires hundreds of callbacks: the first few are listed, the rest said in one line
    // where the next would be.
    html += QStringLiteral("<h2>%1</h2>\n<ul class=\"all\">\n").arg(e(Report::tr("Every exchange of the case")));
    qsizetype refired = 0;
    qsizetype refiredTotal = 0;
    for (qsizetype i = 0; i < exchanges.size(); ++i)
        refiredTotal += bundle.isRefired(i + 1);
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        if (bundle.isRefired(i + 1) && ++refired > refiredListed) {
            if (refired == refiredListed + 1)
                html += QStringLiteral("<li class=\"more\">%1</li>\n")
                            .arg(e(Report::tr("… and %n more re-fired callback(s) — all in the case file.", nullptr,
                                              int(refiredTotal - refiredListed))));
            continue;
        }
        const Exchange& exchange = exchanges.at(i);
        html += QStringLiteral("<li><b>%1</b> · <b>%2</b> · %3 · %4<br><code>%5</code></li>\n")
                    .arg(e(Report::tr("Exchange %1").arg(bundle.exchangeNumber(i + 1))),
                         e(roleName(bundle.exchanges.at(i).role)), when(exchange.timing.started),
                         e(judgedLine(bundle.exchanges.at(i), exchange)),
                         e(QString::fromLatin1(exchange.request.method) + u' ' + exchange.request.url));
    }
    html += QStringLiteral("</ul>\n");

    bool fromPartner = false;
    for (const Attachment& attachment : bundle.attachments) {
        if (attachment.kind == Attachment::Kind::File)
            continue;
        if (!fromPartner)
            html += QStringLiteral("<h2>%1</h2>\n").arg(e(Report::tr("Templates and the partner's confirmation")));
        fromPartner = true;
        html += QStringLiteral("<h3>%1 — %2</h3><p>%3</p>\n")
                    .arg(e(attachmentKindName(attachment.kind)), e(attachment.title), when(attachment.added))
            + codeBlock(attachment.text);
    }
    if (!bundle.notes.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(e(Report::tr("Notes")));
        for (const CaseNote& note : bundle.notes)
            html += QStringLiteral("<p class=\"when\">%1</p>\n").arg(when(note.written)) + codeBlock(shownText(note));
    }
    html += QStringLiteral("<p><small>%1</small></p>\n</body>\n</html>\n")
                .arg(e(Report::tr("Made with Postback Workbench %1.").arg(QCoreApplication::applicationVersion())));
    return html;
}

} // namespace pbw
