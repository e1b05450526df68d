#include "text/analysistext.h"

#include <QCoreApplication>

namespace pbw {

namespace {

class AnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisText)
};

QString shown(const QString& value)
{
    constexpr qsizetype Max = 120;
    return value.size() > Max ? value.left(Max) + QChar(0x2026) : value;
}

QString padded(const QString& text, qsizetype width)
{
    return text.size() >= width ? text : text + QString(width - text.size(), QLatin1Char(' '));
}

QString countsLine(const QList<Finding>& findings)
{
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (const Finding& finding : findings) {
        errors += finding.severity == Finding::Severity::Error;
        warnings += finding.severity == Finding::Severity::Warning;
        notes += finding.severity == Finding::Severity::Info;
    }
    return AnalysisText::tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
        + AnalysisText::tr("%n warning(s)", nullptr, warnings) + QStringLiteral(", ")
        + AnalysisText::tr("%n note(s)", nullptr, notes);
}

} // namespace

QString severitySymbol(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("✗");
    case Finding::Severity::Warning:
        return QStringLiteral("!");
    case Finding::Severity::Info:
        return QStringLiteral("i");
    }
    return {};
}

QString findingsAsText(const QList<Finding>& findings)
{
    if (findings.isEmpty())
        return AnalysisText::tr("✓ Nothing wrong found in the request itself.");
    QStringList lines{AnalysisText::tr("Findings (%1):").arg(countsLine(findings))};
    for (const Finding& finding : findings) {
        lines.append(
            QStringLiteral("  %1 %2 [%3] %4")
                .arg(severitySymbol(finding.severity), severityName(finding.severity), finding.id, finding.message));
        if (!finding.fix.isEmpty())
            lines.append(QStringLiteral("      ") + AnalysisText::tr("Fix: %1").arg(finding.fix));
    }
    return lines.join(QLatin1Char('\n'));
}

QString checkAsText(const Callback& callback, const QList<Finding>& findings, const TemplateMatch* match,
                    const RebuiltCallback* rebuilt)
{
    QStringList lines;
    lines.append(AnalysisText::tr("Callback: %1 %2").arg(callback.method, shown(callback.text.trimmed())));
    if (!callback.params.isEmpty()) {
        lines.append(AnalysisText::tr("Parameters (decoded):"));
        qsizetype width = 0;
        for (const CallbackParam& param : callback.params)
            width = std::max(width, std::min<qsizetype>(param.key.size(), 24));
        for (const CallbackParam& param : callback.params) {
            QString line = QStringLiteral("  ") + padded(param.key, width) + QStringLiteral(" = ") + shown(param.value);
            if (param.rawValue != param.value)
                line += QStringLiteral("   ") + AnalysisText::tr("(written: %1)").arg(shown(param.rawValue));
            lines.append(line);
        }
    }
    if (match) {
        lines.append(AnalysisText::tr("Against the partner's template:"));
        for (const MatchRow& row : match->rows) {
            QString line = QStringLiteral("  ") + padded(row.key, 16) + QLatin1Char(' ')
                + padded(matchStateName(row.state), 14) + QLatin1Char(' ');
            if (row.state == MatchRow::State::Extra)
                line += shown(row.actual);
            else if (row.state == MatchRow::State::Renamed)
                line += AnalysisText::tr("%1 → sent as %2=%3")
                            .arg(shown(row.expected), row.actualKey, shown(row.actual));
            else
                line += AnalysisText::tr("%1 → %2").arg(shown(row.expected), shown(row.actual));
            lines.append(line);
        }
    }
    lines.append(findingsAsText(findings));
    if (rebuilt) {
        lines.append(AnalysisText::tr("Proposed callback:"));
        lines.append(QStringLiteral("  ") + rebuilt->url);
        if (rebuilt->changes.isEmpty())
            lines.append(AnalysisText::tr("  (no value could be corrected automatically)"));
        for (const RebuiltCallback::Change& change : rebuilt->changes) {
            const QString name = change.oldKey.isEmpty() || change.before.isEmpty()
                ? change.key
                : AnalysisText::tr("%1 (was %2)").arg(change.key, change.oldKey);
            lines.append(
                QStringLiteral("  - %1: \"%2\" → \"%3\"").arg(name, shown(change.before), shown(change.after))
                + (change.reason.isEmpty() ? QString() : QStringLiteral(" (") + change.reason + QLatin1Char(')')));
        }
        for (const Finding& finding : rebuilt->unresolved)
            lines.append(AnalysisText::tr("  Still to fix by hand: %1").arg(finding.message));
    }
    return lines.join(QLatin1Char('\n'));
}

QString diffAsText(const QList<DiffRow>& rows, const QList<Finding>& findingsA, const QList<Finding>& findingsB)
{
    QStringList lines;
    int changed = 0;
    for (const DiffRow& row : rows) {
        if (row.change == DiffRow::Change::Same) {
            continue;
        }
        ++changed;
        const QString name = row.key.isEmpty() ? row.part : row.part + QLatin1Char(' ') + row.key;
        QString mark = row.change == DiffRow::Change::Added ? QStringLiteral("+")
            : row.change == DiffRow::Change::Removed        ? QStringLiteral("-")
                                                            : QStringLiteral("~");
        QString line = QStringLiteral("%1 %2 %3").arg(mark, padded(name, 24), padded(changeName(row.change), 10));
        if (row.change == DiffRow::Change::Changed)
            line += QStringLiteral("A: %1   B: %2").arg(shown(row.a), shown(row.b));
        else
            line += shown(row.change == DiffRow::Change::Added ? row.b : row.a);
        if (row.encodingOnly)
            line += QStringLiteral("   ")
                + AnalysisText::tr("(same value, encoded differently: %1 vs %2)").arg(row.rawA, row.rawB);
        if (row.moved)
            line += QStringLiteral("   ") + AnalysisText::tr("(moved)");
        lines.append(line);
    }
    if (changed == 0)
        lines.append(AnalysisText::tr("✓ The two callbacks are the same."));
    else
        lines.prepend(AnalysisText::tr("%n difference(s):", nullptr, changed));
    if (!findingsA.isEmpty()) {
        lines.append(AnalysisText::tr("In A:"));
        lines.append(findingsAsText(findingsA));
    }
    if (!findingsB.isEmpty()) {
        lines.append(AnalysisText::tr("In B:"));
        lines.append(findingsAsText(findingsB));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace pbw
