#include "batchcommand.h"

#include "batch/reconcile.h"
#include "batch/reconciledcsv.h"
#include "batchcheck.h"
#include "batchinput.h"
#include "batchkeep.h"
#include "batchreport.h"
#include "batchsend.h"
#include "cliapp.h"
#include "commandline.h"
#include "console.h"

#include <QCoreApplication>
#include <QFile>

namespace pbw::cli {

using namespace pbw::batch;

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

QString batchUsage()
{
    return Pbw::tr("Usage: pbw batch <action> [options]\n"
                   "\n"
                   "Actions:\n"
                   "  reconcile TRACKER PARTNER   match the tracker's conversions with the partner's report by\n"
                   "                              click ID: credited, missing at the partner, extra, payout or\n"
                   "                              status different\n"
                   "  check TRACKER PARTNER       why each conversion missing at the partner failed, grouped by\n"
                   "                              cause, and the corrected callbacks to re-fire\n"
                   "  send CALLBACKS --case ID    re-fire callbacks through the case's ledger: never twice, at a\n"
                   "                              rate, stopping after refusals in a row (--dry-run first)\n"
                   "\n"
                   "Run \"pbw batch <action> --help\" for an action's options.");
}

int reconcileCommand(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Match the tracker's conversions (its conversion or postback log) with the partner's conversion "
                "report, by click ID (and transaction ID where both have one). Both are CSV or TSV exports: the "
                "encoding (UTF-8, UTF-16, Windows-1251), the delimiter and the header are found out; columns are "
                "found by a tool's preset or by their usual names, --map names the others. Exit status: 0 every "
                "conversion credited, 1 differences found, 2 a file that cannot be read (the message names the "
                "line)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("tracker"), Pbw::tr("The tracker's export (CSV or TSV)."));
    parser.addPositionalArgument(QStringLiteral("partner"), Pbw::tr("The partner's report (CSV or TSV)."));
    const BatchInputOptions inputs;
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 Pbw::tr("Write every reconciled row (and each extra partner row) to FILE as CSV."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    const BatchKeepOptions keep(context);
    inputs.addTo(parser);
    parser.addOptions({csv});
    keep.addTo(parser);
    parser.addOptions({json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return badInput(Pbw::tr("Use \"pbw batch reconcile TRACKER PARTNER\"."));
    std::optional<CaseTarget> target;
    if (!openKeepTarget(parser, keep, context, &target))
        return BadInput;

    auto input = readBatchInput(parser, inputs, files.at(0), files.at(1));
    if (!input)
        return badInput(input.error());
    const ConversionTable& tracker = input->tracker;
    const ConversionTable& partner = input->partner;
    const Reconciliation result = reconcile(tracker, partner);

    const ReconcileReport report{{files.at(0), input->trackerPreset, &tracker},
                                 {files.at(1), input->partnerPreset, &partner},
                                 &result,
                                 input->zone};
    if (parser.isSet(csv)) {
        if (const auto written = writeReconciledCsv(parser.value(csv), tracker, partner, result, input->zone); !written)
            return badInput(written.error());
    }
    QJsonObject kept;
    if (target) {
        const auto done = keepInCase(*target, *input, result, nullptr);
        if (!done)
            return storeFailed(done.error());
        kept = *done;
    }
    if (parser.isSet(json)) {
        QJsonObject object = reportJson(report);
        if (target)
            object.insert(QStringLiteral("kept"), kept);
        printJson(object);
    } else {
        printOut(reportText(report));
    }
    return result.allCredited() ? Ok : ProblemFound;
}

} // namespace

int runBatch(const QStringList& arguments, const CliContext& context)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1); // "pbw reconcile A B" is parsed as "pbw A B"
    if (action == QLatin1String("reconcile"))
        return reconcileCommand(rest, context);
    if (action == QLatin1String("check"))
        return batchCheckCommand(rest, context);
    if (action == QLatin1String("send"))
        return runBatchSend(rest, context);
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        printOut(batchUsage());
        return action.isEmpty() ? BadInput : Ok;
    }
    printError(Pbw::tr("Unknown batch action \"%1\".").arg(action) + QLatin1Char('\n') + batchUsage());
    return BadInput;
}

} // namespace pbw::cli
