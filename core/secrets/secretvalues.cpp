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

// Every form of every secret replaced by mark in text; counted, when asked, in all and by secret.
template <typename Text>
Text withoutForms(Text text, const QList<QList<Text>>& forms, const Text& mark, int* count, QList<int>* perSecret)
{
    for (qsizetype i = 0; i < forms.size(); ++i) {
        for (const Text& needle : forms.at(i)) {
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

} // namespace

SecretValues::SecretValues(const QList<FoundSecret>& secrets)
{
    for (const FoundSecret& secret : secrets) {
        const QStringList forms = echoForms(secret);
        m_texts.append(forms);
        QList<QByteArray> bytes;
        for (const QString& form : forms)
            bytes.append(form.toUtf8());
        m_bytes.append(bytes);
    }
}

QString SecretValues::without(const QString& text, int* count, QList<int>* perSecret) const
{
    return withoutForms(text, m_texts, QString::fromLatin1(redactedMark), count, perSecret);
}

QByteArray SecretValues::without(const QByteArray& bytes, int* count, QList<int>* perSecret) const
{
    return withoutForms(bytes, m_bytes, QByteArray(redactedMark), count, perSecret);
}

Verdict SecretValues::without(Verdict verdict) const
{
    for (Evidence& evidence : verdict.evidence) {
        const QString text = without(evidence.text);
        if (text != evidence.text) {
            evidence.text = text;
            evidence.offset = -1; // the answer it pointed into changed too
            evidence.length = 0;
        }
        evidence.where = without(evidence.where);
    }
    return verdict;
}

Verdict withoutSecretValues(Verdict verdict, const QList<FoundSecret>& secrets)
{
    return SecretValues(secrets).without(std::move(verdict));
}

} // namespace pbw
