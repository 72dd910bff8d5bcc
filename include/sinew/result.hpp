// The error model shared by every layer: functions that can fail on user input
// return result<T>, which holds either a value or an error with a message and,
// for text input, the byte position. No exceptions are needed anywhere; the
// same functions run in constant evaluation.
#pragma once

#include <cstddef>

#include <sinew/detail/traits.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// Why an operation failed. `message` is a static string starting with "sinew:";
/// `position` is the byte offset into the input text, or `no_position`.
struct error {
  static constexpr std::size_t no_position = static_cast<std::size_t>(-1);
  text_view message{};
  std::size_t position = no_position;

  [[nodiscard]] constexpr bool has_position() const noexcept { return position != no_position; }
  friend constexpr bool operator==(const error&, const error&) noexcept = default;
};

/// A value or an error. Kept deliberately simple (T must be default-constructible)
/// so that it is a literal type and works in constexpr code under C++20.
template <class T>
class [[nodiscard]] result {
  // The compilers' builtins rather than the std:: traits: result<T> is instantiated for
  // every T a parse returns, and each trait instantiates a chain of helper templates.
  static_assert(__is_constructible(T), "sinew: result<T> needs a default-constructible T");
  T value_{};
  sinew::error error_{};
  bool ok_ = false;

 public:
  // Two overloads rather than one by value: a value parameter is one more copy of T, which for
  // a program (100 KB) was a quarter of the generator's time.
  constexpr result(const T& value) noexcept(__is_nothrow_constructible(T, const T&))  // NOLINT: implicit by design
      : value_(value), ok_(true) {}
  constexpr result(T&& value) noexcept(__is_nothrow_constructible(T, T&&))  // NOLINT: implicit by design
      : value_(static_cast<T&&>(value)), ok_(true) {}
  constexpr result(sinew::error e) noexcept : error_(e), ok_(false) {}  // NOLINT: implicit by design
  /// A value-initialised T, as std::expected's default: a large value (a program) can then be
  /// written in place, in a named result that every return of a function returns (so that the
  /// compiler builds it where the caller receives it).
  constexpr result() noexcept(__is_nothrow_constructible(T)) : ok_(true) {}

  [[nodiscard]] constexpr bool has_value() const noexcept { return ok_; }
  [[nodiscard]] constexpr explicit operator bool() const noexcept { return ok_; }
  [[nodiscard]] constexpr const T& value() const& noexcept { return value_; }
  [[nodiscard]] constexpr T& value() & noexcept { return value_; }
  [[nodiscard]] constexpr const T& operator*() const& noexcept { return value_; }
  [[nodiscard]] constexpr T& operator*() & noexcept { return value_; }
  [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
  [[nodiscard]] constexpr T* operator->() noexcept { return &value_; }
  [[nodiscard]] constexpr const sinew::error& error() const noexcept { return error_; }
  [[nodiscard]] constexpr T value_or(T fallback) const { return ok_ ? value_ : fallback; }
};

}  // namespace sinew
