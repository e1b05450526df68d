#include "console.h"

#include <QJsonDocument>
#include <cctype>
#include <cstdio>

namespace pbw::cli {

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject& object)
{
    // Written as the bytes toJson made: no round trip through QString (for a 1 GB answer body that
    // was three more copies of the output).
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    qsizetype end = bytes.size();
    while (end > 0 && std::isspace(static_cast<unsigned char>(bytes.at(end - 1))))
        --end;
    std::fwrite(bytes.constData(), 1, size_t(end), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace pbw::cli
