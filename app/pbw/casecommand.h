#pragma once

#include "util/result.h"

#include <QCommandLineOption>
#include <QStringList>
#include <memory>

namespace pbw {
class CaseStore;
}

namespace pbw::cli {

// pbw case new TITLE [--partner P] [--offer O] [--tracker T] | list | show ID   [--db PATH] [--json]
int runCase(const QStringList& arguments);

// --db PATH: the case store to use instead of the default one.
QCommandLineOption dbOption();
// Opens the store named by --db (or the default); prints the reason and returns nullptr when it cannot.
std::unique_ptr<CaseStore> openStore(const QString& dbValue);

} // namespace pbw::cli
