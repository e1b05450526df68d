#include "export/casefile.h"

#include "export/importfile.h"
#include "store/casestore.h"
#include "store/reconciliationjson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbw {

namespace {

QJsonValue time(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue numberOrNull(qint64 n)
{
    return n > 0 ? QJsonValue(n) : QJsonValue();
}

// Reads a case file field by field; the first problem stops it and names the field.
class Reader
{
public:
    std::optional<ImportProblem> problem;

    QString text(const QJsonObject& object, const char* key, const QString& where, bool required = true,
                 qsizetype maxChars = maxImportTextChars)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString()) {
            QString text = value.toString();
            if (text.size() > maxChars)
                fail(where + QLatin1Char('.') + QLatin1String(key), ImportProblem::Kind::FieldTooLarge);
            return text;
        }
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        fail(where + QLatin1Char('.') + QLatin1String(key));
        return {};
    }

    QDateTime time(const QJsonObject& object, const char* key, const QString& where, bool required = true)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!required && value.isNull())
            return {};
        const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!when.isValid())
            fail(where + QLatin1Char('.') + QLatin1String(key));
        return when.toUTC();
    }

    template <typename E> E key(std::optional<E> parsed, const QString& where)
    {
        if (!parsed) {
            fail(where);
            return E{};
        }
        return *parsed;
    }

    QJsonObject object(const QJsonValue& value, const QString& where)
    {
        if (!value.isObject())
            fail(where);
        return value.toObject();
    }

    void fail(const QString& where, ImportProblem::Kind kind = ImportProblem::Kind::BadField)
    {
        if (!problem)
            problem = ImportProblem::of(kind, where);
    }
};

} // namespace

