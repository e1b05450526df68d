#pragma once

class QObject;
class QSettings;

namespace pbw {
class CapiSender;
class Replayer;
class SecretStore;
class Tracer;
} // namespace pbw

namespace pbw::ui {

// What the window takes from the outside world, made once in the program's main and handed in: the
// user's settings file, the one keychain store, and the network (one sender of each kind, each with
// its network manager). Panels get them from the window; none opens its own.
struct AppServices
{
    QSettings* settings = nullptr; // the user's settings file (a temporary file in tests)
    SecretStore* keychain = nullptr;
    Replayer* replayer = nullptr;
    Tracer* tracer = nullptr;
    CapiSender* capiSender = nullptr;
};

// Fills in what services lacks (all but the settings), made as children of owner: main's application
// object, or a window given a settings file alone.
AppServices completeServices(AppServices services, QObject* owner);

} // namespace pbw::ui
