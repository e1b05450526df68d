#include "net/curlcommand.h"

#include "net/shellwords.h"
#include "url/rawurl.h"

#include <QRegularExpression>
#include <QSet>

namespace pbw {

namespace {

// The translation context of this file's messages.
class CurlCommandText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommandText)
};

InputProblem bad(const QString& detail)
{
    return InputProblem{InputProblem::Kind::BadCurlCommand, detail};
}

// Options that take no argument and change nothing about the request we send.
const QSet<QString>& harmlessFlags()
{
    static const QSet<QString> flags{
        QStringLiteral("-s"),
        QStringLiteral("--silent"),
        QStringLiteral("-S"),
        QStringLiteral("--show-error"),
        QStringLiteral("-v"),
        QStringLiteral("--verbose"),
        QStringLiteral("-i"),
        QStringLiteral("--include"),
        QStringLiteral("-f"),
        QStringLiteral("--fail"),
        QStringLiteral("-g"),
        QStringLiteral("--globoff"),
        QStringLiteral("--path-as-is"),
        QStringLiteral("--http1.1"),
        QStringLiteral("--http2"),
        QStringLiteral("-N"),
        QStringLiteral("--no-buffer"),
        QStringLiteral("-#"),
        QStringLiteral("--progress-bar"),
        QStringLiteral("--fail-with-body"),
        QStringLiteral("-0"),
        QStringLiteral("--http1.0"),
    };
    return flags;
}

// Options whose argument we read but that do not change the request.
const QSet<QString>& harmlessWithArgument()
{
    static const QSet<QString> options{
        QStringLiteral("-o"), QStringLiteral("--output"),    QStringLiteral("--connect-timeout"),
        QStringLiteral("-w"), QStringLiteral("--write-out"), QStringLiteral("--retry"),
    };
    return options;
}

QByteArray urlEncodedData(const QString& spec)
{
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    if (equals < 0)
        return QUrl::toPercentEncoding(spec);
    const QString name = spec.left(equals);
    const QByteArray value = QUrl::toPercentEncoding(spec.mid(equals + 1));
    return name.isEmpty() ? value : name.toUtf8() + '=' + value;
}

QString shellQuote(const QString& text)
{
    if (!text.contains(QLatin1Char('\'')) && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    // $'...' keeps quotes and line breaks readable and exact.
    QString out = QStringLiteral("$'");
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\''))
            out += QStringLiteral("\\'");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else
            out += c;
    }
    return out + QLatin1Char('\'');
}

// A body bash cannot pass as an argument (a NUL ends it; bytes that are not UTF-8 would be
// changed): printf writes its exact bytes into a pipe curl reads with --data-binary @file.
QString binaryBodyArgument(const QByteArray& body)
{
    QString escaped;
    for (const char byte : body) {
        const auto u = uchar(byte);
        if (u >= 0x20 && u < 0x7f && byte != '\\' && byte != '\'' && byte != '%')
            escaped += QLatin1Char(byte);
        else
            escaped += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return QStringLiteral("--data-binary @<(printf '%1')").arg(escaped);
}

} // namespace

bool looksLikeCurlCommand(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*([^\\s:]*/)?curl(\\.exe)?\\s"));
    return shape.match(text).hasMatch();
}

