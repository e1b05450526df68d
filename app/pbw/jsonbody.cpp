#include "jsonbody.h"

#include "io/exchangejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <cctype>
#include <cstdio>

namespace pbw::cli {

namespace {

void write(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

// A JSON string's inside exactly as QJsonDocument writes it (Qt's own escaping, not a copy of it):
// the piece as a one-element array, without the brackets and quotes around it.
QByteArray jsonEscaped(QStringView text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact);
    return array.mid(2, array.size() - 4); // ["…"]
}

void writeBody(const ReceivedResponse& response)
{
    constexpr qsizetype piece = 3 * 256 * 1024; // a multiple of 3: base64 pieces join without padding
    write("\"");
    if (response.isBinary) {
        for (qsizetype at = 0; at < response.body.size(); at += piece)
            write(response.body.mid(at, piece).toBase64());
    } else {
        qsizetype at = 0;
        while (at < response.text.size()) {
            qsizetype length = qMin(piece, response.text.size() - at);
            if (at + length < response.text.size() && response.text.at(at + length - 1).isHighSurrogate())
                --length; // a surrogate pair stays in one piece
            write(jsonEscaped(QStringView(response.text).mid(at, length)));
            at += length;
        }
    }
    write("\"");
}

} // namespace

void printExchangeJson(const Exchange& exchange, const QJsonObject& verdict)
{
    Exchange light = exchange; // shares the bytes: clearing its body below leaves the exchange whole
    const QString marker = QStringLiteral("pbw-body-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (light.response) {
        light.response->body.clear();
        light.response->text.clear();
    }
    QJsonObject object = exchangeToJson(light);
    object.insert(QStringLiteral("verdict"), verdict);
    if (light.response) {
        QJsonObject response = object.value(QStringLiteral("response")).toObject();
        response.insert(QStringLiteral("body"), marker);
        object.insert(QStringLiteral("response"), response);
    }
    QByteArray document = QJsonDocument(object).toJson(QJsonDocument::Indented);
    while (!document.isEmpty() && std::isspace(static_cast<unsigned char>(document.back())))
        document.chop(1);
    const QByteArray quoted = '"' + marker.toLatin1() + '"';
    const qsizetype at = exchange.response ? document.indexOf(quoted) : -1;
    if (at < 0) {
        write(document);
    } else {
        write(document.left(at));
        writeBody(*exchange.response);
        write(document.mid(at + quoted.size()));
    }
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace pbw::cli
