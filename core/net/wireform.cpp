#include "net/wireform.h"

#include "url/rawurl.h"

namespace pbw {

namespace {

// The typed URL cut into its parts, with each part's offset in the typed text.
struct TypedParts
{
    QString scheme;
    QString userInfo;
    QString host;
    QString port;
    QString path;
    int pathStart = 0;
    QString query; // with its leading '?', empty when absent
    int queryStart = 0;
    QString fragment; // with its leading '#', empty when absent
    int fragmentStart = -1;
};

bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

QByteArray percentEncodeAll(const QString& unit)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char byte : unit.toUtf8()) {
        const auto b = static_cast<unsigned char>(byte);
        out += '%';
        out += hex[b >> 4];
        out += hex[b & 0xF];
    }
    return out;
}

// Groups identical differences so the user reads "{ was sent as %7B (places: 2)" once.
class NoteCollector
{
public:
    void add(WireNote::Kind kind, const QString& typed, const QString& sent, int position)
    {
        for (WireNote& note : m_notes) {
            if (note.kind == kind && note.typed == typed && note.sent == sent) {
                ++note.count;
                return;
            }
        }
        m_notes.append(WireNote{kind, position, 1, typed, sent});
    }
    void append(const WireNote& note) { m_notes.append(note); }
    QList<WireNote> take() { return std::move(m_notes); }

private:
    QList<WireNote> m_notes;
};

// Walks the typed text and the bytes sent side by side and explains each difference.
// Returns false when the two cannot be matched character by character.
bool align(const QString& typed, const QByteArray& sent, int basePosition, NoteCollector& notes)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < typed.size()) {
        const QChar c = typed.at(i);
        const int position = basePosition + int(i);
        if (isPercentEscapeAt(typed, i)) {
            const QString escape = typed.mid(i, 3);
            const QByteArray sentEscape = sent.mid(j, 3);
            if (sentEscape == escape.toLatin1()) {
                i += 3;
                j += 3;
                continue;
            }
            if (sentEscape.compare(escape.toLatin1(), Qt::CaseInsensitive) == 0) {
                notes.add(WireNote::Kind::HexUppercased, escape, QString::fromLatin1(sentEscape), position);
                i += 3;
                j += 3;
                continue;
            }
            const char plain = char(hexValue(typed.at(i + 1)) * 16 + hexValue(typed.at(i + 2)));
            if (isUnreserved(plain) && j < sent.size() && sent.at(j) == plain) {
                notes.add(WireNote::Kind::Decoded, escape, QString(QLatin1Char(plain)), position);
                i += 3;
                j += 1;
                continue;
            }
            return false;
        }
        // A run of non-ASCII characters (a word in Cyrillic) is one note, not one per letter.
        qsizetype length = 0;
        if (c.unicode() >= 0x80) {
            while (i + length < typed.size() && typed.at(i + length).unicode() >= 0x80
                   && !typed.at(i + length).isSpace())
                ++length;
        } else {
            length = 1;
        }
        if (c.unicode() < 0x80 && c != QLatin1Char('%') && j < sent.size() && sent.at(j) == char(c.unicode())) {
            ++i;
            ++j;
            continue;
        }
        const QString unit = typed.mid(i, length);
        const QByteArray encoded = percentEncodeAll(unit);
        if (sent.mid(j, encoded.size()) != encoded)
            return false;
        notes.add(WireNote::Kind::Encoded, unit, QString::fromLatin1(encoded), position);
        i += length;
        j += encoded.size();
    }
    return j == sent.size();
}

// The typed URL's parts as the one reader finds them, or the first reason it cannot be sent.
std::optional<InputProblem> readTyped(const QString& text, TypedParts& parts)
{
    using Kind = InputProblem::Kind;
    const RawUrl url = readRawUrl(text, {.decode = std::nullopt});
    // "127.0.0.1:8080/pb", "localhost:8080/pb": a digit after the ':' starts a port, not a path.
    const qsizetype afterColon = url.scheme.end() + 1;
    if (!url.scheme.isPresent() || (afterColon < text.size() && text.at(afterColon).isDigit()))
        return InputProblem{Kind::MissingScheme, {}};
    const QString scheme = url.scheme.in(text).toString();
    parts.scheme = scheme.toLower();
    if (parts.scheme != QLatin1String("http") && parts.scheme != QLatin1String("https"))
        return InputProblem{Kind::UnsupportedScheme, scheme};
    if (!url.authority.isPresent())
        return InputProblem{Kind::MissingHost, {}};

    parts.userInfo = url.userInfo.in(text).toString();
    if (url.badIpLiteral)
        return InputProblem{Kind::MalformedHost, text.mid(url.host.start, url.authority.end() - url.host.start)};
    const QStringView host = url.host.in(text);
    parts.host = (host.startsWith(u'[') ? host.mid(1, host.size() - 2) : host).toString();
    if (url.port.isPresent()) {
        parts.port = url.port.in(text).toString();
        bool isNumber = false;
        const int port = parts.port.toInt(&isNumber);
        if (!parts.port.isEmpty() && (!isNumber || port < 1 || port > 65535 || parts.port.startsWith(QLatin1Char('+'))))
            return InputProblem{Kind::PortOutOfRange, parts.port};
    }
    if (parts.host.isEmpty())
        return InputProblem{Kind::MissingHost, {}};

    const qsizetype beforeFragment = url.fragment.isPresent() ? url.fragment.start - 1 : text.size();
    const qsizetype question = url.query.isPresent() ? url.query.start - 1 : beforeFragment;
    parts.pathStart = int(url.path.start);
    parts.path = url.path.in(text).toString();
    parts.queryStart = int(question);
    parts.query = text.mid(question, beforeFragment - question);
    if (url.fragment.isPresent()) {
        parts.fragmentStart = int(beforeFragment);
        parts.fragment = text.mid(beforeFragment);
    }
    return std::nullopt;
}

