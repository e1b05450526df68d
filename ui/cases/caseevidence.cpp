#include "caseevidence.h"

#include "casesession.h"
#include "labels.h"
#include "net/bodytext.h"
#include "text/casetext.h"
#include "text/saidtext.h"
#include "text/timetext.h"
#include "util/filenames.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

QList<Attachment> attachmentsOf(CaseSession* session)
{
    return session->attachments(session->currentCase());
}

} // namespace

CaseEvidence::CaseEvidence(CaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_attachmentsTitle(new QLabel)
    , m_attachments(new QListWidget)
    , m_paste(new QPushButton)
    , m_attach(new QPushButton)
    , m_saveCopy(new QPushButton)
    , m_removeAttachment(new QPushButton)
    , m_notesTitle(new QLabel)
    , m_notes(new QListWidget)
    , m_noteEdit(new QPlainTextEdit)
    , m_addNote(new QPushButton)
    , m_removeNote(new QPushButton)
{
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_paste->setObjectName(QStringLiteral("pasteConfirmation"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_notes->setWordWrap(true);
    m_noteEdit->setMaximumHeight(70);
    m_noteEdit->setTabChangesFocus(true);
    for (QLabel* title : {m_attachmentsTitle, m_notesTitle})
        makeBold(title);
    auto* attachmentButtons = new QGridLayout;
    attachmentButtons->addWidget(m_paste, 0, 0);
    attachmentButtons->addWidget(m_attach, 0, 1);
    attachmentButtons->addWidget(m_saveCopy, 1, 0);
    attachmentButtons->addWidget(m_removeAttachment, 1, 1);
    attachmentButtons->setColumnStretch(2, 1);
    auto* noteButtons = new QHBoxLayout;
    noteButtons->addWidget(m_addNote);
    noteButtons->addWidget(m_removeNote);
    noteButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attachmentsTitle);
    layout->addWidget(m_attachments, 1);
    layout->addLayout(attachmentButtons);
    layout->addWidget(m_notesTitle);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_noteEdit);
    layout->addLayout(noteButtons);

    connect(m_paste, &QPushButton::clicked, this, &CaseEvidence::pasteConfirmation);
    connect(m_attach, &QPushButton::clicked, this, &CaseEvidence::attachFile);
    connect(m_saveCopy, &QPushButton::clicked, this, &CaseEvidence::saveAttachment);
    connect(m_removeAttachment, &QPushButton::clicked, this, &CaseEvidence::removeSelected);
    connect(m_attachments, &QListWidget::itemActivated, this, &CaseEvidence::showAttachment);
    connect(m_addNote, &QPushButton::clicked, this, &CaseEvidence::addNote);
    connect(m_removeNote, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_notes->currentItem())
            m_session->removeNote(item->data(Qt::UserRole).toLongLong());
    });
    retranslate();
}

void CaseEvidence::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseEvidence::retranslate()
{
    m_attachmentsTitle->setText(tr("From the partner (double-click to read)"));
    m_paste->setText(tr("Paste confirmation…"));
    m_paste->setToolTip(tr("Keep the partner's answer (a support reply, a report line) with the case"));
    m_attach->setText(tr("Attach file…"));
    m_saveCopy->setText(tr("Save a copy…"));
    m_removeAttachment->setText(tr("Remove"));
    m_notesTitle->setText(tr("Notes"));
    m_noteEdit->setPlaceholderText(tr("What you found, what you asked the partner, what they said…"));
    m_noteEdit->setAccessibleName(tr("New note"));
    m_addNote->setText(tr("Add note"));
    m_removeNote->setText(tr("Remove note"));
    reload();
}

void CaseEvidence::reload()
{
    const bool open = m_session->currentCase() != 0;
    m_attachments->clear();
    for (const Attachment& attachment : attachmentsOf(m_session)) {
        QString line = QStringLiteral("%1: %2").arg(attachmentKindName(attachment.kind), attachment.title);
        if (!attachment.fileName.isEmpty() && attachment.fileName != attachment.title)
            line += QStringLiteral(" (%1)").arg(attachment.fileName);
        auto* item = new QListWidgetItem(line, m_attachments);
        item->setData(Qt::UserRole, attachment.id);
        item->setToolTip(attachment.text.left(2000));
    }
    m_notes->clear();
    if (open) {
        for (const CaseNote& note : m_session->notes(m_session->currentCase())) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(dateTimeText(note.written), shownText(note)),
                                             m_notes);
            item->setData(Qt::UserRole, note.id);
        }
    }
    for (QWidget* widget : std::initializer_list<QWidget*>{m_paste, m_attach, m_saveCopy, m_removeAttachment,
                                                           m_noteEdit, m_addNote, m_removeNote})
        widget->setEnabled(open);
}

