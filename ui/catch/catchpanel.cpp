#include "catchpanel.h"

#include "catch/catchanswers.h"
#include "catchsession.h"
#include "caughtdetails.h"
#include "caughtmodel.h"
#include "listenerform.h"
#include "widgets/plaintextlabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

QString answerText(const CatchAnswer& answer)
{
    const QString body = QString::fromUtf8(answer.body).simplified();
    if (body.isEmpty())
        return CatchPanel::tr("Answers HTTP %1 with no body.").arg(answer.status);
    return CatchPanel::tr("Answers HTTP %1 (%2): %3")
        .arg(answer.status)
        .arg(QString::fromLatin1(answer.contentType), body.size() > 120 ? body.left(119) + u'…' : body);
}

} // namespace

CatchPanel::CatchPanel(CatchSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(new ListenerForm(session, this))
    , m_start(new QPushButton(this))
    , m_state(plainTextLabel(this, QStringLiteral("catchState")))
    , m_urlLabel(new QLabel(this))
    , m_trackerUrl(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_templateLabel(new QLabel(this))
    , m_template(new QLineEdit(this))
    , m_caseTemplate(new QPushButton(this))
    , m_templateSource(plainTextLabel(this, QStringLiteral("templateSource")))
    , m_answerLabel(new QLabel(this))
    , m_answer(new QComboBox(this))
    , m_answerBody(plainTextLabel(this, QStringLiteral("answerBody")))
    , m_saveEach(new QCheckBox(this))
    , m_counts(plainTextLabel(this, QStringLiteral("catchCounts")))
    , m_table(new QTableView(this))
    , m_details(new CaughtDetails(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_save(new QPushButton(this))
    , m_openReplay(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_countsTimer(new QTimer(this))
    , m_templateTimer(new QTimer(this))
{
    m_start->setObjectName(QStringLiteral("startCatch"));
    m_trackerUrl->setObjectName(QStringLiteral("trackerUrl"));
    m_copy->setObjectName(QStringLiteral("copyTrackerUrl"));
    m_template->setObjectName(QStringLiteral("catchTemplate"));
    m_caseTemplate->setObjectName(QStringLiteral("useCaseTemplate"));
    m_answer->setObjectName(QStringLiteral("catchAnswer"));
    m_saveEach->setObjectName(QStringLiteral("saveEachCallback"));
    m_table->setObjectName(QStringLiteral("caughtTable"));
    m_details->setObjectName(QStringLiteral("caughtDetails"));
    m_split->setObjectName(QStringLiteral("catchSplit"));
    m_save->setObjectName(QStringLiteral("saveCaught"));
    m_openReplay->setObjectName(QStringLiteral("openCaughtInReplay"));
    m_clear->setObjectName(QStringLiteral("clearCaught"));
    m_urlLabel->setBuddy(m_trackerUrl);
    m_templateLabel->setBuddy(m_template);
    m_answerLabel->setBuddy(m_answer);

    m_start->setDefault(false);
    m_trackerUrl->setReadOnly(true);
    m_template->setClearButtonEnabled(true);
    m_answer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_answerBody->setWordWrap(false);
    // A partner's long answer is cut at the window's edge; it never widens the window.
    m_answerBody->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(200);
    m_templateTimer->setSingleShot(true);
    m_templateTimer->setInterval(400);

    // Ten thousand callbacks: every row the same height, nothing measured by reading its cells.
    m_table->setModel(m_session->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CaughtModel::Verdict, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<int> widths{0, 12, 5, 26, 20, 8};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths.at(c) * em);
    m_table->setColumnWidth(CaughtModel::Time, fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 16);

    auto* listen = new QHBoxLayout;
    listen->addWidget(m_form, 1);
    listen->addWidget(m_start, 0, Qt::AlignTop);
    auto* grid = new QGridLayout;
    grid->addWidget(m_urlLabel, 0, 0);
    auto* url = new QHBoxLayout;
    url->addWidget(m_trackerUrl, 1);
    url->addWidget(m_copy);
    grid->addLayout(url, 0, 1);
    grid->addWidget(m_state, 1, 1);
    grid->addWidget(m_templateLabel, 2, 0);
    auto* templ = new QHBoxLayout;
    templ->addWidget(m_template, 1);
    templ->addWidget(m_caseTemplate);
    grid->addLayout(templ, 2, 1);
    grid->addWidget(m_templateSource, 3, 1);
    grid->addWidget(m_answerLabel, 4, 0);
    auto* answer = new QHBoxLayout;
    answer->addWidget(m_answer);
    answer->addWidget(m_answerBody, 1);
    grid->addLayout(answer, 4, 1);
    grid->setColumnStretch(1, 1);
    auto* tableBox = new QWidget(m_split);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_counts, 1);
    actions->addWidget(m_saveEach);
    actions->addWidget(m_save);
    actions->addWidget(m_openReplay);
    actions->addWidget(m_clear);
    tableLayout->addLayout(actions);
    tableLayout->addWidget(m_table, 1);
    m_split->addWidget(tableBox);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(listen);
    layout->addLayout(grid);
    layout->addWidget(m_split, 1);

    connect(m_start, &QPushButton::clicked, this, &CatchPanel::startOrStop);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_trackerUrl->text());
        emit statusMessage(tr("Copied: give this URL to the tracker in place of the partner's."));
    });
    connect(m_form, &ListenerForm::changed, this, &CatchPanel::settingsChanged);
    connect(m_form, &ListenerForm::problem, this, [this](const QString& text) {
        m_state->setText(text);
        emit statusMessage(text);
    });
    connect(m_template, &QLineEdit::textEdited, m_templateTimer, qOverload<>(&QTimer::start));
    connect(m_template, &QLineEdit::editingFinished, this, &CatchPanel::templateEdited);
    connect(m_templateTimer, &QTimer::timeout, this, &CatchPanel::templateEdited);
    connect(m_caseTemplate, &QPushButton::clicked, this, [this] {
        m_template->setText(m_session->caseTemplate());
        templateEdited();
    });
    connect(m_answer, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_answer->currentData().toString();
        if (id.isEmpty() || id == m_session->answerId())
            return;
        m_session->setAnswer(id);
        if (const auto choice = catchAnswerChoice(id))
            m_answerBody->setText(answerText(choice->answer));
        if (m_session->isListening())
            emit statusMessage(tr("The next callbacks get: %1").arg(m_answer->currentText()));
        emit settingsChanged();
    });
    connect(m_saveEach, &QCheckBox::toggled, this, [this](bool on) {
        m_session->setSaveEach(on);
        emit settingsChanged();
    });
    connect(m_save, &QPushButton::clicked, this, &CatchPanel::saveSelected);
    connect(m_openReplay, &QPushButton::clicked, this, &CatchPanel::openSelected);
    connect(m_table, &QTableView::doubleClicked, this, &CatchPanel::openSelected);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_session->clear();
        m_details->clear();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatchPanel::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatchPanel::updateButtons);
    CaughtModel* model = m_session->model();
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar* bar = m_table->verticalScrollBar();
        m_followEnd = bar->value() >= bar->maximum();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followEnd)
            m_table->scrollToBottom();
        if (!m_countsTimer->isActive()) // a steady stream still sees its counters move
            m_countsTimer->start();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &CatchPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_details->clear();
        showCounts();
    });
    connect(m_session, &CatchSession::listeningChanged, this, [this](bool listening) {
        showListening();
        emit listeningChanged(listening);
    });
    connect(m_session, &CatchSession::countsChanged, this, [this] {
        if (!m_countsTimer->isActive())
            m_countsTimer->start();
    });
    connect(m_countsTimer, &QTimer::timeout, this, &CatchPanel::showCounts);
    connect(m_session, &CatchSession::caseChanged, this, &CatchPanel::showCase);
    connect(m_session, &CatchSession::autoSaved, this,
            [this](int count) { emit statusMessage(tr("%n callback(s) saved to the case.", nullptr, count)); });
    connect(m_session, &CatchSession::problem, this, &CatchPanel::statusMessage);

    retranslate();
}

