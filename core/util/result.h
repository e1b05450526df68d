#pragma once

#include <optional>
#include <utility>
#include <variant>

namespace pbw {

// A value or an error, never both: errors cross no boundary as exceptions. Read like
// std::expected: test it, then take the value with * or ->, or the error with error().
template <typename T, typename E> class Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(m_state); }
    T& value() { return std::get<0>(m_state); }
    const T& operator*() const { return value(); }
    T& operator*() { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const E& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

// Done, or an error: for what has no value to give back (a change, a removal).
template <typename E> class Result<void, E>
{
public:
    Result() = default; // done
    Result(E error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E& error() const { return m_error; }

private:
    E m_error{};
    bool m_failed = false;
};

// The error of a result, if it has one: to check several reads at once.
template <typename T, typename E> std::optional<E> errorOf(const Result<T, E>& result)
{
    return result ? std::nullopt : std::optional<E>(result.error());
}

} // namespace pbw