void CaseEvidence::pasteConfirmation()
{
    if (m_session->currentCase() == 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Partner's confirmation"));
    auto* title = new QLineEdit(&dialog);
    title->setObjectName(QStringLiteral("confirmationTitle"));
    title->setPlaceholderText(tr("e.g. support ticket 4411, 24 Nov"));
    auto* text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("confirmationText"));
    text->setPlaceholderText(tr("Paste what the partner wrote or what their report shows"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Text:"), text);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(560, 360);
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty())
        return;
    Attachment attachment;
    attachment.kind = Attachment::Kind::Confirmation;
    attachment.text = text->toPlainText().trimmed();
    attachment.title
        = title->text().trimmed().isEmpty() ? attachment.text.simplified().left(60) : title->text().trimmed();
    m_session->addAttachment(attachment);
}

void CaseEvidence::attachFile()
{
    if (m_session->currentCase() == 0)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the case"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot attach"), tr("\"%1\" cannot be read: %2.").arg(path, file.errorString()));
        return;
    }
    if (file.size() > CaseStore::maxAttachmentBytes) {
        QMessageBox::warning(this, tr("Cannot attach"),
                             tr("\"%1\" is larger than %2 MB; attach a smaller file.")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(CaseStore::maxAttachmentBytes >> 20));
        return;
    }
    QStringList kinds;
    for (const auto kind : {Attachment::Kind::Confirmation, Attachment::Kind::Template, Attachment::Kind::File})
        kinds.append(attachmentKindName(kind));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Attach a file"), tr("This file is:"), kinds, 0, false, &ok);
    if (!ok)
        return;
    Attachment attachment;
    attachment.kind = chosen == kinds.at(0) ? Attachment::Kind::Confirmation
        : chosen == kinds.at(1)             ? Attachment::Kind::Template
                                            : Attachment::Kind::File;
    attachment.content = file.readAll();
    attachment.text = attachmentText(attachment.content);
    attachment.fileName = QFileInfo(path).fileName();
    attachment.title = attachment.fileName;
    m_session->addAttachment(attachment);
}

void CaseEvidence::showAttachment()
{
    const QListWidgetItem* item = m_attachments->currentItem();
    if (!item)
        return;
    for (const Attachment& attachment : attachmentsOf(m_session)) {
        if (attachment.id != item->data(Qt::UserRole).toLongLong())
            continue;
        // Shown as plain text only: what a partner sent is never rendered.
        QDialog dialog(this);
        dialog.setWindowTitle(attachment.title);
        auto* view = new QPlainTextEdit(&dialog);
        view->setReadOnly(true);
        view->setPlainText(attachment.text.isEmpty()
                               ? tr("This file is not text (%n byte(s)); \"Save a copy…\" keeps it as it is.", nullptr,
                                    int(attachment.content.size()))
                               : attachment.text);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(view);
        layout->addWidget(buttons);
        dialog.resize(600, 400);
        dialog.exec();
    }
}

void CaseEvidence::saveAttachment()
{
    const QListWidgetItem* item = m_attachments->currentItem();
    if (!item)
        return;
    for (const Attachment& attachment : attachmentsOf(m_session)) {
        if (attachment.id != item->data(Qt::UserRole).toLongLong())
            continue;
        // The name comes from a case file someone sent: its base name only, in the user's own folder.
        const QString name = attachment.fileName.isEmpty()
            ? safeFileName(attachment.title, tr("attachment")) + QStringLiteral(".txt")
            : safeFileName(attachment.fileName, tr("attachment"));
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), QDir(folder).filePath(name));
        if (path.isEmpty())
            return;
        QFile file(path);
        const QByteArray bytes = attachment.content.isEmpty() ? attachment.text.toUtf8() : attachment.content;
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            QMessageBox::warning(this, tr("Cannot save"),
                                 tr("\"%1\" cannot be written: %2.").arg(path, file.errorString()));
    }
}

void CaseEvidence::removeSelected()
{
    const QListWidgetItem* item = m_attachments->currentItem();
    if (!item)
        return;
    if (QMessageBox::question(this, tr("Remove attachment"), tr("Remove \"%1\" from the case?").arg(item->text()))
        == QMessageBox::Yes)
        m_session->removeAttachment(item->data(Qt::UserRole).toLongLong());
}

void CaseEvidence::addNote()
{
    const QString text = m_noteEdit->toPlainText().trimmed();
    if (text.isEmpty() || m_session->currentCase() == 0)
        return;
    if (m_session->addNote(text) != 0)
        m_noteEdit->clear();
}

} // namespace pbw::ui
