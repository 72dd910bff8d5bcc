// A fixed-size array with std::array's everyday interface (indexing, size,
// iteration, comparison, class template argument deduction) for sinew's
// constexpr tables, without <array>'s 30 ms per translation unit (g++ 12).
// Range-for, std algorithms and std::span accept it like std::array.
#pragma once

#include <cstddef>

namespace sinew::detail {

template <class T, std::size_t N>
struct array {
  T elements[N > 0 ? N : 1];  // public, so that the array is an aggregate like std::array

  using value_type = T;
  [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
  [[nodiscard]] static constexpr bool empty() noexcept { return N == 0; }
  [[nodiscard]] constexpr T& operator[](std::size_t i) noexcept { return elements[i]; }
  [[nodiscard]] constexpr const T& operator[](std::size_t i) const noexcept { return elements[i]; }
  [[nodiscard]] constexpr T* data() noexcept { return elements; }
  [[nodiscard]] constexpr const T* data() const noexcept { return elements; }
  [[nodiscard]] constexpr T* begin() noexcept { return elements; }
  [[nodiscard]] constexpr T* end() noexcept { return elements + N; }
  [[nodiscard]] constexpr const T* begin() const noexcept { return elements; }
  [[nodiscard]] constexpr const T* end() const noexcept { return elements + N; }
  [[nodiscard]] constexpr T& front() noexcept { return elements[0]; }
  [[nodiscard]] constexpr const T& front() const noexcept { return elements[0]; }
  [[nodiscard]] constexpr T& back() noexcept { return elements[N - 1]; }
  [[nodiscard]] constexpr const T& back() const noexcept { return elements[N - 1]; }

  friend constexpr bool operator==(const array& a, const array& b) noexcept {
    for (std::size_t i = 0; i != N; ++i)
      if (!(a.elements[i] == b.elements[i])) return false;
    return true;
  }
};

template <class T, class... U>
array(T, U...) -> array<T, 1 + sizeof...(U)>;

}  // namespace sinew::detail
