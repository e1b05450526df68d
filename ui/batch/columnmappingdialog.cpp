#include "columnmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pbw::ui {

using namespace pbw::batch;

int ColumnMappingDialog::columnOf(const ColumnMapping& mapping, ConversionField field, const QStringList& headers)
{
    const ColumnChoice& choice = mapping.choice(field);
    if (choice.number > 0)
        return choice.number <= headers.size() ? choice.number - 1 : -1;
    for (const QString& name : choice.names) {
        const QString wanted = ColumnMapping::normalisedName(name);
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (ColumnMapping::normalisedName(headers.at(i)) == wanted)
                return int(i);
        }
    }
    return -1;
}

ColumnMappingDialog::ColumnMappingDialog(const QString& fileName, const FilePreview& preview,
                                         const ColumnMapping& mapping, QWidget* parent)
    : QDialog(parent)
    , m_problem(new QLabel(this))
    , m_preview(new QTableWidget(this))
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Columns of %1").arg(fileName));
    auto* intro = new QLabel(tr("Which column holds each field? Only the click ID is needed; a field left at "
                                "\"not read\" is left out. The first rows of the file are below."),
                             this);
    intro->setWordWrap(true);
    auto* fields = new QFormLayout;
    const QStringList& headers = preview.format.headers;
    for (const ConversionField field : allConversionFields) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + fieldKey(field));
        combo->addItem(tr("(not read)"), -1);
        for (qsizetype i = 0; i < headers.size(); ++i)
            combo->addItem(QStringLiteral("%1 · %2").arg(i + 1).arg(headers.at(i)), int(i));
        combo->setCurrentIndex(combo->findData(columnOf(mapping, field, headers)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateOk);
        QString label = fieldName(field);
        label[0] = label[0].toUpper();
        fields->addRow(label, combo);
        m_combos[size_t(field)] = combo;
    }
    // Two columns of fields: ten rows one under the other would push the preview off a laptop screen.
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (int i = 0; i < fields->rowCount(); ++i) {
        QWidget* label = fields->itemAt(i, QFormLayout::LabelRole)->widget();
        QWidget* combo = fields->itemAt(i, QFormLayout::FieldRole)->widget();
        (i < (conversionFieldCount + 1) / 2 ? left : right)->addRow(label, combo);
    }
    delete fields;
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_preview->setObjectName(QStringLiteral("mappingPreview"));
    m_preview->setColumnCount(int(headers.size()));
    QStringList titles;
    for (qsizetype i = 0; i < headers.size(); ++i)
        titles.append(QStringLiteral("%1 · %2").arg(i + 1).arg(headers.at(i)));
    m_preview->setHorizontalHeaderLabels(titles);
    m_preview->setRowCount(int(preview.rows.size()));
    for (qsizetype r = 0; r < preview.rows.size(); ++r) {
        const QStringList& row = preview.rows.at(r);
        for (qsizetype c = 0; c < row.size() && c < headers.size(); ++c)
            m_preview->setItem(int(r), int(c), new QTableWidgetItem(row.at(c)));
    }
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Use these columns"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(900, 560);
    updateOk();
}

void ColumnMappingDialog::updateOk()
{
    const bool hasClickId = m_combos[size_t(ConversionField::ClickId)]->currentData().toInt() >= 0;
    m_problem->setText(hasClickId ? QString() : tr("Choose the column of the click ID: rows are matched by it."));
    m_ok->setEnabled(hasClickId);
}

ColumnMapping ColumnMappingDialog::chosen(const ColumnMapping& base) const
{
    ColumnMapping mapping = base;
    for (const ConversionField field : allConversionFields) {
        const int column = m_combos[size_t(field)]->currentData().toInt();
        ColumnChoice choice;
        if (column >= 0) {
            choice.number = column + 1;
            choice.required = true;
        }
        mapping.set(field, choice);
    }
    return mapping;
}

} // namespace pbw::ui
