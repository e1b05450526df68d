#include "batchcheck.h"

#include "batch/missingcheck.h"
#include "batch/reconcile.h"
#include "batchcheckreport.h"
#include "batchinput.h"
#include "batchkeep.h"
#include "cliapp.h"
#include "commandline.h"
#include "console.h"

#include <QCoreApplication>

namespace pbw::cli {

using namespace pbw::batch;

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

} // namespace

int batchCheckCommand(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Pbw::tr(
        "Find why each conversion missing at the partner failed: the tracker's log is reconciled with the partner's "
        "report (as pbw batch reconcile does), each missing conversion's logged callback is checked (against the "
        "partner's template with --template) and its logged answer judged; the conversions are grouped by cause. "
        "Then the corrected callbacks are built (the logged URL rebuilt, or the template filled from the row) for "
        "pbw batch send. Exit status: 0 nothing missing, 1 missing conversions found, 2 bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("tracker"),
                                 Pbw::tr("The tracker's postback log or conversion export (CSV or TSV)."));
    parser.addPositionalArgument(QStringLiteral("partner"), Pbw::tr("The partner's report (CSV or TSV)."));
    const BatchInputOptions inputOptions;
    const QCommandLineOption templ(
        QStringLiteral("template"),
        Pbw::tr("The partner's approved postback template: each logged callback is matched against it, and the "
                "callbacks to re-fire are the template filled from each row ({clickid}, {payout}, {txid}, {status}…)."),
        QStringLiteral("URL"));
    const QCommandLineOption different(
        QStringLiteral("include-different"),
        Pbw::tr("Also explain the conversions the partner has with another payout or status (never re-fired)."));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 Pbw::tr("Write the callbacks to re-fire to FILE as CSV (what pbw batch send reads)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    const BatchKeepOptions keep(context);
    inputOptions.addTo(parser);
    parser.addOptions({templ, different, csv});
    keep.addTo(parser);
    parser.addOptions({json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return badInput(Pbw::tr("Use \"pbw batch check TRACKER PARTNER\"."));
    if (parser.isSet(templ) && parser.value(templ).trimmed().isEmpty())
        return badInput(Pbw::tr("--template needs the partner's postback URL."));
    std::optional<CaseTarget> target;
    if (!openKeepTarget(parser, keep, context, &target))
        return BadInput;

    auto input = readBatchInput(parser, inputOptions, files.at(0), files.at(1));
    if (!input)
        return badInput(input.error());
    const Reconciliation reconciliation = reconcile(input->tracker, input->partner);
    CheckOptions options;
    options.templateUrl = parser.value(templ).trimmed();
    options.includeDifferent = parser.isSet(different);
    const MissingCheck check = checkMissing(input->tracker, reconciliation, options);
    if (!check.templateError.isEmpty())
        return badInput(check.templateError);

    if (parser.isSet(csv)) {
        if (const auto written = writeRefireCsv(parser.value(csv), check.refire); !written)
            return badInput(written.error());
    }
    QJsonObject kept;
    if (target) {
        const auto done = keepInCase(*target, *input, reconciliation, &check);
        if (!done)
            return storeFailed(done.error());
        kept = *done;
    }
    const CheckReport report{&*input, &reconciliation, &check, options.templateUrl};
    if (parser.isSet(json)) {
        QJsonObject object = checkJson(report);
        if (target)
            object.insert(QStringLiteral("kept"), kept);
        printJson(object);
    } else {
        printOut(checkText(report));
    }
    return reconciliation.total(MatchGroup::MissingAtPartner).rows > 0 ? ProblemFound : Ok;
}

} // namespace pbw::cli
