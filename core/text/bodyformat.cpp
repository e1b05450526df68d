#include "text/bodyformat.h"

#include "text/jsonindent.h"

#include <QJsonDocument>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace pbw {

BodyKind bodyKindOf(const QByteArray& body, const QByteArray& contentType, bool isBinary)
{
    if (body.isEmpty())
        return BodyKind::Empty;
    if (isBinary)
        return BodyKind::Binary;
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    const QByteArray start = body.trimmed().left(64).toLower();
    if (type.endsWith("json") || type.endsWith("+json") || start.startsWith('{') || start.startsWith('[')) {
        if (!QJsonDocument::fromJson(body).isNull())
            return BodyKind::Json;
    }
    if (type == "text/html" || start.startsWith("<!doctype html") || start.startsWith("<html"))
        return BodyKind::Html;
    if (type.endsWith("xml") || start.startsWith("<?xml"))
        return BodyKind::Xml;
    return BodyKind::Text;
}

QString prettyBody(const QString& text, BodyKind kind)
{
    if (kind == BodyKind::Json) {
        // Only the white space changes: the partner's member order and values stay as they came.
        if (const auto indented = indentJson(text))
            return *indented;
    }
    if (kind == BodyKind::Xml) {
        QString out;
        QXmlStreamReader reader(text);
        QXmlStreamWriter writer(&out);
        writer.setAutoFormatting(true);
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isWhitespace())
                continue;
            writer.writeCurrentToken(reader);
        }
        if (!reader.hasError())
            return out.trimmed();
    }
    return text;
}

QString hexDump(const QByteArray& bytes, qsizetype maxBytes)
{
    QString out;
    const qsizetype size = qMin(bytes.size(), maxBytes);
    for (qsizetype offset = 0; offset < size; offset += 16) {
        const QByteArray line = bytes.mid(offset, qMin<qsizetype>(16, size - offset));
        QString hex = QString::fromLatin1(line.toHex(' '));
        hex = hex.leftJustified(16 * 3 - 1, QLatin1Char(' '));
        QString ascii;
        for (const char c : line)
            ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
        out += QStringLiteral("%1  %2  %3\n").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return out;
}

} // namespace pbw
