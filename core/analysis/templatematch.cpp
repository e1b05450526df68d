#include "analysis/templatematch.h"

#include "analysis/macros.h"

#include <QCoreApplication>

namespace pbw {

namespace {

class TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateText)
};

QString folded(const QString& key)
{
    QString out;
    for (const QChar c : key) {
        if (c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('.'))
            out += c.toLower();
    }
    return out;
}

int editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(int(a.size() - b.size())) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool isMacroValue(const CallbackParam& param, const ParamTable& table)
{
    return param.source == ParamSource::Json ? findMacroInText(param.value, table.placeholderWords()).found()
                                             : findMacro(param.rawValue, table.placeholderWords()).found();
}

// A template path with macros as a pattern: "/{key}/postback" matches "/a1b2c3d/postback".
bool pathMatches(const QString& templatePath, const QString& path)
{
    const QStringList expected = templatePath.split(QLatin1Char('/'));
    const QStringList actual = path.split(QLatin1Char('/'));
    if (expected.size() != actual.size())
        return false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (expected.at(i) == actual.at(i))
            continue;
        if (!findMacro(expected.at(i)).found() || findMacro(actual.at(i)).found() || actual.at(i).isEmpty())
            return false;
    }
    return true;
}

QString partMessage(const QString& part)
{
    if (part == QLatin1String("scheme"))
        return TemplateText::tr("The scheme differs from the partner's template: %1 instead of %2.");
    if (part == QLatin1String("host"))
        return TemplateText::tr("The host differs from the partner's template: %1 instead of %2.");
    if (part == QLatin1String("port"))
        return TemplateText::tr("The port differs from the partner's template: %1 instead of %2.");
    return TemplateText::tr("The path differs from the partner's template: %1 instead of %2.");
}

} // namespace

QString matchStateKey(MatchRow::State state)
{
    switch (state) {
    case MatchRow::State::Filled:
        return QStringLiteral("filled");
    case MatchRow::State::Missing:
        return QStringLiteral("missing");
    case MatchRow::State::Literal:
        return QStringLiteral("literal");
    case MatchRow::State::Renamed:
        return QStringLiteral("renamed");
    case MatchRow::State::Mismatch:
        return QStringLiteral("mismatch");
    case MatchRow::State::Extra:
        return QStringLiteral("extra");
    }
    return {};
}

QString matchStateName(MatchRow::State state)
{
    switch (state) {
    case MatchRow::State::Filled:
        return TemplateText::tr("filled");
    case MatchRow::State::Missing:
        return TemplateText::tr("missing");
    case MatchRow::State::Literal:
        return TemplateText::tr("still a macro");
    case MatchRow::State::Renamed:
        return TemplateText::tr("renamed");
    case MatchRow::State::Mismatch:
        return TemplateText::tr("different");
    case MatchRow::State::Extra:
        return TemplateText::tr("extra");
    }
    return {};
}

