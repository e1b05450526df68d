#include "catch/catchcertificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>

namespace pbw {

namespace {

class CatchCertificateText
{
    Q_DECLARE_TR_FUNCTIONS(CatchCertificateText)
};

} // namespace

Result<CatchCertificate, QString> readCatchCertificate(const QString& certificatePath, const QString& keyPath)
{
    QFile certFile(certificatePath);
    if (!certFile.open(QIODevice::ReadOnly) || certFile.size() > 1024 * 1024)
        return CatchCertificateText::tr("%1: the certificate cannot be read.").arg(certificatePath);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return CatchCertificateText::tr("%1: no PEM certificate in it.").arg(certificatePath);
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly) || keyFile.size() > 1024 * 1024)
        return CatchCertificateText::tr("%1: the private key cannot be read.").arg(keyPath);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return CatchCertificateText::tr("%1: no unencrypted PEM private key (RSA or EC) in it.").arg(keyPath);
    if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc())
        return CatchCertificateText::tr("%1: the certificate expired on %2.")
            .arg(certificatePath, chain.first().expiryDate().toString(Qt::ISODate));
    return CatchCertificate{chain.first(), key, certificatePath, keyPath};
}

Result<CatchCertificate, QString> catchCertificateIn(const QString& folder, const QStringList& extraNames)
{
    const QString certPath = QDir(folder).filePath(QStringLiteral("catch-certificate.pem"));
    const QString keyPath = QDir(folder).filePath(QStringLiteral("catch-key.pem"));
    if (QFile::exists(certPath) && QFile::exists(keyPath)) {
        auto existing = readCatchCertificate(certPath, keyPath);
        if (existing && existing->certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(7))
            return existing;
    }
    if (!QDir().mkpath(folder))
        return CatchCertificateText::tr("%1: the folder cannot be made.").arg(folder);
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return CatchCertificateText::tr("The openssl program is not installed: give a certificate and key instead.");
    QStringList names{QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1")};
    for (const QString& name : extraNames) {
        if (name.isEmpty() || name.contains(u',') || name.contains(u' '))
            continue;
        names.append((QHostAddress(name).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + name);
    }
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("825"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Postback Workbench catcher"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") + names.join(u','), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certPath});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return CatchCertificateText::tr("openssl could not make a certificate: %1")
            .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return readCatchCertificate(certPath, keyPath);
}

} // namespace pbw
