#include "exportdialog.h"

#include "export/exportitemtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pbw::ui {

ExportDialog::ExportDialog(const QString& caseTitle, const QList<RedactionItem>& items, QWidget* parent)
    : QDialog(parent)
    , m_title(caseTitle)
    , m_items(items)
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_itemsLabel(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_markedLabel(new QLabel(this))
    , m_marked(new QPlainTextEdit(this))
    , m_noRedact(new QCheckBox(this))
    , m_warning(new QLabel(this))
    , m_export(nullptr)
{
    setObjectName(QStringLiteral("exportDialog"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_list->setObjectName(QStringLiteral("redactionItems"));
    m_marked->setObjectName(QStringLiteral("markedValues"));
    m_noRedact->setObjectName(QStringLiteral("includeKeptSecrets"));
    for (int format = 0; format <= int(ExportFormat::Pdf); ++format)
        m_format->addItem(QString(), format);
    m_format->setCurrentIndex(int(ExportFormat::Html));
    m_formatLabel->setBuddy(m_format);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_markedLabel->setBuddy(m_marked);
    m_marked->setMaximumHeight(70);
    m_marked->setTabChangesFocus(true);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_itemsLabel->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_export = buttons->button(QDialogButtonBox::Ok);
    m_export->setObjectName(QStringLiteral("export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_noRedact, &QCheckBox::toggled, this, &ExportDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formatLabel);
    layout->addWidget(m_format);
    layout->addWidget(m_itemsLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_markedLabel);
    layout->addWidget(m_marked);
    layout->addWidget(m_noRedact);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    resize(720, 520);
    retranslate();
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export \"%1\"").arg(m_title));
    m_formatLabel->setText(tr("&Format:"));
    for (int i = 0; i < m_format->count(); ++i)
        m_format->setItemText(i, exportFormatName(ExportFormat(m_format->itemData(i).toInt())));
    m_list->setHeaderLabels({tr("Redact"), tr("Exchange"), tr("What")});
    m_markedLabel->setText(tr("Also replace these &values wherever they appear (one per line):"));
    m_marked->setPlaceholderText(tr("for example a partner's internal ID or an e-mail address"));
    m_noRedact->setText(tr("Put the tokens and passwords kept in the keychain back in (not recommended)"));
    m_export->setText(tr("Export…"));
    fillItems();
    updateState();
}

void ExportDialog::fillItems()
{
    m_list->clear();
    for (const RedactionItem& item : std::as_const(m_items)) {
        auto* line = new QTreeWidgetItem(m_list);
        line->setText(1, tr("Exchange %1").arg(item.number));
        line->setText(2, redactionItemText(item));
        line->setCheckState(0, Qt::Checked);
        if (item.removedWhenSaved)
            line->setFlags(line->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_itemsLabel->setText(m_items.isEmpty() ? tr("Nothing in this case looks like a secret.")
                                            : tr("Secrets are replaced by [redacted], so the partner sees a value was "
                                                 "there. Greyed: the case never held the value. Untick a value found "
                                                 "now to leave it in."));
}

void ExportDialog::updateState()
{
    const bool raw = m_noRedact->isChecked();
    m_list->setEnabled(!raw);
    m_marked->setEnabled(!raw);
    m_warning->setText(raw ? tr("The file will hold the tokens and passwords themselves. Send it to no one you "
                                "would not give them to.")
                           : QString());
    m_warning->setVisible(raw);
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QSet<qsizetype> ExportDialog::leftIn() const
{
    QSet<qsizetype> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (!m_items.at(i).removedWhenSaved && m_list->topLevelItem(i)->checkState(0) == Qt::Unchecked)
            out.insert(i);
    }
    return out;
}

QStringList ExportDialog::markedValues() const
{
    QStringList out;
    for (const QString& line : m_marked->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

bool ExportDialog::includeKeptSecrets() const
{
    return m_noRedact->isChecked();
}

} // namespace pbw::ui
