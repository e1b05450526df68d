#include "export/casefile.h"

#include <QCryptographicHash>
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

    QString text(const QJsonObject& object, const char* key, const QString& where, bool required = true)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
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

    // A 1-based number of an item in a list of count, or null (0).
    qint64 reference(const QJsonObject& object, const char* key, const QString& where, qsizetype count)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isNull() || value.isUndefined())
            return 0;
        const qint64 n = value.toInteger(-1);
        if (n < 1 || n > count)
            fail(where + QLatin1Char('.') + QLatin1String(key));
        return std::max<qint64>(n, 0);
    }

    template <typename E> E key(std::optional<E> parsed, const QString& where)
    {
        if (!parsed) {
            fail(where);
            return E{};
        }
        return *parsed;
    }

    QJsonArray array(const QJsonObject& object, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isArray())
            fail(QLatin1String(key));
        return value.toArray();
    }

    QJsonObject object(const QJsonValue& value, const QString& where)
    {
        if (!value.isObject())
            fail(where);
        return value.toObject();
    }

    void fail(const QString& where)
    {
        if (!problem)
            problem = ImportProblem::of(ImportProblem::Kind::BadField, where);
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
                                     {QStringLiteral("exchange"), numberOrNull(step.exchangeId)},
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
        exchanges.append(QJsonObject{{QStringLiteral("number"), exchange.id},
                                     {QStringLiteral("role"), roleKey(exchange.role)},
                                     {QStringLiteral("note"), exchange.note},
                                     {QStringLiteral("saved"), time(exchange.saved)},
                                     {QStringLiteral("exchange"), exchange.data}});
    }
    const QJsonObject document{{QStringLiteral("format"), QLatin1String(caseFileFormat)},
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
                                            {QStringLiteral("updated"), time(record.updated)}}},
                               {QStringLiteral("checklist"), checklist},
                               {QStringLiteral("notes"), notes},
                               {QStringLiteral("attachments"), attachments},
                               {QStringLiteral("exchanges"), exchanges}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<CaseBundle, ImportProblem> readCaseFile(const QByteArray& bytes)
{
    const auto parsed = parseImportedJson(bytes, maxCaseFileBytes);
    if (!parsed)
        return parsed.error();
    const QJsonDocument& document = parsed.value();
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(caseFileFormat))
        return ImportProblem::of(ImportProblem::Kind::NotACaseFile);
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInteger(-1) < 1)
        return ImportProblem::of(ImportProblem::Kind::BadField, QStringLiteral("version"));
    if (version.toInteger() > caseFileVersion)
        return ImportProblem::of(
            ImportProblem::Kind::NewerVersion,
            ImportProblem::tr("version %1; this program reads up to %2").arg(version.toInteger()).arg(caseFileVersion));

    Reader read;
    CaseBundle bundle;
    const QJsonObject fields = read.object(root.value(QStringLiteral("case")), QStringLiteral("case"));
    const QString at = QStringLiteral("case");
    bundle.record.title = read.text(fields, "title", at);
    bundle.record.offer = read.text(fields, "offer", at);
    bundle.record.partner = read.text(fields, "partner", at);
    bundle.record.tracker = read.text(fields, "tracker", at);
    bundle.record.status = read.key(caseStatusFromKey(fields.value(QStringLiteral("status")).toString()),
                                    at + QStringLiteral(".status"));
    bundle.record.created = read.time(fields, "created", at);
    bundle.record.updated = read.time(fields, "updated", at);

    const QJsonArray exchanges = read.array(root, "exchanges");
    for (qsizetype i = 0; i < exchanges.size() && !read.problem; ++i) {
        const QString where = QStringLiteral("exchanges[%1]").arg(i);
        const QJsonObject item = read.object(exchanges.at(i), where);
        StoredExchange exchange;
        exchange.id = i + 1;
        exchange.role
            = read.key(roleFromKey(item.value(QStringLiteral("role")).toString()), where + QStringLiteral(".role"));
        exchange.note = read.text(item, "note", where);
        exchange.saved = read.time(item, "saved", where);
        exchange.data = read.object(item.value(QStringLiteral("exchange")), where + QStringLiteral(".exchange"));
        const QJsonObject request = exchange.data.value(QStringLiteral("request")).toObject();
        if (!request.value(QStringLiteral("method")).isString() || !request.value(QStringLiteral("url")).isString())
            read.fail(where + QStringLiteral(".exchange.request"));
        bundle.exchanges.append(exchange);
    }
    const QJsonArray notes = read.array(root, "notes");
    for (qsizetype i = 0; i < notes.size() && !read.problem; ++i) {
        const QString where = QStringLiteral("notes[%1]").arg(i);
        const QJsonObject item = read.object(notes.at(i), where);
        CaseNote note;
        note.id = i + 1;
        note.text = read.text(item, "text", where);
        note.written = read.time(item, "written", where);
        bundle.notes.append(note);
    }
    const QJsonArray attachments = read.array(root, "attachments");
    for (qsizetype i = 0; i < attachments.size() && !read.problem; ++i) {
        const QString where = QStringLiteral("attachments[%1]").arg(i);
        const QJsonObject item = read.object(attachments.at(i), where);
        Attachment attachment;
        attachment.id = i + 1;
        attachment.kind = read.key(attachmentKindFromKey(item.value(QStringLiteral("kind")).toString()),
                                   where + QStringLiteral(".kind"));
        attachment.title = read.text(item, "title", where);
        attachment.text = read.text(item, "text", where);
        attachment.fileName = read.text(item, "file_name", where);
        attachment.added = read.time(item, "added", where);
        const QString content = read.text(item, "content_base64", where, false);
        if (!content.isEmpty()) {
            const auto decoded
                = QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                read.fail(where + QStringLiteral(".content_base64"));
            attachment.content = *decoded;
        }
        bundle.attachments.append(attachment);
    }
    const QJsonArray checklist = read.array(root, "checklist");
    for (qsizetype i = 0; i < checklist.size() && !read.problem; ++i) {
        const QString where = QStringLiteral("checklist[%1]").arg(i);
        const QJsonObject item = read.object(checklist.at(i), where);
        ChecklistStep step;
        step.layer = read.key(checklistFromKey(item.value(QStringLiteral("layer")).toString()),
                              where + QStringLiteral(".layer"));
        if (!item.value(QStringLiteral("done")).isBool())
            read.fail(where + QStringLiteral(".done"));
        step.done = item.value(QStringLiteral("done")).toBool();
        step.who = read.text(item, "who", where);
        step.when = read.time(item, "when", where, false);
        step.exchangeId = read.reference(item, "exchange", where, bundle.exchanges.size());
        step.noteId = read.reference(item, "note", where, bundle.notes.size());
        step.attachmentId = read.reference(item, "attachment", where, bundle.attachments.size());
        bundle.checklist.append(step);
    }
    if (read.problem)
        return *read.problem;
    bundle.record.exchangeCount = int(bundle.exchanges.size());
    return bundle;
}

} // namespace pbw
