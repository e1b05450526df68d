#include "trace/redirectscan.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pbw {

namespace {

struct KindKey
{
    HopKind kind;
    const char* key;
    const char* name;
};

constexpr KindKey kindKeys[] = {
    {HopKind::Http, "http", QT_TRANSLATE_NOOP("Trace", "HTTP redirect")},
    {HopKind::RefreshHeader, "refresh-header", QT_TRANSLATE_NOOP("Trace", "Refresh header")},
    {HopKind::MetaRefresh, "meta-refresh", QT_TRANSLATE_NOOP("Trace", "meta refresh")},
    {HopKind::Js, "js", QT_TRANSLATE_NOOP("Trace", "JavaScript")},
    {HopKind::Final, "final", QT_TRANSLATE_NOOP("Trace", "final page")},
};

QString decodeHtmlEntities(QString text)
{
    text.replace(QLatin1String("&amp;"), QLatin1String("&"), Qt::CaseInsensitive);
    text.replace(QLatin1String("&#38;"), QLatin1String("&"));
    text.replace(QLatin1String("&#x26;"), QLatin1String("&"), Qt::CaseInsensitive);
    text.replace(QLatin1String("&quot;"), QLatin1String("\""), Qt::CaseInsensitive);
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&#x2F;"), QLatin1String("/"), Qt::CaseInsensitive);
    return text;
}

// A JavaScript string literal's common escapes: \/ \" \' \\ \xNN \uNNNN.
QString unescapeJs(QStringView literal)
{
    QString out;
    out.reserve(literal.size());
    for (qsizetype i = 0; i < literal.size(); ++i) {
        const QChar c = literal.at(i);
        if (c != u'\\' || i + 1 >= literal.size()) {
            out += c;
            continue;
        }
        const QChar next = literal.at(++i);
        bool ok = false;
        if (next == u'x' && i + 2 < literal.size()) {
            const int code = literal.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 2;
                continue;
            }
        } else if (next == u'u' && i + 4 < literal.size()) {
            const int code = literal.mid(i + 1, 4).toInt(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 4;
                continue;
            }
        }
        out += next; // \/ → /, \" → ", \\ → \ …
    }
    return out;
}

QString shortened(QStringView text)
{
    const QString simple = text.toString().simplified();
    return simple.size() > 160 ? simple.left(157) + QStringLiteral("…") : simple;
}

RedirectFound fromHtml(const QString& html)
{
    RedirectFound found;
    // <meta http-equiv="refresh" content="0; url=…">, attributes in any order, any case and quoting.
    static const QRegularExpression metaTag(QStringLiteral("<meta\\b[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(
        QStringLiteral("([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"));
    for (auto tags = metaTag.globalMatch(html); tags.hasNext();) {
        const QRegularExpressionMatch tag = tags.next();
        QString equiv;
        QString content;
        for (auto attributes = attribute.globalMatch(tag.capturedView(0)); attributes.hasNext();) {
            const QRegularExpressionMatch pair = attributes.next();
            const QString name = pair.captured(1).toLower();
            const QString value = pair.captured(2) + pair.captured(3) + pair.captured(4);
            if (name == QLatin1String("http-equiv"))
                equiv = value.trimmed().toLower();
            else if (name == QLatin1String("content"))
                content = value;
        }
        if (equiv == QLatin1String("refresh")) {
            const QString target = refreshTarget(decodeHtmlEntities(content));
            if (!target.isEmpty())
                return {HopKind::MetaRefresh, target, shortened(tag.capturedView(0))};
        }
    }
    // location = "…", location.href = '…', location.replace("…"), location.assign('…'), with
    // window., document., top., self. or parent. before it. Only string literals: nothing is run.
    static const QRegularExpression assignment(
        QStringLiteral("(?:\\b(?:window|document|top|self|parent)\\s*\\.\\s*)?\\blocation(?:\\s*\\.\\s*href)?\\s*=(?!=)"
                       "\\s*([\"'`])((?:\\\\.|(?!\\1).)*)\\1"));
    static const QRegularExpression call(
        QStringLiteral("(?:\\b(?:window|document|top|self|parent)\\s*\\.\\s*)?\\blocation\\s*\\.\\s*(?:replace|assign)"
                       "\\s*\\(\\s*([\"'`])((?:\\\\.|(?!\\1).)*)\\1\\s*\\)"));
    QRegularExpressionMatch best;
    for (const QRegularExpression* pattern : {&assignment, &call}) {
        const QRegularExpressionMatch match = pattern->match(html);
        if (match.hasMatch() && (!best.hasMatch() || match.capturedStart() < best.capturedStart()))
            best = match;
    }
    if (best.hasMatch()) {
        const QString target = unescapeJs(best.capturedView(2)).trimmed();
        if (!target.isEmpty())
            return {HopKind::Js, target, shortened(best.capturedView(0))};
    }
    return found;
}

} // namespace

QString hopKindKey(HopKind kind)
{
    for (const KindKey& known : kindKeys) {
        if (known.kind == kind)
            return QLatin1String(known.key);
    }
    return {};
}

QString hopKindName(HopKind kind)
{
    for (const KindKey& known : kindKeys) {
        if (known.kind == kind)
            return QCoreApplication::translate("Trace", known.name);
    }
    return {};
}

QString refreshTarget(QStringView content)
{
    // "5", "0; url=/next", "0;URL='/next'", "0, url=/next", "url=/next"
    static const QRegularExpression urlPart(QStringLiteral("^\\s*\\d*\\s*[;,]?\\s*(?:url\\s*=\\s*)?(.*)$"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = urlPart.match(content);
    QString target = match.captured(1).trimmed();
    if ((target.startsWith(u'\'') && target.endsWith(u'\'')) || (target.startsWith(u'"') && target.endsWith(u'"')))
        target = target.mid(1, target.size() - 2).trimmed();
    else if (target.startsWith(u'\'') || target.startsWith(u'"'))
        target = target.mid(1).trimmed();
    return target;
}

RedirectFound findRedirect(const Exchange& exchange, qsizetype maxScanBytes)
{
    if (!exchange.response)
        return {};
    const ReceivedResponse& response = *exchange.response;
    const int status = response.status;
    if (status >= 300 && status < 400 && status != 304) {
        const QString location = QString::fromUtf8(headerValue(response.headers, "Location")).trimmed();
        if (!location.isEmpty())
            return {HopKind::Http, location, QStringLiteral("Location: ") + shortened(location)};
    }
    const QByteArray refresh = headerValue(response.headers, "Refresh");
    if (!refresh.isEmpty()) {
        const QString target = refreshTarget(QString::fromUtf8(refresh));
        if (!target.isEmpty())
            return {HopKind::RefreshHeader, target,
                    QStringLiteral("Refresh: ") + shortened(QString::fromUtf8(refresh))};
    }
    if (response.isBinary || response.text.isEmpty() || status >= 400)
        return {};
    return fromHtml(response.text.left(maxScanBytes));
}

} // namespace pbw
