#include "analysis/answerdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace pbw {

namespace {

using Change = AnswerDiffRow::Change;
using Part = AnswerDiffRow::Part;

// Line diffs above this many cells (lines × lines) fall back to comparing line by line in order:
// a bounded cost for a huge body, still exact for the short answers postbacks get.
constexpr qsizetype maxDiffCells = 4'000'000;

QString statusText(const Exchange& exchange)
{
    if (exchange.response) {
        return QStringLiteral("HTTP %1 %2")
            .arg(exchange.response->status)
            .arg(QString::fromLatin1(exchange.response->reason))
            .trimmed();
    }
    return exchange.error ? exchange.error->message() : AnswerDiff::tr("no answer");
}

AnswerDiffRow row(Part part, const QString& name, const QString& left, const QString& right)
{
    return {part, name, left, right, left == right ? Change::Same : Change::Changed};
}

// Rows for two keyed lists, in the left's order, then what only the right has.
void diffKeyed(QList<AnswerDiffRow>& rows, Part part, const QList<QPair<QString, QString>>& left,
               const QList<QPair<QString, QString>>& right, Qt::CaseSensitivity keyCase)
{
    QList<bool> used(right.size(), false);
    for (const auto& [key, value] : left) {
        int match = -1;
        for (int i = 0; i < right.size() && match < 0; ++i) {
            if (!used[i] && right[i].first.compare(key, keyCase) == 0)
                match = i;
        }
        if (match < 0) {
            rows.append({part, key, value, QString(), Change::OnlyLeft});
        } else {
            used[match] = true;
            rows.append(row(part, key, value, right[match].second));
        }
    }
    for (int i = 0; i < right.size(); ++i) {
        if (!used[i])
            rows.append({part, right[i].first, QString(), right[i].second, Change::OnlyRight});
    }
}

QList<QPair<QString, QString>> headerPairs(const HeaderList& headers)
{
    QList<QPair<QString, QString>> pairs;
    for (const auto& [name, value] : headers)
        pairs.append({QString::fromLatin1(name), QString::fromUtf8(value)});
    return pairs;
}

void flatten(const QJsonValue& value, const QString& path, QList<QPair<QString, QString>>& out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            out.append({path, QStringLiteral("{}")});
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), path + QLatin1Char('.') + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            out.append({path, QStringLiteral("[]")});
        for (int i = 0; i < array.size(); ++i)
            flatten(array.at(i), path + QStringLiteral("[%1]").arg(i), out);
    } else {
        // Compact JSON keeps "1" and 1 apart: a type change is a difference a partner cares about.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out.append({path, QString::fromUtf8(json.mid(1, json.size() - 2))});
    }
}

std::optional<QList<QPair<QString, QString>>> jsonFields(const ReceivedResponse& response)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.text.toUtf8(), &error);
    if (response.isBinary || error.error != QJsonParseError::NoError || document.isNull())
        return std::nullopt;
    QList<QPair<QString, QString>> fields;
    flatten(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), QStringLiteral("$"),
            fields);
    return fields;
}

QString lineName(qsizetype left, qsizetype right)
{
    if (left < 0)
        return QStringLiteral("+%1").arg(right + 1);
    if (right < 0)
        return QStringLiteral("%1").arg(left + 1);
    return left == right ? QString::number(left + 1) : QStringLiteral("%1 → %2").arg(left + 1).arg(right + 1);
}

// A longest-common-subsequence diff of two line lists; changed lines are paired when a removal is
// followed by an addition.
void diffLines(QList<AnswerDiffRow>& rows, const QStringList& a, const QStringList& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if ((n + 1) * (m + 1) > maxDiffCells) {
        for (qsizetype i = 0; i < std::max(n, m); ++i) {
            if (i >= n)
                rows.append({Part::Body, lineName(-1, i), QString(), b.at(i), Change::OnlyRight});
            else if (i >= m)
                rows.append({Part::Body, lineName(i, -1), a.at(i), QString(), Change::OnlyLeft});
            else
                rows.append(row(Part::Body, lineName(i, i), a.at(i), b.at(i)));
        }
        return;
    }
    QList<int> lengths((n + 1) * (m + 1), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int& {
        return lengths[i * (m + 1) + j];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            rows.append({Part::Body, lineName(i, j), a.at(i), b.at(j), Change::Same});
            ++i;
            ++j;
        } else if (i < n && j < m && at(i + 1, j) == at(i, j + 1) && at(i + 1, j + 1) == at(i, j)) {
            rows.append({Part::Body, lineName(i, j), a.at(i), b.at(j), Change::Changed}); // one line replaced
            ++i;
            ++j;
        } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            rows.append({Part::Body, lineName(i, -1), a.at(i), QString(), Change::OnlyLeft});
            ++i;
        } else {
            rows.append({Part::Body, lineName(-1, j), QString(), b.at(j), Change::OnlyRight});
            ++j;
        }
    }
}

QString bodyText(const ReceivedResponse& response)
{
    if (response.isBinary)
        return AnswerDiff::tr("binary, %n byte(s)", nullptr, int(response.body.size()));
    return response.text;
}

} // namespace

int AnswerDiff::changes() const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [](const AnswerDiffRow& r) { return r.change != Change::Same; }));
}

QString AnswerDiff::summary() const
{
    if (changes() == 0)
        return tr("The two answers are the same.");
    int status = 0;
    int headers = 0;
    int body = 0;
    for (const AnswerDiffRow& r : rows) {
        if (r.change == Change::Same)
            continue;
        (r.part == Part::Status ? status : r.part == Part::Headers ? headers : body) += 1;
    }
    QStringList parts;
    if (status)
        parts.append(tr("the status"));
    if (headers)
        parts.append(tr("%n header(s)", nullptr, headers));
    if (body)
        parts.append(jsonBodies ? tr("%n JSON field(s)", nullptr, body) : tr("%n body line(s)", nullptr, body));
    return tr("The answers differ in %1.").arg(parts.join(QStringLiteral(", ")));
}

AnswerDiff diffAnswers(const Exchange& left, const Exchange& right)
{
    AnswerDiff diff;
    diff.rows.append(row(Part::Status, AnswerDiff::tr("Status"), statusText(left), statusText(right)));
    const HeaderList none;
    diffKeyed(diff.rows, Part::Headers, headerPairs(left.response ? left.response->headers : none),
              headerPairs(right.response ? right.response->headers : none), Qt::CaseInsensitive);
    if (!left.response || !right.response) {
        const QString a = left.response ? bodyText(*left.response) : QString();
        const QString b = right.response ? bodyText(*right.response) : QString();
        // No answer has no lines: everything the other side has is only there.
        const auto lines = [](const QString& text) {
            return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
        };
        diffLines(diff.rows, lines(a), lines(b));
        return diff;
    }
    const auto leftFields = jsonFields(*left.response);
    const auto rightFields = jsonFields(*right.response);
    if (leftFields && rightFields) {
        diff.jsonBodies = true;
        diffKeyed(diff.rows, Part::Body, *leftFields, *rightFields, Qt::CaseSensitive);
    } else if (left.response->isBinary || right.response->isBinary) {
        AnswerDiffRow body
            = row(Part::Body, AnswerDiff::tr("Body"), bodyText(*left.response), bodyText(*right.response));
        if (left.response->body != right.response->body)
            body.change = Change::Changed;
        diff.rows.append(body);
    } else {
        diffLines(diff.rows, left.response->text.split(QLatin1Char('\n')),
                  right.response->text.split(QLatin1Char('\n')));
    }
    return diff;
}

} // namespace pbw
