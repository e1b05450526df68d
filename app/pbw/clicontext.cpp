#include "clicontext.h"

#include <QSettings>

namespace pbw::cli {

CliContext CliContext::read(const QSettings& settings)
{
    return {Preferences::load(settings), CapiEndpoint::load(settings)};
}

} // namespace pbw::cli
