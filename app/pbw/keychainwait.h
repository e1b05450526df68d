#pragma once

#include "secrets/secretkeeper.h"
#include "secrets/secretstore.h"

#include <functional>

namespace pbw::cli {

// Runs one batch of keychain work (keep, restore or forget) on the OS keychain and waits for its
// answer; a keychain that does not answer in time counts as none.
SecretsOutcome waitForKeychain(const std::function<void(SecretStore&, SecretsDone)>& work, int timeoutMs = 20'000);
// One keychain operation (read, write or remove), waited for; a keychain that does not answer in
// time counts as none.
SecretOutcome waitForSecret(const std::function<void(SecretStore&, SecretStore::Done)>& work, int timeoutMs = 20'000);
// Whether a keychain answers; why not, when it does not.
bool keychainAnswers(QString* why);

} // namespace pbw::cli
