// The only file that talks to QtKeychain: a fresh heap job per operation, deleted when it finishes.
// Jobs have no parent: QtKeychain's libsecret backend calls back into its job when the answer
// arrives, so a job must outlive this store; the connection, not the job, dies with the store.
#include "secrets/secretstore.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace pbw {

namespace {

class KeychainStore final : public SecretStore
{
    Q_OBJECT

public:
    KeychainStore(QString service, QObject* parent)
        : SecretStore(parent)
        , m_service(std::move(service))
    {
    }

    void write(const QString& key, const QByteArray& value, Done done) override
    {
        auto* job = new QKeychain::WritePasswordJob(m_service);
        job->setKey(key);
        job->setBinaryData(value);
        start(job, std::move(done));
    }

    void read(const QString& key, Done done) override
    {
        auto* job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(key);
        start(job, std::move(done));
    }

    void remove(const QString& key, Done done) override
    {
        auto* job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(key);
        start(job, std::move(done));
    }

    void probe(Done done) override { read(QStringLiteral("probe/keychain-available"), std::move(done)); }

private:
    void start(QKeychain::Job* job, Done done)
    {
        job->setAutoDelete(true);
        // Never a plain-text file instead of the keychain.
        job->setInsecureFallback(false);
        connect(job, &QKeychain::Job::finished, this,
                [done = std::move(done)](QKeychain::Job* finished) { done(outcomeOf(finished)); });
        job->start();
    }

    static SecretOutcome outcomeOf(QKeychain::Job* job)
    {
        SecretOutcome outcome;
        switch (job->error()) {
        case QKeychain::NoError:
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job))
                outcome.value = read->binaryData();
            return outcome;
        case QKeychain::EntryNotFound:
            outcome.status = SecretOutcome::Status::NotFound;
            return outcome;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            // On Linux a missing or locked Secret Service comes back as OtherError.
            outcome.status = SecretOutcome::Status::NoKeychain;
            outcome.message
                = QCoreApplication::translate("pbw::Secrets", "No keychain is available (%1).").arg(job->errorString());
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
        case QKeychain::CouldNotDeleteEntry:
            outcome.status = SecretOutcome::Status::Failed;
            outcome.message
                = QCoreApplication::translate("pbw::Secrets", "The keychain refused: %1").arg(job->errorString());
            break;
        }
        qCInfo(lcStore) << "keychain:" << job->errorString(); // the key and value are not logged
        return outcome;
    }

    QString m_service;
};

} // namespace

std::unique_ptr<SecretStore> makeKeychainStore(const QString& service, QObject* parent)
{
    return std::make_unique<KeychainStore>(service, parent);
}

QString keychainService()
{
    return QStringLiteral("Postback Workbench");
}

} // namespace pbw

#include "keychainstore.moc"
