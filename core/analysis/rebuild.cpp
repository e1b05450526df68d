#include "analysis/rebuild.h"

#include "analysis/macros.h"
#include "url/rawurl.h"

#include <QCoreApplication>

namespace pbw {

namespace {

class RebuildText
{
    Q_DECLARE_TR_FUNCTIONS(RebuildText)
};

struct Entry
{
    QString key;
    QString value;
    bool hasValue = true;
    QString originalKey; // empty for an added entry
    QString originalValue;
    QString reason;
};

void appendEncoded(QString& out, QStringView text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool keep = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || QStringView(u"-._~:@/?!$'()*,;").contains(c);
        if (keep) {
            out += c;
            continue;
        }
        for (const char byte : QString(c).toUtf8()) {
            const auto b = static_cast<unsigned char>(byte);
            out += QLatin1Char('%');
            out += QLatin1Char(hex[b >> 4]);
            out += QLatin1Char(hex[b & 0xF]);
        }
    }
}

} // namespace

QString encodedQueryPart(const QString& decoded)
{
    QString out;
    QStringView rest(decoded);
    while (!rest.isEmpty()) {
        const MacroHit hit = findMacroInText(rest.toString());
        const qsizetype at = hit.found() && hit.encoding == MacroHit::Encoding::Literal ? rest.indexOf(hit.text) : -1;
        if (at < 0) {
            appendEncoded(out, rest);
            break;
        }
        appendEncoded(out, rest.left(at));
        // A macro stays as the tracker expects to see it, except for what would change the URL's
        // structure: '#' would cut it, '&', '=' and '+' would split or change the value.
        for (const QChar c : hit.text) {
            if (c == QLatin1Char('#') || c == QLatin1Char('&') || c == QLatin1Char('=') || c == QLatin1Char('+')
                || c == QLatin1Char(' '))
                appendEncoded(out, QStringView(&c, 1));
            else
                out += c;
        }
        rest = rest.mid(at + hit.text.size());
    }
    return out;
}

RebuiltCallback rebuildCallback(const Callback& callback, const QList<Finding>& findings, const Callback* templ,
                                const TemplateMatch* match)
{
    RebuiltCallback result;
    QList<Entry> entries;
    for (const CallbackParam& param : callback.paramsFrom(ParamSource::Query))
        entries.append({param.key, param.value, param.hasValue, param.key, param.value, QString()});

    // A '#' that cut the URL: the text after it belongs to the query again, the '#' itself encoded.
    if (callback.fragmentOffset >= 0 && !entries.isEmpty()) {
        const QList<RawPair> pieces = readRawPairs(callback.fragment, PlusAs::Plus);
        Entry& cut = entries.last();
        cut.value += QLatin1Char('#')
            + (pieces.isEmpty() ? QString() : percentDecoded(pieces.first().whole.in(callback.fragment)));
        cut.reason = RebuildText::tr("the text after `#` was never sent; it is kept, with `#` encoded as %23");
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const RawPair& piece = pieces.at(i);
            if (piece.whole.length == 0)
                continue;
            entries.append({piece.decodedKey, piece.decodedValue, piece.hasValue(), QString(), QString(),
                            RebuildText::tr("it was after the `#` and never sent")});
        }
    }

    for (const Finding& finding : findings) {
        // Renamed keys and template constants are applied from the match below, which knows both sides.
        if (finding.suggestion.isEmpty() || finding.param.isEmpty() || finding.id == QLatin1String("renamed-param")
            || finding.id == QLatin1String("constant-mismatch") || finding.id.endsWith(QLatin1String("-mismatch")))
            continue;
        for (Entry& entry : entries) {
            if (entry.originalKey != finding.param)
                continue;
            entry.value = finding.suggestion;
            entry.reason = finding.message;
            break;
        }
    }

    if (templ && match) {
        QList<Entry> ordered;
        QList<bool> taken(entries.size(), false);
        const auto takeByKey = [&](const QString& key) -> qsizetype {
            for (qsizetype i = 0; i < entries.size(); ++i) {
                if (!taken.at(i) && entries.at(i).originalKey == key)
                    return i;
            }
            return -1;
        };
        for (const MatchRow& row : match->rows) {
            if (row.state == MatchRow::State::Extra)
                continue;
            const QString sourceKey = row.state == MatchRow::State::Renamed ? row.actualKey : row.key;
            const qsizetype i = row.callbackIndex >= 0 ? takeByKey(sourceKey) : -1;
            if (i < 0) {
                ordered.append({row.key, row.expected, true, QString(), QString(),
                                RebuildText::tr("the partner's template has it; fill in the value")});
                continue;
            }
            taken[i] = true;
            Entry entry = entries.at(i);
            if (row.state == MatchRow::State::Renamed) {
                entry.key = row.key;
                entry.reason = RebuildText::tr("the partner expects the name %1").arg(row.key);
            } else if (row.state == MatchRow::State::Mismatch) {
                entry.value = row.expected;
                entry.reason = RebuildText::tr("the partner's template fixes this value");
            }
            ordered.append(entry);
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (!taken.at(i))
                ordered.append(entries.at(i));
        }
        entries = ordered;
    }

    QString base = callback.scheme.isEmpty() ? QString() : callback.scheme + QStringLiteral("://");
    QString host = callback.host;
    QString port = callback.port;
    QString path = callback.path;
    if (match) {
        for (const PartMismatch& part : match->parts) {
            if (findMacro(part.expected).found() || part.expected.isEmpty())
                continue;
            if (part.part == QLatin1String("scheme"))
                base = part.expected + QStringLiteral("://");
            else if (part.part == QLatin1String("host"))
                host = part.expected;
            else if (part.part == QLatin1String("port"))
                port = part.expected;
            else if (part.part == QLatin1String("path"))
                path = part.expected;
            result.changes.append({part.part, QString(), part.actual, part.expected,
                                   RebuildText::tr("the partner's template has this address")});
        }
    }
    QString url = base + host + (port.isEmpty() ? QString() : QLatin1Char(':') + port) + path;
    if (!entries.isEmpty() || callback.fragmentOffset >= 0 || callback.text.contains(QLatin1Char('?')))
        url += QLatin1Char('?');
    QStringList segments;
    for (const Entry& entry : entries) {
        segments.append(encodedQueryPart(entry.key)
                        + (entry.hasValue ? QLatin1Char('=') + encodedQueryPart(entry.value) : QString()));
        if (entry.key != entry.originalKey || entry.value != entry.originalValue)
            result.changes.append({entry.key, entry.key != entry.originalKey ? entry.originalKey : QString(),
                                   entry.originalValue, entry.value, entry.reason});
    }
    url += segments.join(QLatin1Char('&'));
    result.url = url;
    for (const Finding& finding : findings) {
        if (finding.severity == Finding::Severity::Error && finding.suggestion.isEmpty()
            && finding.id != QLatin1String("fragment-cut"))
            result.unresolved.append(finding);
    }
    return result;
}

} // namespace pbw
