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

// Runs work on a fresh keychain store and waits for its one answer; nullopt when none came in time.
template <typename Outcome>
std::optional<Outcome> waitFor(const std::function<void(SecretStore&, std::function<void(const Outcome&)>)>& work,
                               int timeoutMs)
{
    const auto keychain = makeKeychainStore(keychainService());
    QEventLoop loop;
    std::optional<Outcome> answer;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    work(*keychain, [&](const Outcome& outcome) {
        answer = outcome;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return answer;
}

QString noAnswerText(int timeoutMs)
{
    return Pbw::tr("The keychain did not answer within %1 seconds.").arg(timeoutMs / 1000);
}

} // namespace

SecretsOutcome waitForKeychain(const std::function<void(SecretStore&, SecretsDone)>& work, int timeoutMs)
{
    if (const auto answer = waitFor<SecretsOutcome>(work, timeoutMs))
        return *answer;
    SecretsOutcome none;
    none.noKeychain = true;
    none.missing = 1;
    none.message = noAnswerText(timeoutMs);
    return none;
}

SecretOutcome waitForSecret(const std::function<void(SecretStore&, SecretStore::Done)>& work, int timeoutMs)
{
    if (const auto answer = waitFor<SecretOutcome>(work, timeoutMs))
        return *answer;
    SecretOutcome none;
    none.status = SecretOutcome::Status::NoKeychain;
    none.message = noAnswerText(timeoutMs);
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