bool CatchPanel::isListening() const
{
    return m_session->isListening();
}

void CatchPanel::start()
{
    if (m_session->isListening())
        return;
    QString problem;
    const std::optional<CatchOptions> options = m_form->options(&problem);
    if (!options) {
        m_state->setText(problem);
        emit statusMessage(problem);
        return;
    }
    const auto started = m_session->start(*options);
    if (!started) {
        m_state->setText(started.error());
        emit statusMessage(started.error());
        return;
    }
    if (options->port == 0)
        m_form->setPort(m_session->port()); // the next start takes the same port: the tracker's URL holds
    emit settingsChanged(); // the secret prefix, kept for the next time
    emit statusMessage(tr("Listening: give the tracker the URL shown, in place of the partner's."));
}

void CatchPanel::stop()
{
    if (!m_session->isListening())
        return;
    m_session->stop();
    emit statusMessage(tr("Stopped listening; %n callback(s) kept in the table.", nullptr, m_session->model()->size()));
}

void CatchPanel::startOrStop()
{
    if (m_session->isListening())
        stop();
    else
        start();
}

void CatchPanel::focusTemplate()
{
    m_template->setFocus();
    m_template->selectAll();
}

void CatchPanel::showListening()
{
    const bool listening = m_session->isListening();
    m_form->setListening(listening);
    m_start->setText(listening ? tr("Stop") : tr("Start listening"));
    m_start->setToolTip(listening ? tr("Stop listening (Esc)") : tr("Start listening (Ctrl+Enter)"));
    m_trackerUrl->setText(listening ? m_session->trackerUrl() : QString());
    m_copy->setEnabled(listening);
    if (listening) {
        QString state = tr("Listening at %1.").arg(m_session->catchUrl());
        if (!m_session->certificateFingerprint().isEmpty())
            state += u' '
                + tr("The tracker's side must trust the certificate with SHA-256 fingerprint %1.")
                      .arg(m_session->certificateFingerprint());
        m_state->setText(state);
    } else {
        m_state->setText(tr("Not listening."));
    }
}

