#pragma once

#include "casecommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <optional>

namespace pbw::batch {
class Reconciliation;
struct MissingCheck;
} // namespace pbw::batch

namespace pbw::cli {

struct BatchInput;
struct CliContext;

// --case ID [--db PATH]: pbw batch reconcile and check keep what they found in a case (its groups and,
// after a check, why the missing ones failed), for pbw case show and the case's report.
struct BatchKeepOptions
{
    explicit BatchKeepOptions(const CliContext& context);
    void addTo(QCommandLineParser& parser) const;

    QCommandLineOption caseId;
    QCommandLineOption db;
};

// The case to keep into, opened before the files are read (a wrong case is said at once, not after
// minutes of reading). Nothing, and no error, without --case; false when the case cannot be used
// (the reason is printed).
bool openKeepTarget(const QCommandLineParser& parser, const BatchKeepOptions& options, const CliContext& context,
                    std::optional<CaseTarget>* target);

// Keeps the reconciliation in the target's case and says so on standard error; {case, reconciliation}
// (its number in the case) for --json, or the store's error.
Result<QJsonObject, StoreError> keepInCase(CaseTarget& target, const BatchInput& input,
                                           const batch::Reconciliation& result, const batch::MissingCheck* check);

} // namespace pbw::cli
