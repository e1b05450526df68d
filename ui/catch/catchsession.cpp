#include "catchsession.h"

#include "analysis/verdict.h"
#include "cases/casesession.h"
#include "catch/catchanswers.h"
#include "catch/catcher.h"
#include "catch/trackerurl.h"
#include "caughtmodel.h"
#include "util/datafolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>

namespace pbw::ui {

namespace {

constexpr int batchMs = 100;
constexpr int saveMs = 500;
constexpr int oneByOneAtMost = 20; // more than this, asked at once, are saved as one batch
constexpr qsizetype saveSlice = 250; // saved in one transaction before the window gets its turn
constexpr int quietMs = 2000; // the case's views redraw once the callbacks stop coming this long
constexpr int sliceMs = 50; // judged at a time, at most, before the window gets its turn

} // namespace

CatchSession::CatchSession(CaseSession* cases, QObject* parent)
    : QObject(parent)
    , m_cases(cases)
    , m_catcher(new Catcher(this))
    , m_model(new CaughtModel(this))
    , m_batch(new QTimer(this))
    , m_saveTimer(new QTimer(this))
    , m_viewsTimer(new QTimer(this))
{
    m_batch->setSingleShot(true);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveMs);
    connect(m_batch, &QTimer::timeout, this, [this] { judgeArrived(sliceMs); });
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        m_saveTimer->setInterval(saveMs);
        saveWaiting();
    });
    m_viewsTimer->setSingleShot(true);
    m_viewsTimer->setInterval(quietMs);
    connect(m_viewsTimer, &QTimer::timeout, this, &CatchSession::showSavedInViews);
    connect(m_catcher, &Catcher::caught, this, &CatchSession::caught);
    connect(m_catcher, &Catcher::countsChanged, this, &CatchSession::countsChanged);
    connect(m_cases, &CaseSession::currentCaseChanged, this, &CatchSession::caseChanged);
    connect(m_cases, &CaseSession::caseContentChanged, this, [this](qint64 id) {
        if (id == m_cases->currentCase())
            emit caseChanged();
    });
}

CatchSession::~CatchSession()
{
    // What was caught and is to be kept is written before the window goes: straight into the store,
    // the views that would redraw being gone already.
    flush();
    saveWaiting(Quietly);
}

Result<void, QString> CatchSession::start(CatchOptions options)
{
    flush();
    options.prefix = m_prefix;
    if (const auto choice = catchAnswerChoice(m_answerId))
        options.answer = choice->answer;
    auto started = m_catcher->start(options);
    if (started)
        m_prefix = m_catcher->options().prefix; // a new one when there was none: kept for the next start
    emit listeningChanged(m_catcher->isListening());
    emit countsChanged();
    return started;
}

void CatchSession::stop()
{
    if (!m_catcher->isListening())
        return;
    m_catcher->stop();
    flush();
    saveAllWaiting();
    showSavedInViews();
    emit listeningChanged(false);
}

bool CatchSession::isListening() const
{
    return m_catcher->isListening();
}

QString CatchSession::catchUrl() const
{
    return m_catcher->catchUrl();
}

QString CatchSession::trackerUrl() const
{
    return trackerUrlFor(catchUrl(), m_template);
}

QString CatchSession::certificateFingerprint() const
{
    return m_catcher->certificateFingerprint();
}

quint16 CatchSession::port() const
{
    return m_catcher->port();
}

void CatchSession::setPrefix(const QString& prefix)
{
    m_prefix = prefix;
}

int CatchSession::caughtCount() const
{
    return m_catcher->caughtCount();
}

int CatchSession::refusalCount(CatchRefusal refusal) const
{
    return m_catcher->refusalCount(refusal);
}

void CatchSession::setAnswer(const QString& choiceId)
{
    const auto choice = catchAnswerChoice(choiceId);
    if (!choice)
        return;
    m_answerId = choiceId;
    m_catcher->setAnswer(choice->answer);
}

