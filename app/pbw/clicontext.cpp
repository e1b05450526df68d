#include "clicontext.h"

#include <QSettings>

namespace pbw::cli {

CliContext CliContext::read(const QSettings& settings)
{
    CliContext context{Preferences::load(settings), CapiEndpoint::load(settings), {}};
    // Only the hosts the user set (capi/<id>/base_url): the platform files are not read at start.
    for (const QString& key : settings.allKeys()) {
        if (key.startsWith(QLatin1String("capi/")) && key.endsWith(QLatin1String("/base_url")))
            context.platformBaseUrls.insert(key.section(u'/', 1, 1), settings.value(key).toString());
    }
    return context;
}

} // namespace pbw::cli
