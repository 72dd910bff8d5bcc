// The smallest and largest values of an integer type, for the few places that
// need them, without <limits>: that header costs every translation unit that
// includes sinew about 10 ms (g++ 12 and clang 14, -fsyntax-only), 2 % of the
// umbrella header. tests/schemes/factories_static.cpp proves them equal to std::numeric_limits.
#pragma once

#include <sinew/detail/traits.hpp>

namespace sinew::detail {

/// std::numeric_limits<T>::max() for an integer type (two's complement, as C++20 requires).
template <detail::integral T>
inline constexpr T integer_max =
    detail::is_signed_v<T> ? static_cast<T>(static_cast<detail::make_unsigned_t<T>>(~detail::make_unsigned_t<T>{0}) >> 1U)
                        : static_cast<T>(~T{0});

/// std::numeric_limits<T>::min() for an integer type.
template <detail::integral T>
inline constexpr T integer_min = detail::is_signed_v<T> ? static_cast<T>(-integer_max<T> - 1) : T{0};

}  // namespace sinew::detail
