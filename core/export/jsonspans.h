#pragma once

#include <QByteArrayList>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace pbw {

// Where the elements of one array of a JSON text lie (the array found by its keys from the root,
// e.g. {"log", "entries"}), without building the whole document: a big file can then be read one
// element at a time. Strings and nesting are followed; scalars are not checked (each element is
// parsed on its own afterwards). Nothing when the text is not balanced JSON or nests deeper than
// maxDepth; found false when there is no such array.
struct ArraySpans
{
    bool found = false;
    QList<std::pair<qsizetype, qsizetype>> elements; // start and length in the text
};
std::optional<ArraySpans> arrayElementSpans(QByteArrayView json, const QByteArrayList& path, int maxDepth = 512);

} // namespace pbw
