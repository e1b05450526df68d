#include "net/exchange.h"

namespace pbw {

QStringList Exchange::noteTexts() const
{
    QStringList texts;
    texts.reserve(notes.size());
    for (const WireNote& note : notes)
        texts.append(note.text());
    return texts;
}

} // namespace pbw
