#include "casecommand.h"

#include "cliapp.h"
#include "commandline.h"
#include "console.h"
#include "store/casestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

QJsonObject caseToJson(const CaseRecord& record)
{
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("title"), record.title},
            {QStringLiteral("offer"), record.offer},
            {QStringLiteral("partner"), record.partner},
            {QStringLiteral("tracker"), record.tracker},
            {QStringLiteral("status"), caseStatusKey(record.status)},
            {QStringLiteral("created"), record.created.toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated"), record.updated.toString(Qt::ISODateWithMs)},
            {QStringLiteral("exchange_count"), record.exchangeCount}};
}

QString caseLine(const CaseRecord& record)
{
    return Pbw::tr("#%1  %2  [%3]  %n exchange(s)  updated %4", nullptr, record.exchangeCount)
        .arg(record.id)
        .arg(record.title, caseStatusKey(record.status),
             record.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

int showCase(CaseStore& store, const QString& idText, bool json)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    const auto record = ok ? store.caseById(id) : std::nullopt;
    if (!record)
        return badInput(StoreError::missing(store.path(), StoreError::tr("case %1").arg(idText)).message());
    const QList<StoredExchange> exchanges = store.exchanges(id);
    if (json) {
        QJsonObject object = caseToJson(*record);
        QJsonArray array;
        for (const StoredExchange& stored : exchanges) {
            array.append(QJsonObject{{QStringLiteral("id"), stored.id},
                                     {QStringLiteral("role"), roleKey(stored.role)},
                                     {QStringLiteral("note"), stored.note},
                                     {QStringLiteral("saved"), stored.saved.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("exchange"), stored.data}});
        }
        object.insert(QStringLiteral("exchanges"), array);
        printJson(object);
        return Ok;
    }
    QStringList lines{caseLine(*record)};
    for (const StoredExchange& stored : exchanges) {
        const QJsonObject request = stored.data.value(QStringLiteral("request")).toObject();
        const QJsonObject response = stored.data.value(QStringLiteral("response")).toObject();
        const QJsonObject verdict = stored.data.value(QStringLiteral("verdict")).toObject();
        lines.append(QStringLiteral("  %1  %2  %3  %4 %5  → %6")
                         .arg(stored.id)
                         .arg(roleKey(stored.role), stored.saved.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")),
                              request.value(QStringLiteral("method")).toString(),
                              request.value(QStringLiteral("url")).toString(),
                              response.isEmpty() ? QStringLiteral("—")
                                                 : QString::number(response.value(QStringLiteral("status")).toInt())
                                      + QLatin1Char(' ') + verdict.value(QStringLiteral("layer")).toString()));
    }
    printOut(lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), Pbw::tr("The case store to use (default: %1).").arg(CaseStore::defaultPath()),
            QStringLiteral("PATH")};
}

std::unique_ptr<CaseStore> openStore(const QString& dbValue)
{
    auto opened = CaseStore::open(dbValue.isEmpty() ? CaseStore::defaultPath() : dbValue);
    if (!opened) {
        printError(opened.error().message());
        return nullptr;
    }
    return std::move(opened.value());
}

int runCase(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Pbw::tr("Cases: everything tried for one offer/partner problem."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Pbw::tr("new TITLE, list, or show ID"));
    const QCommandLineOption partner{QStringLiteral("partner"), Pbw::tr("The partner or network."),
                                     QStringLiteral("NAME")};
    const QCommandLineOption offer{QStringLiteral("offer"), Pbw::tr("The offer."), QStringLiteral("NAME")};
    const QCommandLineOption tracker{QStringLiteral("tracker"), Pbw::tr("The tracker."), QStringLiteral("NAME")};
    const QCommandLineOption db = dbOption();
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    parser.addOptions({partner, offer, tracker, db, json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool valid
        = (action == QLatin1String("new") && positional.size() == 2 && !positional.at(1).trimmed().isEmpty())
        || (action == QLatin1String("list") && positional.size() == 1)
        || (action == QLatin1String("show") && positional.size() == 2);
    if (!valid)
        return badInput(Pbw::tr("Use \"pbw case new TITLE\", \"pbw case list\" or \"pbw case show ID\"."));
    const auto store = openStore(parser.value(db));
    if (!store)
        return BadInput;

    if (action == QLatin1String("new")) {
        CaseRecord record;
        record.title = positional.at(1).trimmed();
        record.partner = parser.value(partner);
        record.offer = parser.value(offer);
        record.tracker = parser.value(tracker);
        const auto created = store->createCase(record);
        if (!created) {
            printError(created.error().message());
            return ProblemFound;
        }
        if (parser.isSet(json))
            printJson(caseToJson(*store->caseById(created.value())));
        else
            printOut(Pbw::tr("Case #%1 created: %2").arg(created.value()).arg(record.title));
        return Ok;
    }
    if (action == QLatin1String("show"))
        return showCase(*store, positional.at(1), parser.isSet(json));

    const QList<CaseRecord> cases = store->cases();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CaseRecord& record : cases)
            array.append(caseToJson(record));
        printJson({{QStringLiteral("store"), store->path()}, {QStringLiteral("cases"), array}});
        return Ok;
    }
    QStringList lines{Pbw::tr("Case store: %1").arg(store->path())};
    for (const CaseRecord& record : cases)
        lines.append(caseLine(record));
    if (cases.isEmpty())
        lines.append(Pbw::tr("No cases yet: \"pbw case new TITLE\" starts one."));
    printOut(lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace pbw::cli
