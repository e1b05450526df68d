#pragma once

// The contract between the core and the pbw-keychain module, the only code that talks to
// QtKeychain. The module is loaded on the first keychain operation, so a command that never touches
// the keychain does not load QtKeychain, D-Bus and libsecret at start. Plain C linkage, Qt value
// types only (both sides use the same Qt libraries).
#include <QByteArray>
#include <QString>

namespace pbw::keychainmodule {

enum Operation { Write = 0, Read = 1, Remove = 2 };
enum Status { Done = 0, NotFound = 1, NoKeychain = 2, Failed = 3 };

// Called once, on the thread that started the operation, when the keychain answers. detail is
// QtKeychain's own words, untranslated.
using Finished = void (*)(void* context, int status, const QByteArray& value, const QString& detail);
using Run = void (*)(int operation, const QString& service, const QString& key, const QByteArray& value, void* context,
                     Finished finished);

inline constexpr const char* runSymbol = "pbw_keychain_run";

} // namespace pbw::keychainmodule
