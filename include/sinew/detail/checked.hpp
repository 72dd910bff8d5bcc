// Checked arithmetic on 64-bit unsigned counts: sums and products that report
// overflow instead of wrapping. sinew adds up every derived figure (reps,
// seconds, volume) through these two functions, so no figure can silently wrap.
// g++ and clang use their overflow builtins, which also work in constant
// expressions; other compilers get the portable twins below, which the tests
// compare with the builtins.
#pragma once

#include <cstdint>

namespace sinew::detail {

inline constexpr std::uint64_t max_count = ~std::uint64_t{0};

/// `sum = a + b`; true when the true sum does not fit (sum then holds the wrapped value).
constexpr bool portable_add_overflows(std::uint64_t a, std::uint64_t b, std::uint64_t& sum) noexcept {
  sum = a + b;  // unsigned arithmetic wraps, never undefined
  return sum < a;
}
/// `product = a * b`; true when the true product does not fit.
constexpr bool portable_mul_overflows(std::uint64_t a, std::uint64_t b, std::uint64_t& product) noexcept {
  product = a * b;
  return a != 0 && b > max_count / a;
}

constexpr bool add_overflows(std::uint64_t a, std::uint64_t b, std::uint64_t& sum) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_add_overflow(a, b, &sum);
#else
  return portable_add_overflows(a, b, sum);
#endif
}
constexpr bool mul_overflows(std::uint64_t a, std::uint64_t b, std::uint64_t& product) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_mul_overflow(a, b, &product);
#else
  return portable_mul_overflows(a, b, product);
#endif
}

}  // namespace sinew::detail
