#include "importhardialog.h"

#include "text/casetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pbw::ui {

ImportHarDialog::ImportHarDialog(const QString& fileName, const QList<HarEntry>& entries, const QString& openCase,
                                 const QList<HarLeftOut>& leftOut, QWidget* parent)
    : QDialog(parent)
    , m_entries(new QTreeWidget(this))
    , m_role(new QComboBox(this))
    , m_newCase(new QRadioButton(this))
    , m_openCase(new QRadioButton(this))
{
    setObjectName(QStringLiteral("importHarDialog"));
    setWindowTitle(tr("Import requests from %1").arg(fileName));
    m_entries->setObjectName(QStringLiteral("harEntries"));
    m_entries->setRootIsDecorated(false);
    // A HAR this program wrote says each request's role (failing, corrected…): it is kept.
    const auto withRole = std::count_if(entries.cbegin(), entries.cend(), [](const HarEntry& e) { return e.role; });
    m_entries->setHeaderLabels({tr("Import"), tr("Method"), tr("Answer"), tr("Role"), tr("URL")});
    m_entries->header()->setStretchLastSection(true);
    m_entries->setColumnHidden(3, withRole == 0);
    for (const HarEntry& entry : entries) {
        auto* line = new QTreeWidgetItem(m_entries);
        line->setCheckState(0, Qt::Checked);
        line->setText(1, QString::fromLatin1(entry.exchange.request.method));
        line->setText(2, entry.exchange.response ? QString::number(entry.exchange.response->status) : tr("none"));
        line->setText(3, entry.role ? roleName(*entry.role) : QString());
        line->setText(4, entry.exchange.request.url);
        line->setToolTip(4, entry.exchange.request.url);
    }
    for (int i = 0; i < m_entries->columnCount() - 1; ++i)
        m_entries->resizeColumnToContents(i);
    m_role->setObjectName(QStringLiteral("importRole"));
    for (int role = 0; role <= int(StoredExchange::Role::Other); ++role)
        m_role->addItem(roleName(StoredExchange::Role(role)), role);
    m_role->setCurrentIndex(int(StoredExchange::Role::Other));
    m_role->setEnabled(withRole < entries.size());
    m_newCase->setObjectName(QStringLiteral("importIntoNewCase"));
    m_openCase->setObjectName(QStringLiteral("importIntoOpenCase"));
    m_newCase->setText(tr("Into a new case"));
    m_openCase->setText(openCase.isEmpty() ? tr("Into the open case") : tr("Into the open case \"%1\"").arg(openCase));
    m_openCase->setEnabled(!openCase.isEmpty());
    (openCase.isEmpty() ? m_newCase : m_openCase)->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(withRole == 0 ? tr("Their &role:") : tr("&Role of those without one:"), m_role);
    if (withRole > 0)
        form->addRow(
            new QLabel(tr("The file says the role of %n request(s): each keeps it.", "", int(withRole)), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Choose the requests to keep as exchanges. Tokens and passwords in them are replaced by "
                               "[redacted] before they are saved."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    if (!leftOut.isEmpty()) {
        QStringList which;
        for (const HarLeftOut& left : leftOut.first(std::min<qsizetype>(leftOut.size(), 5)))
            which.append(tr("entry %1: %2").arg(left.index + 1).arg(left.reason));
        if (leftOut.size() > 5)
            which.append(QStringLiteral("…"));
        auto* left = new QLabel(
            tr("%n entry(ies) of the file cannot be imported and are not listed (%1).", "", int(leftOut.size()))
                .arg(which.join(QStringLiteral("; "))),
            this);
        left->setObjectName(QStringLiteral("harLeftOut"));
        left->setWordWrap(true);
        layout->addWidget(left);
    }
    layout->addWidget(m_entries, 1);
    layout->addLayout(form);
    layout->addWidget(m_newCase);
    layout->addWidget(m_openCase);
    layout->addWidget(buttons);
    resize(760, 460);
}

QList<qsizetype> ImportHarDialog::chosen() const
{
    QList<qsizetype> out;
    for (int i = 0; i < m_entries->topLevelItemCount(); ++i) {
        if (m_entries->topLevelItem(i)->checkState(0) == Qt::Checked)
            out.append(i);
    }
    return out;
}

StoredExchange::Role ImportHarDialog::role() const
{
    return StoredExchange::Role(m_role->currentData().toInt());
}

bool ImportHarDialog::intoOpenCase() const
{
    return m_openCase->isChecked();
}

} // namespace pbw::ui