QFuture<CatchSession::MadeCertificate> CatchSession::makeCertificate() const
{
    return QtConcurrent::run([folder = QDir(dataFolder()).filePath(QStringLiteral("catch"))] {
        auto made = catchCertificateIn(folder);
        return made ? MadeCertificate{*made, {}} : MadeCertificate{std::nullopt, made.error()};
    });
}

QString CatchSession::fingerprintOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

void CatchSession::setTemplateText(const QString& text)
{
    if (text == m_template)
        return;
    m_template = text;
    rejudge();
}

QString CatchSession::caseTemplate()
{
    QString approved; // the latest the case holds, as the Compare view reads it
    if (!caseOpen())
        return approved;
    for (const Attachment& attachment : m_cases->attachments(m_cases->currentCase())) {
        if (attachment.kind == Attachment::Kind::Template)
            approved = attachment.text;
    }
    return approved.trimmed();
}

bool CatchSession::caseOpen() const
{
    return m_cases->isOpen() && m_cases->currentCase() != 0;
}

QString CatchSession::caseTitle() const
{
    const auto record = caseOpen() ? m_cases->caseRecord(m_cases->currentCase()) : std::nullopt;
    return record ? record->title : QString();
}

void CatchSession::caught(const Exchange& exchange)
{
    m_arrived.append(exchange);
    if (!m_batch->isActive())
        m_batch->start(batchMs);
}

void CatchSession::flush()
{
    judgeArrived(-1);
}

void CatchSession::judgeArrived(qint64 budgetMs)
{
    m_batch->stop();
    if (m_arrived.isEmpty())
        return;
    QElapsedTimer clock;
    clock.start();
    QList<CaughtCallback> callbacks;
    qsizetype taken = 0;
    for (; taken < m_arrived.size() && (budgetMs < 0 || clock.elapsed() < budgetMs); ++taken) {
        Exchange& exchange = m_arrived[taken];
        CaughtCallback callback;
        callback.check = checkCaught(exchange, m_prefix, m_template);
        callback.verdict = catchVerdictLine(callback.check);
        callback.path = pathWithoutPrefix(exchange.request.target, m_prefix);
        callback.exchange = std::move(exchange);
        callbacks.append(std::move(callback));
    }
    m_arrived.remove(0, taken);
    // A burst bigger than a slice of time goes on at the next turn of the event loop: the window
    // answers in between.
    if (!m_arrived.isEmpty())
        m_batch->start(0);
    const int first = m_model->size();
    const int count = int(callbacks.size());
    m_model->append(std::move(callbacks));
    if (!m_saveEach || !caseOpen())
        return;
    // Into the case open when they came, even if another one is opened before they are written.
    if (m_waitingCase != m_cases->currentCase())
        saveAllWaiting();
    m_waitingCase = m_cases->currentCase();
    for (int row = first; row < first + count; ++row)
        m_waitingToSave.append(row);
    if (!m_saveTimer->isActive())
        m_saveTimer->start();
}

void CatchSession::rejudge()
{
    flush();
    for (int row = 0; row < m_model->size(); ++row) {
        const CatchCheck check = checkCaught(m_model->at(row).exchange, m_prefix, m_template);
        m_model->setCheck(row, check, catchVerdictLine(check));
    }
    m_model->checksChanged();
}

void CatchSession::clear()
{
    flush();
    saveAllWaiting();
    m_model->clear();
}

// The note a saved callback carries: where it came from and what the check said then.
static QString noteOf(const CaughtCallback& callback)
{
    return CatchSession::tr("Caught from %1: %2")
        .arg(CaughtModel::fromText(callback.exchange.arrival.value_or(Arrival{})), callback.verdict);
}

