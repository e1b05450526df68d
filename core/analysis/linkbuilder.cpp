#include "analysis/linkbuilder.h"

#include "url/rawurl.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace pbw {

namespace {

// The translation context of the link builder's messages.
class LinkBuilder
{
    Q_DECLARE_TR_FUNCTIONS(LinkBuilder)
};

QString encodedValue(const QString& name, const QString& value, QStringList* notes)
{
    QString out;
    out.reserve(value.size());
    QStringList changed;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        QString replacement;
        if (c == u'&')
            replacement = QStringLiteral("%26");
        else if (c == u'#')
            replacement = QStringLiteral("%23");
        else if (c == u' ')
            replacement = QStringLiteral("%20");
        else if (c == u'+')
            replacement = QStringLiteral("%2B");
        else if (c == u'%' && !isPercentEscapeAt(value, i))
            replacement = QStringLiteral("%25");
        if (replacement.isEmpty()) {
            out += c;
        } else {
            out += replacement;
            const QString said
                = QStringLiteral("%1 → %2").arg(c == u' ' ? QStringLiteral("␠") : QString(c), replacement);
            if (!changed.contains(said))
                changed.append(said);
        }
    }
    if (!changed.isEmpty())
        notes->append(LinkBuilder::tr("In %1: %2, so that it stays part of the value.")
                          .arg(name, changed.join(QStringLiteral(", "))));
    return out;
}

} // namespace

BuiltLink buildTrackingLink(const QString& base, const QList<LinkPart>& parts)
{
    BuiltLink built;
    const QString url = base.trimmed();
    const RawUrl raw = readRawUrl(url, {.decode = std::nullopt});
    const QString fragment = raw.fragment.isPresent() ? url.mid(raw.fragment.start - 1) : QString();
    const QString path = url.left(raw.query.isPresent() ? raw.query.start - 1 : raw.path.end());
    QStringList pairs;
    for (const RawPair& pair : raw.pairs) {
        if (pair.whole.length > 0)
            pairs.append(pair.whole.in(url).toString());
    }
    for (const LinkPart& part : parts) {
        const QString name = part.name.trimmed();
        if (name.isEmpty())
            continue;
        const QString pair = name + u'=' + encodedValue(name, part.value, &built.notes);
        const auto existing = std::find_if(pairs.begin(), pairs.end(),
                                           [&](const QString& p) { return p == name || p.startsWith(name + u'='); });
        if (existing != pairs.end())
            *existing = pair;
        else
            pairs.append(pair);
    }
    built.url = path + (pairs.isEmpty() ? QString() : QStringLiteral("?") + pairs.join(u'&')) + fragment;
    return built;
}

QStringList macroSyntaxes()
{
    return {QStringLiteral("{x}"), QStringLiteral("{{x}}"), QStringLiteral("#x#"),
            QStringLiteral("[x]"), QStringLiteral("%x%"),   QStringLiteral("${x}")};
}

QString macroFor(const QString& syntax, const QString& name)
{
    QString out = syntax;
    return out.replace(QStringLiteral("x"), name.trimmed());
}

QString qaClickId(const QDateTime& now)
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789"; // no 0/o, 1/l: read aloud safely
    QString suffix;
    for (int i = 0; i < 4; ++i)
        suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return QStringLiteral("qa-%1-%2").arg(now.toString(QStringLiteral("yyyyMMdd")), suffix);
}

} // namespace pbw
