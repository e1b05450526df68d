#include "util/datafolder.h"

#include <QStandardPaths>

namespace pbw {

QString dataFolder()
{
    // Not AppDataLocation: the two programs have different application names but share one folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/postback-workbench");
}

} // namespace pbw
