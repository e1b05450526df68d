#include "casetransfer.h"

#include "analysis/verdict.h"
#include "casesession.h"
#include "export/casefile.h"
#include "export/exportredaction.h"
#include "export/har.h"
#include "export/htmlreport.h"
#include "exportdialog.h"
#include "importhardialog.h"
#include "print/reportpdf.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

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

bool CaseTransfer::importFile(const QString& path)
{
    const auto refuse = [this, path](const QString& why) {
        QMessageBox::warning(m_window, tr("Not imported"), tr("%1 was not imported. %2").arg(path, why));
        return false;
    };
    if (QFileInfo(path).size() > maxCaseFileBytes)
        return refuse(ImportProblem::of(ImportProblem::Kind::TooLarge).message());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(ImportProblem::of(ImportProblem::Kind::Unreadable, file.errorString()).message());
    QByteArray bytes = file.read(maxCaseFileBytes + 1);

    const auto caseFile = readCaseFile(bytes);
    if (caseFile || caseFile.error().kind != ImportProblem::Kind::NotACaseFile) {
        if (!caseFile)
            return refuse(caseFile.error().message());
        if (!m_session->importCase(caseFile.value()))
            return false;
        emit message(tr("Imported the case \"%1\".").arg(caseFile.value().record.title));
        return true;
    }
    const auto har = readHar(std::move(bytes));
    if (!har)
        return refuse(har.error().message());
    const auto open = m_session->caseRecord(m_session->currentCase());
    ImportHarDialog dialog(QFileInfo(path).fileName(), har.value(), open ? open->title : QString(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return false;
    const QList<NewExchange> exchanges = exchangesToImport(har.value(), dialog.chosen(), dialog.role());
    const qint64 into = dialog.intoOpenCase() ? m_session->currentCase() : 0;
    if (!m_session->importExchanges(into, exchanges, tr("Imported from %1").arg(QFileInfo(path).fileName())))
        return false;
    emit message(tr("%n request(s) imported.", "", int(exchanges.size())));
    return true;
}

} // namespace pbw::ui
