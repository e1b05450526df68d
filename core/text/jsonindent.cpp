#include "text/jsonindent.h"

namespace pbw {

namespace {

bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// The next character that is not white space, from at; 0 at the end.
QChar nextToken(QStringView json, qsizetype at)
{
    while (at < json.size() && isJsonSpace(json.at(at)))
        ++at;
    return at < json.size() ? json.at(at) : QChar();
}

} // namespace

std::optional<QString> indentJson(QStringView json)
{
    QString out;
    out.reserve(json.size() + json.size() / 2);
    QString closers; // the brackets still open, as the characters that close them
    const auto newLine = [&] {
        out += u'\n';
        out += QString(closers.size() * 4, u' ');
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (isJsonSpace(c))
            continue;
        if (c == u'"') {
            const qsizetype start = i;
            for (++i; i < json.size() && json.at(i) != u'"'; ++i) {
                if (json.at(i) == u'\\')
                    ++i;
            }
            if (i >= json.size())
                return std::nullopt;
            out += json.mid(start, i - start + 1);
        } else if (c == u'{' || c == u'[') {
            const QChar closer = c == u'{' ? u'}' : u']';
            out += c;
            if (nextToken(json, i + 1) == closer) {
                out += closer; // {} and [] stay on one line
                i = json.indexOf(closer, i + 1);
                continue;
            }
            closers += closer;
            newLine();
        } else if (c == u'}' || c == u']') {
            if (closers.isEmpty() || closers.back() != c)
                return std::nullopt;
            closers.chop(1);
            newLine();
            out += c;
        } else if (c == u',') {
            out += c;
            newLine();
        } else if (c == u':') {
            out += QStringLiteral(": ");
        } else {
            out += c; // numbers, true, false, null: as written
        }
    }
    if (!closers.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace pbw
