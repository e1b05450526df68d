#include "tracepanel.h"

#include "extractorview.h"
#include "linkbuilderview.h"
#include "net/useragents.h"
#include "text/exchangetext.h"
#include "text/tracetext.h"
#include "timelinegrid.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace pbw::ui {

TracePanel::TracePanel(QWidget* parent, Tracer* tracer)
    : QWidget(parent)
    , m_tracer(tracer ? tracer : new Tracer(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_uaLabel(new QLabel(this))
    , m_ua(new QComboBox(this))
    , m_proxyLabel(new QLabel(this))
    , m_proxy(new QLineEdit(this))
    , m_trace(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_headline(new QLabel(this))
    , m_hops(new QTableWidget(0, 5, this))
    , m_timeline(new TimelineGrid(this))
    , m_tools(new QTabWidget(this))
    , m_hopDetails(new QPlainTextEdit(this))
    , m_extractor(new ExtractorView(this))
    , m_builder(new LinkBuilderView(this))
{
    m_url->setObjectName(QStringLiteral("traceUrl"));
    m_url->setClearButtonEnabled(true);
    m_ua->setObjectName(QStringLiteral("userAgent"));
    m_ua->setEditable(true);
    m_ua->setInsertPolicy(QComboBox::NoInsert);
    m_ua->setMinimumContentsLength(22);
    m_proxy->setObjectName(QStringLiteral("traceProxy"));
    m_trace->setObjectName(QStringLiteral("trace"));
    m_trace->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelTrace"));
    m_cancel->setEnabled(false);
    m_save->setObjectName(QStringLiteral("saveTrace"));
    m_save->setEnabled(false);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_headline->setObjectName(QStringLiteral("traceHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_headline->setFont(bold);
    m_hops->setObjectName(QStringLiteral("hops"));
    m_hops->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hops->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hops->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hops->verticalHeader()->hide();
    m_hops->setWordWrap(false);
    m_hops->setTextElideMode(Qt::ElideMiddle);
    m_hops->horizontalHeader()->setStretchLastSection(false);
    m_hops->setColumnWidth(0, 36);
    m_hops->setColumnWidth(1, 90);
    m_hops->setColumnWidth(2, 130);
    m_hops->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_hops->setColumnWidth(4, 70);
    m_hopDetails->setObjectName(QStringLiteral("hopDetails"));
    m_hopDetails->setReadOnly(true); // remote content as text, never rendered
    m_hopDetails->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hopDetails->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tools->setObjectName(QStringLiteral("traceTools"));
    m_tools->addTab(m_hopDetails, QString());
    m_tools->addTab(m_extractor, QString());
    m_tools->addTab(m_builder, QString());

    auto* top = new QGridLayout;
    top->addWidget(m_urlLabel, 0, 0);
    top->addWidget(m_url, 0, 1, 1, 5);
    top->addWidget(m_uaLabel, 1, 0);
    top->addWidget(m_ua, 1, 1);
    top->addWidget(m_proxyLabel, 1, 2);
    top->addWidget(m_proxy, 1, 3);
    top->addWidget(m_trace, 1, 4);
    top->addWidget(m_cancel, 1, 5);
    top->setColumnStretch(1, 3);
    top->setColumnStretch(3, 1);
    auto* headlineRow = new QHBoxLayout;
    headlineRow->addWidget(m_headline, 1);
    headlineRow->addWidget(m_busy);
    headlineRow->addWidget(m_save);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("traceSplitter"));
    splitter->addWidget(m_hops);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_tools);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({170, 150, 260});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(headlineRow);
    layout->addWidget(splitter, 1);

    connect(m_trace, &QPushButton::clicked, this, &TracePanel::trace);
    connect(m_url, &QLineEdit::returnPressed, this, &TracePanel::trace);
    connect(m_cancel, &QPushButton::clicked, this, &TracePanel::cancel);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_saved)
            return;
        m_saved = true;
        updateSave();
        emit saveToCase(m_result, m_qaParam, m_qaValue);
    });
    connect(m_tracer, &Tracer::hopFinished, this, &TracePanel::onHop);
    connect(m_tracer, &Tracer::finished, this, &TracePanel::onFinished);
    connect(m_hops, &QTableWidget::currentCellChanged, this, [this](int row) { showHop(row); });
    connect(m_builder, &LinkBuilderView::traceRequested, this, &TracePanel::traceUrl);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_extractor->setText(text);
        m_builder->setBase(text);
    });
    retranslate();
}

