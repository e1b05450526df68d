#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace pbw {

// HTTP headers in the order they were written, repeats kept.
using Header = QPair<QByteArray, QByteArray>;
using HeaderList = QList<Header>;

// First value of a header, compared case-insensitively; null when absent.
QByteArray headerValue(const HeaderList& headers, QByteArrayView name);
bool hasHeader(const HeaderList& headers, QByteArrayView name);

} // namespace pbw
