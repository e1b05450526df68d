#include "capicommand.h"

#include "capi/userdata.h"
#include "cliapp.h"
#include "commandline.h"
#include "console.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

QJsonObject valueToJson(const UserDataValue& value)
{
    QJsonObject object{
        {QStringLiteral("field"), value.field},
        {QStringLiteral("input"), value.input},
        {QStringLiteral("normalized"), value.error.isEmpty() ? QJsonValue(value.normalized) : QJsonValue()},
        {QStringLiteral("hash"), value.hash.isEmpty() ? QJsonValue() : QJsonValue(value.hash)},
        {QStringLiteral("already_hashed"), value.alreadyHashed},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(value.warnings)}};
    if (!value.error.isEmpty())
        object.insert(QStringLiteral("error"), value.error);
    return object;
}

} // namespace

int runCapi(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Meta Conversions API.\n\n"
                "  hash FIELD VALUE...            normalise and SHA-256 each value as Meta requires; FIELD is\n"
                "                                 Meta's key: em, ph, fn, ln, ge, db, ct, st, zp, country,\n"
                "                                 external_id (client_ip_address, fbc, fbp… are never hashed)"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Pbw::tr("What to do (see above)."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    parser.addOptions({json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    if (action != QLatin1String("hash"))
        return badInput(Pbw::tr("Unknown action \"%1\": see \"pbw capi --help\".").arg(action));
    if (positional.size() < 2)
        return badInput(Pbw::tr("Use \"pbw capi hash FIELD VALUE...\"."));
    const QString field = positional.takeFirst();
    if (!isHashedUserDataKey(field) && !isPlainUserDataKey(field))
        return badInput(normalizeUserData(field, QString()).error);

    QJsonArray array;
    bool failed = false;
    for (const QString& input : std::as_const(positional)) {
        const UserDataValue value = normalizeUserData(field, input);
        failed = failed || !value.error.isEmpty();
        if (parser.isSet(json)) {
            array.append(valueToJson(value));
            continue;
        }
        QString text = Pbw::tr("%1 \"%2\"").arg(field, input);
        if (!value.error.isEmpty()) {
            text += QStringLiteral("\n  ") + Pbw::tr("✗ %1").arg(value.error);
        } else {
            text += QStringLiteral("\n  ") + Pbw::tr("normalized: %1").arg(value.normalized);
            text += QStringLiteral("\n  ")
                + (value.hash.isEmpty()      ? Pbw::tr("not hashed: Meta takes this key as it is")
                       : value.alreadyHashed ? Pbw::tr("already a SHA-256: %1").arg(value.hash)
                                             : Pbw::tr("sha256: %1").arg(value.hash));
            for (const QString& warning : value.warnings)
                text += QStringLiteral("\n  ") + Pbw::tr("! %1").arg(warning);
        }
        printOut(text);
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    return failed ? ProblemFound : Ok;
}

} // namespace pbw::cli
