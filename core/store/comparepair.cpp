#include "store/comparepair.h"

namespace pbw {

namespace {

qint64 latest(const QList<StoredExchange>& exchanges, StoredExchange::Role role)
{
    for (auto it = exchanges.crbegin(); it != exchanges.crend(); ++it) {
        if (it->role == role)
            return it->id;
    }
    return 0;
}

} // namespace

std::pair<qint64, qint64> comparePair(const QList<StoredExchange>& exchanges)
{
    if (exchanges.size() < 2)
        return {0, 0};
    const qint64 failing = latest(exchanges, StoredExchange::Role::Failing);
    const qint64 corrected = latest(exchanges, StoredExchange::Role::Corrected);
    if (failing && corrected && failing != corrected)
        return {failing, corrected};
    return {exchanges.at(exchanges.size() - 2).id, exchanges.last().id};
}

} // namespace pbw
