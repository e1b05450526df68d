#pragma once

#include "capi/platform.h"
#include "capi/userdata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pbw {

// One customer value as one platform receives it.
struct PlatformCell
{
    QString platform; // id
    const PlatformField* rule = nullptr; // null: the platform does not take this field
    UserDataValue value;
    bool odd = false; // sends something other than the first platform that takes the field (Meta's, mostly)

    bool taken() const { return rule != nullptr; }
    bool hashed() const { return rule && rule->hash == PlatformField::Hash::Sha256; }
    QString sent() const; // the hash, or the plain value, or empty with an error
};

// One customer value typed once, as every platform will receive it.
struct FieldComparison
{
    QString field; // em, ph…
    QString input;
    QList<PlatformCell> cells; // one per platform compared, in the order given
    bool disagree = false; // the platforms that take it do not all send the same value
    QStringList reasons; // translated: "TikTok: keeps the + before the country code (E.164)"
};

struct FieldInput
{
    QString field;
    QString input;
};

// Normalises every value for every platform and says where they disagree and why: which
// normalisation step changed the value for some platforms and not for others, and which send it
// unhashed.
QList<FieldComparison> compareAcrossPlatforms(const QList<FieldInput>& values,
                                              const QList<const ConversionPlatform*>& platforms);
FieldComparison compareField(const FieldInput& value, const QList<const ConversionPlatform*>& platforms);
QList<const ConversionPlatform*> allConversionPlatforms();

} // namespace pbw
