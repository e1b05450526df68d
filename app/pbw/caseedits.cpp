// pbw case edit|status|delete|note|attach|check|role: every change reported in a line, or as JSON.
#include "caseedits.h"

#include "casecommand.h"
#include "cliapp.h"
#include "clicontext.h"
#include "commandline.h"
#include "console.h"
#include "keychainwait.h"
#include "net/bodytext.h"
#include "store/casejson.h"
#include "store/casestore.h"
#include "util/username.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <cstdio>

namespace pbw::cli {

namespace {

// The translation context of this file's messages.
class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

const QStringList editActions{QStringLiteral("edit"), QStringLiteral("status"), QStringLiteral("delete"),
                              QStringLiteral("note"), QStringLiteral("attach"), QStringLiteral("check"),
                              QStringLiteral("role"), QStringLiteral("remove"), QStringLiteral("compare")};

std::optional<qint64> idFrom(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// Reads a file, or standard input for "-", up to the store's limit; the error in words otherwise.
std::optional<QByteArray> readInput(const QString& name, QString* error)
{
    InputBytes input = readFileOrStdin(name, CaseStore::maxAttachmentBytes);
    if (!input.opened) {
        *error = Pbw::tr("\"%1\" cannot be read: %2.").arg(name, input.error);
        return std::nullopt;
    }
    if (input.tooBig) {
        *error = Pbw::tr("\"%1\" is larger than %2 MB; attach a smaller file.")
                     .arg(name)
                     .arg(CaseStore::maxAttachmentBytes >> 20);
        return std::nullopt;
    }
    return std::move(input.bytes);
}

template <typename T>
int report(const Result<T, StoreError>& result, const QString& done, bool json, const QJsonObject& object)
{
    if (!result) {
        printError(result.error().message());
        return result.error().kind == StoreError::Kind::NotFound ? BadInput : ProblemFound;
    }
    if (json)
        printJson(object);
    else
        printOut(done);
    return Ok;
}

int editCase(CaseStore& store, qint64 id, const QStringList& arguments, const QCommandLineParser& parser,
             const CaseOptions& o, const QString& action)
{
    auto record = store.caseById(id);
    if (!record)
        return storeFailed(record.error());
    if (action == QLatin1String("status")) {
        const auto status = caseStatusFromKey(arguments.value(1));
        if (arguments.size() != 2 || !status)
            return badInput(Pbw::tr("Use \"pbw case status ID open|waiting|fixed|closed\"."));
        record->status = *status;
    } else {
        if (arguments.size() != 1)
            return badInput(Pbw::tr("Use \"pbw case edit ID --title T --partner P --offer O --tracker T\"."));
        if (parser.isSet(o.title)) {
            if (parser.value(o.title).trimmed().isEmpty())
                return badInput(Pbw::tr("A case needs a title."));
            record->title = parser.value(o.title).trimmed();
        }
        if (parser.isSet(o.partner))
            record->partner = parser.value(o.partner);
        if (parser.isSet(o.offer))
            record->offer = parser.value(o.offer);
        if (parser.isSet(o.tracker))
            record->tracker = parser.value(o.tracker);
    }
    const auto updated = store.updateCase(*record);
    const auto now = store.caseById(id);
    return report(updated,
                  Pbw::tr("Case #%1 updated: %2 [%3]").arg(id).arg(record->title, caseStatusKey(record->status)),
                  parser.isSet(o.json), now ? caseToJson(*now) : QJsonObject{});
}

int attach(CaseStore& store, qint64 id, const QStringList& arguments, const QCommandLineParser& parser,
           const CaseOptions& o)
{
    const auto kind
        = attachmentKindFromKey(parser.value(o.kind).isEmpty() ? QStringLiteral("file") : parser.value(o.kind));
    if (arguments.size() != 2 || !kind)
        return badInput(Pbw::tr("Use \"pbw case attach ID FILE --kind template|confirmation|file [--title T]\" "
                                "(FILE \"-\" reads pasted text from standard input)."));
    QString error;
    const auto bytes = readInput(arguments.at(1), &error);
    if (!bytes)
        return badInput(error);
    Attachment attachment;
    attachment.caseId = id;
    attachment.kind = *kind;
    attachment.text = attachmentText(*bytes);
    if (arguments.at(1) != QLatin1String("-")) {
        attachment.fileName = QFileInfo(arguments.at(1)).fileName();
        attachment.content = *bytes;
    } else if (attachment.text.isNull()) {
        return badInput(Pbw::tr("Standard input is not text; attach it as a file instead."));
    }
    attachment.title = parser.isSet(o.title) ? parser.value(o.title)
        : attachment.fileName.isEmpty()      ? attachment.text.simplified().left(60)
                                             : attachment.fileName;
    const auto added = store.addAttachment(attachment);
    const qint64 attachmentId = added ? added.value() : 0;
    return report(added, Pbw::tr("Attachment %1 added to case #%2: %3").arg(attachmentId).arg(id).arg(attachment.title),
                  parser.isSet(o.json), {{QStringLiteral("id"), attachmentId}});
}

int check(CaseStore& store, qint64 id, const QStringList& arguments, const QCommandLineParser& parser,
          const CaseOptions& o)
{
    const auto layer = checklistFromKey(arguments.value(1));
    if (arguments.size() != 2 || !layer)
        return badInput(
            Pbw::tr("Use \"pbw case check ID click|event|callback|template|partner [--exchange N | --note N "
                    "| --attachment N] [--who NAME] [--undo]\"."));
    ChecklistStep step;
    step.layer = *layer;
    step.done = !parser.isSet(o.undo);
    step.who = parser.isSet(o.who) ? parser.value(o.who) : currentUserName();
    const int exchangeNumber = parser.value(o.exchange).toInt();
    step.noteId = parser.value(o.note).toLongLong();
    step.attachmentId = parser.value(o.attachment).toLongLong();
    // Evidence must belong to this case: a ticked layer points at what proves it.
    if (exchangeNumber > 0) {
        const auto stored = store.exchangeByNumber(id, exchangeNumber);
        if (!stored)
            return storeFailed(stored.error());
        step.exchangeId = stored->id;
    }
    const auto notes = store.notes(id);
    const auto attachments = store.attachments(id);
    if (!notes || !attachments)
        return storeFailed(notes ? attachments.error() : notes.error());
    const auto ids = [](const auto& items) {
        QList<qint64> out;
        for (const auto& item : items)
            out.append(item.id);
        return out;
    };
    if (step.noteId > 0 && !ids(*notes).contains(step.noteId))
        return storeFailed(StoreError::missing(store.path(), StoreError::tr("note %1").arg(step.noteId)));
    if (step.attachmentId > 0 && !ids(*attachments).contains(step.attachmentId))
        return storeFailed(StoreError::missing(store.path(), StoreError::tr("attachment %1").arg(step.attachmentId)));
    const auto set = store.setChecklistStep(id, step);
    const auto checklist = store.checklist(id);
    const auto exchanges = store.exchanges(id);
    return report(set,
                  step.done ? Pbw::tr("Case #%1: %2 ticked").arg(id).arg(checklistKey(step.layer))
                            : Pbw::tr("Case #%1: %2 unticked").arg(id).arg(checklistKey(step.layer)),
                  parser.isSet(o.json),
                  {{QStringLiteral("checklist"),
                    checklist && exchanges ? checklistToJson(*checklist, *exchanges) : QJsonValue()}});
}

// role CASE N ROLE, remove CASE N [N…], compare CASE A B: exchanges named by their number in the case.
int changeExchanges(CaseStore& store, qint64 caseId, const QString& action, const QStringList& arguments,
                    const QCommandLineParser& parser, const CaseOptions& o)
{
    const bool json = parser.isSet(o.json);
    QList<StoredExchange> named;
    for (const QString& argument : arguments.mid(1)) {
        if (action == QLatin1String("role") && named.size() == 1)
            break;
        bool ok = false;
        const int number = argument.toInt(&ok);
        if (!ok || number < 1)
            break;
        const auto stored = store.exchangeByNumber(caseId, number);
        if (!stored)
            return storeFailed(stored.error());
        named.append(*stored);
    }
    if (action == QLatin1String("role")) {
        const auto role = roleFromKey(arguments.value(2));
        if (arguments.size() != 3 || named.size() != 1 || !role)
            return badInput(
                Pbw::tr("Use \"pbw case role CASE EXCHANGE failing|corrected|reference-click|test-callback|other "
                        "[--note TEXT]\" (EXCHANGE: its number in the case, as \"pbw case show\" lists it)."));
        const StoredExchange& stored = named.first();
        const QString note = parser.isSet(o.note) ? parser.value(o.note) : stored.note;
        const auto changed = store.setExchangeRole(stored.id, *role, note);
        const auto now = store.exchangeById(stored.id);
        return report(changed,
                      Pbw::tr("Case #%1: exchange %2 is now %3").arg(caseId).arg(stored.number).arg(roleKey(*role)),
                      json, now ? storedExchangeToJson(*now) : QJsonObject{});
    }
    if (action == QLatin1String("compare")) {
        const bool clear = arguments.size() == 2 && arguments.at(1) == QLatin1String("none");
        if (!clear && (arguments.size() != 3 || named.size() != 2 || named.first().id == named.last().id))
            return badInput(Pbw::tr("Use \"pbw case compare CASE A B\" (two exchange numbers: the failing one, then "
                                    "the corrected one), or \"pbw case compare CASE none\"."));
        const auto set = clear ? store.setComparePair(caseId, 0, 0)
                               : store.setComparePair(caseId, named.first().id, named.last().id);
        return report(
            set,
            clear ? Pbw::tr("Case #%1: the report compares the latest failing and corrected exchanges").arg(caseId)
                  : Pbw::tr("Case #%1: the report puts exchanges %2 and %3 side by side")
                        .arg(caseId)
                        .arg(named.first().number)
                        .arg(named.last().number),
            json,
            {{QStringLiteral("compare"),
              clear ? QJsonValue() : QJsonValue(QJsonArray{named.first().number, named.last().number})}});
    }
    // remove: for good (the window's removal can be undone; a command's cannot, so it says so).
    if (named.isEmpty() || named.size() != arguments.size() - 1)
        return badInput(Pbw::tr("Use \"pbw case remove CASE EXCHANGE [EXCHANGE…]\" (numbers as \"pbw case show\" "
                                "lists them)."));
    QList<qint64> ids;
    QJsonArray numbers;
    QStringList shown;
    for (const StoredExchange& stored : named) {
        ids.append(stored.id);
        numbers.append(stored.number);
        shown.append(QString::number(stored.number));
    }
    const auto deleted = store.deleteExchanges(caseId, ids);
    const int status = report(deleted,
                              Pbw::tr("Case #%1: %n exchange(s) removed for good: %2", nullptr, int(ids.size()))
                                  .arg(caseId)
                                  .arg(shown.join(QStringLiteral(", "))),
                              json, {{QStringLiteral("removed"), numbers}});
    if (status == 0 && !deleted->isEmpty()) {
        const QStringList refs = *deleted;
        const SecretsOutcome forgotten = waitForKeychain(
            [&](SecretStore& keychain, SecretsDone done) { forgetSecrets(keychain, refs, std::move(done)); });
        if (forgotten.missing > 0)
            printError(Pbw::tr("Some secret values of the exchanges could not be removed from the keychain: %1")
                           .arg(forgotten.message));
    }
    return status;
}

} // namespace

CaseOptions::CaseOptions(const CliContext& cli)
    : context(cli)
    , title(QStringLiteral("title"), Pbw::tr("The case's (or attachment's) title."), QStringLiteral("TEXT"))
    , partner(QStringLiteral("partner"), Pbw::tr("The partner or network."), QStringLiteral("NAME"))
    , offer(QStringLiteral("offer"), Pbw::tr("The offer."), QStringLiteral("NAME"))
    , tracker(QStringLiteral("tracker"), Pbw::tr("The tracker."), QStringLiteral("NAME"))
    , kind(QStringLiteral("kind"), Pbw::tr("What is attached: template, confirmation or file (default)."),
           QStringLiteral("KIND"))
    , who(QStringLiteral("who"), Pbw::tr("Who ticks the layer (default: the user's login name)."),
          QStringLiteral("NAME"))
    , exchange(QStringLiteral("exchange"), Pbw::tr("Evidence: an exchange of the case (its number in the case)."),
               QStringLiteral("N"))
    , note(QStringLiteral("note"), Pbw::tr("Evidence: a note of the case; with role: the exchange's note."),
           QStringLiteral("ID|TEXT"))
    , attachment(QStringLiteral("attachment"), Pbw::tr("Evidence: an attachment of the case."), QStringLiteral("ID"))
    , undo(QStringLiteral("undo"), Pbw::tr("Untick the layer."))
    , format(QStringLiteral("format"), Pbw::tr("export: case (default), har, html, pdf or curl."),
             QStringLiteral("FORMAT"))
    , output({QStringLiteral("o"), QStringLiteral("output")},
             Pbw::tr("export: the file to write (default: standard output)."), QStringLiteral("FILE"))
    , noRedact(QStringLiteral("no-redact"),
               Pbw::tr("export: put the tokens and passwords kept in the keychain back in, instead of [redacted]."))
    , redact(QStringLiteral("redact"), Pbw::tr("export: also replace this value wherever it appears (repeatable)."),
             QStringLiteral("VALUE"))
    , into(QStringLiteral("into"), Pbw::tr("import: add a HAR's requests to this case instead of a new one."),
           QStringLiteral("ID"))
    , role(QStringLiteral("role"), Pbw::tr("import: the role of the HAR's requests (default other)."),
           QStringLiteral("ROLE"))
    , entries(QStringLiteral("entries"), Pbw::tr("import: which of the HAR's requests, like 1,3-5 (default all)."),
              QStringLiteral("N,M-K"))
    , db(dbOption(cli))
    , json(jsonOption())
    , lang(langOption())
{
}

bool isCaseEdit(const QString& action)
{
    return editActions.contains(action);
}

int runCaseEdit(const QString& action, const QStringList& arguments, const QCommandLineParser& parser,
                const CaseOptions& o)
{
    const auto id = idFrom(arguments.value(0));
    if (!id)
        return badInput(Pbw::tr("\"pbw case %1\" needs a number first: see \"pbw case --help\".").arg(action));
    const auto store = openStore(parser.value(o.db), o.context);
    if (!store)
        return BadInput;
    const bool json = parser.isSet(o.json);

    const auto record = store->caseById(*id);
    if (!record)
        return storeFailed(record.error());
    if (action == QLatin1String("role") || action == QLatin1String("remove") || action == QLatin1String("compare"))
        return changeExchanges(*store, *id, action, arguments, parser, o);
    if (action == QLatin1String("edit") || action == QLatin1String("status"))
        return editCase(*store, *id, arguments, parser, o, action);
    if (action == QLatin1String("delete")) {
        if (arguments.size() != 1)
            return badInput(Pbw::tr("Use \"pbw case delete ID\"."));
        const QString title = record->title;
        const auto refsRead = store->secretRefs(*id);
        if (!refsRead)
            return storeFailed(refsRead.error());
        const QStringList refs = *refsRead;
        const int status = report(store->deleteCase(*id), Pbw::tr("Case #%1 deleted: %2").arg(*id).arg(title), json,
                                  {{QStringLiteral("id"), *id}, {QStringLiteral("deleted"), true}});
        if (status == 0 && !refs.isEmpty()) {
            // The case's secrets go with it.
            const SecretsOutcome forgotten = waitForKeychain(
                [&](SecretStore& keychain, SecretsDone done) { forgetSecrets(keychain, refs, std::move(done)); });
            if (forgotten.missing > 0)
                printError(Pbw::tr("Some secret values of the case could not be removed from the keychain: %1")
                               .arg(forgotten.message));
        }
        return status;
    }
    if (action == QLatin1String("note")) {
        if (arguments.size() != 2)
            return badInput(Pbw::tr("Use \"pbw case note ID TEXT\" (\"-\" reads the note from standard input)."));
        QString text = arguments.at(1);
        if (text == QLatin1String("-")) {
            QString error;
            const auto bytes = readInput(text, &error);
            if (!bytes)
                return badInput(error);
            text = QString::fromUtf8(*bytes);
        }
        if (text.trimmed().isEmpty())
            return badInput(Pbw::tr("The note is empty."));
        const auto added = store->addNote(*id, text.trimmed());
        const qint64 noteId = added ? added.value() : 0;
        return report(added, Pbw::tr("Note %1 added to case #%2").arg(noteId).arg(*id), json,
                      {{QStringLiteral("id"), noteId}});
    }
    if (action == QLatin1String("attach"))
        return attach(*store, *id, arguments, parser, o);
    return check(*store, *id, arguments, parser, o);
}

} // namespace pbw::cli
