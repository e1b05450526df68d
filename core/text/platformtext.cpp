#include "text/platformtext.h"

#include <QCoreApplication>

namespace pbw {

namespace {

// The translation context of the Conversions API messages.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

} // namespace

QString platformAnswerAsText(const PlatformAnswer& answer)
{
    QString text = (answer.ok() ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + answer.headline();
    for (const QString& message : answer.messages)
        text += QStringLiteral("\n  ") + Capi::tr("%1 notes: %2").arg(answer.platformName, message);
    for (qsizetype i = 0; i < answer.errors.size(); ++i) {
        const PlatformError& e = answer.errors.at(i);
        QString where = e.field;
        if (e.event >= 0)
            where = where.isEmpty() ? Capi::tr("event %1").arg(e.event + 1)
                                    : Capi::tr("event %1, %2").arg(e.event + 1).arg(where);
        // The headline already names the first error; its line says where, when the platform said.
        if (i > 0 || answer.outcome != PlatformAnswer::Outcome::Rejected)
            text
                += QStringLiteral("\n  ") + (where.isEmpty() ? e.title : QStringLiteral("%1 (%2)").arg(e.title, where));
        else if (!where.isEmpty())
            text += QStringLiteral("\n  ") + Capi::tr("Where: %1").arg(where);
        text += QStringLiteral("\n    ") + Capi::tr("Why: %1").arg(e.explanation);
        text += QStringLiteral("\n    ") + Capi::tr("Fix: %1").arg(e.fix);
        const QString said = e.code.isEmpty() ? e.message : QStringLiteral("[%1] %2").arg(e.code, e.message);
        if (!said.trimmed().isEmpty())
            text += QStringLiteral("\n    ") + Capi::tr("%1 said: %2").arg(answer.platformName, said.trimmed());
    }
    if (!answer.requestId.isEmpty())
        text += QStringLiteral("\n  ") + Capi::tr("Request ID: %1").arg(answer.requestId);
    return text;
}

QString fieldComparisonAsText(const FieldComparison& row)
{
    QString text = Capi::tr("%1 \"%2\"").arg(row.field, row.input);
    int width = 0;
    qsizetype valueWidth = 0;
    for (const PlatformCell& cell : row.cells) {
        if (const ConversionPlatform* p = conversionPlatform(cell.platform))
            width = std::max(width, int(p->shortName.size()));
        if (cell.hashed() && cell.value.error.isEmpty())
            valueWidth = std::max(valueWidth, cell.value.normalized.size());
    }
    for (const PlatformCell& cell : row.cells) {
        const ConversionPlatform* p = conversionPlatform(cell.platform);
        const QString name = (p ? p->shortName : cell.platform).leftJustified(width + 2);
        QString line;
        if (!cell.taken())
            line = Capi::tr("does not take it");
        else if (!cell.value.error.isEmpty())
            line = QStringLiteral("✗ ") + cell.value.error;
        else if (cell.hashed())
            line
                = QStringLiteral("%1  sha256 %2").arg(cell.value.normalized.leftJustified(valueWidth), cell.value.hash);
        else
            line = Capi::tr("%1  (unhashed)").arg(cell.value.normalized);
        text += QStringLiteral("\n  ") + (cell.odd ? QStringLiteral("≠ ") : QStringLiteral("  ")) + name + line;
        for (const QString& warning : cell.value.warnings)
            text += QStringLiteral("\n      ! ") + warning;
    }
    for (const QString& reason : row.reasons)
        text += QStringLiteral("\n  ") + Capi::tr("Why they differ: %1").arg(reason);
    return text;
}

} // namespace pbw
