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

// A file's bytes as text when they are text (UTF-8 or the charset they declare); a null string
// for anything else (images, archives…): what a case keeps searchable and shows.
inline QString attachmentText(const QByteArray& bytes)
{
    const BodyText body = decodeBody(bytes, {});
    return body.isBinary ? QString() : body.text;
}

// True for media types that are never text (images, archives, application/octet-stream...).
bool isBinaryType(const QByteArray& contentType);

// The charset parameter of a Content-Type value, lower-cased; empty when absent.
QByteArray charsetOf(const QByteArray& contentType);

} // namespace pbw
