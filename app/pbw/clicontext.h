#pragma once

#include "capi/capirequest.h"
#include "settings/preferences.h"

#include <QHash>

class QSettings;

namespace pbw::cli {

// What pbw takes from the user's settings file (the window's Settings): read once, in main, from
// the one QSettings it opens, and handed to the commands that need it.
struct CliContext
{
    Preferences preferences;
    CapiEndpoint endpoint;
    QHash<QString, QString> platformBaseUrls; // platform id → the host the user set (capi/<id>/base_url)

    static CliContext read(const QSettings& settings);
};

} // namespace pbw::cli