void TracePanel::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("trace/url"), m_url->text());
    settings.setValue(QStringLiteral("trace/user_agent"),
                      m_ua->currentData().toString().isEmpty() ? m_ua->currentText() : m_ua->currentData().toString());
    settings.setValue(QStringLiteral("trace/proxy"), m_proxy->text());
}

void TracePanel::restoreState(const QSettings& settings)
{
    m_url->setText(settings.value(QStringLiteral("trace/url")).toString());
    const QString ua = settings.value(QStringLiteral("trace/user_agent"), QStringLiteral("chrome")).toString();
    const int index = m_ua->findData(ua);
    if (index >= 0)
        m_ua->setCurrentIndex(index);
    else
        m_ua->setEditText(ua);
    m_proxy->setText(settings.value(QStringLiteral("trace/proxy"), m_defaultProxy).toString());
}

void TracePanel::setPreferences(const QList<UserAgentPreset>& userAgents, const QString& proxy)
{
    m_userAgents = userAgents;
    fillUserAgents();
    const QString shown = proxy == QLatin1String("none") ? QString() : proxy;
    if (m_proxy->text() == m_defaultProxy)
        m_proxy->setText(shown);
    m_defaultProxy = shown;
}

void TracePanel::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

void TracePanel::setCaseOpen(bool open)
{
    if (!open)
        m_saved = false; // a case opened later may keep this trace
    m_caseOpen = open;
    updateSave();
}

void TracePanel::updateSave()
{
    m_save->setEnabled(m_caseOpen && !m_saved && !m_result.hops.isEmpty() && !isBusy());
    m_save->setText(m_saved ? tr("Saved to the case") : tr("Save to case"));
}

void TracePanel::trace()
{
    traceUrl(m_url->text());
}

void TracePanel::traceUrl(const QString& url, const QString& qaParam, const QString& qaValue)
{
    if (isBusy())
        return;
    if (m_url->text() != url)
        m_url->setText(url);
    TraceOptions options;
    const QString typed = m_ua->currentText();
    const int index = m_ua->findText(typed);
    options.userAgent = index >= 0 ? userAgentFor(m_ua->itemData(index).toString(), m_userAgents) : typed.trimmed();
    if (!m_proxy->text().trimmed().isEmpty()) {
        const auto proxy = ProxySetting::parse(m_proxy->text());
        if (!proxy) {
            m_headline->setText(proxy.error().message());
            return;
        }
        options.proxy = proxy.value();
    }
    const auto started = m_tracer->trace(url, options);
    if (!started) {
        m_headline->setText(started.error().message());
        m_headline->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_running = started.value();
    m_qaParam = qaParam;
    m_qaValue = qaValue;
    m_result = ClickTrace();
    m_timelines.clear();
    m_hops->setRowCount(0);
    m_timeline->showTimelines({}, 0);
    m_hopDetails->clear();
    m_headline->setStyleSheet(QString());
    m_headline->setText(qaValue.isEmpty() ? tr("Following the click…")
                                          : tr("QA click: following %1=%2…").arg(qaParam, qaValue));
    setBusy(true);
}

void TracePanel::cancel()
{
    if (m_running)
        m_tracer->cancel(m_running);
}

void TracePanel::onHop(Tracer::Id id, const TraceHop& hop)
{
    if (id != m_running)
        return;
    addHopRow(hop);
}

void TracePanel::addHopRow(const TraceHop& hop)
{
    const int row = m_hops->rowCount();
    m_hops->insertRow(row);
    const double ms = hop.exchange.timing.totalMs;
    const QStringList cells{QString::number(hop.n), hopStatusText(hop),
                            hop.exchange.error ? tr("error") : hop.kindText(), hop.url,
                            ms >= 0 ? tr("%1 ms").arg(ms, 0, 'f', 0) : QString()};
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(column == 3 && !hop.next.isEmpty() ? hop.url + QStringLiteral("\n→ ") + hop.next
                                                            : cells.at(column));
        m_hops->setItem(row, column, item);
    }
}

void TracePanel::onFinished(Tracer::Id id, const ClickTrace& trace)
{
    if (id != m_running)
        return;
    m_running = 0;
    setBusy(false);
    showResult(trace);
    // A QA click is the case's reference click: kept at once when a case is open.
    if (!m_qaValue.isEmpty() && m_caseOpen && !trace.hops.isEmpty()) {
        m_saved = true;
        updateSave();
        emit saveToCase(m_result, m_qaParam, m_qaValue);
    }
}

