#include "batchcommand.h"

#include "batch/batchpresets.h"
#include "batch/csvreader.h"
#include "batch/reconcile.h"
#include "batch/reconciledcsv.h"
#include "batchreport.h"
#include "batchsend.h"
#include "cliapp.h"
#include "commandline.h"
#include "console.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

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
                   "  send CALLBACKS --case ID    re-fire callbacks through the case's ledger: never twice, at a\n"
                   "                              rate, stopping after refusals in a row (--dry-run first)\n"
                   "\n"
                   "Run \"pbw batch <action> --help\" for an action's options.");
}

struct Side
{
    QString file;
    QString presetName;
    ConversionTable table;
};

// The options of one side: its preset's aliases with the user's --map on top, or the generic names.
Result<ReadOptions, QString> optionsFor(const QString& presetName, const QString& map, const QString& mapOption,
                                        const QTimeZone& zone)
{
    ReadOptions options;
    options.zone = zone;
    if (!presetName.isEmpty()) {
        const BatchPreset* preset = BatchPresets::builtIn().find(presetName);
        if (!preset)
            return Pbw::tr("Unknown preset \"%1\": use %2.")
                .arg(presetName, BatchPresets::builtIn().names().join(QStringLiteral(", ")));
        options.mapping = preset->mapping;
        options.slashDayFirst = preset->slashDayFirst;
    }
    if (!map.isEmpty()) {
        const auto explicitMapping = ColumnMapping::fromSpec(map);
        if (!explicitMapping)
            return QStringLiteral("--%1: %2").arg(mapOption, explicitMapping.error());
        options.mapping = options.mapping.overriddenBy(*explicitMapping);
    }
    return options;
}

Result<ConversionTable, QString> readSide(const QString& path, const ReadOptions& options)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Pbw::tr("%1: there is no such file.").arg(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Pbw::tr("%1: the file cannot be read: %2")
            .arg(path, QFileInfo(path).isFile() ? file.errorString() : Pbw::tr("not a file"));
    auto table = readConversions(&file, options);
    if (!table)
        return table.error().message(name);
    return std::move(*table);
}

int reconcileCommand(const QStringList& arguments)
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
    const QString presets = BatchPresets::builtIn().names().join(QStringLiteral(", "));
    const QCommandLineOption trackerPreset(QStringLiteral("tracker-preset"),
                                           Pbw::tr("The tool the tracker's file comes from: %1.").arg(presets),
                                           QStringLiteral("NAME"));
    const QCommandLineOption partnerPreset(QStringLiteral("partner-preset"),
                                           Pbw::tr("The tool the partner's report comes from: %1.").arg(presets),
                                           QStringLiteral("NAME"));
    const QCommandLineOption mapTracker(
        QStringLiteral("map-tracker"),
        Pbw::tr("Columns of the tracker's file, as field=column pairs separated by commas "
                "(click_id=subid,payout=revenue; #3 is the third column). Fields: click_id, transaction_id, payout, "
                "currency, status, time, postback_url, answer_status, answer_body, goal."),
        QStringLiteral("MAP"));
    const QCommandLineOption mapPartner(QStringLiteral("map-partner"),
                                        Pbw::tr("Columns of the partner's report, as for --map-tracker."),
                                        QStringLiteral("MAP"));
    const QCommandLineOption zone(QStringLiteral("zone"),
                                  Pbw::tr("The time zone of times written without one: Europe/Moscow, UTC, +03:00 "
                                          "(default UTC)."),
                                  QStringLiteral("ZONE"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 Pbw::tr("Write every reconciled row (and each extra partner row) to FILE as CSV."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    parser.addOptions({trackerPreset, partnerPreset, mapTracker, mapPartner, zone, csv, json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return badInput(Pbw::tr("Use \"pbw batch reconcile TRACKER PARTNER\"."));

    QTimeZone timeZone = QTimeZone::utc();
    if (parser.isSet(zone)) {
        const std::optional<QTimeZone> found = zoneFromText(parser.value(zone));
        if (!found)
            return badInput(
                Pbw::tr("Unknown time zone \"%1\": use a name such as Europe/Moscow, or an offset such as +03:00.")
                    .arg(parser.value(zone)));
        timeZone = *found;
    }
    const auto trackerOptions
        = optionsFor(parser.value(trackerPreset), parser.value(mapTracker), mapTracker.names().constFirst(), timeZone);
    if (!trackerOptions)
        return badInput(trackerOptions.error());
    const auto partnerOptions
        = optionsFor(parser.value(partnerPreset), parser.value(mapPartner), mapPartner.names().constFirst(), timeZone);
    if (!partnerOptions)
        return badInput(partnerOptions.error());

    auto tracker = readSide(files.at(0), *trackerOptions);
    if (!tracker)
        return badInput(tracker.error());
    auto partner = readSide(files.at(1), *partnerOptions);
    if (!partner)
        return badInput(partner.error());
    const Reconciliation result = reconcile(*tracker, *partner);

    const ReconcileReport report{{files.at(0), parser.value(trackerPreset), &*tracker},
                                 {files.at(1), parser.value(partnerPreset), &*partner},
                                 &result,
                                 timeZone};
    if (parser.isSet(csv)) {
        if (const auto written = writeReconciledCsv(parser.value(csv), *tracker, *partner, result, timeZone); !written)
            return badInput(written.error());
    }
    if (parser.isSet(json))
        printJson(reportJson(report));
    else
        printOut(reportText(report));
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
        return reconcileCommand(rest);
    if (action == QLatin1String("send"))
        return runBatchSend(rest, context);
    // Further actions dispatch here: "check" (why each missing conversion failed) and "send" (re-fire
    // them through the ledger), issue 24 items 3 and 4.
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        printOut(batchUsage());
        return action.isEmpty() ? BadInput : Ok;
    }
    printError(Pbw::tr("Unknown batch action \"%1\".").arg(action) + QLatin1Char('\n') + batchUsage());
    return BadInput;
}

} // namespace pbw::cli
