#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace pbw {

// What a keychain operation came to.
struct SecretOutcome
{
    enum class Status { Done, NotFound, NoKeychain, Failed };
    Status status = Status::Done;
    QByteArray value; // read: the secret
    QString message; // translated, for NoKeychain and Failed
    bool ok() const { return status == Status::Done; }
};

// Where secrets are kept: the OS keychain. Every operation is asynchronous; done runs once, on
// this object's thread, unless the store is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SecretOutcome&)>;
    using QObject::QObject;

    virtual void write(const QString& key, const QByteArray& value, Done done) = 0;
    virtual void read(const QString& key, Done done) = 0;
    virtual void remove(const QString& key, Done done) = 0;
    // Whether a keychain answers at all (NoKeychain when not; NotFound or Done when it does).
    virtual void probe(Done done) = 0;
};

// The OS keychain (Secret Service on Linux) through QtKeychain, under the service name given.
std::unique_ptr<SecretStore> makeKeychainStore(const QString& service, QObject* parent = nullptr);

// The service name the product's secrets are kept under.
QString keychainService();

} // namespace pbw
