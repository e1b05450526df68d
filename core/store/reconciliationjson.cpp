#include "store/reconciliationjson.h"

#include "batch/missingcheck.h"
#include "batch/reconcile.h"

#include <tuple>

namespace pbw {

namespace {

QJsonValue time(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject sideJson(const QString& file, const QString& preset, qint64 rows)
{
    return {{QStringLiteral("file"), file}, {QStringLiteral("preset"), preset}, {QStringLiteral("rows"), rows}};
}

QString at(const QString& where, const QString& key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

// Reads field by field; the first problem is kept, naming the field.
class Reader
{
public:
    explicit Reader(qsizetype maxTextChars)
        : m_maxText(maxTextChars)
    {
    }

    std::optional<ReconciliationJsonProblem> problem;

    void fail(const QString& where, bool tooLarge = false)
    {
        if (!problem)
            problem = ReconciliationJsonProblem{where, tooLarge};
    }

    QString text(const QJsonValue& value, const QString& where)
    {
        if (!value.isString()) {
            fail(where);
            return {};
        }
        if (m_maxText >= 0 && value.toString().size() > m_maxText)
            fail(where, true);
        return value.toString();
    }

    qint64 count(const QJsonValue& value, const QString& where)
    {
        const qint64 n = value.isDouble() ? value.toInteger(-1) : -1;
        if (n < 0)
            fail(where);
        return n;
    }

    QJsonObject object(const QJsonValue& value, const QString& where)
    {
        if (!value.isObject())
            fail(where);
        return value.toObject();
    }

    QMap<QString, batch::Amount> money(const QJsonValue& value, const QString& where)
    {
        QMap<QString, batch::Amount> out;
        const QJsonObject object = this->object(value, where);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString place = at(where, it.key());
            text(QJsonValue(it.key()), place);
            const auto parsed = batch::parseMoney(text(it.value(), place).toUtf8(), ',');
            if (!parsed || !parsed->currency.isEmpty())
                fail(place);
            else
                out.insert(it.key(), parsed->amount);
        }
        return out;
    }

    QList<ReconciliationRecord::Group> groups(const QJsonValue& value, const QString& where)
    {
        QList<ReconciliationRecord::Group> out;
        const QJsonObject object = this->object(value, where);
        // The known groups in their order; one a newer version adds, after them.
        QStringList keys;
        for (const batch::MatchGroup group : batch::allMatchGroups) {
            if (object.contains(batch::matchGroupKey(group)))
                keys.append(batch::matchGroupKey(group));
        }
        for (const QString& key : object.keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
        for (const QString& key : std::as_const(keys)) {
            const QString place = at(where, key);
            const QJsonObject item = this->object(object.value(key), place);
            ReconciliationRecord::Group group;
            group.key = text(QJsonValue(key), place);
            group.rows = count(item.value(QLatin1String("rows")), at(place, QStringLiteral("rows")));
            group.trackerMoney
                = money(item.value(QLatin1String("tracker_money")), at(place, QStringLiteral("tracker_money")));
            group.partnerMoney
                = money(item.value(QLatin1String("partner_money")), at(place, QStringLiteral("partner_money")));
            out.append(std::move(group));
        }
        return out;
    }

    QJsonObject said(const QJsonValue& value, const QString& where)
    {
        const QJsonObject said = object(value, where);
        if (!said.value(QLatin1String("key")).isString())
            fail(at(where, QStringLiteral("key")));
        for (auto it = said.begin(); it != said.end(); ++it) {
            if (it.value().isString())
                text(it.value(), at(where, it.key()));
            else if (!it.value().isDouble())
                fail(at(where, it.key()));
        }
        return said;
    }

    QList<ReconciliationRecord::Cause> causes(const QJsonValue& value, const QString& where)
    {
        QList<ReconciliationRecord::Cause> out;
        if (!value.isArray()) {
            fail(where);
            return out;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString place = where + QStringLiteral("[%1]").arg(i);
            const QJsonObject item = object(array.at(i), place);
            ReconciliationRecord::Cause cause;
            cause.said = said(item.value(QLatin1String("said")), at(place, QStringLiteral("said")));
            cause.rows = count(item.value(QLatin1String("rows")), at(place, QStringLiteral("rows")));
            cause.money = money(item.value(QLatin1String("money")), at(place, QStringLiteral("money")));
            const QJsonValue examples = item.value(QLatin1String("examples"));
            if (!examples.isArray() || examples.toArray().size() > batch::examplesPerCause)
                fail(at(place, QStringLiteral("examples")));
            for (const QJsonValue& example : examples.toArray())
                cause.examples.append(text(example, at(place, QStringLiteral("examples"))));
            out.append(std::move(cause));
        }
        return out;
    }

private:
    qsizetype m_maxText;
};

} // namespace

QJsonObject groupsToJson(const QList<ReconciliationRecord::Group>& groups)
{
    QJsonObject object;
    for (const ReconciliationRecord::Group& group : groups)
        object.insert(group.key,
                      QJsonObject{{QStringLiteral("rows"), group.rows},
                                  {QStringLiteral("tracker_money"), batch::moneyJson(group.trackerMoney)},
                                  {QStringLiteral("partner_money"), batch::moneyJson(group.partnerMoney)}});
    return object;
}

QJsonArray causesToJson(const QList<ReconciliationRecord::Cause>& causes)
{
    QJsonArray array;
    for (const ReconciliationRecord::Cause& cause : causes)
        array.append(QJsonObject{{QStringLiteral("said"), cause.said},
                                 {QStringLiteral("rows"), cause.rows},
                                 {QStringLiteral("money"), batch::moneyJson(cause.money)},
                                 {QStringLiteral("examples"), QJsonArray::fromStringList(cause.examples)}});
    return array;
}

std::optional<QList<ReconciliationRecord::Group>> groupsFromJson(const QJsonValue& value)
{
    Reader read(-1);
    auto groups = read.groups(value, {});
    return read.problem ? std::nullopt : std::optional(std::move(groups));
}

std::optional<QList<ReconciliationRecord::Cause>> causesFromJson(const QJsonValue& value)
{
    Reader read(-1);
    auto causes = read.causes(value, {});
    return read.problem ? std::nullopt : std::optional(std::move(causes));
}

QJsonObject reconciliationToJson(const ReconciliationRecord& record)
{
    QJsonValue check;
    if (record.checked)
        check = QJsonObject{{QStringLiteral("checked"), record.checkedRows},
                            {QStringLiteral("with_callback"), record.withCallback},
                            {QStringLiteral("with_answer"), record.withAnswer},
                            {QStringLiteral("rebuilt"), record.rebuilt},
                            {QStringLiteral("causes"), causesToJson(record.causes)}};
    return {{QStringLiteral("made"), time(record.made)},
            {QStringLiteral("tracker"), sideJson(record.trackerFile, record.trackerPreset, record.trackerRows)},
            {QStringLiteral("partner"), sideJson(record.partnerFile, record.partnerPreset, record.partnerRows)},
            {QStringLiteral("groups"), groupsToJson(record.groups)},
            {QStringLiteral("check"), check}};
}

std::optional<ReconciliationRecord> reconciliationFromJson(const QJsonObject& object, qsizetype maxTextChars,
                                                           ReconciliationJsonProblem* problem)
{
    Reader read(maxTextChars);
    ReconciliationRecord record;
    record.made = QDateTime::fromString(object.value(QLatin1String("made")).toString(), Qt::ISODateWithMs).toUTC();
    if (!record.made.isValid())
        read.fail(QStringLiteral("made"));
    for (const auto& [key, file, preset, rows] :
         {std::tuple{"tracker", &record.trackerFile, &record.trackerPreset, &record.trackerRows},
          std::tuple{"partner", &record.partnerFile, &record.partnerPreset, &record.partnerRows}}) {
        const QString side = QLatin1String(key);
        const QJsonObject item = read.object(object.value(side), side);
        *file = read.text(item.value(QLatin1String("file")), at(side, QStringLiteral("file")));
        *preset = read.text(item.value(QLatin1String("preset")), at(side, QStringLiteral("preset")));
        *rows = read.count(item.value(QLatin1String("rows")), at(side, QStringLiteral("rows")));
    }
    record.groups = read.groups(object.value(QLatin1String("groups")), QStringLiteral("groups"));
    const QJsonValue check = object.value(QLatin1String("check"));
    if (check.isObject()) {
        const QJsonObject item = check.toObject();
        record.checked = true;
        record.checkedRows = read.count(item.value(QLatin1String("checked")), QStringLiteral("check.checked"));
        record.withCallback
            = read.count(item.value(QLatin1String("with_callback")), QStringLiteral("check.with_callback"));
        record.withAnswer = read.count(item.value(QLatin1String("with_answer")), QStringLiteral("check.with_answer"));
        record.rebuilt = read.count(item.value(QLatin1String("rebuilt")), QStringLiteral("check.rebuilt"));
        record.causes = read.causes(item.value(QLatin1String("causes")), QStringLiteral("check.causes"));
    } else if (!check.isNull() && !check.isUndefined()) {
        read.fail(QStringLiteral("check"));
    }
    if (read.problem) {
        if (problem)
            *problem = *read.problem;
        return std::nullopt;
    }
    return record;
}

} // namespace pbw