bool CatchSession::save(const QList<int>& rows, int* count)
{
    m_lastError.clear();
    if (count)
        *count = 0;
    if (!caseOpen()) {
        m_lastError = tr("Open or create a case first: the callbacks are kept in a case.");
        return false;
    }
    if (rows.size() > oneByOneAtMost) {
        const int saved = saveAsBatch(rows, m_cases->currentCase(), TellTheViews);
        if (count)
            *count = std::max(saved, 0);
        return saved >= 0;
    }
    for (const int row : rows) {
        if (row < 0 || row >= m_model->size() || m_model->at(row).saved)
            continue;
        const CaughtCallback& callback = m_model->at(row);
        // One at a time, as Replay saves: each with its secrets kept in the keychain when it answers.
        const qint64 id = m_cases->saveExchange(StoredExchange::Role::TestCallback, callback.exchange,
                                                judgeExchange(callback.exchange));
        if (id == 0) {
            m_lastError = m_cases->lastError();
            return false;
        }
        m_cases->setExchangeRole(id, StoredExchange::Role::TestCallback, noteOf(callback));
        const auto stored = m_cases->exchange(id);
        m_model->markSaved(row, id, stored ? stored->number : 0);
        if (count)
            ++*count;
    }
    return true;
}

int CatchSession::saveAsBatch(const QList<int>& rows, qint64 caseId, Telling telling)
{
    QList<NewExchange> batch;
    QList<int> saving;
    for (const int row : rows) {
        if (row < 0 || row >= m_model->size() || m_model->at(row).saved)
            continue;
        const CaughtCallback& callback = m_model->at(row);
        NewExchange item;
        item.role = StoredExchange::Role::TestCallback;
        item.note = noteOf(callback);
        item.exchange = callback.exchange;
        item.verdict = judgeExchange(callback.exchange);
        batch.append(item);
        saving.append(row);
    }
    if (batch.isEmpty())
        return 0;
    CaseStore* store = m_cases->writableStore();
    if (!store || caseId == 0) { // (a case 0 would be a new one)
        m_lastError = tr("Open or create a case first: the callbacks are kept in a case.");
        return -1;
    }
    // One transaction for the lot. The keychain is not asked for each one: their secrets are kept
    // redacted, as an import keeps them.
    const auto written = store->addExchanges(caseId, batch);
    if (!written) {
        m_lastError = written.error().message();
        return -1;
    }
    if (telling == Quietly)
        return int(saving.size());
    m_model->markSaved(saving);
    if (m_viewsBehind != 0 && m_viewsBehind != caseId)
        showSavedInViews();
    m_viewsBehind = caseId;
    if (telling == TellTheViews)
        showSavedInViews();
    else // the case's views read the whole case to redraw: once the burst is over, not at each batch
        m_viewsTimer->start();
    return int(saving.size());
}

void CatchSession::showSavedInViews()
{
    m_viewsTimer->stop();
    if (const qint64 caseId = std::exchange(m_viewsBehind, 0))
        m_cases->importedElsewhere(caseId);
}

void CatchSession::setSaveEach(bool on)
{
    m_saveEach = on;
    if (!on) {
        saveAllWaiting(); // what came while it was on
        m_waitingToSave.clear();
    }
}

void CatchSession::saveAllWaiting()
{
    while (!m_waitingToSave.isEmpty())
        saveWaiting();
    m_saveTimer->stop();
}

void CatchSession::saveWaiting(Telling telling)
{
    m_saveTimer->stop();
    if (m_waitingToSave.isEmpty())
        return;
    // A slice at a time (each one transaction), the window getting its turn in between.
    const qsizetype slice = telling == Quietly ? m_waitingToSave.size() : std::min(m_waitingToSave.size(), saveSlice);
    const QList<int> rows = m_waitingToSave.first(slice);
    m_waitingToSave.remove(0, slice);
    const int saved = saveAsBatch(rows, m_waitingCase, telling == Quietly ? Quietly : TellTheViewsLater);
    if (telling == Quietly)
        return;
    if (saved < 0)
        emit problem(tr("The callbacks could not be saved to the case: %1").arg(m_lastError));
    else if (saved > 0)
        emit autoSaved(saved);
    if (!m_waitingToSave.isEmpty())
        m_saveTimer->start(0);
}

} // namespace pbw::ui
