#include "casetransfer.h"

#include "analysis/verdict.h"
#include "casesession.h"
#include "export/exportredaction.h"
#include "export/htmlreport.h"
#include "export/importfile.h"
#include "exportdialog.h"
#include "importhardialog.h"
#include "print/reportpdf.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pbw::ui {

namespace {

// A file name from the case's title: letters, digits, dashes; never a path.
QString fileNameFor(const QString& title, ExportFormat format)
{
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    name = name.left(60).trimmed();
    if (name.isEmpty() || name == QLatin1String("-"))
        name = QStringLiteral("case");
    return name + u'.' + exportFileSuffix(format);
}

} // namespace

CaseTransfer::CaseTransfer(CaseSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(&m_reading, &QFutureWatcherBase::finished, this, &CaseTransfer::fileRead);
    connect(&m_reading, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        if (m_progress)
            m_progress->setValue(value);
    });
    connect(&m_writing, &QFutureWatcherBase::finished, this, &CaseTransfer::harWritten);
}

bool CaseTransfer::write(const CaseBundle& bundle, ExportFormat format, const QString& path, QString* error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (format == ExportFormat::Pdf)
        return writeReportPdf(bundle, now, path, error);
    const QByteArray bytes = exportBytes(bundle, format, now);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CaseTransfer::exportTo(qint64 caseId, const Choices& choices, const QString& path,
                            const std::function<void(const QString&)>& done)
{
    const auto bundle = m_session->bundle(caseId, choices.includeKeptSecrets);
    if (!bundle) {
        done(tr("The case is no longer in the store."));
        return;
    }
    if (!choices.includeKeptSecrets) {
        const CaseBundle safe = redactedForExport(*bundle, m_session->secretNames(), choices.marked, choices.leftIn);
        QString error;
        done(write(safe, choices.format, path, &error) ? QString() : error);
        return;
    }
    m_session->keptSecrets(
        *bundle,
        [this, bundle = *bundle, choices, path, done](const QHash<int, QList<FoundSecret>>& values, int missing,
                                                      const QString&) {
            QString error;
            if (!write(withKeptSecrets(bundle, values), choices.format, path, &error)) {
                done(error);
                return;
            }
            if (missing > 0)
                emit message(tr("%n secret value(s) were not in the keychain and stay [redacted].", "", missing));
            done(QString());
        });
}

void CaseTransfer::exportCase(qint64 caseId)
{
    const auto bundle = m_session->bundle(caseId);
    if (!bundle)
        return;
    ExportDialog dialog(bundle->record.title, redactionItems(*bundle, m_session->secretNames()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Choices choices;
    choices.format = dialog.format();
    choices.marked = dialog.markedValues();
    choices.leftIn = dialog.leftIn();
    choices.includeKeptSecrets = dialog.includeKeptSecrets();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + fileNameFor(bundle->record.title, choices.format);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the case"), suggested,
                                                      exportFormatName(choices.format) + QStringLiteral(" (*.")
                                                          + exportFileSuffix(choices.format) + u')');
    if (path.isEmpty())
        return;
    exportTo(caseId, choices, path, [this, path](const QString& error) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Not exported"), error);
        else
            emit message(tr("Exported to %1").arg(path));
    });
}

void CaseTransfer::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import a case or requests"), QString(),
                                                      tr("Case files and HAR (*.pbcase *.har *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CaseTransfer::importFile(const QString& path)
{
    m_queue.append(path);
    if (!isImporting())
        startNextImport();
}

void CaseTransfer::cancelImport()
{
    m_reading.cancel();
    m_writing.cancel();
}

void CaseTransfer::showProgress(const QString& label, bool knownLength)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setWindowTitle(tr("Import"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(300);
        connect(m_progress, &QProgressDialog::canceled, this, &CaseTransfer::cancelImport);
    }
    m_progress->setLabelText(label);
    m_progress->setRange(0, knownLength ? 1000 : 0);
    m_progress->setValue(0);
}

void CaseTransfer::startNextImport()
{
    if (isImporting() || m_queue.isEmpty())
        return;
    m_importing = m_queue.takeFirst();
    showProgress(tr("Reading %1…").arg(QFileInfo(m_importing).fileName()), true);
    const SecretNames names = m_session->secretNames();
    m_reading.setFuture(QtConcurrent::run([path = m_importing, names](QPromise<ReadOutcome>& promise) {
        promise.setProgressRange(0, 1000);
        ImportControl control;
        control.progress = [&promise](qint64 done, qint64 total) {
            if (total > 0)
                promise.setProgressValue(int(std::min<qint64>(done * 1000 / total, 1000)));
        };
        control.cancelled = [&promise] {
            return promise.isCanceled();
        };
        auto read = pbw::importFile(path, control);
        ReadOutcome outcome;
        if (!read) {
            outcome.problem = read.error();
        } else {
            // A case file's exchanges are checked for secrets here, so the window's thread only writes.
            if (read->kind == ImportedFile::Kind::CaseFile)
                read->caseFile = checkedForSecrets(std::move(read->caseFile), names);
            outcome.file = std::move(*read);
        }
        promise.addResult(std::move(outcome));
    }));
}

void CaseTransfer::fileRead()
{
    if (m_progress)
        m_progress->hide();
    if (m_reading.isCanceled() || m_reading.future().resultCount() == 0) {
        finishImport(false);
        return;
    }
    ReadOutcome outcome = m_reading.future().takeResult(); // the future lets the file's contents go
    if (!outcome.file) {
        finishImport(false,
                     outcome.problem.kind == ImportProblem::Kind::Cancelled ? QString() : outcome.problem.message());
        return;
    }
    const QString path = m_importing;
    if (outcome.file->kind == ImportedFile::Kind::CaseFile) {
        const CaseBundle& bundle = outcome.file->caseFile;
        if (m_session->importCase(bundle) == 0) {
            finishImport(false);
            return;
        }
        emit message(tr("Imported the case \"%1\".").arg(bundle.record.title));
        finishImport(true);
        return;
    }
    m_har = std::move(outcome.file->har);
    outcome = {};
    const auto open = m_session->caseRecord(m_session->currentCase());
    ImportHarDialog dialog(QFileInfo(path).fileName(), m_har.entries, open ? open->title : QString(), m_har.leftOut,
                           m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty()) {
        finishImport(false);
        return;
    }
    m_into = dialog.intoOpenCase() ? m_session->currentCase() : 0;
    const QList<qsizetype> chosen = dialog.chosen();
    showProgress(tr("Checking %n request(s) for secrets…", "", int(chosen.size())), false);
    m_writing.setFuture(m_session->importHarInBackground(std::exchange(m_har, {}), chosen, dialog.role(), m_into,
                                                         tr("Imported from %1").arg(QFileInfo(path).fileName())));
}

void CaseTransfer::harWritten()
{
    if (m_progress)
        m_progress->hide();
    if (m_writing.future().resultCount() == 0 || m_writing.future().resultAt(0).cancelled) {
        finishImport(false); // rolled back: nothing was written
        return;
    }
    const CaseSession::BackgroundImport written = m_writing.future().takeResult();
    if (written.caseId == 0) {
        finishImport(false, written.problem);
        return;
    }
    m_session->importedElsewhere(written.caseId);
    emit message(tr("%n request(s) imported.", "", written.count));
    finishImport(true);
}

void CaseTransfer::finishImport(bool imported, const QString& refusal)
{
    const QString path = m_importing;
    if (m_progress)
        m_progress->deleteLater();
    m_har = {};
    if (!refusal.isEmpty())
        QMessageBox::warning(m_window, tr("Not imported"), tr("%1 was not imported. %2").arg(path, refusal));
    else if (!imported)
        emit message(tr("Nothing was imported from %1.").arg(QFileInfo(path).fileName()));
    m_importing.clear();
    emit importFinished(path, imported);
    QTimer::singleShot(0, this, &CaseTransfer::startNextImport);
}

} // namespace pbw::ui
