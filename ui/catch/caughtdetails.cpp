#include "caughtdetails.h"

#include "caughtmodel.h"
#include "widgets/plaintextlabel.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

QWidget* titled(QLabel* title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

CaughtDetails::CaughtDetails(QWidget* parent)
    : QWidget(parent)
    , m_urlTitle(new QLabel(this))
    , m_url(plainTextLabel(this, QStringLiteral("partnerUrl")))
    , m_rawTitle(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_findingsTitle(new QLabel(this))
    , m_findings(new QListWidget(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
{
    m_raw->setObjectName(QStringLiteral("rawRequest"));
    m_findings->setObjectName(QStringLiteral("catchFindings"));
    m_split->setObjectName(QStringLiteral("catchDetailsSplit"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setWordWrap(true);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_split->addWidget(titled(m_rawTitle, m_raw, m_split));
    m_split->addWidget(titled(m_findingsTitle, m_findings, m_split));
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    auto* url = new QHBoxLayout;
    url->addWidget(m_urlTitle);
    url->addWidget(m_url, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(url);
    layout->addWidget(m_split, 1);
    retranslate();
    clear();
}

QString CaughtDetails::rawText(const QByteArray& raw, qsizetype maxBytes)
{
    const QByteArray shown = raw.left(maxBytes);
    QString text;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = utf8.decode(shown);
    if (utf8.hasError()) // not UTF-8: every byte as itself, nothing lost to a replacement character
        text = QString::fromLatin1(shown);
    if (raw.size() > shown.size())
        text += u'\n' + tr("[%1 more bytes not shown]").arg(raw.size() - shown.size());
    return text;
}

void CaughtDetails::show(const CaughtCallback& callback)
{
    m_empty = false;
    m_url->setText(callback.check.url);
    m_raw->setPlainText(rawText(callback.exchange.arrival ? callback.exchange.arrival->raw : QByteArray()));
    m_findings->clear();
    for (const Finding& finding : callback.check.findings) {
        const bool error = finding.severity == Finding::Severity::Error;
        const bool warning = finding.severity == Finding::Severity::Warning;
        QString text = (error         ? QStringLiteral("✗ ")
                            : warning ? QStringLiteral("⚠ ")
                                      : QStringLiteral("ℹ "))
            + finding.message;
        if (!finding.fix.isEmpty())
            text += u'\n' + finding.fix;
        auto* item = new QListWidgetItem(text, m_findings);
        if (error || warning)
            item->setForeground(QBrush(error ? QColor(0xb0, 0x20, 0x20) : QColor(0x8a, 0x5a, 0x00)));
    }
    if (callback.check.findings.isEmpty())
        new QListWidgetItem(callback.verdict, m_findings);
}

void CaughtDetails::clear()
{
    m_empty = true;
    m_url->clear();
    m_raw->setPlainText(QString());
    m_raw->setPlaceholderText(tr("Select a callback to read it exactly as it arrived."));
    m_findings->clear();
}

void CaughtDetails::retranslate()
{
    m_urlTitle->setText(tr("As the partner would get it:"));
    m_rawTitle->setText(tr("The request as it arrived (text, never run)"));
    m_findingsTitle->setText(tr("What the check found"));
    m_raw->setAccessibleName(tr("The request as it arrived"));
    m_findings->setAccessibleName(tr("What the check found"));
    if (m_empty)
        m_raw->setPlaceholderText(tr("Select a callback to read it exactly as it arrived."));
}

} // namespace pbw::ui
