#include "clicontext.h"

#include "capi/platformrequest.h"

#include <QSettings>

namespace pbw::cli {

CliContext CliContext::read(const QSettings& settings)
{
    CliContext context{Preferences::load(settings), CapiEndpoint::load(settings), {}};
    for (const ConversionPlatform& platform : conversionPlatforms())
        context.platformBaseUrls.insert(platform.id, platformBaseUrl(settings, platform));
    return context;
}

} // namespace pbw::cli
