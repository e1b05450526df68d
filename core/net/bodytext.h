#pragma once

#include <QByteArray>
#include <QString>

namespace pbw {

struct BodyText
{
    QString text;
    bool isBinary = false;
};

// Decodes a body with the charset its Content-Type names (UTF-8 when none); bytes that are not
// text in that charset are reported as binary and kept as bytes. cutShort: the body was cut at a
// limit and may end in the middle of a character.
BodyText decodeBody(const QByteArray& body, const QByteArray& contentType, bool cutShort = false);

// True for media types that are never text (images, archives, application/octet-stream...).
bool isBinaryType(const QByteArray& contentType);

// The charset parameter of a Content-Type value, lower-cased; empty when absent.
QByteArray charsetOf(const QByteArray& contentType);

} // namespace pbw
