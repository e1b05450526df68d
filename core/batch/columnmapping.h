#pragma once

#include "conversionfields.h"
#include "statuskind.h"
#include "util/result.h"

#include <QStringList>
#include <array>

namespace pbw::batch {

// Which column of a file holds each field: header names to look for, in order (the first one the
// header has wins), or a column number. Header names are compared without case, spaces, "_", "-"
// and "." ("Click ID" finds click_id and clickid). A preset's names are aliases: a field none of them
// finds is simply not read. A name the user gave (--map) must be found, or the file is refused.
struct ColumnChoice
{
    QStringList names;
    int number = 0; // 1-based column number instead of names; 0 = by name
    bool required = false; // given by the user: not finding it is an error
};

class ColumnMapping
{
public:
    // The generic names most exports and logs use (click_id, subid, payout, status, postback_url,
    // http_status, response_body…): what is read when no preset is named.
    static ColumnMapping automatic();

    // "click_id=subid,payout=revenue,time=#5" (a "#" number is a column number). The error names the
    // part that is not "field=column" or a field that does not exist.
    static Result<ColumnMapping, QString> fromSpec(QStringView spec);

    const ColumnChoice& choice(ConversionField field) const { return m_choices[int(field)]; }
    void set(ConversionField field, ColumnChoice choice) { m_choices[int(field)] = std::move(choice); }
    bool isMapped(ConversionField field) const;

    // This mapping with every field the other maps replaced by the other's choice: a preset with
    // the user's --map on top.
    ColumnMapping overriddenBy(const ColumnMapping& other) const;

    // The tool's status words (a preset's); the built-in ones otherwise.
    const StatusWords& statusWords() const { return m_statusWords; }
    void setStatusWords(StatusWords words) { m_statusWords = std::move(words); }

    // A header name as it is compared.
    static QString normalisedName(QStringView name);

private:
    std::array<ColumnChoice, conversionFieldCount> m_choices;
    StatusWords m_statusWords = StatusWords::builtIn();
};

} // namespace pbw::batch
