#include "secrets/secretvalues.h"

#include "url/rawurl.h"
#include "util/redactedmark.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>

namespace pbw {

namespace {

QString jsonEscaped(const QString& text, bool escapeSlash, bool asciiOnly)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'/' && escapeSlash)
            out += QStringLiteral("\\/");
        else if (c.unicode() < 0x20 || (asciiOnly && c.unicode() > 0x7e))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// The forms a server may write a secret's value back in, longest first.
QStringList echoForms(const FoundSecret& secret)
{
    QStringList values{secret.value};
    if (secret.where == FoundSecret::Where::Json && secret.value.startsWith(u'"')) {
        const QJsonArray parsed = QJsonDocument::fromJson(u'[' + secret.value.toUtf8() + u']').array();
        values = {parsed.at(0).toString()};
    }
    if (secret.where == FoundSecret::Where::RequestHeader) {
        const QString value = secret.value.trimmed();
        if (const qsizetype space = value.indexOf(u' '); space > 0 && !value.left(space).contains(u'='))
            values.append(value.mid(space + 1).trimmed()); // "Bearer TOKEN": the token alone
        if (secret.name.compare(QLatin1String("cookie"), Qt::CaseInsensitive) == 0) {
            for (const QString& cookie : value.split(u';')) // "a=1; sid=…": each cookie's value
                values.append(cookie.section(u'=', 1).trimmed());
        }
    }
    QStringList forms;
    for (const QString& value : std::as_const(values)) {
        for (const QString& plain :
             {value, percentDecoded(value, PlusAs::Space), percentDecoded(value, PlusAs::Plus)}) {
            for (const QString& form : {plain, QString::fromLatin1(QUrl::toPercentEncoding(plain))}) {
                forms << form << jsonEscaped(form, true, false) << jsonEscaped(form, false, true)
                      << jsonEscaped(form, true, true);
            }
        }
    }
    forms.removeDuplicates();
    forms.removeIf([](const QString& form) { return form.size() < 6 || form == QLatin1String(redactedMark); });
    std::sort(forms.begin(), forms.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return forms;
}

template <typename Text, typename Convert>
Text withoutValues(Text text, const QList<FoundSecret>& secrets, int* count, Convert convert, QList<int>* perSecret)
{
    const Text mark = convert(QString::fromLatin1(redactedMark));
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        for (const QString& form : echoForms(secrets.at(i))) {
            const Text needle = convert(form);
            const qsizetype found = text.count(needle);
            if (found == 0)
                continue;
            text.replace(needle, mark);
            if (count)
                *count += int(found);
            if (perSecret)
                (*perSecret)[i] += int(found);
        }
    }
    return text;
}

QString stringOf(QStringView text)
{
    return text.toString();
}

QByteArray bytesOf(QStringView text)
{
    return text.toUtf8();
}

} // namespace

Verdict withoutSecretValues(Verdict verdict, const QList<FoundSecret>& secrets, int* count)
{
    for (Evidence& evidence : verdict.evidence) {
        const QString text = withoutValues(evidence.text, secrets, count, stringOf, nullptr);
        if (text != evidence.text) {
            evidence.text = text;
            evidence.offset = -1; // the answer it pointed into changed too
            evidence.length = 0;
        }
        evidence.where = withoutValues(evidence.where, secrets, count, stringOf, nullptr);
    }
    return verdict;
}

QString withoutSecretValues(const QString& text, const QList<FoundSecret>& secrets, int* count, QList<int>* perSecret)
{
    return withoutValues(text, secrets, count, stringOf, perSecret);
}

QByteArray withoutSecretValues(const QByteArray& bytes, const QList<FoundSecret>& secrets, int* count,
                               QList<int>* perSecret)
{
    return withoutValues(bytes, secrets, count, bytesOf, perSecret);
}

} // namespace pbw
