#include "analysis/callbackdiff.h"

#include "url/rawurl.h"

#include <QCoreApplication>
#include <QHash>

namespace pbw {

namespace {

class DiffText
{
    Q_DECLARE_TR_FUNCTIONS(DiffText)
};

QString partOf(ParamSource source)
{
    return source == ParamSource::Query ? QStringLiteral("query") : QStringLiteral("body");
}

// Occurrence-aware identity: the second "sub1" of A pairs with the second "sub1" of B.
QList<QPair<QString, int>> identities(const QList<CallbackParam>& params)
{
    QHash<QString, int> seen;
    QList<QPair<QString, int>> out;
    out.reserve(params.size());
    for (const CallbackParam& param : params) {
        const QString id = partOf(param.source) + QLatin1Char('\n') + param.key;
        out.append({id, seen[id]++});
    }
    return out;
}

void appendSpan(QList<QPair<int, int>>& spans, int position)
{
    if (!spans.isEmpty() && spans.last().first + spans.last().second == position)
        ++spans.last().second;
    else
        spans.append({position, 1});
}

} // namespace

QString changeKey(DiffRow::Change change)
{
    switch (change) {
    case DiffRow::Change::Same:
        return QStringLiteral("same");
    case DiffRow::Change::Changed:
        return QStringLiteral("changed");
    case DiffRow::Change::Added:
        return QStringLiteral("added");
    case DiffRow::Change::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QString changeName(DiffRow::Change change)
{
    switch (change) {
    case DiffRow::Change::Same:
        return DiffText::tr("same");
    case DiffRow::Change::Changed:
        return DiffText::tr("changed");
    case DiffRow::Change::Added:
        return DiffText::tr("added");
    case DiffRow::Change::Removed:
        return DiffText::tr("removed");
    }
    return {};
}

QList<DiffRow> diffCallbacks(const Callback& a, const Callback& b)
{
    QList<DiffRow> rows;
    const auto part = [&](const char* name, const QString& x, const QString& y, bool caseInsensitive = false) {
        if (x.isEmpty() && y.isEmpty())
            return;
        DiffRow row;
        row.part = QString::fromLatin1(name);
        row.a = row.rawA = x;
        row.b = row.rawB = y;
        const bool same = x.compare(y, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
        row.change = same ? DiffRow::Change::Same
                          : (x.isEmpty() ? DiffRow::Change::Added
                                         : (y.isEmpty() ? DiffRow::Change::Removed : DiffRow::Change::Changed));
        rows.append(row);
    };
    part("scheme", a.scheme, b.scheme);
    part("host", a.host, b.host, true);
    part("port", a.port, b.port);
    if (!a.path.isEmpty() || !b.path.isEmpty()) {
        part("path", a.path, b.path);
        DiffRow& path = rows.last();
        path.a = percentDecoded(a.path);
        path.b = percentDecoded(b.path);
        path.encodingOnly = path.change == DiffRow::Change::Changed && path.a == path.b;
    }

    const QList<QPair<QString, int>> idsA = identities(a.params);
    const QList<QPair<QString, int>> idsB = identities(b.params);
    QHash<QPair<QString, int>, qsizetype> indexInB;
    for (qsizetype j = 0; j < idsB.size(); ++j)
        indexInB.insert(idsB.at(j), j);
    QList<bool> usedB(b.params.size(), false);
    qsizetype lastMatchedB = -1;
    for (qsizetype i = 0; i < a.params.size(); ++i) {
        const CallbackParam& pa = a.params.at(i);
        DiffRow row;
        row.part = partOf(pa.source);
        row.key = pa.key;
        row.a = pa.value;
        row.rawA = pa.hasValue ? pa.rawValue : QString();
        const auto it = indexInB.constFind(idsA.at(i));
        if (it == indexInB.cend()) {
            row.change = DiffRow::Change::Removed;
            rows.append(row);
            continue;
        }
        const qsizetype j = *it;
        usedB[j] = true;
        const CallbackParam& pb = b.params.at(j);
        row.b = pb.value;
        row.rawB = pb.hasValue ? pb.rawValue : QString();
        row.moved = j < lastMatchedB;
        lastMatchedB = std::max(lastMatchedB, j);
        row.change = row.rawA == row.rawB && pa.value == pb.value ? DiffRow::Change::Same : DiffRow::Change::Changed;
        row.encodingOnly = row.change == DiffRow::Change::Changed && pa.value == pb.value;
        rows.append(row);
    }
    for (qsizetype j = 0; j < b.params.size(); ++j) {
        if (usedB.at(j))
            continue;
        const CallbackParam& pb = b.params.at(j);
        DiffRow row;
        row.part = partOf(pb.source);
        row.key = pb.key;
        row.b = pb.value;
        row.rawB = pb.rawValue;
        row.change = DiffRow::Change::Added;
        rows.append(row);
    }

    // Headers: names compared case-insensitively, order ignored.
    QHash<QByteArray, QList<QByteArray>> headersB;
    QList<QByteArray> orderB;
    for (const Header& header : b.headers) {
        const QByteArray name = header.first.toLower();
        if (!headersB.contains(name))
            orderB.append(name);
        headersB[name].append(header.second);
    }
    QSet<QByteArray> seenA;
    for (const Header& header : a.headers) {
        const QByteArray name = header.first.toLower();
        if (seenA.contains(name))
            continue;
        seenA.insert(name);
        QList<QByteArray> valuesA;
        for (const Header& other : a.headers) {
            if (other.first.toLower() == name)
                valuesA.append(other.second);
        }
        DiffRow row;
        row.part = QStringLiteral("header");
        row.key = QString::fromLatin1(header.first);
        row.a = row.rawA = QString::fromUtf8(valuesA.join(", "));
        if (headersB.contains(name)) {
            row.b = row.rawB = QString::fromUtf8(headersB.value(name).join(", "));
            row.change = row.a == row.b ? DiffRow::Change::Same : DiffRow::Change::Changed;
        } else {
            row.change = DiffRow::Change::Removed;
        }
        rows.append(row);
    }
    for (const QByteArray& name : orderB) {
        if (seenA.contains(name))
            continue;
        DiffRow row;
        row.part = QStringLiteral("header");
        for (const Header& header : b.headers) {
            if (header.first.toLower() == name) {
                row.key = QString::fromLatin1(header.first);
                break;
            }
        }
        row.b = row.rawB = QString::fromUtf8(headersB.value(name).join(", "));
        row.change = DiffRow::Change::Added;
        rows.append(row);
    }
    if (a.body != b.body && a.paramsFrom(ParamSource::Form).isEmpty() && a.paramsFrom(ParamSource::Json).isEmpty()
        && b.paramsFrom(ParamSource::Form).isEmpty() && b.paramsFrom(ParamSource::Json).isEmpty())
        part("body", QString::fromUtf8(a.body), QString::fromUtf8(b.body));
    return rows;
}

CharDiff charDiff(QStringView a, QStringView b)
{
    CharDiff diff;
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const QStringView midA = a.mid(prefix, a.size() - prefix - suffix);
    const QStringView midB = b.mid(prefix, b.size() - prefix - suffix);
    const qsizetype n = midA.size();
    const qsizetype m = midB.size();
    if (n == 0 && m == 0)
        return diff;
    constexpr qsizetype MaxCells = 1 << 20; // 1M cells: a value longer than that gets the coarse answer
    if (n == 0 || m == 0 || n * m > MaxCells) {
        if (n > 0)
            diff.inA.append({int(prefix), int(n)});
        if (m > 0)
            diff.inB.append({int(prefix), int(m)});
        return diff;
    }
    // Longest common subsequence of the differing middles, then walk it.
    QList<quint16> table((n + 1) * (m + 1), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> quint16& {
        return table[i * (m + 1) + j];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = midA.at(i) == midB.at(j) ? quint16(at(i + 1, j + 1) + 1) : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && midA.at(i) == midB.at(j)) {
            ++i;
            ++j;
        } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            appendSpan(diff.inA, int(prefix + i));
            ++i;
        } else {
            appendSpan(diff.inB, int(prefix + j));
            ++j;
        }
    }
    return diff;
}

} // namespace pbw
