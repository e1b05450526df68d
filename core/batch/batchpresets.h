#pragma once

#include "columnmapping.h"

#include <QList>
#include <QString>

namespace pbw::batch {

// One tool's export as resources/rules/batch-presets.json describes it: the header names of each
// field (aliases, in order), its status words, the side it is usually on.
struct BatchPreset
{
    QString name; // "keitaro": what --tracker-preset and --partner-preset take
    QString title; // "Keitaro (Reports → Conversion log)"
    QString side; // "tracker" or "partner"
    ColumnMapping mapping; // aliases only: a missing column is not an error
    bool slashDayFirst = false; // dates like 07/12/2026 are day first (a "dd/MM" time format)
};

// The presets the program ships. The file is read once; a preset with no click ID column is dropped
// (the file is tested: tests/core/tst_batchread.cpp).
class BatchPresets
{
public:
    static const BatchPresets& builtIn();
    static BatchPresets fromJson(const QByteArray& json, QStringList* problems = nullptr);

    const QList<BatchPreset>& presets() const { return m_presets; }
    const BatchPreset* find(QStringView name) const; // case-insensitive
    QStringList names() const;

private:
    QList<BatchPreset> m_presets;
};

} // namespace pbw::batch
