#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cd {

// The error half of a Result: a message for people, saying what was wrong and what to do, and the
// input it is about when one is (named as the CSV column of formats.md: "end_date"), so that an
// import can say "FILE:LINE: end_date: ..." of a service's refusal too. None: the whole record.
struct Error
{
    QString message;
    const char *field = nullptr; // a string literal
};

inline Error fail(QString message)
{
    return Error{std::move(message)};
}

// An error about one input of a record.
inline Error failIn(const char *field, QString message)
{
    return Error{std::move(message), field};
}

// Value or error. Core returns these instead of throwing, so callers (GUI, CLI, Qt slots) decide
// how to show a failure. std::expected is C++23; GCC 12 (Debian 12) does not have it.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error.message; }
    // The error with the input it is about, to pass on as it is.
    const Error &failure() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success or error, for operations without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error.message; }
    const Error &failure() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace cd
