#include "batchfileside.h"

#include "batch/batchpresets.h"
#include "batch/filepreview.h"
#include "batch/timetexts.h"
#include "columnmappingdialog.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace pbw::ui {

using namespace pbw::batch;

BatchFileSide::BatchFileSide(Role role, QWidget* parent)
    : QGroupBox(parent)
    , m_role(role)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_toolLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new QLineEdit(this))
    , m_columns(new QPushButton(this))
    , m_columnsNote(new QLabel(this))
{
    const QString side = role == Role::Tracker ? QStringLiteral("tracker") : QStringLiteral("partner");
    setObjectName(side + QStringLiteral("Side"));
    m_path->setObjectName(side + QStringLiteral("File"));
    m_browse->setObjectName(side + QStringLiteral("Browse"));
    m_preset->setObjectName(side + QStringLiteral("Preset"));
    m_zone->setObjectName(side + QStringLiteral("Zone"));
    m_columns->setObjectName(side + QStringLiteral("Columns"));
    m_columnsNote->setObjectName(side + QStringLiteral("ColumnsNote"));
    m_path->setClearButtonEnabled(true);
    m_zone->setText(QStringLiteral("UTC"));
    m_zone->setMaximumWidth(160);
    m_preset->addItem(QString(), QString());
    const QString wanted = role == Role::Tracker ? QStringLiteral("tracker") : QStringLiteral("partner");
    for (const BatchPreset& preset : BatchPresets::builtIn().presets()) {
        if (preset.side == wanted)
            m_preset->addItem(preset.title, preset.name);
    }
    for (const BatchPreset& preset : BatchPresets::builtIn().presets()) {
        if (preset.side != wanted)
            m_preset->addItem(preset.title, preset.name);
    }
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(18);

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_path, 0, 0, 1, 3);
    grid->addWidget(m_browse, 0, 3);
    grid->addWidget(m_toolLabel, 1, 0);
    grid->addWidget(m_preset, 1, 1, 1, 2);
    grid->addWidget(m_columns, 1, 3);
    grid->addWidget(m_zoneLabel, 2, 0);
    grid->addWidget(m_zone, 2, 1);
    grid->addWidget(m_columnsNote, 2, 2, 1, 2);
    grid->setColumnStretch(2, 1);

    connect(m_browse, &QPushButton::clicked, this, &BatchFileSide::choose);
    connect(m_columns, &QPushButton::clicked, this, &BatchFileSide::chooseColumns);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        updateColumnsNote();
        emit changed();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        m_chosen.reset(); // the preset's columns, unless the user chooses again
        updateColumnsNote();
        emit changed();
    });
    connect(m_zone, &QLineEdit::textChanged, this, &BatchFileSide::changed);
    retranslate();
}

QString BatchFileSide::path() const
{
    return m_path->text().trimmed();
}

void BatchFileSide::setPath(const QString& path)
{
    m_path->setText(path);
}

void BatchFileSide::setPreset(const QString& name)
{
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(name)));
}

void BatchFileSide::setZone(const QString& zone)
{
    m_zone->setText(zone);
}

QTimeZone BatchFileSide::zone() const
{
    return zoneFromText(m_zone->text()).value_or(QTimeZone::utc());
}

ColumnMapping BatchFileSide::mapping() const
{
    if (m_chosen && m_chosenFor == path())
        return *m_chosen;
    const BatchPreset* preset = BatchPresets::builtIn().find(m_preset->currentData().toString());
    return preset ? preset->mapping : ColumnMapping::automatic();
}

std::optional<BatchSideInput> BatchFileSide::input(QString* problem) const
{
    if (path().isEmpty()) {
        *problem = m_role == Role::Tracker ? tr("Choose the tracker's export first.")
                                           : tr("Choose the partner's report first.");
        return std::nullopt;
    }
    const std::optional<QTimeZone> zone = zoneFromText(m_zone->text());
    if (!zone) {
        *problem = tr("Unknown time zone \"%1\": use a name such as Europe/Moscow, or an offset such as +03:00.")
                       .arg(m_zone->text());
        return std::nullopt;
    }
    BatchSideInput input;
    input.path = path();
    input.preset = m_preset->currentData().toString();
    input.options.zone = *zone;
    input.options.mapping = mapping();
    if (const BatchPreset* preset = BatchPresets::builtIn().find(input.preset))
        input.options.slashDayFirst = preset->slashDayFirst;
    return input;
}

void BatchFileSide::choose()
{
    const QString caption = m_role == Role::Tracker ? tr("The tracker's export") : tr("The partner's report");
    const QString file = QFileDialog::getOpenFileName(this, caption, QFileInfo(path()).absolutePath(),
                                                      tr("CSV or TSV exports (*.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty())
        setPath(file);
}

void BatchFileSide::chooseColumns()
{
    QFile file(path());
    if (path().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        emit problem(path().isEmpty() ? (m_role == Role::Tracker ? tr("Choose the tracker's export first.")
                                                                 : tr("Choose the partner's report first."))
                                      : tr("%1: the file cannot be read: %2").arg(path(), file.errorString()));
        return;
    }
    const auto preview = previewConversions(&file);
    if (!preview) {
        emit problem(preview.error().message(QFileInfo(path()).fileName(), true));
        return;
    }
    ColumnMappingDialog dialog(QFileInfo(path()).fileName(), *preview, mapping(), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_chosen = dialog.chosen(mapping());
    m_chosenFor = path();
    updateColumnsNote();
    emit changed();
}

void BatchFileSide::updateColumnsNote()
{
    m_columnsNote->setText(m_chosen && m_chosenFor == path() ? tr("columns chosen by hand") : QString());
}

void BatchFileSide::retranslate()
{
    setTitle(m_role == Role::Tracker ? tr("Tracker's export") : tr("Partner's report"));
    m_path->setPlaceholderText(m_role == Role::Tracker ? tr("The conversion or postback log, CSV or TSV")
                                                       : tr("The partner's conversion report, CSV or TSV"));
    m_browse->setText(tr("Choose…"));
    m_toolLabel->setText(tr("From:"));
    m_preset->setItemText(0, tr("Find the columns by their names"));
    m_zoneLabel->setText(tr("Time zone:"));
    m_zone->setToolTip(tr("The zone of times written without one: Europe/Moscow, UTC, +03:00"));
    m_columns->setText(tr("Columns…"));
    m_columns->setToolTip(tr("Choose which column holds each field, with a preview of the first rows"));
    updateColumnsNote();
}

} // namespace pbw::ui
