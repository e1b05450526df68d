#include "statuskind.h"

#include <QCoreApplication>

namespace pbw::batch {

namespace {

class Batch
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

QString normalised(QStringView word)
{
    return word.trimmed().toString().toLower().replace(u'ё', u'е').replace(u'_', u' ').replace(u'-', u' ');
}

StatusWords makeBuiltIn()
{
    StatusWords words;
    for (const char16_t* word :
         {u"approved", u"approve",     u"sale",         u"sales",    u"confirmed", u"accepted", u"paid",
          u"success",  u"completed",   u"complete",     u"credited", u"valid",     u"одобрен",  u"одобрено",
          u"одобрена", u"подтвержден", u"подтверждено", u"принят",   u"принято",   u"оплачен",  u"выплачен"})
        words.add(word, StatusKind::Approved);
    for (const char16_t* word : {u"pending", u"lead", u"leads", u"hold", u"on hold", u"onhold", u"waiting",
                                 u"processing", u"in progress", u"new", u"open", u"в ожидании", u"ожидание", u"ожидает",
                                 u"холд", u"в холде", u"в обработке", u"новый", u"лид"})
        words.add(word, StatusKind::Pending);
    for (const char16_t* word :
         {u"rejected",  u"reject",    u"declined", u"decline",    u"cancelled", u"canceled", u"cancel",   u"trash",
          u"invalid",   u"denied",    u"refunded", u"chargeback", u"fraud",     u"failed",   u"reversed", u"отклонен",
          u"отклонено", u"отклонена", u"отказ",    u"отменен",    u"отменено",  u"треш",     u"возврат"})
        words.add(word, StatusKind::Rejected);
    return words;
}

} // namespace

const StatusWords& StatusWords::builtIn()
{
    static const StatusWords words = makeBuiltIn();
    return words;
}

void StatusWords::add(QStringView word, StatusKind kind)
{
    m_words.insert(normalised(word), kind);
}

StatusKind StatusWords::kindOf(QStringView status) const
{
    const QString key = normalised(status);
    if (key.isEmpty())
        return StatusKind::None;
    if (const auto found = m_words.constFind(key); found != m_words.cend())
        return *found;
    if (this != &builtIn())
        return builtIn().kindOf(status);
    return StatusKind::Other;
}

QString statusKindKey(StatusKind kind)
{
    switch (kind) {
    case StatusKind::None:
        return {};
    case StatusKind::Approved:
        return QStringLiteral("approved");
    case StatusKind::Pending:
        return QStringLiteral("pending");
    case StatusKind::Rejected:
        return QStringLiteral("rejected");
    case StatusKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString statusKindName(StatusKind kind)
{
    switch (kind) {
    case StatusKind::None:
        return Batch::tr("no status");
    case StatusKind::Approved:
        return Batch::tr("approved");
    case StatusKind::Pending:
        return Batch::tr("pending");
    case StatusKind::Rejected:
        return Batch::tr("rejected");
    case StatusKind::Other:
        return Batch::tr("other");
    }
    return {};
}

} // namespace pbw::batch
