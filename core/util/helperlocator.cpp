#include "util/helperlocator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pbw {

namespace {

QString fileName(Helper helper)
{
    return helper == Helper::KeychainModule ? QStringLiteral("pbw-keychain.so") : QStringLiteral("pbw-pdf");
}

// Where the package installs it, relative to bin/ (set by CMake from GNUInstallDirs).
QString installedRelative(Helper helper)
{
    return helper == Helper::KeychainModule ? QStringLiteral(PBW_HELPER_LIB_DIR)
                                            : QStringLiteral(PBW_HELPER_LIBEXEC_DIR);
}

} // namespace

QStringList helperCandidates(Helper helper)
{
    const QString programs = QCoreApplication::applicationDirPath();
    QStringList candidates{programs + QLatin1Char('/') + fileName(helper),
                           programs + QLatin1Char('/') + installedRelative(helper) + QLatin1Char('/')
                               + fileName(helper)};
#ifdef PBW_HELPER_BUILD_DIR
    // Only in a build with tests: the test executables live in tests/, the helpers in app/.
    candidates.append(QStringLiteral(PBW_HELPER_BUILD_DIR) + QLatin1Char('/') + fileName(helper));
#endif
    return candidates;
}

QString findHelper(Helper helper)
{
    for (const QString& candidate : helperCandidates(helper)) {
        const QFileInfo info(candidate);
        if (info.isFile() && (helper == Helper::KeychainModule || info.isExecutable()))
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace pbw
