#pragma once

#include <QList>
#include <QString>

namespace pbw {

// One thing wrong (or worth knowing) about a callback, in the user's words.
struct Finding
{
    enum class Severity { Error, Warning, Info };

    QString id; // stable: "macro-literal", "fragment-cut", ... (docs/cli.md lists them)
    Severity severity = Severity::Warning;
    QString param; // the parameter concerned (its key), or the part: "scheme", "host", "path"
    QString message; // translated
    QString fix; // translated suggestion
    QString suggestion; // the corrected value for param, when one can be proposed; empty otherwise
    int offset = -1; // where to highlight in the text that was read, -1 when not known
    int length = 0;

    static Finding make(const QString& id, Severity severity, const QString& param, const QString& message,
                        const QString& fix, const QString& suggestion = QString())
    {
        Finding finding;
        finding.id = id;
        finding.severity = severity;
        finding.param = param;
        finding.message = message;
        finding.fix = fix;
        finding.suggestion = suggestion;
        return finding;
    }

    friend bool operator==(const Finding&, const Finding&) = default;
};

// A value as findings quote it: between backticks, long values cut with an ellipsis.
QString quotedValue(const QString& text);

QString severityKey(Finding::Severity severity); // "error", "warning", "info"
QString severityName(Finding::Severity severity); // translated
bool hasErrors(const QList<Finding>& findings);

} // namespace pbw
