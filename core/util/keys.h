#pragma once

#include <QLatin1String>
#include <QString>
#include <cstddef>
#include <optional>

namespace pbw {

// The enum value whose stable key (its index in keys) is key; nothing for an unknown key.
template <typename E, std::size_t N> std::optional<E> enumFromKey(const char* const (&keys)[N], const QString& key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i]))
            return E(i);
    }
    return std::nullopt;
}

} // namespace pbw
