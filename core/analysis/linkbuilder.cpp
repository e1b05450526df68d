#include "analysis/linkbuilder.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace pbw {

namespace {

// The translation context of the link builder's messages.
class LinkBuilder
{
    Q_DECLARE_TR_FUNCTIONS(LinkBuilder)
};

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c.toLower() >= u'a' && c.toLower() <= u'f');
}

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
        else if (c == u'%' && !(i + 2 < value.size() && isHex(value.at(i + 1)) && isHex(value.at(i + 2))))
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
    QString url = base.trimmed();
    const qsizetype hash = url.indexOf(u'#');
    const QString fragment = hash < 0 ? QString() : url.mid(hash);
    if (hash >= 0)
        url.truncate(hash);
    const qsizetype question = url.indexOf(u'?');
    QString path = question < 0 ? url : url.left(question);
    QStringList pairs = question < 0 ? QStringList() : url.mid(question + 1).split(u'&', Qt::SkipEmptyParts);
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
