#include "net/exchange.h"

#include <QCoreApplication>

namespace pbw {

QString ReceivedResponse::headersUnreadText()
{
    return QCoreApplication::translate(
        "pbw::Exchange",
        "The answer's headers could not be read: either the server sent none, or it sent more "
        "than 100 header fields or one longer than 100 KB, which the network library drops whole. "
        "The status and the body are kept; the headers (the content type among them) are not.");
}

QStringList Exchange::noteTexts() const
{
    QStringList texts;
    texts.reserve(notes.size());
    for (const WireNote& note : notes)
        texts.append(note.text());
    return texts;
}

} // namespace pbw
