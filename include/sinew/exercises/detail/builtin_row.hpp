// One built-in exercise's share of the precomputed indexes: which actions it
// covers at each coverage, and each muscle's derived emphasis and role.
#pragma once

#include <sinew/detail/array.hpp>
#include <cstdint>

#include <sinew/anatomy.hpp>
#include <sinew/exercises/derivation.hpp>

namespace sinew::detail {

struct builtin_row {
  detail::array<std::uint8_t, lower_body_model::action_count> action_coverage{};  ///< bit c: covers at coverage c
  detail::array<float, lower_body_model::muscle_count> emphasis{};
  detail::array<muscle_role, lower_body_model::muscle_count> roles{};
  friend constexpr bool operator==(const builtin_row&, const builtin_row&) = default;
};

inline constexpr muscle_role r0 = muscle_role::none;
inline constexpr muscle_role r1 = muscle_role::treated;
inline constexpr muscle_role r2 = muscle_role::stabilizer;
inline constexpr muscle_role r3 = muscle_role::synergist;
inline constexpr muscle_role r4 = muscle_role::prime_mover;

}  // namespace sinew::detail
