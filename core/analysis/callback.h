#pragma once

#include "net/headers.h"

#include <QList>
#include <QString>

namespace pbw {

// Where a parameter of a callback was found.
enum class ParamSource { Query, Form, Json, Path };

// One parameter of a callback, as written and as the partner reads it.
struct CallbackParam
{
    ParamSource source = ParamSource::Query;
    QString key; // decoded; a JSON field's path, e.g. "user.id" or "items[0]"
    QString value; // decoded once, as a partner's framework reads it
    QString rawKey; // exactly as written
    QString rawValue;
    bool hasValue = true; // false for a bare "flag" without '='
    int offset = -1; // of rawKey in the text that was read, -1 when not known
    int length = 0; // of the whole "key=value" segment
    int valueOffset = -1; // of rawValue in that text

    friend bool operator==(const CallbackParam&, const CallbackParam&) = default;
};

// A callback read for analysis: tolerant of anything a template may hold (macros in the host or the
// path, a missing scheme); nothing is normalised, so every finding can point at what was written.
struct Callback
{
    QString text; // what was read: the URL, the raw request or the curl command
    bool textIsUrl = true; // offsets point into text; false for a raw request or a curl command
    bool schemeGuessed = false; // a raw request does not say whether it went over https
    QString method = QStringLiteral("GET");
    QString scheme; // lower-case, empty when the text has none
    QString host;
    QString port; // as written, empty when absent
    QString path; // raw
    int pathOffset = -1;
    QList<CallbackParam> params; // query first, then body fields, in order
    QString fragment; // without '#', raw
    int fragmentOffset = -1; // of the '#'
    HeaderList headers;
    QByteArray body;
    QString contentType;

    QList<CallbackParam> paramsFrom(ParamSource source) const;
    QStringList pathSegments() const; // decoded
};

// True when the text read as a URL: a scheme, or a host name with a dot and no spaces.
bool looksLikeUrl(const Callback& callback);

// Reads a URL, a raw HTTP request ("POST /pb HTTP/1.1" + headers + body) or a curl command.
// Never fails: what cannot be read is left empty for the checker to report.
Callback readCallback(const QString& text);

// Reads only a URL (the fast path the checker benchmark measures).
Callback readCallbackUrl(const QString& url);

// Splits an application/x-www-form-urlencoded body ('+' is a space) or a JSON body into fields.
QList<CallbackParam> bodyParams(const QByteArray& body, const QString& contentType);

} // namespace pbw
