// The OS keychain as a SecretStore: each operation goes to the pbw-keychain module (QtKeychain),
// loaded on first use; its answer comes back here, translated, unless the store is gone by then.
#include "secrets/keychainmodule.h"
#include "secrets/secretstore.h"
#include "util/helperlocator.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QPointer>

namespace pbw {

namespace {

struct Module
{
    keychainmodule::Run run = nullptr;
    QString problem; // why it could not be loaded
};

const Module& module()
{
    static const Module loaded = [] {
        Module out;
        // One locator for the program's helpers (util/helperlocator.h): an installed program and a
        // test find the module the same way.
        const QStringList candidates = helperCandidates(Helper::KeychainModule);
        for (const QString& path : std::as_const(candidates)) {
            QLibrary library(path);
            library.setLoadHints(QLibrary::PreventUnloadHint);
            if (!library.load()) {
                out.problem = library.errorString();
                continue;
            }
            out.run = reinterpret_cast<keychainmodule::Run>(library.resolve(keychainmodule::runSymbol));
            if (out.run)
                break;
            out.problem = library.errorString();
        }
        if (!out.run)
            qCWarning(lcStore) << "keychain module not loaded:" << out.problem;
        return out;
    }();
    return loaded;
}

// What travels through the module and back: who asked, and what to call.
struct Asked
{
    QPointer<QObject> store;
    SecretStore::Done done;
};

void answered(void* context, int status, const QByteArray& value, const QString& detail)
{
    std::unique_ptr<Asked> asked(static_cast<Asked*>(context));
    if (!asked->store)
        return; // the store was destroyed while the keychain was busy
    SecretOutcome outcome;
    outcome.value = value;
    switch (status) {
    case keychainmodule::Done:
        break;
    case keychainmodule::NotFound:
        outcome.status = SecretOutcome::Status::NotFound;
        break;
    case keychainmodule::NoKeychain:
        outcome.status = SecretOutcome::Status::NoKeychain;
        outcome.message = QCoreApplication::translate("pbw::Secrets", "No keychain is available (%1).").arg(detail);
        break;
    default:
        outcome.status = SecretOutcome::Status::Failed;
        outcome.message = QCoreApplication::translate("pbw::Secrets", "The keychain refused: %1").arg(detail);
        break;
    }
    if (status != keychainmodule::Done)
        qCInfo(lcStore) << "keychain:" << detail; // the key and value are not logged
    asked->done(outcome);
}

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
        start(keychainmodule::Write, key, value, std::move(done));
    }
    void read(const QString& key, Done done) override { start(keychainmodule::Read, key, {}, std::move(done)); }
    void remove(const QString& key, Done done) override { start(keychainmodule::Remove, key, {}, std::move(done)); }
    void probe(Done done) override { read(QStringLiteral("probe/keychain-available"), std::move(done)); }

private:
    void start(keychainmodule::Operation operation, const QString& key, const QByteArray& value, Done done)
    {
        if (!module().run) {
            SecretOutcome none;
            none.status = SecretOutcome::Status::NoKeychain;
            none.message
                = QCoreApplication::translate("pbw::Secrets", "No keychain is available (%1).").arg(module().problem);
            done(none);
            return;
        }
        module().run(operation, m_service, key, value, new Asked{this, std::move(done)}, &answered);
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