void CatchPanel::showCounts()
{
    const QLocale locale;
    QStringList parts{tr("%n kept", nullptr, m_session->caughtCount())};
    for (int i = 0; i < catchRefusalCount; ++i) {
        const auto refusal = CatchRefusal(i);
        if (const int count = m_session->refusalCount(refusal))
            parts.append(tr("%1 refused %2").arg(locale.toString(count), catchRefusalName(refusal)));
    }
    if (m_session->model()->size() != m_session->caughtCount())
        parts.append(tr("%n in the table", nullptr, m_session->model()->size()));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
}

void CatchPanel::showCase()
{
    const QString approved = m_session->caseTemplate();
    const QString typed = m_template->text().trimmed();
    // The case's template follows the case, unless the user pasted another one.
    if (typed.isEmpty() || typed == m_shownCaseTemplate) {
        if (approved != typed) {
            m_template->setText(approved);
            templateEdited();
        }
    }
    m_shownCaseTemplate = approved;
    const QString shown = m_template->text().trimmed();
    m_caseTemplate->setEnabled(!approved.isEmpty() && approved != shown);
    if (shown.isEmpty())
        m_templateSource->setText(tr("No template: each callback is checked on its own (macros left literal, "
                                     "empty values, a URL cut short). Paste the partner's template to check every "
                                     "parameter."));
    else if (shown == approved)
        m_templateSource->setText(tr("The approved template of the case \"%1\".").arg(m_session->caseTitle()));
    else if (approved.isEmpty())
        m_templateSource->setText(tr("Pasted here."));
    else
        m_templateSource->setText(tr("Pasted here; the case's approved template is another one."));
    m_saveEach->setEnabled(m_session->caseOpen());
    m_saveEach->setToolTip(
        m_session->caseOpen()
            ? tr("Keep every callback in the case \"%1\" as a test callback as it comes").arg(m_session->caseTitle())
            : tr("Open or create a case first: the callbacks are kept in a case."));
    updateButtons();
}

void CatchPanel::templateEdited()
{
    m_templateTimer->stop();
    const QString text = m_template->text().trimmed();
    if (text == m_session->templateText())
        return;
    m_session->setTemplateText(text);
    showListening();
    showSelected();
    showCase();
    emit settingsChanged();
}

QList<int> CatchPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    return rows;
}

void CatchPanel::showSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_session->model()->size())
        m_details->clear();
    else
        m_details->show(m_session->model()->at(row));
    updateButtons();
}

void CatchPanel::updateButtons()
{
    bool unsaved = false;
    const QList<int> rows = selectedRows();
    for (const int row : rows)
        unsaved = unsaved || !m_session->model()->at(row).saved;
    m_save->setEnabled(unsaved && m_session->caseOpen());
    m_save->setToolTip(m_session->caseOpen() ? tr("Keep the selected callbacks in the case as test callbacks")
                                             : tr("Open or create a case first: the callbacks are kept in a case."));
    m_openReplay->setEnabled(m_table->currentIndex().isValid());
    m_clear->setEnabled(m_session->model()->size() > 0);
}

void CatchPanel::saveSelected()
{
    int count = 0;
    if (m_session->save(selectedRows(), &count))
        emit statusMessage(tr("%n callback(s) saved to the case as test callbacks.", nullptr, count));
    else
        emit statusMessage(m_session->lastError());
    updateButtons();
}

void CatchPanel::openSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_session->model()->size())
        return;
    // The callback as the partner would have received it: the partner's address put back.
    const CaughtCallback& callback = m_session->model()->at(row);
    ReplayRequest request;
    request.method = callback.exchange.request.method;
    request.url = callback.check.url;
    request.body = callback.exchange.request.body;
    if (const QByteArray type = headerValue(callback.exchange.request.headers, "Content-Type"); !type.isEmpty())
        request.headers.append(Header{"Content-Type", type});
    emit openInReplay(request);
}