QString maskedUserInfo(const QString& userInfo)
{
    const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return userInfo + QLatin1Char('@');
    return userInfo.left(colon) + QStringLiteral(":***@");
}

} // namespace

QByteArray requestTargetOf(const QUrl& url)
{
    // Mirrors QHttpNetworkRequest::uri(): an empty path becomes "/", others are normalised.
    QUrl::FormattingOptions format(QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::FullyEncoded | QUrl::RemoveScheme
                                   | QUrl::RemoveAuthority);
    QUrl copy = url;
    if (copy.path().isEmpty())
        copy.setPath(QStringLiteral("/"));
    else
        format |= QUrl::NormalizePathSegments;
    return copy.toEncoded(format);
}

Result<WireForm, InputProblem> wireFormOf(const QString& typed)
{
    using Kind = InputProblem::Kind;
    qsizetype lead = 0;
    while (lead < typed.size() && typed.at(lead).isSpace())
        ++lead;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return InputProblem{Kind::EmptyUrl, {}};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            return InputProblem{Kind::LineBreakInUrl, QString::number(lead + i + 1)};
    }

    TypedParts parts;
    if (auto problem = readTyped(text, parts))
        return *problem;

    WireForm form;
    form.url = QUrl(text, QUrl::TolerantMode);
    if (!form.url.isValid()) {
        if (form.url.host().isEmpty())
            return InputProblem{Kind::MalformedHost, parts.host};
        return InputProblem{Kind::MalformedUrl, form.url.errorString()};
    }
    if (form.url.host().isEmpty())
        return InputProblem{Kind::MalformedHost, parts.host};

    form.target = requestTargetOf(form.url);
    const QUrl origin
        = form.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    form.sentUrl = origin.toString(QUrl::FullyEncoded) + QString::fromLatin1(form.target);

    NoteCollector notes;
    const int base = int(lead) + 1; // positions are 1-based in what the user typed
    if (text.size() != typed.size())
        notes.append(WireNote{WireNote::Kind::WhitespaceTrimmed, 0, 1, {}, {}});
    if (!parts.userInfo.isEmpty())
        notes.append(WireNote{WireNote::Kind::UserInfoRemoved, 0, 1, maskedUserInfo(parts.userInfo), {}});
    const QString sentHost = form.url.host(QUrl::FullyEncoded);
    if (parts.host != sentHost)
        notes.append(WireNote{WireNote::Kind::HostNormalised, 0, 1, parts.host, sentHost});

    const qsizetype sentQuestion = form.target.indexOf('?');
    const QByteArray sentPath = sentQuestion >= 0 ? form.target.left(sentQuestion) : form.target;
    const QByteArray sentQuery = sentQuestion >= 0 ? form.target.mid(sentQuestion) : QByteArray();
    const bool pathAdded = parts.path.isEmpty() && sentPath == "/";
    NoteCollector withPath = notes;
    if (pathAdded || align(parts.path, sentPath, base + parts.pathStart, withPath))
        notes = withPath;
    else
        notes.append(WireNote{WireNote::Kind::PathNormalised, base + parts.pathStart, 1, parts.path,
                              QString::fromLatin1(sentPath)});
    NoteCollector withQuery = notes;
    if (align(parts.query, sentQuery, base + parts.queryStart, withQuery))
        notes = withQuery;
    else
        notes.append(
            WireNote{WireNote::Kind::Differs, base + parts.queryStart, 1, parts.query, QString::fromLatin1(sentQuery)});
    if (parts.fragmentStart >= 0)
        notes.append(WireNote{WireNote::Kind::FragmentCut, base + parts.fragmentStart, 1, parts.fragment, {}});

    form.notes = notes.take();
    return form;
}

} // namespace pbw
