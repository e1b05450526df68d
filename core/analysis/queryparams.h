#pragma once

#include <QList>
#include <QString>

namespace pbw {

// One key=value pair of a typed URL's query, as typed and as it reads decoded.
struct QueryParam
{
    QString raw; // the segment exactly as typed, e.g. "cid=%7Bclickid%7D"
    QString key; // percent-decoded
    QString value;
    bool hasValue = true; // false for a bare "flag"

    friend bool operator==(const QueryParam&, const QueryParam&) = default;
};

// The typed URL cut into the part before the query, the parameters, and the fragment (with '#').
struct SplitUrl
{
    QString base; // scheme, host and path, without '?'
    bool hasQuery = false;
    QList<QueryParam> params;
    QString fragment;
};

SplitUrl splitQuery(const QString& typed);

// The typed URL again, with every untouched parameter exactly as it was typed.
QString joinQuery(const SplitUrl& url);

// A parameter typed in a table: only the characters that would change the URL's structure
// (% & = # + and spaces) are encoded, so macros such as {clickid} stay readable.
QueryParam paramFromDecoded(const QString& key, const QString& value);

} // namespace pbw
