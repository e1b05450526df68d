#pragma once

#include "conversiontable.h"
#include "csvreader.h"
#include "timereader.h"

#include <QStringDecoder>
#include <array>
#include <string>
#include <vector>

namespace pbw::batch {

// The reader's other half (csvreader.cpp drives libcsv): the cells of the mapped columns of one row,
// turned into text (UTF-8, or Windows-1251 converted) and values, and appended to the table.
class CellValues
{
public:
    CellValues(const ReadOptions& options, FileFormat& format);

    // Once the first chunk is known: its encoding, and the file's size to reserve rows for.
    // mayTurnWindows1251: the first bytes were ASCII only, so a cell that is not UTF-8 later on means
    // Windows-1251.
    void begin(qint64 totalBytes, QByteArrayView firstText, bool mayTurnWindows1251);
    QString decodedText(QByteArrayView raw);

    int addSlot();
    std::string& slot(int index) { return m_slots[size_t(index)]; }
    void mapField(ConversionField field, int slot);

    // The current row, from the slots; false when its text is not valid in the file's encoding.
    bool addRow(qint64 line);
    qsizetype rows() const { return m_table.size(); }
    ConversionTable finish(const FileFormat& format);

private:
    std::optional<QByteArrayView> text(ConversionField field);
    void noteProblem(ConversionField field, qint64 line, QByteArrayView value);

    const ReadOptions& m_options;
    FileFormat& m_format;
    ConversionTable m_table;
    TimeReader m_times;
    QStringDecoder m_cp1251;
    bool m_mayTurnWindows1251 = false; // until a kept cell is UTF-8 beyond ASCII
    std::vector<std::string> m_slots;
    std::array<int, conversionFieldCount> m_slotOfField;
    std::array<QByteArray, conversionFieldCount> m_converted;
    std::array<ValueProblem, conversionFieldCount> m_problems;
};

} // namespace pbw::batch
