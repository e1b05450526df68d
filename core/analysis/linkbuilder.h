#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pbw {

// A parameter to put in a tracking link.
struct LinkPart
{
    QString name;
    QString value; // as typed: a value, or a macro such as {clickid}
};

struct BuiltLink
{
    QString url;
    QStringList notes; // translated: where a character had to be encoded to stay in its value
};

// Sets each parameter in the URL's query (replacing one of the same name, else appending it before
// any fragment). Values go in as typed — macros stay literal, existing %XX escapes stay — except
// the characters that would end the value (& # space, a % that starts no escape, +), each said.
BuiltLink buildTrackingLink(const QString& base, const QList<LinkPart>& parts);

// Macro syntaxes from trackers' documentation: "{x}", "{{x}}", "#x#", "[x]", "%x%", "${x}".
QStringList macroSyntaxes();
QString macroFor(const QString& syntax, const QString& name); // ("{x}", "subid") → "{subid}"

// A fresh, recognisable test click ID: "qa-20261130-k3f9".
QString qaClickId(const QDateTime& now = QDateTime::currentDateTime());

} // namespace pbw
