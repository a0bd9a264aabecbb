#pragma once

#include "error.h"

#include <optional>
#include <utility>
#include <variant>

namespace chartroom {

/// Either a value or an Error (std::expected is C++23; this is the subset Chartroom uses).
///
/// Parsers and repositories return Result instead of throwing, so that no exception ever
/// crosses a signal/slot boundary. Accessing value() of an error, or error() of a value,
/// is a programming error (asserted).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { Q_ASSERT(ok()); return std::get<0>(m_data); }
    T &value() & { Q_ASSERT(ok()); return std::get<0>(m_data); }
    T &&value() && { Q_ASSERT(ok()); return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { Q_ASSERT(!ok()); return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but success or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { Q_ASSERT(!ok()); return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString code, QString message, QString details = {})
{
    return Error{std::move(code), std::move(message), std::move(details)};
}

} // namespace chartroom
