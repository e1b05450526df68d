#include "capi/userdata.h"

#include "capi/platform.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace pbw {

namespace {

// The translation context of the normalisation messages.
class Capi
{
    Q_DECLARE_TR_FUNCTIONS(Capi)
};

} // namespace

bool isHashedUserDataKey(const QString& field)
{
    const PlatformField* f = metaPlatform().fieldFor(field);
    return f && f->hash == PlatformField::Hash::Sha256;
}

bool isPlainUserDataKey(const QString& field)
{
    const PlatformField* f = metaPlatform().fieldFor(field);
    return f && f->hash == PlatformField::Hash::None;
}

UserDataValue normalizeUserData(const QString& field, const QString& input)
{
    return normalizeForPlatform(metaPlatform(), field, input);
}

UserDataValue normalizeForPlatform(const ConversionPlatform& platform, const QString& field, const QString& input,
                                   QList<QPair<QString, QString>>* hashes)
{
    UserDataValue out;
    out.field = field;
    out.input = input;
    const PlatformField* rule = platform.fieldFor(field);
    if (!rule) {
        out.error = platform.id == QLatin1String("meta")
            ? Capi::tr("%1 is not a user_data key of the Conversions API.").arg(field)
            : Capi::tr("%1 does not take %2.").arg(platform.shortName, field);
        return out;
    }
    const bool hashed = rule->hash == PlatformField::Hash::Sha256;
    if (hashed && input.trimmed().isEmpty()) {
        out.error = Capi::tr("The value is empty.");
        return out;
    }
    if (hashed && looksLikeSha256(QStringView(input).trimmed())) {
        out.alreadyHashed = true;
        out.normalized = input.trimmed().toLower();
        out.hash = out.normalized;
        return out;
    }
    QString value = input;
    for (const NormalizationStep step : rule->steps) {
        const QString before = value;
        applyNormalizationStep(step, value, input, platform.shortName, out.warnings, out.error);
        if (!out.error.isEmpty())
            return out;
        if (value != before)
            out.changedBy.append(step);
    }
    if (!hashed) {
        out.normalized = value.trimmed();
        return out;
    }
    if (value.isEmpty()) {
        out.error = Capi::tr("Nothing is left after normalising: the value is empty or only punctuation.");
        return out;
    }
    out.normalized = value;
    if (hashes) {
        for (const auto& [known, hash] : std::as_const(*hashes)) {
            if (known == value) {
                out.hash = hash;
                return out;
            }
        }
    }
    out.hash = QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
    if (hashes)
        hashes->append({value, out.hash});
    return out;
}

} // namespace pbw