Result<CurlCommand, InputProblem> parseCurlCommand(const QString& command)
{
    if (command.contains(QLatin1String("^\"")) || command.contains(QLatin1String("^\n")))
        return bad(CurlCommandText::tr("this is the Windows (cmd) form; copy the request as cURL (bash)"));
    auto split = splitShellWords(command);
    if (!split)
        return bad(split.error());
    QStringList words = split.value();
    if (words.isEmpty() || !(words.first() == QLatin1String("curl") || words.first().endsWith(QLatin1String("/curl"))))
        return bad(CurlCommandText::tr("it does not start with curl"));
    words.removeFirst();

    CurlCommand result;
    ReplayRequest& request = result.request;
    QString method;
    QString url;
    QList<QByteArray> data;
    bool getWithData = false;
    bool head = false;
    // Headers curl makes from its own options (-b, -A, -e, -u): a -H of the same name replaces
    // them; a repeated -A, -e or -u keeps the last; repeated -b are joined with ";" (curl 7.88).
    QList<QByteArray> cookies;
    std::optional<QByteArray> userAgent;
    std::optional<QByteArray> referer;
    std::optional<QByteArray> basicAuth;

    // Splits "-XPOST" into "-X" and "POST"; leaves long options and flag groups alone.
    auto takeValue = [&](qsizetype& i, const QString& attached) -> std::optional<QString> {
        if (!attached.isEmpty())
            return attached;
        if (i + 1 >= words.size())
            return std::nullopt;
        return words.at(++i);
    };

    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString word = words.at(i);
        if (!word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            if (!url.isEmpty())
                return bad(CurlCommandText::tr("it names more than one URL"));
            url = word;
            continue;
        }
        QString option = word;
        QString attached;
        if (!word.startsWith(QLatin1String("--")) && word.size() > 2) {
            const QString letter = word.left(2);
            static const QString takesValue = QStringLiteral("XHdbAeuxmo");
            if (takesValue.contains(word.at(1))) {
                option = letter;
                attached = word.mid(2);
            } else {
                // A group of flags such as -sSL: each must be a flag we know.
                bool allKnown = true;
                for (qsizetype k = 1; k < word.size(); ++k) {
                    const QString flag = QLatin1Char('-') + word.at(k);
                    if (flag == QLatin1String("-L"))
                        request.options.followRedirects = true;
                    else if (flag == QLatin1String("-k"))
                        request.options.acceptInvalidCertificate = true;
                    else if (flag == QLatin1String("-G"))
                        getWithData = true;
                    else if (flag == QLatin1String("-I"))
                        head = true;
                    else if (!harmlessFlags().contains(flag))
                        allKnown = false;
                }
                if (!allKnown)
                    return bad(CurlCommandText::tr("the option %1 is not supported").arg(word));
                result.ignoredOptions.append(word);
                continue;
            }
        }

        auto value = [&]() {
            return takeValue(i, attached);
        };
        if (option == QLatin1String("-X") || option == QLatin1String("--request")) {
            const auto v = value();
            if (!v)
                return bad(CurlCommandText::tr("%1 needs a value").arg(option));
            method = *v;
        } else if (option == QLatin1String("-H") || option == QLatin1String("--header")) {
            const auto v = value();
            if (!v)
                return bad(CurlCommandText::tr("%1 needs a value").arg(option));
            if (v->startsWith(QLatin1Char('@')))
                return bad(CurlCommandText::tr("reading headers from a file (-H @file) is not supported"));
            const QString line = *v;
            if (line.trimmed().endsWith(QLatin1Char(';')) && !line.contains(QLatin1Char(':'))) {
                // curl's "Name;" sends an empty header.
                request.headers.append({line.trimmed().chopped(1).toLatin1(), QByteArray()});
                continue;
            }
            if (line.trimmed().endsWith(QLatin1Char(':')))
                continue; // "Name:" removes a header curl would add; we add none of curl's
            auto header = parseHeaderLine(line);
            if (!header)
                return header.error();
            request.headers.append(header.value());
        } else if (option == QLatin1String("-d") || option == QLatin1String("--data")
                   || option == QLatin1String("--data-ascii") || option == QLatin1String("--data-binary")
                   || option == QLatin1String("--data-raw") || option == QLatin1String("--data-urlencode")) {
            const auto v = value();
            if (!v)
                return bad(CurlCommandText::tr("%1 needs a value").arg(option));
            const bool raw = option == QLatin1String("--data-raw");
            if (!raw && v->startsWith(QLatin1Char('@')))
                return bad(
                    CurlCommandText::tr("reading the body from a file (%1 @file) is not supported; use --data-raw or "
                                        "pbw's --data-file")
                        .arg(option));
            data.append(option == QLatin1String("--data-urlencode") ? urlEncodedData(*v) : v->toUtf8());
        } else if (option == QLatin1String("-b") || option == QLatin1String("--cookie")) {
            const auto v = value();
            if (!v)
                return bad(CurlCommandText::tr("%1 needs a value").arg(option));
            if (!v->contains(QLatin1Char('=')))
                return bad(CurlCommandText::tr("reading cookies from a file (-b file) is not supported"));
            cookies.append(v->toUtf8());
        } else if (option == QLatin1String("-A") || option == QLatin1String("--user-agent")) {
            const auto v = value();
            if (!v)
                return bad(CurlCommandText::tr("%1 needs a value").arg(option));
            userAgent = v->toUtf8();
        } else if (option == QLatin1String("-e") || option == QLatin1String("--referer")) {
            const auto v = value();
            if (!v)
                return bad(CurlCommandText::tr("%1 needs a value").arg(option));
            referer = v->toUtf8();
        } else if (option == QLatin1String("-u") || option == QLatin1String("--user")) {
            const auto v = value();
            if (!v)
                return bad(CurlCommandText::tr("%1 needs a value").arg(option));
            basicAuth = "Basic " + v->toUtf8().toBase64();
        } else if (option == QLatin1String("-x") || option == QLatin1String("--proxy")) {
            const auto v = value();
            if (!v)
                return bad(CurlCommandText::tr("%1 needs a value").arg(option));
            auto proxy = ProxySetting::parse(v->contains(QLatin1String("://")) ? *v : QStringLiteral("http://") + *v);
            if (!proxy)
                return proxy.error();
            request.options.proxy = proxy.value();
        } else if (option == QLatin1String("-m") || option == QLatin1String("--max-time")) {
            const auto v = value();
            bool ok = false;
            const double seconds = v ? v->toDouble(&ok) : 0;
            if (!ok || seconds <= 0)
                return bad(CurlCommandText::tr("%1 needs a number of seconds").arg(option));
            request.options.timeoutMs = int(seconds * 1000);
        } else if (option == QLatin1String("--url")) {
            const auto v = value();
            if (!v)
                return bad(CurlCommandText::tr("%1 needs a value").arg(option));
            if (!url.isEmpty())
                return bad(CurlCommandText::tr("it names more than one URL"));
            url = *v;
        } else if (option == QLatin1String("--compressed")) {
            result.compressed = true;
        } else if (option == QLatin1String("-L") || option == QLatin1String("--location")) {
            request.options.followRedirects = true;
        } else if (option == QLatin1String("-k") || option == QLatin1String("--insecure")) {
            request.options.acceptInvalidCertificate = true;
        } else if (option == QLatin1String("-G") || option == QLatin1String("--get")) {
            getWithData = true;
        } else if (option == QLatin1String("-I") || option == QLatin1String("--head")) {
            head = true;
        } else if (option == QLatin1String("-F") || option == QLatin1String("--form")) {
            return bad(CurlCommandText::tr("multipart form bodies (-F) are not supported"));
        } else if (harmlessFlags().contains(option)) {
            result.ignoredOptions.append(option);
        } else if (harmlessWithArgument().contains(option)) {
            if (!value())
                return bad(CurlCommandText::tr("%1 needs a value").arg(option));
            result.ignoredOptions.append(option);
        } else {
            return bad(CurlCommandText::tr("the option %1 is not supported").arg(option));
        }
    }

    if (url.isEmpty())
        return bad(CurlCommandText::tr("it has no URL"));
    const auto addUnlessGiven = [&request](const QByteArray& name, const std::optional<QByteArray>& made) {
        if (made && !hasHeader(request.headers, name))
            request.headers.append({name, *made});
    };
    addUnlessGiven("Cookie", cookies.isEmpty() ? std::nullopt : std::optional<QByteArray>(cookies.join(';')));
    addUnlessGiven("User-Agent", userAgent);
    addUnlessGiven("Referer", referer);
    addUnlessGiven("Authorization", basicAuth);
    const QByteArray body = data.join('&');
    if (getWithData && !data.isEmpty()) {
        const RawUrl raw = readRawUrl(url, {.decode = std::nullopt});
        const qsizetype hash = raw.fragment.isPresent() ? raw.fragment.start - 1 : url.size();
        url = url.left(hash) + (raw.query.isPresent() ? QLatin1Char('&') : QLatin1Char('?')) + QString::fromUtf8(body)
            + url.mid(hash);
    } else if (!data.isEmpty()) {
        request.body = body;
        // curl labels every -d body as a form, whatever it holds; so do we, to send what curl sends.
        if (!hasHeader(request.headers, "Content-Type"))
            request.headers.append({QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
    }
    if (!method.isEmpty())
        request.method = method.toLatin1();
    else if (head)
        request.method = "HEAD";
    else if (!request.body.isEmpty())
        request.method = "POST";
    else
        request.method = "GET";
    if (!isValidMethod(request.method))
        return InputProblem{InputProblem::Kind::InvalidMethod, method};
    request.url = url;
    return result;
}

QString curlCommandFor(const SentRequest& request, bool followRedirects)
{
    static const QSet<QByteArray> implied{"host", "connection", "content-length", "accept-encoding"};
    QStringList lines;
    QString first = QStringLiteral("curl --globoff --path-as-is");
    if (followRedirects)
        first += QStringLiteral(" --location");
    const bool impliedMethod
        = (request.method == "GET" && request.body.isEmpty()) || (request.method == "POST" && !request.body.isEmpty());
    if (request.method == "HEAD" && request.body.isEmpty())
        first += QStringLiteral(" --head"); // -X HEAD would make curl wait for a body
    else if (!impliedMethod)
        first += QStringLiteral(" -X ") + QString::fromLatin1(request.method);
    lines.append(first + QLatin1Char(' ') + shellQuote(request.url));
    bool compressed = false;
    for (const auto& [name, value] : request.headers) {
        if (name.compare("Accept-Encoding", Qt::CaseInsensitive) == 0)
            compressed = true;
        if (implied.contains(name.toLower()))
            continue;
        lines.append(QStringLiteral("  -H ")
                     + shellQuote(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value)));
    }
    const bool textBody = !request.body.contains('\0') && QString::fromUtf8(request.body).toUtf8() == request.body;
    if (!request.body.isEmpty())
        lines.append(textBody ? QStringLiteral("  --data-raw ") + shellQuote(QString::fromUtf8(request.body))
                              : QStringLiteral("  ") + binaryBodyArgument(request.body));
    if (compressed)
        lines.append(QStringLiteral("  --compressed"));
    return lines.join(QStringLiteral(" \\\n"));
}

} // namespace pbw
