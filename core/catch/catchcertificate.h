#pragma once

#include "util/result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace pbw {

struct CatchCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificatePath;
    QString keyPath;
};

// Reads a certificate and its private key (PEM) the user gives; the error in words.
Result<CatchCertificate, QString> readCatchCertificate(const QString& certificatePath, const QString& keyPath);

// The catcher's own self-signed certificate (for localhost, 127.0.0.1 and ::1, and the names given),
// kept in folder: made once with the system's openssl and read again after, so its fingerprint stays
// the one the user told the tracker's machine to trust. Blocks while openssl runs (about 50 ms).
Result<CatchCertificate, QString> catchCertificateIn(const QString& folder, const QStringList& extraNames = {});

} // namespace pbw
