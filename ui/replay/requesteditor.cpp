#include "requesteditor.h"

#include "net/curlcommand.h"
#include "net/replayer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

QTableWidget* makeTable(QWidget* parent)
{
    auto* table = new QTableWidget(0, 2, parent);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table->setColumnWidth(0, 160);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

RequestEditor::RequestEditor(QWidget* parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_url(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_params(makeTable(this))
    , m_headers(makeTable(this))
    , m_addParam(new QPushButton(this))
    , m_removeParam(new QPushButton(this))
    , m_addHeader(new QPushButton(this))
    , m_removeHeader(new QPushButton(this))
    , m_contentType(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_timeoutLabel(new QLabel(this))
    , m_timeout(new QDoubleSpinBox(this))
    , m_follow(new QCheckBox(this))
    , m_proxyLabel(new QLabel(this))
    , m_proxy(new QLineEdit(this))
    , m_insecure(new QCheckBox(this))
    , m_insecureWarning(new QLabel(this))
    , m_previewTitle(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setFont(mono);
    m_url->setTabChangesFocus(true);
    m_url->setWordWrapMode(QTextOption::WrapAnywhere);
    m_url->setFixedHeight(m_url->fontMetrics().lineSpacing() * 4 + 12);
    m_url->installEventFilter(this);
    m_params->setObjectName(QStringLiteral("params"));
    m_headers->setObjectName(QStringLiteral("headers"));
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setFont(mono);
    m_preview->setObjectName(QStringLiteral("wirePreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(mono);
    m_preview->setWordWrapMode(QTextOption::WrapAnywhere);
    m_preview->setMaximumHeight(m_preview->fontMetrics().lineSpacing() * 7 + 12);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(0.1, 3600);
    m_timeout->setDecimals(1);
    m_timeout->setValue(ReplayOptions::DefaultTimeoutMs / 1000.0);
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_insecure->setObjectName(QStringLiteral("insecure"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setVisible(false);
    m_contentType->setObjectName(QStringLiteral("contentType"));

    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_method, 0, Qt::AlignTop);
    urlRow->addWidget(m_url, 1);

    auto* paramsPage = new QWidget(this);
    auto* paramsLayout = new QVBoxLayout(paramsPage);
    auto* paramButtons = new QHBoxLayout;
    paramButtons->addWidget(m_addParam);
    paramButtons->addWidget(m_removeParam);
    paramButtons->addStretch();
    paramsLayout->addWidget(m_params);
    paramsLayout->addLayout(paramButtons);

    auto* headersPage = new QWidget(this);
    auto* headersLayout = new QVBoxLayout(headersPage);
    auto* headerButtons = new QHBoxLayout;
    headerButtons->addWidget(m_addHeader);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addStretch();
    headersLayout->addWidget(m_headers);
    headersLayout->addLayout(headerButtons);

    auto* bodyPage = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->addWidget(m_contentType);
    bodyLayout->addWidget(m_body);

    auto* optionsPage = new QWidget(this);
    auto* optionsLayout = new QFormLayout(optionsPage);
    optionsLayout->addRow(m_timeoutLabel, m_timeout);
    optionsLayout->addRow(m_proxyLabel, m_proxy);
    optionsLayout->addRow(m_follow);
    optionsLayout->addRow(m_insecure);
    optionsLayout->addRow(m_insecureWarning);

    m_tabs->addTab(paramsPage, QString());
    m_tabs->addTab(headersPage, QString());
    m_tabs->addTab(bodyPage, QString());
    m_tabs->addTab(optionsPage, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(urlRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_preview);

    connect(m_url, &QPlainTextEdit::textChanged, this, &RequestEditor::onUrlChanged);
    connect(m_params, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_syncing)
            onParamEdited(item->row());
    });
    connect(m_addParam, &QPushButton::clicked, this, [this] {
        m_split.params.append(paramFromDecoded(QStringLiteral("key"), QString()));
        m_split.hasQuery = true;
        setUrlText(joinQuery(m_split));
        m_params->setCurrentCell(m_params->rowCount() - 1, 0);
        m_params->editItem(m_params->item(m_params->rowCount() - 1, 0));
    });
    connect(m_removeParam, &QPushButton::clicked, this, [this] {
        const int row = m_params->currentRow();
        if (row < 0 || row >= m_split.params.size())
            return;
        m_split.params.removeAt(row);
        setUrlText(joinQuery(m_split));
    });
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow();
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0)
            m_headers->removeRow(m_headers->currentRow());
        updatePreview();
    });
    connect(m_headers, &QTableWidget::itemChanged, this, [this] { updatePreview(); });
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestEditor::updatePreview);
    connect(m_method, &QComboBox::currentTextChanged, this, &RequestEditor::updatePreview);
    connect(m_contentType, &QComboBox::currentIndexChanged, this, &RequestEditor::updatePreview);
    connect(m_proxy, &QLineEdit::textChanged, this, &RequestEditor::updatePreview);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, &RequestEditor::changed);
    connect(m_follow, &QCheckBox::toggled, this, &RequestEditor::changed);
    connect(m_insecure, &QCheckBox::toggled, this, [this](bool on) {
        m_insecureWarning->setVisible(on);
        emit changed();
    });

    retranslate(); // also draws the first preview
}

bool RequestEditor::eventFilter(QObject* watched, QEvent* event)
{
    // A URL never holds a line break: Return sends, as in a browser's address bar. A pasted curl
    // command keeps its line breaks because pasting is not a key press.
    if (watched == m_url && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            emit sendRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RequestEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RequestEditor::retranslate()
{
    // "system" and the URLs are what is typed (as pbw's --proxy takes them; "none" too): the rest is words.
    m_proxy->setPlaceholderText(tr("empty: a direct connection · system · http://host:port · socks5://host:port"));
    m_url->setPlaceholderText(tr("Paste the callback URL, or a curl command (Copy as cURL), e.g. "
                                 "https://tracker.example/postback?subid={clickid}&payout=1.5"));
    m_method->setToolTip(tr("HTTP method"));
    m_params->setHorizontalHeaderLabels({tr("Parameter"), tr("Value (decoded)")});
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_addParam->setText(tr("Add parameter"));
    m_removeParam->setText(tr("Remove parameter"));
    m_addHeader->setText(tr("Add header"));
    m_removeHeader->setText(tr("Remove header"));
    m_tabs->setTabText(0, tr("Parameters"));
    m_tabs->setTabText(1, tr("Headers"));
    m_tabs->setTabText(2, tr("Body"));
    m_tabs->setTabText(3, tr("Options"));
    const int type = qMax(0, m_contentType->currentIndex());
    const QSignalBlocker blocker(m_contentType);
    m_contentType->clear();
    m_contentType->addItem(tr("Content type: automatic (JSON or form)"), QString());
    m_contentType->addItem(tr("Form (application/x-www-form-urlencoded)"),
                           QStringLiteral("application/x-www-form-urlencoded"));
    m_contentType->addItem(tr("JSON (application/json)"), QStringLiteral("application/json"));
    m_contentType->addItem(tr("Plain text (text/plain)"), QStringLiteral("text/plain"));
    m_contentType->setCurrentIndex(type);
    m_body->setPlaceholderText(tr("Body of a POST callback, sent byte for byte. Leave empty for GET."));
    m_timeoutLabel->setText(tr("Timeout, seconds:"));
    m_proxyLabel->setText(tr("Proxy:"));
    m_follow->setText(tr("Follow redirects (a 3xx is otherwise shown as the answer)"));
    m_insecure->setText(tr("Accept an invalid certificate"));
    m_insecureWarning->setText(tr("⚠ Certificate errors will be ignored for this request. The exchange records "
                                  "that you allowed it."));
    m_previewTitle->setText(tr("What will be sent"));
    m_preview->setAccessibleName(tr("What will be sent"));
    m_url->setAccessibleName(tr("Callback URL"));
    m_method->setAccessibleName(tr("Method"));
    m_params->setAccessibleName(tr("Parameters"));
    m_headers->setAccessibleName(tr("Headers"));
    m_body->setAccessibleName(tr("Body"));
    m_contentType->setAccessibleName(tr("Content type"));
    m_timeout->setAccessibleName(tr("Timeout, seconds:").remove(u':'));
    m_proxy->setAccessibleName(tr("Proxy:").remove(u':'));
    updatePreview();
}

QString RequestEditor::urlText() const
{
    return m_url->toPlainText();
}

void RequestEditor::setUrlText(const QString& text)
{
    if (text != m_url->toPlainText())
        m_url->setPlainText(text);
}

ReplayRequest RequestEditor::request() const
{
    ReplayRequest request;
    request.method = m_method->currentText().trimmed().toLatin1();
    request.url = m_url->toPlainText();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = cell(m_headers, row, 0).trimmed();
        if (!name.isEmpty())
            request.headers.append(Header(name.toLatin1(), cell(m_headers, row, 1).toUtf8()));
    }
    request.body = m_body->toPlainText().toUtf8();
    const QString type = m_contentType->currentData().toString();
    if (!request.body.isEmpty() && !type.isEmpty() && !hasHeader(request.headers, "Content-Type"))
        request.headers.append(Header("Content-Type", type.toLatin1()));
    request.options.timeoutMs = int(m_timeout->value() * 1000);
    request.options.maxBodyBytes = m_defaults.maxBodyBytes;
    request.options.followRedirects = m_follow->isChecked();
    request.options.acceptInvalidCertificate = m_insecure->isChecked();
    if (const auto proxy = ProxySetting::parse(m_proxy->text()); proxy.ok())
        request.options.proxy = proxy.value();
    return request;
}

void RequestEditor::setDefaults(const ReplayOptions& defaults)
{
    m_defaults = defaults;
    m_timeout->setValue(defaults.timeoutMs / 1000.0);
    m_proxy->setText(defaults.proxy.mode == ProxySetting::Mode::None ? QString() : defaults.proxy.toString());
}

void RequestEditor::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

void RequestEditor::setRequest(const ReplayRequest& request)
{
    m_method->setCurrentText(QString::fromLatin1(request.method));
    m_headers->setRowCount(0);
    for (const auto& [name, value] : request.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0 && !request.body.isEmpty()) {
            const int index = m_contentType->findData(QString::fromLatin1(value));
            if (index > 0) {
                m_contentType->setCurrentIndex(index);
                continue;
            }
        }
        addHeaderRow(QString::fromLatin1(name), QString::fromUtf8(value));
    }
    m_body->setPlainText(QString::fromUtf8(request.body));
    m_timeout->setValue(request.options.timeoutMs / 1000.0);
    m_follow->setChecked(request.options.followRedirects);
    m_insecure->setChecked(request.options.acceptInvalidCertificate);
    m_proxy->setText(request.options.proxy.mode == ProxySetting::Mode::None ? QString()
                                                                            : request.options.proxy.toString());
    setUrlText(request.url);
    updatePreview();
}

void RequestEditor::addHeaderRow(const QString& name, const QString& value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

bool RequestEditor::takeCurlCommand(const QString& text)
{
    if (!looksLikeCurlCommand(text))
        return false;
    const auto parsed = parseCurlCommand(text);
    if (!parsed) {
        // Keep what was pasted; say why it cannot be used.
        m_curlProblem = parsed.error().message();
        return false;
    }
    m_curlProblem.clear();
    setRequest(parsed.value().request);
    return true;
}

void RequestEditor::onUrlChanged()
{
    if (m_syncing)
        return;
    m_curlProblem.clear();
    if (takeCurlCommand(m_url->toPlainText()))
        return;
    fillParams();
    updatePreview();
}

void RequestEditor::fillParams()
{
    m_split = splitQuery(m_url->toPlainText().trimmed());
    m_syncing = true;
    m_params->setRowCount(int(m_split.params.size()));
    for (int row = 0; row < m_split.params.size(); ++row) {
        const QueryParam& param = m_split.params.at(row);
        m_params->setItem(row, 0, new QTableWidgetItem(param.key));
        m_params->setItem(row, 1, new QTableWidgetItem(param.value));
    }
    m_syncing = false;
}

void RequestEditor::onParamEdited(int row)
{
    if (row < 0 || row >= m_split.params.size())
        return;
    m_split.params[row] = paramFromDecoded(cell(m_params, row, 0), cell(m_params, row, 1));
    m_syncing = true;
    m_url->setPlainText(joinQuery(m_split));
    m_syncing = false;
    updatePreview();
}

void RequestEditor::updatePreview()
{
    if (!m_curlProblem.isEmpty()) {
        m_preview->setPlainText(QStringLiteral("✗ ") + m_curlProblem);
        emit changed();
        return;
    }
    if (m_url->toPlainText().trimmed().isEmpty()) {
        m_preview->setPlainText(tr("Nothing to send yet."));
        emit changed();
        return;
    }
    const auto prepared = Replayer::prepare(request());
    if (!prepared) {
        m_preview->setPlainText(QStringLiteral("✗ ") + prepared.error().message());
        emit changed();
        return;
    }
    const Exchange& exchange = prepared.value();
    QStringList lines;
    lines.append(QString::fromLatin1(exchange.request.method) + QLatin1Char(' ') + exchange.request.url);
    if (exchange.notes.isEmpty()) {
        lines.append(tr("✓ Sent exactly as typed."));
    } else {
        lines.append(tr("Sent differently from what you typed:"));
        for (const WireNote& note : exchange.notes)
            lines.append(QStringLiteral("• ") + note.text());
    }
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
    emit changed();
}

} // namespace pbw::ui