TemplateMatch matchTemplate(const Callback& templ, const Callback& callback, const ParamTable& table)
{
    TemplateMatch match;
    QList<bool> used(callback.params.size(), false);
    const auto findByKey = [&](const QString& key) -> qsizetype {
        for (qsizetype i = 0; i < callback.params.size(); ++i) {
            if (!used.at(i) && callback.params.at(i).key == key)
                return i;
        }
        return -1;
    };
    QList<qsizetype> unresolved;
    for (qsizetype t = 0; t < templ.params.size(); ++t) {
        const CallbackParam& expected = templ.params.at(t);
        MatchRow row;
        row.key = expected.key;
        row.expected = expected.value;
        row.templateIndex = int(t);
        const qsizetype found = findByKey(expected.key);
        if (found < 0) {
            unresolved.append(match.rows.size());
            row.state = MatchRow::State::Missing;
            match.rows.append(row);
            continue;
        }
        used[found] = true;
        const CallbackParam& actual = callback.params.at(found);
        row.actual = actual.value;
        row.callbackIndex = int(found);
        const bool macro = isMacroValue(expected, table) || expected.value.isEmpty();
        if (macro) {
            if (isMacroValue(actual, table) || actual.rawValue == expected.rawValue)
                row.state = MatchRow::State::Literal;
            else if (actual.value.isEmpty() && !expected.value.isEmpty())
                row.state = MatchRow::State::Missing;
            else
                row.state = MatchRow::State::Filled;
        } else {
            row.state = actual.value == expected.value ? MatchRow::State::Filled : MatchRow::State::Mismatch;
        }
        match.rows.append(row);
    }
    // A missing parameter may have arrived under another name: same letters without '_' or case,
    // a near spelling, (for a constant) the same value, or the name of the template's macro — the
    // partner's amount={payout} names the tracker's payout as what it expects under amount.
    for (const qsizetype r : unresolved) {
        MatchRow& row = match.rows[r];
        const CallbackParam& expected = templ.params.at(row.templateIndex);
        const bool constant = !isMacroValue(expected, table) && !expected.value.isEmpty();
        QString macroName;
        for (const QChar c : findMacro(expected.rawValue).text) {
            if (c.isLetterOrNumber() || c == u'_')
                macroName += c;
        }
        qsizetype best = -1;
        for (qsizetype i = 0; i < callback.params.size() && best < 0; ++i) {
            if (used.at(i))
                continue;
            const QString& key = callback.params.at(i).key;
            const int limit = expected.key.size() >= 8 ? 2 : (expected.key.size() >= 4 ? 1 : 0);
            if (folded(key) == folded(expected.key) || (limit > 0 && editDistance(key, expected.key, limit) <= limit)
                || (constant && callback.params.at(i).value == expected.value)
                || (!macroName.isEmpty() && folded(key) == folded(macroName)))
                best = i;
        }
        if (best < 0)
            continue;
        used[best] = true;
        row.state = MatchRow::State::Renamed;
        row.actualKey = callback.params.at(best).key;
        row.actual = callback.params.at(best).value;
        row.callbackIndex = int(best);
    }
    for (qsizetype i = 0; i < callback.params.size(); ++i) {
        if (used.at(i))
            continue;
        MatchRow row;
        row.key = callback.params.at(i).key;
        row.state = MatchRow::State::Extra;
        row.actual = callback.params.at(i).value;
        row.callbackIndex = int(i);
        match.rows.append(row);
    }

    const auto comparePart = [&](const char* name, const QString& expected, const QString& actual, bool same) {
        if (!same)
            match.parts.append({QString::fromLatin1(name), expected, actual});
    };
    comparePart("scheme", templ.scheme, callback.scheme, templ.scheme.isEmpty() || templ.scheme == callback.scheme);
    comparePart("host", templ.host, callback.host,
                templ.host.compare(callback.host, Qt::CaseInsensitive) == 0 || findMacro(templ.host).found());
    comparePart("port", templ.port, callback.port, templ.port == callback.port);
    comparePart("path", templ.path, callback.path, pathMatches(templ.path, callback.path));

    for (const MatchRow& row : match.rows) {
        const CallbackParam* actual = row.callbackIndex >= 0 ? &callback.params.at(row.callbackIndex) : nullptr;
        Finding finding;
        switch (row.state) {
        case MatchRow::State::Filled:
            continue;
        case MatchRow::State::Missing:
            finding = actual
                ? Finding::make(
                    QStringLiteral("missing-value"), Finding::Severity::Error, row.key,
                    TemplateText::tr("%1 arrived empty; the template fills it with %2.")
                        .arg(row.key, quotedValue(row.expected)),
                    TemplateText::tr("Check that the tracker has a value for %1 when the conversion happens.")
                        .arg(quotedValue(row.expected)))
                : Finding::make(
                    QStringLiteral("missing-param"), Finding::Severity::Error, row.key,
                    TemplateText::tr("%1 is in the partner's template (%2) but not in the callback.")
                        .arg(row.key, quotedValue(row.expected)),
                    TemplateText::tr("Add %1=%2 to the callback in your tracker.").arg(row.key, row.expected),
                    isMacroValue(templ.params.at(row.templateIndex), table) ? QString() : row.expected);
            break;
        case MatchRow::State::Literal:
            finding = Finding::make(
                QStringLiteral("literal-param"), Finding::Severity::Error, row.key,
                TemplateText::tr("%1 arrived as %2: the macro was not replaced with a value.")
                    .arg(row.key, quotedValue(row.actual)),
                TemplateText::tr("Use the macro your tracker fills in for this value (the template expects %1).")
                    .arg(quotedValue(row.expected)));
            break;
        case MatchRow::State::Renamed:
            finding = Finding::make(
                QStringLiteral("renamed-param"), Finding::Severity::Error, row.key,
                TemplateText::tr("The partner expects %1, but the callback sends %2 (%3): the partner does not "
                                 "read a parameter under another name.")
                    .arg(row.key, row.actualKey, quotedValue(row.actual)),
                TemplateText::tr("Rename %1 to %2.").arg(row.actualKey, row.key), row.key);
            break;
        case MatchRow::State::Mismatch: {
            const ParamRole role = table.roleOf(row.key);
            const QString why = role == ParamRole::Auth
                ? TemplateText::tr("a wrong token: the partner rejects the callback.")
                : (role == ParamRole::Goal || role == ParamRole::Status
                       ? TemplateText::tr("a goal or status the partner does not know, so the conversion is "
                                          "not credited (names are often case-sensitive).")
                       : TemplateText::tr("a business-rule mismatch: the partner may discard the conversion."));
            finding = Finding::make(QStringLiteral("constant-mismatch"), Finding::Severity::Error, row.key,
                                    TemplateText::tr("%1 is %2, but the partner's template fixes it to %3: %4")
                                        .arg(row.key, quotedValue(row.actual), quotedValue(row.expected), why),
                                    TemplateText::tr("Send %1=%2 exactly.").arg(row.key, row.expected), row.expected);
            break;
        }
        case MatchRow::State::Extra:
            finding = Finding::make(
                QStringLiteral("extra-param"), Finding::Severity::Info, row.key,
                TemplateText::tr("%1 is not in the partner's template; partners usually ignore it.").arg(row.key),
                TemplateText::tr("Remove it, or ask the partner whether it is needed."));
            break;
        }
        if (actual) {
            finding.offset = actual->valueOffset >= 0 ? actual->valueOffset : actual->offset;
            finding.length = actual->valueOffset >= 0 ? int(actual->rawValue.size()) : actual->length;
        }
        match.findings.append(finding);
    }
    for (const PartMismatch& part : match.parts) {
        match.findings.append(Finding::make(
            part.part + QStringLiteral("-mismatch"),
            part.part == QLatin1String("scheme") ? Finding::Severity::Warning : Finding::Severity::Error, part.part,
            partMessage(part.part).arg(quotedValue(part.actual), quotedValue(part.expected)),
            TemplateText::tr("Send the callback to exactly the address in the template."), part.expected));
    }
    return match;
}

} // namespace pbw