void CatchPanel::fillAnswers()
{
    const QSignalBlocker block(m_answer);
    m_answer->clear();
    QString platform;
    for (const CatchAnswerChoice& choice : catchAnswerChoices()) {
        if (m_answer->count() > 0 && choice.platform != platform)
            m_answer->insertSeparator(m_answer->count());
        platform = choice.platform;
        m_answer->addItem(catchAnswerLabel(choice), choice.id);
        const QString tip = choice.source.isEmpty()
            ? answerText(choice.answer)
            : answerText(choice.answer) + u'\n' + tr("Documented: %1").arg(choice.source);
        m_answer->setItemData(m_answer->count() - 1,
                              QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(tip.toHtmlEscaped()),
                              Qt::ToolTipRole);
    }
    m_answer->setCurrentIndex(std::max(0, m_answer->findData(m_session->answerId())));
    if (const auto choice = catchAnswerChoice(m_session->answerId()))
        m_answerBody->setText(answerText(choice->answer));
}

void CatchPanel::saveState(QSettings& settings) const
{
    m_form->saveState(settings);
    settings.setValue(QStringLiteral("catch/prefix"), m_session->prefix());
    settings.setValue(QStringLiteral("catch/answer"), m_session->answerId());
    settings.setValue(QStringLiteral("catch/saveEach"), m_saveEach->isChecked());
    // A template pasted here is kept; the case's own is read from the case.
    const QString typed = m_template->text().trimmed();
    settings.setValue(QStringLiteral("catch/template"), typed == m_shownCaseTemplate ? QString() : typed);
    settings.setValue(QStringLiteral("catch/split"), m_split->saveState());
}

void CatchPanel::restoreState(const QSettings& settings)
{
    m_form->restoreState(settings);
    m_session->setPrefix(settings.value(QStringLiteral("catch/prefix")).toString());
    m_session->setAnswer(settings.value(QStringLiteral("catch/answer"), m_session->answerId()).toString());
    fillAnswers();
    m_saveEach->setChecked(settings.value(QStringLiteral("catch/saveEach"), false).toBool());
    if (const QString typed = settings.value(QStringLiteral("catch/template")).toString(); !typed.isEmpty()) {
        m_template->setText(typed);
        templateEdited();
    }
}

void CatchPanel::hideEvent(QHideEvent* event)
{
    // Another tab is shown (not the window closing): it shows the case with every callback saved.
    if (!isVisibleTo(window()))
        m_session->showSavedInViews();
    QWidget::hideEvent(event);
}

void CatchPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Each column at least as wide as its header in the language of the moment (cells are not read).
void CatchPanel::fitHeaders()
{
    const QFontMetrics metrics = m_table->horizontalHeader()->fontMetrics();
    for (int c = 0; c < CaughtModel::columns; ++c) {
        const int needed = metrics.horizontalAdvance(m_session->model()->headerData(c, Qt::Horizontal).toString()) + 24;
        if (m_table->columnWidth(c) < needed)
            m_table->setColumnWidth(c, needed);
    }
}

void CatchPanel::retranslate()
{
    m_form->retranslate();
    m_details->retranslate();
    m_urlLabel->setText(tr("Give the tracker:"));
    m_trackerUrl->setPlaceholderText(tr("Start listening to get the URL to give the tracker"));
    m_trackerUrl->setAccessibleName(tr("The URL to give the tracker"));
    m_copy->setText(tr("Copy"));
    m_templateLabel->setText(tr("Partner's template:"));
    m_template->setPlaceholderText(tr("https://partner.example/postback?click_id={clickid}&payout={payout}"));
    m_template->setAccessibleName(tr("Partner's template"));
    m_caseTemplate->setText(tr("Use the case's"));
    m_caseTemplate->setToolTip(tr("Check against the approved template kept in the open case"));
    m_answerLabel->setText(tr("Answer with:"));
    m_answer->setToolTip(tr("What the tracker gets back: a partner's documented success or refusal. Changes apply "
                            "to the next callbacks."));
    m_saveEach->setText(tr("Save each callback to the case"));
    m_table->setAccessibleName(tr("Callbacks caught"));
    m_save->setText(tr("Save to the case"));
    m_openReplay->setText(tr("Open in Replay"));
    m_openReplay->setToolTip(tr("Load the callback into Replay as the partner would have received it (or "
                                "double-click the row)"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Empty the table; what is saved in the case stays there"));
    fillAnswers();
    m_session->model()->retranslate();
    fitHeaders();
    m_session->rejudge(); // the findings are words: read again in the new language
    showListening();
    showCounts();
    showCase();
    showSelected();
}

} // namespace pbw::ui
