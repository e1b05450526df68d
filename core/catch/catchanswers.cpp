#include "catch/catchanswers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbw {

namespace {

class CatchAnswerText
{
    Q_DECLARE_TR_FUNCTIONS(CatchAnswerText)
};

QList<CatchAnswerChoice> readChoices()
{
    QList<CatchAnswerChoice> choices{
        {QStringLiteral("plain-ok"), {}, QStringLiteral("plain-ok"), {200, "text/plain; charset=utf-8", "OK"}, {}},
        {QStringLiteral("plain-no-content"), {}, QStringLiteral("plain-no-content"), {204, {}, {}}, {}},
        {QStringLiteral("plain-not-found"),
         {},
         QStringLiteral("plain-not-found"),
         {404, "text/plain; charset=utf-8", "Not Found"},
         {}},
        {QStringLiteral("plain-server-error"),
         {},
         QStringLiteral("plain-server-error"),
         {500, "text/plain; charset=utf-8", "Internal Server Error"},
         {}},
    };
    QFile file(QStringLiteral(":/rules/catch-answers.json"));
    if (!file.open(QIODevice::ReadOnly))
        return choices;
    const QJsonArray answers
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("answers")).toArray();
    for (const QJsonValue& value : answers) {
        const QJsonObject object = value.toObject();
        CatchAnswerChoice choice;
        choice.id = object.value(QStringLiteral("id")).toString();
        choice.platform = object.value(QStringLiteral("platform")).toString();
        choice.kind = object.value(QStringLiteral("message")).toString();
        choice.answer.status = object.value(QStringLiteral("status")).toInt(200);
        choice.answer.contentType = object.value(QStringLiteral("content_type")).toString().toUtf8();
        choice.answer.body = object.value(QStringLiteral("body")).toString().toUtf8();
        choice.source = object.value(QStringLiteral("source")).toString();
        if (!choice.id.isEmpty() && choice.answer.status >= 200 && choice.answer.status <= 599)
            choices.append(choice);
    }
    return choices;
}

QString kindName(const QString& kind)
{
    if (kind == QLatin1String("accepted"))
        return CatchAnswerText::tr("success");
    if (kind == QLatin1String("queued"))
        return CatchAnswerText::tr("success, queued");
    if (kind == QLatin1String("duplicate"))
        return CatchAnswerText::tr("duplicate");
    if (kind == QLatin1String("identifier"))
        return CatchAnswerText::tr("unknown click ID");
    if (kind == QLatin1String("auth-key"))
        return CatchAnswerText::tr("wrong token");
    if (kind == QLatin1String("plain-ok"))
        return CatchAnswerText::tr("OK, plain text");
    if (kind == QLatin1String("plain-no-content"))
        return CatchAnswerText::tr("No content");
    if (kind == QLatin1String("plain-not-found"))
        return CatchAnswerText::tr("Not found");
    if (kind == QLatin1String("plain-server-error"))
        return CatchAnswerText::tr("Server error");
    return kind;
}

} // namespace

QList<CatchAnswerChoice> catchAnswerChoices()
{
    static const QList<CatchAnswerChoice> choices = readChoices();
    return choices;
}

std::optional<CatchAnswerChoice> catchAnswerChoice(const QString& id)
{
    for (const CatchAnswerChoice& choice : catchAnswerChoices()) {
        if (choice.id == id)
            return choice;
    }
    return std::nullopt;
}

QString catchAnswerLabel(const CatchAnswerChoice& choice)
{
    if (choice.platform.isEmpty())
        return CatchAnswerText::tr("%1 (%2)").arg(kindName(choice.kind)).arg(choice.answer.status);
    return CatchAnswerText::tr("%1: %2 (%3)").arg(choice.platform, kindName(choice.kind)).arg(choice.answer.status);
}

} // namespace pbw
