#include "net/bodytext.h"

#include <QList>
#include <QStringDecoder>

namespace pbw {

QByteArray charsetOf(const QByteArray& contentType)
{
    for (const QByteArray& part : contentType.split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.toLower().startsWith("charset=")) {
            QByteArray value = trimmed.mid(8).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value.toLower();
        }
    }
    return {};
}

bool isBinaryType(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
        || type.startsWith("font/") || type == "application/octet-stream" || type == "application/pdf"
        || type == "application/zip" || type == "application/gzip";
}

BodyText decodeBody(const QByteArray& body, const QByteArray& contentType, bool cutShort)
{
    if (body.isEmpty())
        return {};
    if (body.contains('\0') || isBinaryType(contentType))
        return {{}, true};
    const QByteArray charset = charsetOf(contentType);
    // A body cut at the capture limit may end inside a character: up to 3 bytes of it are dropped.
    for (int dropped = 0; dropped <= (cutShort ? 3 : 0) && dropped < body.size(); ++dropped) {
        QStringDecoder decoder(charset.isEmpty() ? "utf-8" : charset.constData(), QStringDecoder::Flag::Stateless);
        if (!decoder.isValid())
            decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(QByteArrayView(body).chopped(dropped));
        if (!decoder.hasError())
            return {std::move(text), false};
    }
    return {{}, true};
}

} // namespace pbw
