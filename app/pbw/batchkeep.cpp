#include "batchkeep.h"

#include "batch/batchpresets.h"
#include "batchinput.h"
#include "console.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

} // namespace

BatchKeepOptions::BatchKeepOptions(const CliContext& context)
    : caseId(QStringLiteral("case"),
             Pbw::tr("Keep what was found in this case (its number): pbw case show lists it and the case's report "
                     "tells it."),
             QStringLiteral("ID"))
    , db(dbOption(context))
{
}

void BatchKeepOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({caseId, db});
}

bool openKeepTarget(const QCommandLineParser& parser, const BatchKeepOptions& options, const CliContext& context,
                    std::optional<CaseTarget>* target)
{
    if (!parser.isSet(options.caseId))
        return true;
    *target = openCaseToSaveInto(parser.value(options.caseId), parser.value(options.db), context);
    return target->has_value();
}

Result<QJsonObject, StoreError> keepInCase(CaseTarget& target, const BatchInput& input,
                                           const batch::Reconciliation& result, const batch::MissingCheck* check)
{
    ReconciliationRecord record = reconciliationRecord(input.tracker, result, check);
    record.trackerFile = QFileInfo(input.trackerFile).fileName();
    record.partnerFile = QFileInfo(input.partnerFile).fileName();
    // The preset as the program names it, however it was typed ("Everflow" is "everflow").
    const auto presetName = [](const QString& typed) {
        const batch::BatchPreset* preset = batch::BatchPresets::builtIn().find(typed);
        return preset ? preset->name : typed;
    };
    record.trackerPreset = presetName(input.trackerPreset);
    record.partnerPreset = presetName(input.partnerPreset);
    const auto kept = target.store->addReconciliation(target.caseId, record);
    if (!kept)
        return kept.error();
    const auto all = target.store->reconciliations(target.caseId);
    const qsizetype number = all ? all->size() : 0;
    printError(Pbw::tr("Kept in case #%1 as reconciliation %2.").arg(target.caseId).arg(number));
    return QJsonObject{{QStringLiteral("case"), target.caseId}, {QStringLiteral("reconciliation"), number}};
}

} // namespace pbw::cli
