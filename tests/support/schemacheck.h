#pragma once

// A JSON document checked against one of the project's JSON Schemas (resources/schema) by the peer,
// Debian's python3-jsonschema (tests/support/validate-json.py). The test's target defines
// PBW_SOURCE_DIR.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace pbw::test {

// The validator's complaints; empty when the document is valid.
inline QString schemaProblems(const QString& schema, const QByteArray& document)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("document.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size())
        return QStringLiteral("cannot write %1").arg(path);
    file.close();
    QProcess validator;
    validator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(PBW_SOURCE_DIR "/tests/support/validate-json.py"),
                     QStringLiteral(PBW_SOURCE_DIR "/resources/schema/") + schema, path});
    if (!validator.waitForFinished(60'000))
        return QStringLiteral("the validator did not finish");
    return validator.exitCode() == 0
        ? QString()
        : QString::fromUtf8(validator.readAllStandardOutput() + validator.readAllStandardError());
}

} // namespace pbw::test