QByteArray writeCaseFile(const CaseBundle& bundle, const QDateTime& exportedAt)
{
    const CaseRecord& record = bundle.record;
    QJsonArray checklist;
    for (const ChecklistStep& step : bundle.checklist) {
        checklist.append(QJsonObject{{QStringLiteral("layer"), checklistKey(step.layer)},
                                     {QStringLiteral("done"), step.done},
                                     {QStringLiteral("who"), step.who},
                                     {QStringLiteral("when"), step.done ? time(step.when) : QJsonValue()},
                                     {QStringLiteral("exchange"), numberOrNull(bundle.exchangeNumber(step.exchangeId))},
                                     {QStringLiteral("note"), numberOrNull(step.noteId)},
                                     {QStringLiteral("attachment"), numberOrNull(step.attachmentId)}});
    }
    QJsonArray notes;
    for (const CaseNote& note : bundle.notes) {
        notes.append(QJsonObject{{QStringLiteral("number"), note.id},
                                 {QStringLiteral("text"), note.text},
                                 {QStringLiteral("written"), time(note.written)}});
    }
    QJsonArray attachments;
    for (const Attachment& attachment : bundle.attachments) {
        const bool hasFile = !attachment.content.isEmpty();
        attachments.append(
            QJsonObject{{QStringLiteral("number"), attachment.id},
                        {QStringLiteral("kind"), attachmentKindKey(attachment.kind)},
                        {QStringLiteral("title"), attachment.title},
                        {QStringLiteral("text"), attachment.text},
                        {QStringLiteral("file_name"), attachment.fileName},
                        {QStringLiteral("added"), time(attachment.added)},
                        {QStringLiteral("content_base64"),
                         hasFile ? QJsonValue(QString::fromLatin1(attachment.content.toBase64())) : QJsonValue()},
                        {QStringLiteral("sha256"),
                         hasFile ? QJsonValue(QString::fromLatin1(
                             QCryptographicHash::hash(attachment.content, QCryptographicHash::Sha256).toHex()))
                                 : QJsonValue()}});
    }
    QJsonArray exchanges;
    for (const StoredExchange& exchange : bundle.exchanges) {
        QJsonObject item{{QStringLiteral("number"), bundle.exchangeNumber(exchange.id)},
                         {QStringLiteral("role"), roleKey(exchange.role)},
                         {QStringLiteral("note"), exchange.note},
                         {QStringLiteral("saved"), time(exchange.saved)},
                         {QStringLiteral("exchange"), exchange.data}};
        if (!exchange.noteSaid.isEmpty())
            item.insert(QStringLiteral("note_said"), exchange.noteSaid);
        exchanges.append(item);
    }
    QJsonArray reconciliations;
    for (const ReconciliationRecord& reconciliation : bundle.reconciliations)
        reconciliations.append(reconciliationToJson(reconciliation));
    const QJsonObject document{
        {QStringLiteral("format"), QLatin1String(caseFileFormat)},
        {QStringLiteral("version"), caseFileVersion},
        {QStringLiteral("exported"), time(exportedAt)},
        {QStringLiteral("generator"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Postback Workbench")},
                     {QStringLiteral("version"), QCoreApplication::applicationVersion()}}},
        {QStringLiteral("case"),
         QJsonObject{{QStringLiteral("title"), record.title},
                     {QStringLiteral("offer"), record.offer},
                     {QStringLiteral("partner"), record.partner},
                     {QStringLiteral("tracker"), record.tracker},
                     {QStringLiteral("status"), caseStatusKey(record.status)},
                     {QStringLiteral("created"), time(record.created)},
                     {QStringLiteral("updated"), time(record.updated)},
                     {QStringLiteral("compare"),
                      record.pairFirst > 0 && record.pairSecond > 0 ? QJsonValue(
                          QJsonArray{bundle.exchangeNumber(record.pairFirst), bundle.exchangeNumber(record.pairSecond)})
                                                                    : QJsonValue()}}},
        {QStringLiteral("checklist"), checklist},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("exchanges"), exchanges},
        {QStringLiteral("reconciliations"), reconciliations}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

std::optional<QByteArray> strictBase64(const QString& text)
{
    QByteArray latin1 = text.toLatin1();
    for (const char c : latin1) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/' || c == '=';
        if (!ok)
            return std::nullopt;
    }
    if (latin1.size() % 4 != 0)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(std::move(latin1), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(*decoded);
}

namespace {

QJsonValue parsed(const QByteArray& json)
{
    if (json.startsWith('{') || json.startsWith('[')) {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    // A scalar: read as the one element of an array.
    const QJsonDocument document = QJsonDocument::fromJson('[' + json + ']');
    return document.array().isEmpty() ? QJsonValue(QJsonValue::Undefined) : document.array().first();
}

// A body of the exchange as the store keeps it: base64 when it says so, at most maxImportBodyBytes.
void checkBody(Reader& read, const QJsonObject& part, const QString& where)
{
    const QJsonValue body = part.value(QStringLiteral("body"));
    if (part.value(QStringLiteral("body_encoding")).toString() == QLatin1String("base64")) {
        const auto decoded = strictBase64(body.toString());
        if (!body.isString() || !decoded)
            read.fail(where + QStringLiteral(".body"), ImportProblem::Kind::BadBase64);
        else if (decoded->size() > maxImportBodyBytes)
            read.fail(where + QStringLiteral(".body"), ImportProblem::Kind::FieldTooLarge);
    } else if (body.isString() && body.toString().size() > maxImportBodyBytes) {
        read.fail(where + QStringLiteral(".body"), ImportProblem::Kind::FieldTooLarge);
    }
}

StoredExchange exchangeOf(Reader& read, const QJsonValue& value, qsizetype i)
{
    const QString where = QStringLiteral("exchanges[%1]").arg(i);
    const QJsonObject item = read.object(value, where);
    StoredExchange exchange;
    exchange.id = i + 1;
    // Its number in the case; checked for repeats once every exchange is read.
    const QJsonValue number = item.value(QStringLiteral("number"));
    exchange.number = number.isUndefined() || number.isNull() ? int(i + 1) : int(number.toInteger(-1));
    if (exchange.number < 1)
        read.fail(where + QStringLiteral(".number"));
    exchange.role
        = read.key(roleFromKey(item.value(QStringLiteral("role")).toString()), where + QStringLiteral(".role"));
    exchange.note = read.text(item, "note", where);
    exchange.saved = read.time(item, "saved", where);
    const QJsonValue noteSaid = item.value(QStringLiteral("note_said"));
    if (noteSaid.isObject())
        exchange.noteSaid = noteSaid.toObject();
    else if (!noteSaid.isUndefined() && !noteSaid.isNull())
        read.fail(where + QStringLiteral(".note_said"));
    exchange.data = read.object(item.value(QStringLiteral("exchange")), where + QStringLiteral(".exchange"));
    const QJsonObject request = exchange.data.value(QStringLiteral("request")).toObject();
    if (!request.value(QStringLiteral("method")).isString() || !request.value(QStringLiteral("url")).isString())
        read.fail(where + QStringLiteral(".exchange.request"));
    checkBody(read, request, where + QStringLiteral(".exchange.request"));
    if (exchange.data.value(QStringLiteral("response")).isObject())
        checkBody(read, exchange.data.value(QStringLiteral("response")).toObject(),
                  where + QStringLiteral(".exchange.response"));
    return exchange;
}

CaseNote noteOf(Reader& read, const QJsonValue& value, qsizetype i)
{
    const QString where = QStringLiteral("notes[%1]").arg(i);
    const QJsonObject item = read.object(value, where);
    CaseNote note;
    note.id = i + 1;
    note.text = read.text(item, "text", where);
    note.written = read.time(item, "written", where);
    return note;
}

Attachment attachmentOf(Reader& read, const QJsonValue& value, qsizetype i)
{
    const QString where = QStringLiteral("attachments[%1]").arg(i);
    const QJsonObject item = read.object(value, where);
    Attachment attachment;
    attachment.id = i + 1;
    attachment.kind = read.key(attachmentKindFromKey(item.value(QStringLiteral("kind")).toString()),
                               where + QStringLiteral(".kind"));
    attachment.title = read.text(item, "title", where);
    attachment.text = read.text(item, "text", where, true, CaseStore::maxAttachmentBytes);
    attachment.fileName = read.text(item, "file_name", where);
    attachment.added = read.time(item, "added", where);
    const QString content
        = read.text(item, "content_base64", where, false, (CaseStore::maxAttachmentBytes / 3 + 1) * 4);
    if (!content.isEmpty() && !read.problem) {
        const auto decoded = strictBase64(content);
        if (!decoded) {
            read.fail(where + QStringLiteral(".content_base64"), ImportProblem::Kind::BadBase64);
        } else if (decoded->size() > CaseStore::maxAttachmentBytes) {
            read.fail(where + QStringLiteral(".content_base64"), ImportProblem::Kind::FieldTooLarge);
        } else {
            const QJsonValue sha256 = item.value(QStringLiteral("sha256"));
            const QByteArray digest = QCryptographicHash::hash(*decoded, QCryptographicHash::Sha256).toHex();
            if (!sha256.isString())
                read.fail(where + QStringLiteral(".sha256"));
            else if (sha256.toString().toLatin1().toLower() != digest)
                read.fail(where, ImportProblem::Kind::DigestMismatch);
            attachment.content = *decoded;
        }
    }
    return attachment;
}

ReconciliationRecord reconciliationOf(Reader& read, const QJsonValue& value, qsizetype i)
{
    const QString where = QStringLiteral("reconciliations[%1]").arg(i);
    ReconciliationJsonProblem problem;
    const auto record = reconciliationFromJson(read.object(value, where), maxImportTextChars, &problem);
    if (!record) {
        read.fail(where + QLatin1Char('.') + problem.where,
                  problem.tooLarge ? ImportProblem::Kind::FieldTooLarge : ImportProblem::Kind::BadField);
        return {};
    }
    return *record;
}

ChecklistStep stepOf(Reader& read, const QJsonValue& value, qsizetype i)
{
    const QString where = QStringLiteral("checklist[%1]").arg(i);
    const QJsonObject item = read.object(value, where);
    ChecklistStep step;
    step.layer
        = read.key(checklistFromKey(item.value(QStringLiteral("layer")).toString()), where + QStringLiteral(".layer"));
    if (!item.value(QStringLiteral("done")).isBool())
        read.fail(where + QStringLiteral(".done"));
    step.done = item.value(QStringLiteral("done")).toBool();
    step.who = read.text(item, "who", where);
    step.when = read.time(item, "when", where, false);
    // The evidence's numbers are checked once every list is read (the checklist may come first).
    for (const auto& [key, into] : {std::pair{"exchange", &step.exchangeId}, std::pair{"note", &step.noteId},
                                    std::pair{"attachment", &step.attachmentId}}) {
        const QJsonValue number = item.value(QLatin1String(key));
        if (number.isNull() || number.isUndefined()) {
            *into = 0;
            continue;
        }
        *into = number.toInteger(-1);
        if (*into < 1)
            read.fail(where + QLatin1Char('.') + QLatin1String(key));
    }
    return step;
}

} // namespace

bool CaseFileParts::isCaseFileKey(QByteArrayView key)
{
    for (const char* known : {"format", "version", "exported", "generator", "case", "checklist", "notes", "attachments",
                              "exchanges", "reconciliations"}) {
        if (key == QByteArrayView(known))
            return true;
    }
    return false;
}

JsonSplitter::Take CaseFileParts::take(const JsonSplitter::Path& where, char first)
{
    using Take = JsonSplitter::Take;
    const QByteArray& key = where.first().key;
    if (where.size() == 1) {
        if (key == "format" || key == "version")
            return {Take::Whole, 4096};
        if (m_problem)
            return {Take::Skip, 0};
        if (key == "case")
            return {Take::Whole, 32 << 20};
        if (key == "exchanges" || key == "notes" || key == "attachments" || key == "checklist"
            || key == "reconciliations") {
            if (first != '[') {
                if (key == "reconciliations") // optional, but a list when there
                    fail(ImportProblem::Kind::BadField, QStringLiteral("reconciliations"));
                return {Take::Skip, 0}; // finish() names the others: not a list
            }
            m_lists.insert(key);
            return {Take::Descend, 0};
        }
        return {Take::Skip, 0};
    }
    if (where.size() != 2 || m_problem)
        return {Take::Skip, 0};
    // The most one element can be as JSON: its limits above, its text escaped.
    if (key == "exchanges")
        return {Take::Whole, 64 << 20};
    if (key == "attachments")
        return {Take::Whole, 128 << 20};
    return {Take::Whole, 8 << 20};
}

void CaseFileParts::fail(ImportProblem::Kind kind, const QString& where)
{
    if (!m_problem)
        m_problem = ImportProblem::of(kind, where);
}

void CaseFileParts::add(const JsonSplitter::Path& where, const QByteArray& json)
{
    const QByteArray& key = where.first().key;
    const QJsonValue value = parsed(json);
    if (where.size() == 1) {
        if (key == "format") {
            m_format = value;
        } else if (key == "version") {
            m_version = value;
        } else if (key == "case" && !m_problem) {
            m_hasCase = true;
            Reader read;
            const QJsonObject fields = read.object(value, QStringLiteral("case"));
            const QString at = QStringLiteral("case");
            CaseRecord& record = m_bundle.record;
            record.title = read.text(fields, "title", at);
            record.offer = read.text(fields, "offer", at);
            record.partner = read.text(fields, "partner", at);
            record.tracker = read.text(fields, "tracker", at);
            record.status = read.key(caseStatusFromKey(fields.value(QStringLiteral("status")).toString()),
                                     at + QStringLiteral(".status"));
            record.created = read.time(fields, "created", at);
            record.updated = read.time(fields, "updated", at);
            const QJsonValue pair = fields.value(QStringLiteral("compare"));
            if (pair.isArray() && pair.toArray().size() == 2) {
                record.pairFirst = pair.toArray().at(0).toInteger(-1);
                record.pairSecond = pair.toArray().at(1).toInteger(-1);
            } else if (!pair.isUndefined() && !pair.isNull()) {
                read.fail(at + QStringLiteral(".compare"));
            }
            if (read.problem)
                m_problem = read.problem;
        }
        return;
    }
    if (m_problem)
        return;
    Reader read;
    const qsizetype i = where.at(1).index;
    if (key == "exchanges")
        m_bundle.exchanges.append(exchangeOf(read, value, i));
    else if (key == "notes")
        m_bundle.notes.append(noteOf(read, value, i));
    else if (key == "attachments")
        m_bundle.attachments.append(attachmentOf(read, value, i));
    else if (key == "checklist")
        m_bundle.checklist.append(stepOf(read, value, i));
    else if (key == "reconciliations")
        m_bundle.reconciliations.append(reconciliationOf(read, value, i));
    if (read.problem)
        m_problem = read.problem;
}

Result<CaseBundle, ImportProblem> CaseFileParts::finish()
{
    if (m_format.toString() != QLatin1String(caseFileFormat))
        return ImportProblem::of(ImportProblem::Kind::NotACaseFile);
    if (!m_version.isDouble() || m_version.toInteger(-1) < 1)
        return ImportProblem::of(ImportProblem::Kind::BadField, QStringLiteral("version"));
    if (m_version.toInteger() > caseFileVersion)
        return ImportProblem::of(ImportProblem::Kind::NewerVersion,
                                 ImportProblem::tr("version %1; this program reads up to %2")
                                     .arg(m_version.toInteger())
                                     .arg(caseFileVersion));
    if (m_problem)
        return *m_problem;
    if (!m_hasCase)
        return ImportProblem::of(ImportProblem::Kind::BadField, QStringLiteral("case"));
    for (const char* list : {"exchanges", "notes", "attachments", "checklist"}) {
        if (!m_lists.contains(list))
            return ImportProblem::of(ImportProblem::Kind::BadField, QLatin1String(list));
    }
    // The file names exchanges by their numbers; the bundle by their positions.
    QHash<qint64, qint64> positionOf;
    for (qsizetype i = 0; i < m_bundle.exchanges.size(); ++i) {
        if (positionOf.contains(m_bundle.exchanges.at(i).number))
            return ImportProblem::of(ImportProblem::Kind::BadField, QStringLiteral("exchanges[%1].number").arg(i));
        positionOf.insert(m_bundle.exchanges.at(i).number, i + 1);
    }
    CaseRecord& record = m_bundle.record;
    for (qint64* pair : {&record.pairFirst, &record.pairSecond}) {
        if (*pair == 0)
            continue;
        *pair = positionOf.value(*pair);
        if (*pair == 0)
            return ImportProblem::of(ImportProblem::Kind::BadField, QStringLiteral("case.compare"));
    }
    for (qsizetype i = 0; i < m_bundle.checklist.size(); ++i) {
        ChecklistStep& step = m_bundle.checklist[i];
        const QString where = QStringLiteral("checklist[%1].").arg(i);
        if (step.exchangeId > 0 && !positionOf.contains(step.exchangeId))
            return ImportProblem::of(ImportProblem::Kind::BadField, where + QStringLiteral("exchange"));
        step.exchangeId = positionOf.value(step.exchangeId);
        if (step.noteId > m_bundle.notes.size())
            return ImportProblem::of(ImportProblem::Kind::BadField, where + QStringLiteral("note"));
        if (step.attachmentId > m_bundle.attachments.size())
            return ImportProblem::of(ImportProblem::Kind::BadField, where + QStringLiteral("attachment"));
    }
    m_bundle.record.exchangeCount = int(m_bundle.exchanges.size());
    return std::move(m_bundle);
}

Result<CaseBundle, ImportProblem> readCaseFile(const QByteArray& bytes)
{
    auto read = importBytes(bytes);
    if (!read) {
        using Kind = ImportProblem::Kind;
        const Kind kind = read.error().kind;
        if (kind == Kind::NotOurs || kind == Kind::NotHar || kind == Kind::Empty || kind == Kind::NoRequest)
            return ImportProblem::of(Kind::NotACaseFile);
        return read.error();
    }
    if (read->kind != ImportedFile::Kind::CaseFile)
        return ImportProblem::of(ImportProblem::Kind::NotACaseFile);
    return std::move(read->caseFile);
}

} // namespace pbw
