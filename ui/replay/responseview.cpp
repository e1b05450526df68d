#include "responseview.h"

#include "analysis/answerrules.h"
#include "analysis/answerview.h"
#include "text/bodyformat.h"
#include "text/exchangetext.h"
#include "text/timetext.h"
#include "verdictview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

QPlainTextEdit* makeTextView(QWidget* parent, const QString& name)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setWordWrapMode(QTextOption::WrapAnywhere);
    return view;
}

// Colour helps, but the symbol and the words carry the meaning.
QString badgeStyle(const QString& background)
{
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 4px 10px; "
                          "font-weight: bold; }")
        .arg(background);
}

} // namespace

ResponseView::ResponseView(QWidget* parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_verdict(new VerdictView(this))
    , m_tabs(new QTabWidget(this))
    , m_bodyInfo(new QLabel(this))
    , m_body(makeTextView(this, QStringLiteral("responseBody")))
    , m_headers(new QTableWidget(0, 2, this))
    , m_sent(makeTextView(this, QStringLiteral("requestSent")))
    , m_details(makeTextView(this, QStringLiteral("details")))
{
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_bodyInfo->setTextFormat(Qt::PlainText);
    m_headers->setObjectName(QStringLiteral("responseHeaders"));
    m_headers->verticalHeader()->setVisible(false);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setColumnWidth(0, 180);
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* bodyPage = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->addWidget(m_bodyInfo);
    bodyLayout->addWidget(m_body);
    m_tabs->addTab(bodyPage, QString());
    m_tabs->addTab(m_headers, QString());
    m_tabs->addTab(m_sent, QString());
    m_tabs->addTab(m_details, QString());

    auto* top = new QHBoxLayout;
    top->addWidget(m_badge);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_explanation);
    layout->addWidget(m_verdict);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void ResponseView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResponseView::retranslate()
{
    m_tabs->setTabText(0, tr("Body"));
    m_tabs->setTabText(1, tr("Headers"));
    m_tabs->setTabText(2, tr("Request sent"));
    m_tabs->setTabText(3, tr("Timing and TLS"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    render();
}

void ResponseView::clear()
{
    m_exchange.reset();
    m_busy = false;
    render();
}

void ResponseView::showBusy()
{
    m_busy = true;
    render();
}

void ResponseView::showExchange(const Exchange& exchange)
{
    m_busy = false;
    m_exchange = exchange;
    render();
}

void ResponseView::render()
{
    m_headers->setRowCount(0);
    m_headers->clearSpans();
    if (m_busy) {
        m_badge->setText(tr("Sending…")); // no emoji: the usual fonts draw ⏳ as an empty box
        m_badge->setStyleSheet(badgeStyle(QStringLiteral("#607d8b")));
        m_summary->setText(tr("Waiting for the answer. Cancel stops it."));
        m_explanation->clear();
        m_explanation->hide();
        m_verdict->clear();
        return;
    }
    if (!m_exchange) {
        m_badge->setText(tr("No answer yet"));
        m_badge->setStyleSheet(badgeStyle(QStringLiteral("#78909c")));
        m_summary->setText(tr("Paste a callback and press Send (Ctrl+Return)."));
        m_explanation->hide();
        m_verdict->clear();
        m_verdictValue.reset();
        m_bodyInfo->clear();
        m_body->clear();
        m_sent->clear();
        m_details->clear();
        return;
    }
    const Exchange& exchange = *m_exchange;
    m_verdictValue = judgeExchange(exchange);
    m_verdict->setVerdict(*m_verdictValue, AnswerRules::activeProblems());
    if (exchange.response) {
        const ReceivedResponse& response = *exchange.response;
        const int status = response.status;
        // A 200 only proves the server answered: the tick is kept for an answer the verdict accepts.
        QString symbol = QStringLiteral("✓");
        QString color = QStringLiteral("#2e7d32");
        if (m_verdictValue->layer != Verdict::Layer::Ok && status >= 200 && status < 300) {
            symbol = QStringLiteral("HTTP");
            color = QStringLiteral("#546e7a");
        } else if (status >= 300 && status < 400) {
            symbol = QStringLiteral("↪");
            color = QStringLiteral("#1565c0");
        } else if (status >= 400 && status < 500) {
            symbol = QStringLiteral("✗");
            color = QStringLiteral("#c62828");
        } else if (status >= 500 || status < 200) {
            symbol = QStringLiteral("✗");
            color = QStringLiteral("#8e24aa");
        }
        m_badge->setText(QStringLiteral("%1 %2 %3").arg(symbol).arg(status).arg(QString::fromLatin1(response.reason)));
        m_badge->setStyleSheet(badgeStyle(color));
        const QString size = response.bodySize >= 0 ? formatByteSize(response.bodySize) : tr("size unknown");
        m_summary->setText(tr("%1 · %2 ms to first byte · %3 ms total · %4")
                               .arg(QString::fromLatin1(response.httpVersion), formatMs(exchange.timing.firstByteMs),
                                    formatMs(exchange.timing.totalMs), size));
        for (const auto& [name, value] : response.headers) {
            const int row = m_headers->rowCount();
            m_headers->insertRow(row);
            m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
            m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
        }
        if (response.headersUnread) { // one row across both columns, wrapped, so it reads whole
            m_headers->insertRow(0);
            m_headers->setItem(0, 0,
                               new QTableWidgetItem(QStringLiteral("⚠ ") + ReceivedResponse::headersUnreadText()));
            m_headers->setSpan(0, 0, 1, 2);
            m_headers->setWordWrap(true);
            m_headers->resizeRowToContents(0);
        }
        const BodyKind kind = bodyKindOf(response.body, response.contentType, response.isBinary);
        QString info;
        switch (kind) {
        case BodyKind::Empty:
            info = tr("The answer has no body.");
            break;
        case BodyKind::Json:
            info = tr("JSON, shown indented, its members in the order the partner sent them.");
            break;
        case BodyKind::Xml:
            info = tr("XML, shown indented.");
            break;
        case BodyKind::Html:
            info = tr("HTML, shown as source text: nothing in it is run or loaded.");
            break;
        case BodyKind::Binary:
            info = tr("Binary, shown as hex (first 64 KB).");
            break;
        case BodyKind::Text:
            info = tr("Text.");
            break;
        }
        if (response.truncated)
            info += QLatin1Char(' ')
                + tr("Cut at the capture limit: %1 of %2 kept.").arg(formatByteSize(response.body.size()), size);
        m_bodyInfo->setText(info);
        const QString shown = kind == BodyKind::Binary ? hexDump(response.body) : prettyBody(response.text, kind);
        m_body->setPlainText(shown);
        highlightEvidence(kind == BodyKind::Binary ? QString() : shown, response);
    } else {
        m_badge->setText(tr("✗ No answer"));
        m_badge->setStyleSheet(badgeStyle(QStringLiteral("#424242")));
        m_summary->setText(exchange.error ? exchange.error->layerName() : QString());
        m_bodyInfo->clear();
        m_body->clear();
    }
    if (exchange.error) {
        QString text = exchange.error->message();
        if (!exchange.error->detail.isEmpty())
            text += QLatin1Char(' ') + tr("(System message: %1)").arg(exchange.error->detail);
        m_explanation->setText(text);
        m_explanation->show();
    } else {
        m_explanation->hide();
    }

    Exchange requestOnly = exchange;
    requestOnly.response.reset();
    requestOnly.error.reset();
    requestOnly.tls.reset();
    m_sent->setPlainText(exchangeAsText(requestOnly).trimmed());

    QStringList details;
    details.append(
        tr("Started: %1").arg(QLocale().toString(exchange.timing.started.toLocalTime(), QLocale::LongFormat)));
    details.append(tr("First byte after: %1 ms").arg(formatMs(exchange.timing.firstByteMs)));
    details.append(tr("Total: %1 ms").arg(formatMs(exchange.timing.totalMs)));
    if (exchange.tls) {
        const TlsInfo& tls = *exchange.tls;
        details.append(QString());
        details.append(tls.protocol.isEmpty() ? tr("TLS: the handshake did not complete.")
                                              : tr("TLS: %1, cipher %2").arg(tls.protocol, tls.cipher));
        if (tls.peer) {
            details.append(tr("Certificate: %1").arg(tls.peer->subject));
            details.append(tr("Issued by: %1").arg(tls.peer->issuer));
            details.append(
                tr("Valid: %1 – %2").arg(dateText(tls.peer->notBefore.date()), dateText(tls.peer->notAfter.date())));
        }
        for (const QString& error : tls.certificateErrors)
            details.append(QStringLiteral("⚠ ") + error);
        if (tls.invalidCertificateAccepted)
            details.append(tr("⚠ The invalid certificate was accepted because you allowed it."));
    } else {
        details.append(QString());
        details.append(tr("TLS: not used (plain HTTP)."));
    }
    m_details->setPlainText(details.join(QLatin1Char('\n')));
}

// Marks the evidence in the body as shown: where the body was re-indented, each piece is found again.
void ResponseView::highlightEvidence(const QString& shown, const ReceivedResponse& response)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!shown.isEmpty() && m_verdictValue) {
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xe0, 0x82));
        format.setForeground(Qt::black);
        format.setFontUnderline(true); // not colour alone
        for (const Evidence& evidence : m_verdictValue->evidence) {
            if (evidence.offset < 0)
                continue;
            qsizetype at = evidence.offset;
            qsizetype length = evidence.length;
            if (shown != response.text) {
                if (evidence.kind == Evidence::Kind::Json) {
                    std::tie(at, length) = locateJsonField(shown, evidence.where.section(u'.', -1));
                } else {
                    const QString piece = response.text.mid(evidence.offset, evidence.length);
                    at = shown.indexOf(piece);
                    length = piece.size();
                }
            }
            if (at < 0 || length <= 0 || at + length > shown.size())
                continue;
            QTextEdit::ExtraSelection selection;
            selection.format = format;
            selection.cursor = QTextCursor(m_body->document());
            selection.cursor.setPosition(int(at));
            selection.cursor.setPosition(int(at + length), QTextCursor::KeepAnchor);
            selections.append(selection);
        }
    }
    m_body->setExtraSelections(selections);
    if (!selections.isEmpty()) {
        QTextCursor first = selections.first().cursor;
        first.clearSelection();
        m_body->setTextCursor(first);
        m_body->ensureCursorVisible();
    }
}

} // namespace pbw::ui
