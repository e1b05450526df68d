#pragma once

#include "analysis/callback.h"

namespace pbw {

// One row of the comparison of two callbacks (failing vs corrected, or template vs real).
struct DiffRow
{
    enum class Change { Same, Changed, Added, Removed };

    QString part; // "scheme", "host", "port", "path", "query", "body", "header"
    QString key; // the parameter or header name; empty for URL parts
    Change change = Change::Same;
    QString a; // decoded (URL parts: as written)
    QString b;
    QString rawA; // as written
    QString rawB;
    bool moved = false; // the parameter is in another position (shown quietly)
    bool encodingOnly = false; // same decoded value, written differently

    friend bool operator==(const DiffRow&, const DiffRow&) = default;
};

QString changeKey(DiffRow::Change change); // "same", "changed", "added", "removed"
QString changeName(DiffRow::Change change); // translated

// Compares two callbacks part by part: URL parts, each query parameter and body field (matched by
// name and occurrence), and headers (names case-insensitively, order ignored).
QList<DiffRow> diffCallbacks(const Callback& a, const Callback& b);

// Which characters differ between two values: spans (start, length) in a and in b that are not
// part of their longest common subsequence. Long values fall back to the differing middle.
struct CharDiff
{
    QList<QPair<int, int>> inA;
    QList<QPair<int, int>> inB;
};
CharDiff charDiff(QStringView a, QStringView b);

} // namespace pbw
