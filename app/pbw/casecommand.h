#pragma once

#include "store/casestore.h"
#include "util/result.h"

#include <QCommandLineOption>
#include <QStringList>
#include <memory>
#include <optional>

namespace pbw {
class CaseStore;
}

namespace pbw::cli {

// pbw case new TITLE [--partner P] [--offer O] [--tracker T] | list | show ID   [--db PATH] [--json]
struct CliContext;

int runCase(const QStringList& arguments, const CliContext& context);

// --db PATH: the case store to use instead of the default one.
QCommandLineOption dbOption(const CliContext& context);
// Opens the store named by --db (or the default); prints the reason and returns nullptr when it cannot.
// Only the commands that make something (case new, case import) create a missing store.
std::unique_ptr<CaseStore> openStore(const QString& dbValue, const CliContext& context,
                                     CaseStore::Opening opening = CaseStore::Opening::Existing);
// A store that could not do what was asked (a missing case, an unreadable table): its own words on
// standard error, and exit status 2.
int storeFailed(const StoreError& error);

// The case a command saves its exchange into (--case ID, in the store --db names).
struct CaseTarget
{
    std::unique_ptr<CaseStore> store;
    qint64 caseId = 0;
};
// Opens the store and checks the case is there; prints why not and returns nothing when it cannot.
std::optional<CaseTarget> openCaseToSaveInto(const QString& caseValue, const QString& dbValue,
                                             const CliContext& context);

} // namespace pbw::cli
