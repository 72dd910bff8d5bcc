// popcount, countr_zero and bit_cast without <bit>: that header costs every
// translation unit that includes sinew about 6 ms (g++ 12 and clang 14,
// -fsyntax-only), and std::popcount and friends are the compiler's builtins
// underneath. g++ and clang get those builtins; another compiler the portable
// forms below (and __builtin_bit_cast, which MSVC has too).
// tests/anatomy/static_detail_bits.cpp proves them equal to the standard functions.
#pragma once

#include <sinew/detail/traits.hpp>

namespace sinew::detail {

/// std::popcount: the number of bits set.
template <detail::unsigned_integral T>
[[nodiscard]] constexpr int popcount(T w) noexcept {
  static_assert(sizeof(T) <= sizeof(unsigned long long));
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_popcountll(static_cast<unsigned long long>(w));
#else
  unsigned long long x = w;
  x = x - ((x >> 1U) & 0x5555555555555555ULL);
  x = (x & 0x3333333333333333ULL) + ((x >> 2U) & 0x3333333333333333ULL);
  x = (x + (x >> 4U)) & 0x0f0f0f0f0f0f0f0fULL;
  return static_cast<int>((x * 0x0101010101010101ULL) >> 56U);
#endif
}

/// std::countr_zero: the number of zero bits below the lowest set bit (the width for 0).
template <detail::unsigned_integral T>
[[nodiscard]] constexpr int countr_zero(T w) noexcept {
  static_assert(sizeof(T) <= sizeof(unsigned long long));
  if (w == 0) return static_cast<int>(sizeof(T) * 8U);
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_ctzll(static_cast<unsigned long long>(w));
#else
  const unsigned long long x = w;
  return popcount((x & (0ULL - x)) - 1ULL);
#endif
}

/// std::bit_cast: the object representation of `from` read as a To.
template <class To, class From>
  requires(sizeof(To) == sizeof(From))
[[nodiscard]] constexpr To bit_cast(const From& from) noexcept {
  return __builtin_bit_cast(To, from);
}

}  // namespace sinew::detail
