// A view of a contiguous run of objects: how sinew's run-time queries take a
// user's catalog (a std::vector, a std::array, a std::span, sinew's own arrays
// or a pointer and a count), without <span>'s 60 ms per translation unit.
#pragma once

#include <cstddef>

#include <sinew/detail/traits.hpp>

namespace sinew {

template <class T>
class span {
  T* data_ = nullptr;
  std::size_t size_ = 0;

 public:
  using element_type = T;
  using value_type = detail::remove_cv_t<T>;

  constexpr span() noexcept = default;
  constexpr span(T* first, std::size_t count) noexcept : data_(first), size_(count) {}
  /// From any contiguous container whose data() converts to T*.
  template <class C>
    requires(!detail::is_same_v<detail::remove_cvref_t<C>, span> && requires(C& c) {
      { c.data() } -> detail::convertible_to<T*>;
      { c.size() } -> detail::convertible_to<std::size_t>;
    })
  constexpr span(C&& c) noexcept : data_(c.data()), size_(static_cast<std::size_t>(c.size())) {}  // NOLINT: like std::span
  template <std::size_t N>
  constexpr span(T (&a)[N]) noexcept : data_(a), size_(N) {}  // NOLINT: like std::span

  [[nodiscard]] constexpr T* data() const noexcept { return data_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr T& operator[](std::size_t i) const noexcept { return data_[i]; }
  [[nodiscard]] constexpr T* begin() const noexcept { return data_; }
  [[nodiscard]] constexpr T* end() const noexcept { return data_ + size_; }
  [[nodiscard]] constexpr T& front() const noexcept { return data_[0]; }
  [[nodiscard]] constexpr T& back() const noexcept { return data_[size_ - 1]; }
  [[nodiscard]] constexpr span first(std::size_t n) const noexcept { return {data_, n}; }
  [[nodiscard]] constexpr span subspan(std::size_t offset) const noexcept { return {data_ + offset, size_ - offset}; }
  [[nodiscard]] constexpr span subspan(std::size_t offset, std::size_t n) const noexcept { return {data_ + offset, n}; }
};

template <class C>
span(C&&) -> span<detail::remove_pointer_t<decltype(static_cast<detail::remove_reference_t<C>*>(nullptr)->data())>>;

}  // namespace sinew
