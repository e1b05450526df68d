#pragma once

#include <QByteArray>
#include <QString>

namespace pbw {

// How an answer's body is best read by a person. Never rendered: every form is plain text.
enum class BodyKind { Empty, Json, Xml, Html, Text, Binary };

BodyKind bodyKindOf(const QByteArray& body, const QByteArray& contentType, bool isBinary);

// JSON and XML indented; other text as it came.
QString prettyBody(const QString& text, BodyKind kind);

// Offset, hex bytes and printable characters, 16 bytes a line, at most maxBytes of the body.
QString hexDump(const QByteArray& bytes, qsizetype maxBytes = 64 * 1024);

} // namespace pbw
