#include "keychainwait.h"

#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <optional>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

} // namespace

SecretsOutcome waitForKeychain(const std::function<void(SecretStore&, SecretsDone)>& work, int timeoutMs)
{
    const auto keychain = makeKeychainStore(keychainService());
    QEventLoop loop;
    std::optional<SecretsOutcome> answer;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    work(*keychain, [&](const SecretsOutcome& outcome) {
        answer = outcome;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    if (answer)
        return *answer;
    SecretsOutcome none;
    none.noKeychain = true;
    none.missing = 1;
    none.message = Pbw::tr("The keychain did not answer within %1 seconds.").arg(timeoutMs / 1000);
    return none;
}

SecretOutcome waitForSecret(const std::function<void(SecretStore&, SecretStore::Done)>& work, int timeoutMs)
{
    const auto keychain = makeKeychainStore(keychainService());
    QEventLoop loop;
    std::optional<SecretOutcome> answer;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    work(*keychain, [&](const SecretOutcome& outcome) {
        answer = outcome;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    if (answer)
        return *answer;
    SecretOutcome none;
    none.status = SecretOutcome::Status::NoKeychain;
    none.message = Pbw::tr("The keychain did not answer within %1 seconds.").arg(timeoutMs / 1000);
    return none;
}

bool keychainAnswers(QString* why)
{
    const SecretsOutcome probed = waitForKeychain([](SecretStore& keychain, SecretsDone done) {
        keychain.probe([done = std::move(done)](const SecretOutcome& outcome) {
            SecretsOutcome counted;
            counted.noKeychain = outcome.status == SecretOutcome::Status::NoKeychain;
            counted.message = outcome.message;
            done(counted);
        });
    });
    if (why)
        *why = probed.message;
    return !probed.noKeychain;
}

} // namespace pbw::cli
