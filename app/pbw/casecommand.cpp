#include "casecommand.h"

#include "caseedits.h"
#include "caseexport.h"
#include "cliapp.h"
#include "clicontext.h"
#include "commandline.h"
#include "console.h"
#include "i18n/language.h"
#include "settings/preferences.h"
#include "store/casejson.h"
#include "store/casestore.h"
#include "store/reconciliationjson.h"
#include "text/casetext.h"
#include "text/reconciliationtext.h"
#include "text/saidtext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

// A status, role or layer as a person reads it in the chosen language, with the key pbw's commands
// take beside it ("Исправленный (corrected)"); in English the key alone, as it always was.
QString named(const QString& name, const QString& key)
{
    return Language::current() == QLatin1String("en") ? key : QStringLiteral("%1 (%2)").arg(name, key);
}

QString caseLine(const CaseRecord& record)
{
    return Pbw::tr("#%1  %2  [%3]  %n exchange(s)  updated %4", nullptr, record.exchangeCount)
        .arg(record.id)
        .arg(record.title, named(caseStatusName(record.status), caseStatusKey(record.status)),
             record.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString exchangeLine(const StoredExchange& stored)
{
    const Exchange exchange = stored.exchange();
    QString line = QStringLiteral("  %1  %2  %3  %4 %5  → %6")
                       .arg(stored.number)
                       .arg(named(roleName(stored.role), roleKey(stored.role)),
                            stored.saved.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            QString::fromLatin1(exchange.request.method), exchange.request.url,
                            !exchange.response ? QStringLiteral("—")
                                               : QString::number(exchange.response->status) + QLatin1Char(' ')
                                    + named(layerName(stored.verdict().layer), layerKey(stored.verdict().layer)));
    if (const QString note = shownNote(stored); !note.isEmpty())
        line += QStringLiteral("  (%1)").arg(note);
    return line;
}

QString checklistLine(const ChecklistStep& step, const QList<StoredExchange>& exchanges)
{
    QString line = QStringLiteral("  [%1] %2")
                       .arg(step.done ? QLatin1Char('x') : QLatin1Char(' '))
                       .arg(named(checklistName(step.layer), checklistKey(step.layer)));
    if (!step.done)
        return line;
    line += QLatin1String("  ")
        + Pbw::tr("by %1, %2").arg(step.who, step.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (step.exchangeId > 0)
        line += QLatin1String("  ") + Pbw::tr("evidence: exchange %1").arg(numberOf(exchanges, step.exchangeId));
    if (step.noteId > 0)
        line += QLatin1String("  ") + Pbw::tr("evidence: note %1").arg(step.noteId);
    if (step.attachmentId > 0)
        line += QLatin1String("  ") + Pbw::tr("evidence: attachment %1").arg(step.attachmentId);
    return line;
}

int showCase(const CaseStore& store, qint64 id, bool json)
{
    const auto record = store.caseById(id);
    if (!record)
        return storeFailed(record.error());
    const auto exchangesRead = store.exchanges(id);
    const auto notesRead = store.notes(id);
    const auto attachmentsRead = store.attachments(id);
    const auto checklistRead = store.checklist(id);
    const auto reconciliationsRead = store.reconciliations(id);
    for (const std::optional<StoreError>& failed :
         {errorOf(exchangesRead), errorOf(notesRead), errorOf(attachmentsRead), errorOf(checklistRead),
          errorOf(reconciliationsRead)}) {
        if (failed)
            return storeFailed(*failed);
    }
    const QList<ReconciliationRecord>& reconciliations = *reconciliationsRead;
    const QList<StoredExchange>& exchanges = *exchangesRead;
    const QList<CaseNote>& notes = *notesRead;
    const QList<Attachment>& attachments = *attachmentsRead;
    const QList<ChecklistStep>& checklist = *checklistRead;
    if (json) {
        QJsonObject object = caseToJson(*record);
        QJsonArray array;
        for (const StoredExchange& stored : exchanges)
            array.append(storedExchangeToJson(stored));
        object.insert(QStringLiteral("exchanges"), array);
        QJsonArray noteArray;
        for (const CaseNote& note : notes)
            noteArray.append(noteToJson(note));
        object.insert(QStringLiteral("notes"), noteArray);
        QJsonArray attachmentArray;
        for (const Attachment& attachment : attachments)
            attachmentArray.append(attachmentToJson(attachment));
        object.insert(QStringLiteral("attachments"), attachmentArray);
        object.insert(QStringLiteral("checklist"), checklistToJson(checklist, exchanges));
        QJsonArray reconciliationArray;
        for (const ReconciliationRecord& reconciliation : reconciliations)
            reconciliationArray.append(reconciliationToJson(reconciliation));
        object.insert(QStringLiteral("reconciliations"), reconciliationArray);
        printJson(object);
        return Ok;
    }
    QStringList lines{caseLine(*record)};
    const QStringList fields{record->partner.isEmpty() ? QString() : Pbw::tr("Partner: %1").arg(record->partner),
                             record->offer.isEmpty() ? QString() : Pbw::tr("Offer: %1").arg(record->offer),
                             record->tracker.isEmpty() ? QString() : Pbw::tr("Tracker: %1").arg(record->tracker)};
    if (const QString joined = QStringList(fields).filter(QStringLiteral(":")).join(QStringLiteral("  "));
        !joined.isEmpty())
        lines.append(QStringLiteral("  ") + joined);
    lines.append(Pbw::tr("Checklist:"));
    for (const ChecklistStep& step : checklist)
        lines.append(checklistLine(step, exchanges));
    if (!exchanges.isEmpty())
        lines.append(Pbw::tr("Exchanges:"));
    for (const StoredExchange& stored : exchanges)
        lines.append(exchangeLine(stored));
    if (!reconciliations.isEmpty())
        lines.append(Pbw::tr("Reconciliations:"));
    for (qsizetype i = 0; i < reconciliations.size(); ++i)
        lines.append(reconciliationLines(reconciliations.at(i), int(i + 1)));
    if (!attachments.isEmpty())
        lines.append(Pbw::tr("Attachments:"));
    for (const Attachment& attachment : attachments) {
        lines.append(
            QStringLiteral("  %1  %2  %3%4")
                .arg(attachment.id)
                .arg(named(attachmentKindName(attachment.kind), attachmentKindKey(attachment.kind)), attachment.title,
                     attachment.fileName.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(attachment.fileName)));
    }
    if (!notes.isEmpty())
        lines.append(Pbw::tr("Notes:"));
    for (const CaseNote& note : notes)
        lines.append(
            QStringLiteral("  %1  %2  %3")
                .arg(note.id)
                .arg(note.written.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), shownText(note)));
    printOut(lines.join(QLatin1Char('\n')));
    return Ok;
}

int listCases(const CaseStore& store, const QList<CaseRecord>& cases, bool json)
{
    if (json) {
        QJsonArray array;
        for (const CaseRecord& record : cases)
            array.append(caseToJson(record));
        printJson({{QStringLiteral("store"), store.path()}, {QStringLiteral("cases"), array}});
        return Ok;
    }
    QStringList lines{Pbw::tr("Case store: %1").arg(store.path())};
    for (const CaseRecord& record : cases)
        lines.append(caseLine(record));
    if (cases.isEmpty())
        lines.append(Pbw::tr("No cases found."));
    printOut(lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace

QCommandLineOption dbOption(const CliContext& context)
{
    return {QStringLiteral("db"),
            Pbw::tr("The case store to use (default: %1).").arg(context.preferences.effectiveCaseStorePath()),
            QStringLiteral("PATH")};
}

std::unique_ptr<CaseStore> openStore(const QString& dbValue, const CliContext& context, CaseStore::Opening opening)
{
    auto opened = CaseStore::open(dbValue.isEmpty() ? context.preferences.effectiveCaseStorePath() : dbValue, opening);
    if (!opened) {
        printError(opened.error().message());
        return nullptr;
    }
    opened.value()->setSecretNames(SecretNames(context.preferences.secretNames));
    return std::move(opened.value());
}

int storeFailed(const StoreError& error)
{
    return badInput(error.message());
}

std::optional<CaseTarget> openCaseToSaveInto(const QString& caseValue, const QString& dbValue,
                                             const CliContext& context)
{
    CaseTarget target;
    bool ok = false;
    target.caseId = caseValue.toLongLong(&ok);
    const QString path = dbValue.isEmpty() ? context.preferences.effectiveCaseStorePath() : dbValue;
    if (!QFileInfo::exists(path)) { // no store, so no such case: and nothing is created to say so
        printError(StoreError::missing(path, StoreError::tr("case %1").arg(caseValue)).message());
        return std::nullopt;
    }
    target.store = openStore(dbValue, context);
    if (!target.store)
        return std::nullopt;
    if (!ok) {
        printError(StoreError::missing(target.store->path(), StoreError::tr("case %1").arg(caseValue)).message());
        return std::nullopt;
    }
    if (const auto found = target.store->caseById(target.caseId); !found) {
        printError(found.error().message());
        return std::nullopt;
    }
    return target;
}

int runCase(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Pbw::tr("Cases: everything tried for one offer/partner problem.\n\n"
                "  new TITLE                      start a case\n"
                "  list                           the cases, most recently changed first\n"
                "  search WORDS                   cases whose fields, notes, URLs or answers hold the words\n"
                "  show ID                        a case with its checklist, exchanges, reconciliations, attachments\n"
                "                                 and notes\n"
                "  edit ID                        change --title, --partner, --offer, --tracker\n"
                "  status ID open|waiting|fixed|closed\n"
                "  delete ID                      delete a case and everything in it, for good\n"
                "  note ID TEXT                   add a note (\"-\" reads it from standard input)\n"
                "  attach ID FILE                 attach a file (\"-\": pasted text from standard input)\n"
                "  check ID LAYER                 tick click, event, callback, template or partner\n"
                "  role ID N ROLE                 exchange N of the case becomes failing, corrected, reference-click,\n"
                "                                 test-callback or other\n"
                "  remove ID N [N…]               remove exchanges from the case, for good\n"
                "  compare ID A B                 the two exchanges the report puts side by side (none: the latest\n"
                "                                 failing and corrected)\n"
                "  export ID                      the case as a file for the partner: --format case|har|html|pdf|curl\n"
                "  import FILE                    a case file (.pbcase) as a new case, or a HAR's requests"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Pbw::tr("What to do (see above)."));
    CaseOptions o(context);
    parser.addOptions({o.title, o.partner,    o.offer,   o.tracker, o.kind,   o.who,      o.exchange,
                       o.note,  o.attachment, o.undo,    o.format,  o.output, o.noRedact, o.redact,
                       o.into,  o.role,       o.entries, o.db,      o.json,   o.lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    const bool json = parser.isSet(o.json);

    if (action == QLatin1String("new")) {
        if (positional.size() != 1 || positional.first().trimmed().isEmpty())
            return badInput(Pbw::tr("Use \"pbw case new TITLE\"."));
        const auto store = openStore(parser.value(o.db), context, CaseStore::Opening::CreateIfMissing);
        if (!store)
            return BadInput;
        CaseRecord record;
        record.title = positional.first().trimmed();
        record.partner = parser.value(o.partner);
        record.offer = parser.value(o.offer);
        record.tracker = parser.value(o.tracker);
        const auto created = store->createCase(record);
        if (!created) {
            printError(created.error().message());
            return ProblemFound;
        }
        const auto made = store->caseById(created.value());
        if (json && made)
            printJson(caseToJson(*made));
        else
            printOut(Pbw::tr("Case #%1 created: %2").arg(created.value()).arg(record.title));
        return Ok;
    }
    if (action == QLatin1String("list") || action == QLatin1String("search")) {
        if ((action == QLatin1String("list")) != positional.isEmpty())
            return badInput(Pbw::tr("Use \"pbw case list\" or \"pbw case search WORDS\"."));
        const auto store = openStore(parser.value(o.db), context);
        if (!store)
            return BadInput;
        QList<CaseRecord> cases;
        if (action == QLatin1String("list")) {
            const auto all = store->cases();
            if (!all)
                return storeFailed(all.error());
            cases = *all;
        } else {
            const auto found = store->search(positional.join(QLatin1Char(' ')));
            if (!found)
                return storeFailed(found.error());
            for (const qint64 id : *found) {
                const auto record = store->caseById(id);
                if (!record)
                    return storeFailed(record.error());
                cases.append(*record);
            }
        }
        return listCases(*store, cases, json);
    }
    if (action == QLatin1String("show")) {
        bool ok = false;
        const qint64 id = positional.value(0).toLongLong(&ok);
        if (positional.size() != 1 || !ok)
            return badInput(Pbw::tr("Use \"pbw case show ID\"."));
        const auto store = openStore(parser.value(o.db), context);
        return store ? showCase(*store, id, json) : BadInput;
    }
    if (action == QLatin1String("export"))
        return runCaseExport(positional, parser, o);
    if (action == QLatin1String("import"))
        return runCaseImport(positional, parser, o);
    if (isCaseEdit(action))
        return runCaseEdit(action, positional, parser, o);
    return badInput(Pbw::tr("Unknown action \"%1\": see \"pbw case --help\".").arg(action));
}

} // namespace pbw::cli
