#include "store/comparepair.h"

namespace pbw {

namespace {

qint64 latest(const QList<StoredExchange>& exchanges, StoredExchange::Role role, qint64 other = 0)
{
    for (auto it = exchanges.crbegin(); it != exchanges.crend(); ++it) {
        if (it->role == role && it->id != other)
            return it->id;
    }
    return 0;
}

bool holds(const QList<StoredExchange>& exchanges, qint64 id)
{
    return id > 0 && std::any_of(exchanges.cbegin(), exchanges.cend(), [id](const auto& e) { return e.id == id; });
}

} // namespace

std::pair<qint64, qint64> comparePair(const CaseRecord& record, const QList<StoredExchange>& exchanges,
                                      const QList<ChecklistStep>& checklist)
{
    if (exchanges.size() < 2)
        return {0, 0};
    if (record.pairFirst != record.pairSecond && holds(exchanges, record.pairFirst)
        && holds(exchanges, record.pairSecond))
        return {record.pairFirst, record.pairSecond};
    const qint64 failing = latest(exchanges, StoredExchange::Role::Failing);
    for (const ChecklistStep& step : checklist) {
        if (step.layer != ChecklistStep::Layer::Callback || !step.done || !holds(exchanges, step.exchangeId))
            continue;
        if (const qint64 before = latest(exchanges, StoredExchange::Role::Failing, step.exchangeId))
            return {before, step.exchangeId};
    }
    const qint64 corrected = latest(exchanges, StoredExchange::Role::Corrected);
    if (failing && corrected && failing != corrected)
        return {failing, corrected};
    QList<qint64> recent;
    for (auto it = exchanges.crbegin(); it != exchanges.crend() && recent.size() < 2; ++it) {
        if (it->role != StoredExchange::Role::ReferenceClick)
            recent.prepend(it->id);
    }
    if (recent.size() == 2)
        return {recent.first(), recent.last()};
    return {exchanges.at(exchanges.size() - 2).id, exchanges.last().id};
}

} // namespace pbw
