#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pbw::ui {

class CaseSession;

// What the partner gave or approved (their confirmation pasted or as a file, the approved template,
// other files) and the case's notes: add, look at, save a copy, remove.
class CaseEvidence : public QWidget
{
    Q_OBJECT

public:
    explicit CaseEvidence(CaseSession* session, QWidget* parent = nullptr);
    void reload();

public slots:
    void pasteConfirmation();
    void attachFile();
    void addNote();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showAttachment();
    void saveAttachment();
    void removeSelected();

    CaseSession* m_session;
    QLabel* m_attachmentsTitle;
    QListWidget* m_attachments;
    QPushButton* m_paste;
    QPushButton* m_attach;
    QPushButton* m_saveCopy;
    QPushButton* m_removeAttachment;
    QLabel* m_notesTitle;
    QListWidget* m_notes;
    QPlainTextEdit* m_noteEdit;
    QPushButton* m_addNote;
    QPushButton* m_removeNote;
};

} // namespace pbw::ui
