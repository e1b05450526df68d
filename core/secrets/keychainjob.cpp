// The pbw-keychain module: the only file that includes QtKeychain. A fresh heap job per operation,
// deleted when it finishes. Jobs have no parent: QtKeychain's libsecret backend calls back into
// its job when the answer arrives, so a job must outlive whoever asked (the core checks that the
// asking store still exists before it hands the answer on).
#include "secrets/keychainmodule.h"

#include <qt6keychain/keychain.h>

using namespace pbw::keychainmodule;

namespace {

int statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Done;
    case QKeychain::EntryNotFound:
        return NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return NoKeychain; // on Linux a missing or locked Secret Service comes back as OtherError
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Failed;
}

} // namespace

extern "C" Q_DECL_EXPORT void pbw_keychain_run(int operation, const QString& service, const QString& key,
                                               const QByteArray& value, void* context, Finished finished)
{
    QKeychain::Job* job = nullptr;
    if (operation == Write) {
        auto* write = new QKeychain::WritePasswordJob(service);
        write->setBinaryData(value);
        job = write;
    } else if (operation == Read) {
        job = new QKeychain::ReadPasswordJob(service);
    } else {
        job = new QKeychain::DeletePasswordJob(service);
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    QObject::connect(job, &QKeychain::Job::finished, [context, finished](QKeychain::Job* done) {
        const auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done);
        const int status = statusOf(done->error());
        finished(context, status, status == Done && read ? read->binaryData() : QByteArray(),
                 status == Done ? QString() : done->errorString());
    });
    job->start();
}