void TracePanel::showResult(const ClickTrace& trace)
{
    m_result = trace;
    m_saved = false;
    m_timelines = paramTimelines(trace);
    m_timeline->showTimelines(m_timelines, int(trace.hops.size()));
    const bool intact = clickIdsIntact(trace, m_timelines);
    QString headline = traceHeadline(trace, m_timelines);
    if (!m_qaValue.isEmpty())
        headline = qaVerdict() + QLatin1Char('\n') + headline;
    else if (trace.stopped != ClickTrace::Stop::Final && !headline.contains(trace.stopText()))
        headline += QLatin1Char('\n') + trace.stopText();
    m_headline->setText(headline);
    m_headline->setStyleSheet(intact ? QStringLiteral("color: #0a6b2d;") : QStringLiteral("color: #b00020;"));
    if (m_hops->rowCount() > 0)
        m_hops->setCurrentCell(m_hops->rowCount() - 1, 0);
    updateSave();
    emit statusMessage(headline.section(QLatin1Char('\n'), 0, 0));
}

QString TracePanel::qaVerdict() const
{
    return qaClickText(m_result, m_timelines, m_qaParam, m_qaValue);
}

void TracePanel::showHop(int row)
{
    if (row < 0 || row >= m_result.hops.size()) {
        m_hopDetails->clear();
        return;
    }
    const TraceHop& hop = m_result.hops.at(row);
    QString text = tr("Hop %1: %2").arg(hop.n).arg(hop.kindText());
    if (!hop.next.isEmpty())
        text += QStringLiteral("\n→ ") + hop.next;
    if (!hop.evidence.isEmpty())
        text += QStringLiteral("\n") + tr("Read from: %1").arg(hop.evidence);
    text += QStringLiteral("\n\n") + exchangeAsText(hop.exchange);
    m_hopDetails->setPlainText(text);
    m_tools->setCurrentWidget(m_hopDetails);
}

void TracePanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_trace->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    updateSave();
}

void TracePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_result.hops.isEmpty() && !isBusy()) {
            const ClickTrace trace = m_result;
            m_hops->setRowCount(0);
            for (const TraceHop& hop : trace.hops)
                addHopRow(hop);
            showResult(trace);
        }
    }
    QWidget::changeEvent(event);
}

// The shipped presets, then the user's own; the chosen one (or a typed user agent) stays chosen.
void TracePanel::fillUserAgents()
{
    const QString current = m_ua->currentData().toString();
    const QString typed = m_ua->currentText();
    m_ua->clear();
    for (const UserAgentPreset& preset : userAgentPresets() + m_userAgents) {
        m_ua->addItem(preset.name, preset.key);
        m_ua->setItemData(m_ua->count() - 1, preset.value, Qt::ToolTipRole);
    }
    const int index = m_ua->findData(current.isEmpty() ? QStringLiteral("chrome") : current);
    if (index >= 0 || current.isEmpty())
        m_ua->setCurrentIndex(qMax(0, index));
    else
        m_ua->setEditText(typed);
}

void TracePanel::retranslate()
{
    m_urlLabel->setText(tr("Click URL"));
    m_url->setPlaceholderText(tr("the ad's click URL, with its gclid, fbclid or tracker parameters"));
    m_uaLabel->setText(tr("User agent"));
    fillUserAgents(); // the shipped presets' names are translated
    m_proxyLabel->setText(tr("Proxy"));
    m_proxy->setPlaceholderText(tr("empty: a direct connection · system · http://host:port"));
    m_trace->setText(tr("Trace"));
    m_cancel->setText(tr("Cancel"));
    updateSave();
    m_save->setToolTip(tr("Keep the hops in the open case as the reference click, with the story as a note"));
    m_hops->setHorizontalHeaderLabels({tr("#"), tr("Status"), tr("Kind"), tr("URL"), tr("Time")});
    m_tools->setTabText(0, tr("Hop details"));
    // What a screen reader says for each control.
    m_url->setAccessibleName(tr("Click URL"));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_ua->setAccessibleName(tr("User agent"));
    m_hops->setAccessibleName(tr("Hops"));
    m_timeline->setAccessibleName(tr("Click IDs and parameters, hop by hop"));
    m_hopDetails->setAccessibleName(tr("Hop details"));
    m_tools->setTabText(1, tr("Click ID extractor"));
    m_tools->setTabText(2, tr("Link builder and QA click"));
    if (m_result.hops.isEmpty() && !isBusy())
        m_headline->setText(tr("Paste the ad's click URL and press Trace: every hop down to the landing page, and "
                               "where a click ID is lost."));
}

} // namespace pbw::ui
