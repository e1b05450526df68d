#pragma once

#include "casesession.h"
#include "export/exportformat.h"
#include "export/importfile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <functional>

class QProgressDialog;
class QWidget;

namespace pbw::ui {

// Export… and Import… for the window: the dialogs, the files, and the PDF (the HTML report laid
// out on pages). The work itself is the core's; the store is reached through the session.
class CaseTransfer : public QObject
{
    Q_OBJECT

public:
    CaseTransfer(CaseSession* session, QWidget* window);

    void exportCase(qint64 caseId); // asks (format, redaction, file), then writes
    void chooseAndImport();
    // A .pbcase as a new case; a HAR asks which requests. The file is read, and the requests judged
    // and checked for secrets, off the window's thread, under a progress dialog with Cancel (which
    // writes nothing); only the store's one transaction runs here. Files given while one is being
    // imported wait their turn. importFinished tells how each ended.
    void importFile(const QString& path);
    bool isImporting() const { return !m_importing.isEmpty(); }
    void cancelImport(); // as the progress dialog's Cancel

    // Without dialogs (the dialog's answers given): done(error) with an empty error on success.
    struct Choices
    {
        ExportFormat format = ExportFormat::Html;
        QStringList marked;
        QSet<qsizetype> leftIn;
        bool includeKeptSecrets = false;
    };
    void exportTo(qint64 caseId, const Choices& choices, const QString& path,
                  const std::function<void(const QString& error)>& done);

signals:
    void message(const QString& text); // for the status bar
    void importFinished(const QString& path, bool imported); // imported, or refused, cancelled, declined

private:
    // What the reading thread gives back: the file's contents, or why not.
    struct ReadOutcome
    {
        std::optional<ImportedFile> file;
        ImportProblem problem;
    };

    bool write(const CaseBundle& bundle, ExportFormat format, const QString& path, QString* error);
    void startNextImport();
    void showProgress(const QString& label, bool knownLength);
    void fileRead();
    void harWritten();
    void finishImport(bool imported, const QString& refusal = {});

    CaseSession* m_session;
    QWidget* m_window;

    QStringList m_queue; // files waiting to be imported
    QString m_importing; // the file being imported
    QFutureWatcher<ReadOutcome> m_reading;
    QFutureWatcher<CaseSession::BackgroundImport> m_writing;
    QPointer<QProgressDialog> m_progress;
    HarFile m_har; // the HAR read, while its requests are chosen
    qint64 m_into = 0; // the case a HAR's requests go into (0: a new one)
};

} // namespace pbw::ui
