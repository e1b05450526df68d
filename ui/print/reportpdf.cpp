#include "print/reportpdf.h"

#include "export/htmlreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace pbw {

bool writeReportPdf(const CaseBundle& bundle, const QDateTime& exportedAt, const QString& path, QString* error)
{
    return writeHtmlPdf(htmlReport(bundle, exportedAt), bundle.record.title, path, error);
}

bool writeHtmlPdf(const QString& html, const QString& title, const QString& path, QString* error)
{
    {
        QTextDocument document;
        document.setHtml(html);
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Postback Workbench"));
        document.print(&pdf);
    }
    if (QFileInfo(path).isFile() && QFileInfo(path).size() > 0)
        return true;
    *error = QCoreApplication::translate("pbw::ReportPdf", "The PDF could not be written to %1.").arg(path);
    return false;
}

} // namespace pbw
