#include "analysis/finding.h"

#include <QCoreApplication>

namespace pbw {

namespace {

class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)
};

} // namespace

QString quotedValue(const QString& text)
{
    constexpr qsizetype Max = 80;
    return QLatin1Char('`') + (text.size() > Max ? text.left(Max) + QChar(0x2026) : text) + QLatin1Char('`');
}

QString severityKey(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return FindingText::tr("Error");
    case Finding::Severity::Warning:
        return FindingText::tr("Warning");
    case Finding::Severity::Info:
        return FindingText::tr("Note");
    }
    return {};
}

bool hasErrors(const QList<Finding>& findings)
{
    for (const Finding& finding : findings) {
        if (finding.severity == Finding::Severity::Error)
            return true;
    }
    return false;
}

} // namespace pbw
