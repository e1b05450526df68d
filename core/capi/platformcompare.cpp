#include "capi/platformcompare.h"

#include <QCoreApplication>
#include <QHash>

namespace pbw {

namespace {

// The translation context of the comparison's words.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

QString namesOf(const QList<const ConversionPlatform*>& platforms, const QList<int>& indexes)
{
    QStringList names;
    for (const int index : indexes)
        names.append(platforms.at(index)->shortName);
    return names.join(QStringLiteral(", "));
}

// Steps that do the same thing to a value count as one when the platforms are compared: "00" and
// "every leading zero" both remove the international prefix.
NormalizationStep reasonOf(NormalizationStep step)
{
    return step == NormalizationStep::StripLeading00 ? NormalizationStep::StripLeadingZeros : step;
}

bool changedBy(const PlatformCell& cell, NormalizationStep step)
{
    return std::any_of(cell.value.changedBy.begin(), cell.value.changedBy.end(),
                       [step](NormalizationStep s) { return reasonOf(s) == step; });
}

} // namespace

QString PlatformCell::sent() const
{
    if (!taken() || !value.error.isEmpty())
        return {};
    return hashed() ? value.hash : value.normalized;
}

QList<const ConversionPlatform*> allConversionPlatforms()
{
    QList<const ConversionPlatform*> out;
    for (const ConversionPlatform& platform : conversionPlatforms())
        out.append(&platform);
    return out;
}

FieldComparison compareField(const FieldInput& value, const QList<const ConversionPlatform*>& platforms)
{
    FieldComparison out;
    out.field = value.field;
    out.input = value.input;
    out.cells.reserve(platforms.size());
    QHash<QString, int> counts; // normalised value (or error) → how many platforms
    QList<int> taking;
    for (int i = 0; i < platforms.size(); ++i) {
        const ConversionPlatform* platform = platforms.at(i);
        PlatformCell cell;
        cell.platform = platform->id;
        cell.rule = platform->fieldFor(value.field);
        if (cell.rule) {
            cell.value = normalizeForPlatform(*platform, value.field, value.input);
            taking.append(i);
            ++counts[cell.value.error.isEmpty() ? cell.value.normalized : QStringLiteral("\x01error")];
        }
        out.cells.append(std::move(cell));
    }
    if (counts.size() <= 1 && !taking.isEmpty()) {
        // The same value everywhere; still say who sends it unhashed.
    } else if (!taking.isEmpty()) {
        out.disagree = true;
        // The first platform that takes the field (Meta, when it does) is the reference: the
        // others are marked where they send something else.
        const PlatformCell& first = out.cells.at(taking.first());
        const QString norm = first.value.error.isEmpty() ? first.value.normalized : QStringLiteral("\x01error");
        for (const int i : taking) {
            PlatformCell& cell = out.cells[i];
            cell.odd = (cell.value.error.isEmpty() ? cell.value.normalized : QStringLiteral("\x01error")) != norm;
        }
        // Each step that changed the value for some platforms and not for the others is a reason.
        QList<NormalizationStep> seen;
        for (const int i : taking) {
            for (const NormalizationStep changed : out.cells.at(i).value.changedBy) {
                const NormalizationStep step = reasonOf(changed);
                if (seen.contains(step))
                    continue;
                seen.append(step);
                QList<int> with;
                for (const int j : taking) {
                    if (changedBy(out.cells.at(j), step))
                        with.append(j);
                }
                if (with.size() < taking.size())
                    out.reasons.append(
                        QStringLiteral("%1: %2").arg(namesOf(platforms, with), normalizationStepText(step)));
            }
        }
        for (const int i : taking) {
            const PlatformCell& cell = out.cells.at(i);
            if (!cell.value.error.isEmpty())
                out.reasons.append(QStringLiteral("%1: %2").arg(platforms.at(i)->shortName, cell.value.error));
        }
        if (out.reasons.isEmpty())
            out.reasons.append(Capi::tr("The platforms normalise this value differently."));
    }
    QList<int> plain;
    for (const int i : taking) {
        if (!out.cells.at(i).hashed())
            plain.append(i);
    }
    if (!plain.isEmpty() && plain.size() < taking.size())
        out.reasons.append(QStringLiteral("%1: %2").arg(namesOf(platforms, plain), Capi::tr("sent unhashed")));
    return out;
}

QList<FieldComparison> compareAcrossPlatforms(const QList<FieldInput>& values,
                                              const QList<const ConversionPlatform*>& platforms)
{
    QList<FieldComparison> out;
    out.reserve(values.size());
    for (const FieldInput& value : values)
        out.append(compareField(value, platforms));
    return out;
}

} // namespace pbw
