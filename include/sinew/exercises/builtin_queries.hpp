// The built-in catalog's queries, answered from precomputed bitset indexes
// (generated data, exercises/detail/builtin_index.hpp, checked against the
// derivation by tests/exercises/static_builtin_catalog.cpp): the exercises a
// filter accepts, those covering an action, muscle or group, and a muscle's
// derived role and emphasis in one exercise. Set operations, no derivation.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/array.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/coverage.hpp>
#include <sinew/exercises/detail/builtin_index.hpp>
#include <sinew/exercises/detail/builtin_tables.hpp>
#include <sinew/exercises/filter.hpp>

namespace sinew {

// --- the built-in catalog: precomputed indexes ----------------------------------------

namespace detail {

inline constexpr std::size_t builtin_count = builtin_exercises.size();
inline constexpr std::size_t builtin_muscles = builtin_model::muscle_count;

[[nodiscard]] constexpr exercise_set set_of(const exercise_words& w) noexcept { return exercise_set::from_words(w); }

/// Every muscle's derived emphasis in built-in exercise e ("volume per muscle" data).
[[nodiscard]] constexpr array<float, builtin_muscles> builtin_emphasis_vector(exercise_id e) noexcept {
  array<float, builtin_muscles> v{};
  if (!is_builtin(e)) return v;
  for (std::size_t k = builtin_emphasis_begin[e.index]; k != builtin_emphasis_begin[e.index + 1U]; ++k)
    v[builtin_emphasis[k].muscle] = builtin_emphasis[k].emphasis;
  return v;
}

}  // namespace detail

/// The built-in exercises a filter accepts: a few set operations on precomputed sets.
[[nodiscard]] constexpr exercise_set accepted(const exercise_filter& f) noexcept {
  const auto& t = detail::builtin_exercise_index;
  using detail::set_of;
  exercise_set s = set_of(t.all);
  for (std::size_t q = 0; q != equipment_count; ++q)
    if (!f.available.contains(static_cast<equipment>(q))) s -= set_of(t.needs[q]);
  if (f.patterns != pattern_set::all()) {
    exercise_set p{};
    for (std::size_t q = 0; q != movement_pattern_count; ++q)
      if (f.patterns.contains(static_cast<movement_pattern>(q))) p |= set_of(t.by_pattern[q]);
    s &= p;
  }
  if (f.no_spinal_load) s &= set_of(t.spine_free);
  if (f.unilateral_only) s &= set_of(t.unilateral);
  if (f.bilateral_only) s &= set_of(t.bilateral);
  if (f.compound_only) s &= set_of(t.compound);
  if (f.isolation_only) s &= set_of(t.isolation);
  if (f.loaded_stretched_only) s &= set_of(t.stretched);
  return s;
}

/// Built-in exercises covering an action: one table read (and the filter's set operations).
[[nodiscard]] constexpr exercise_set exercises_covering(action_id a, coverage c = coverage::working) noexcept {
  if (a.index >= builtin_model::action_count) return {};
  return detail::set_of(detail::builtin_exercise_index.by_action[a.index][detail::coverage_index(c)]);
}
[[nodiscard]] constexpr exercise_set exercises_covering(muscle_id m, coverage c = coverage::working) noexcept {
  if (m.index >= builtin_model::muscle_count) return {};
  return detail::set_of(detail::builtin_exercise_index.by_muscle[m.index][static_cast<std::size_t>(detail::least_role(c)) - 1U]);
}
[[nodiscard]] constexpr exercise_set exercises_covering(group_id g, coverage c = coverage::working) noexcept {
  if (g.index >= builtin_model::group_count) return {};
  return detail::set_of(detail::builtin_exercise_index.by_group[g.index][detail::coverage_index(c)]);
}
[[nodiscard]] constexpr exercise_set exercises_covering(action_id a, coverage c, const exercise_filter& f) noexcept {
  return exercises_covering(a, c) & accepted(f);
}
[[nodiscard]] constexpr exercise_set exercises_covering(muscle_id m, coverage c, const exercise_filter& f) noexcept {
  return exercises_covering(m, c) & accepted(f);
}
[[nodiscard]] constexpr exercise_set exercises_covering(group_id g, coverage c, const exercise_filter& f) noexcept {
  return exercises_covering(g, c) & accepted(f);
}

/// Derived role and emphasis of a muscle in a built-in exercise (precomputed);
/// none and 0 for an exercise or muscle that is not built in.
[[nodiscard]] constexpr muscle_role role_in(exercise_id e, muscle_id m) noexcept {
  if (m.index >= detail::builtin_muscles || !is_builtin(e)) return muscle_role::none;
  const auto& at_least = detail::builtin_exercise_index.by_muscle[m.index];
  std::size_t r = 4;
  while (r > 0 && !detail::set_of(at_least[r - 1]).contains(e)) --r;
  return static_cast<muscle_role>(r);
}
[[nodiscard]] constexpr float emphasis_in(exercise_id e, muscle_id m) noexcept {
  if (!is_builtin(e)) return 0.0F;
  for (std::size_t k = detail::builtin_emphasis_begin[e.index]; k != detail::builtin_emphasis_begin[e.index + 1U]; ++k)
    if (detail::builtin_emphasis[k].muscle == m.index) return detail::builtin_emphasis[k].emphasis;
  return 0.0F;
}

}  // namespace sinew
