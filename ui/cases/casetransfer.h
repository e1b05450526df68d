#pragma once

#include "export/exportformat.h"

#include <QObject>
#include <QSet>
#include <functional>

class QWidget;

namespace pbw::ui {

class CaseSession;

// Export… and Import… for the window: the dialogs, the files, and the PDF (the HTML report laid
// out on pages). The work itself is the core's; the store is reached through the session.
class CaseTransfer : public QObject
{
    Q_OBJECT

public:
    CaseTransfer(CaseSession* session, QWidget* window);

    void exportCase(qint64 caseId); // asks (format, redaction, file), then writes
    void chooseAndImport();
    bool importFile(const QString& path); // a .pbcase as a new case; a HAR asks which requests

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

private:
    bool write(const CaseBundle& bundle, ExportFormat format, const QString& path, QString* error);

    CaseSession* m_session;
    QWidget* m_window;
};

} // namespace pbw::ui
