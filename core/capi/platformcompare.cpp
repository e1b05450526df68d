#include "capi/platformcompare.h"

#include <QCoreApplication>
#include <QVarLengthArray>

namespace pbw {

namespace {

// The translation context of the comparison's words.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

QString namesOf(const QList<const ConversionPlatform*>& platforms, const QVarLengthArray<int, 8>& indexes)
{
    QString names;
    for (const int index : indexes) {
        if (!names.isEmpty())
            names += QLatin1String(", ");
        names += platforms.at(index)->shortName;
    }
    return names;
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
    QVarLengthArray<int, 8> taking;
    bool differ = false; // the platforms that take it do not all end with the same value
    QList<QPair<QString, QString>> hashes; // a value the same for several platforms is hashed once
    for (int i = 0; i < platforms.size(); ++i) {
        const ConversionPlatform* platform = platforms.at(i);
        PlatformCell cell;
        cell.platform = platform->id;
        cell.rule = platform->fieldFor(value.field);
        // Platforms with the same steps get the same value: normalised once (unless it carries
        // messages, which name their platform).
        const PlatformCell* same = nullptr;
        for (const int j : std::as_const(taking)) {
            const PlatformCell& earlier = out.cells.at(j);
            if (cell.rule && earlier.rule->ruleId == cell.rule->ruleId && earlier.value.warnings.isEmpty()
                && earlier.value.error.isEmpty()) {
                same = &earlier;
                break;
            }
        }
        if (cell.rule) {
            cell.value = same ? same->value : normalizeForPlatform(*platform, value.field, value.input, &hashes);
            if (!taking.isEmpty()) {
                const UserDataValue& first = out.cells.at(taking.first()).value;
                differ = differ || first.error.isEmpty() != cell.value.error.isEmpty()
                    || (first.error.isEmpty() && first.normalized != cell.value.normalized);
            }
            taking.append(i);
        }
        out.cells.append(std::move(cell));
    }
    if (differ) {
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
                QVarLengthArray<int, 8> with;
                for (const int j : taking) {
                    if (changedBy(out.cells.at(j), step))
                        with.append(j);
                }
                // A reason only where it explains a difference: a platform sending something else
                // than the first one did this step and the first did not, or the other way round.
                const PlatformCell& reference = out.cells.at(taking.first());
                const bool explains = std::any_of(taking.begin(), taking.end(), [&](int j) {
                    const PlatformCell& cell = out.cells.at(j);
                    return cell.odd && changedBy(cell, step) != changedBy(reference, step);
                });
                if (with.size() < taking.size() && explains)
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
    QVarLengthArray<int, 8> plain;
    for (const int i : taking) {
        if (!out.cells.at(i).hashed() && out.cells.at(i).value.error.isEmpty())
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
