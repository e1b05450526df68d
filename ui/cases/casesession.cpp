#include "casesession.h"

#include "analysis/verdict.h"
#include "net/exchange.h"

namespace pbw::ui {

CaseSession::CaseSession(QObject* parent)
    : QObject(parent)
{
}

CaseSession::~CaseSession() = default;

std::optional<StoreError> CaseSession::open(const QString& path)
{
    auto opened = CaseStore::open(path);
    if (!opened)
        return opened.error();
    m_store = std::move(opened.value());
    m_trashed.clear();
    m_store->purgeTrash(); // what a crashed window left in the trash is gone for good
    m_current = 0;
    emit casesChanged();
    emit currentCaseChanged(0);
    return std::nullopt;
}

template <typename T> bool CaseSession::check(const Result<T, StoreError>& result)
{
    if (result)
        return true;
    m_lastError = result.error().message();
    emit failed(m_lastError);
    return false;
}

void CaseSession::changed(qint64 id)
{
    emit casesChanged();
    emit caseContentChanged(id);
}

void CaseSession::setCurrentCase(qint64 id)
{
    if (!m_store || (id != 0 && !m_store->caseById(id)))
        id = 0;
    if (id == m_current)
        return;
    m_current = id;
    emit currentCaseChanged(id);
}

qint64 CaseSession::createCase(const QString& title)
{
    if (!m_store)
        return 0;
    CaseRecord record;
    record.title = title.trimmed();
    const auto created = m_store->createCase(record);
    if (!check(created))
        return 0;
    emit casesChanged();
    setCurrentCase(created.value());
    return created.value();
}

bool CaseSession::updateCase(const CaseRecord& record)
{
    if (!m_store || !check(m_store->updateCase(record)))
        return false;
    changed(record.id);
    return true;
}

bool CaseSession::trashCase(qint64 id)
{
    if (!m_store || !check(m_store->trashCase(id)))
        return false;
    m_trashed.append(id);
    if (m_current == id)
        setCurrentCase(0);
    emit casesChanged();
    return true;
}

bool CaseSession::undoTrash()
{
    if (!m_store || m_trashed.isEmpty())
        return false;
    const qint64 id = m_trashed.takeLast();
    if (!check(m_store->restoreCase(id)))
        return false;
    emit casesChanged();
    setCurrentCase(id);
    return true;
}

QString CaseSession::trashedTitle() const
{
    if (!m_store || m_trashed.isEmpty())
        return {};
    const auto record = m_store->caseById(m_trashed.last());
    return record ? record->title : QString();
}

void CaseSession::purgeTrash()
{
    if (m_store)
        check(m_store->purgeTrash());
    m_trashed.clear();
}

qint64 CaseSession::saveExchange(StoredExchange::Role role, const Exchange& exchange, const Verdict& verdict)
{
    if (!m_store || m_current == 0)
        return 0;
    const auto saved = m_store->addExchange(m_current, role, exchange, verdict);
    if (!check(saved))
        return 0;
    changed(m_current);
    return saved.value();
}

bool CaseSession::setExchangeRole(qint64 exchangeId, StoredExchange::Role role, const QString& note)
{
    if (!m_store || !check(m_store->setExchangeRole(exchangeId, role, note)))
        return false;
    changed(m_current);
    return true;
}

qint64 CaseSession::addNote(const QString& text)
{
    if (!m_store || m_current == 0)
        return 0;
    const auto added = m_store->addNote(m_current, text);
    if (!check(added))
        return 0;
    changed(m_current);
    return added.value();
}

bool CaseSession::removeNote(qint64 noteId)
{
    if (!m_store || !check(m_store->removeNote(noteId)))
        return false;
    changed(m_current);
    return true;
}

qint64 CaseSession::addAttachment(Attachment attachment)
{
    if (!m_store || m_current == 0)
        return 0;
    attachment.caseId = m_current;
    const auto added = m_store->addAttachment(attachment);
    if (!check(added))
        return 0;
    changed(m_current);
    return added.value();
}

bool CaseSession::removeAttachment(qint64 attachmentId)
{
    if (!m_store || !check(m_store->removeAttachment(attachmentId)))
        return false;
    changed(m_current);
    return true;
}

bool CaseSession::setChecklistStep(const ChecklistStep& step)
{
    if (!m_store || m_current == 0 || !check(m_store->setChecklistStep(m_current, step)))
        return false;
    changed(m_current);
    return true;
}

} // namespace pbw::ui
