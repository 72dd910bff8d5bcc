// The built-in catalog's queries, answered from precomputed bitset indexes
// (generated data, exercises/detail/builtin_index.hpp, checked against the
// derivation by tests/exercises/static_builtin_catalog.cpp): the exercises a
// filter accepts, those covering an action, muscle or group (of the training
// kinds unless a filter opts others in), and a muscle's derived role and
// emphasis in one exercise. Set operations, no derivation.
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

/// The built-in exercises of the kinds in `k`: one set per kind, ORed.
[[nodiscard]] constexpr exercise_set builtin_of_kinds(kind_set k) noexcept {
  exercise_set s{};
  for (std::size_t q = 0; q != exercise_kind_count; ++q)
    if (k.contains(static_cast<exercise_kind>(q))) s |= set_of(builtin_exercise_index.by_kind[q]);
  return s;
}

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
  exercise_set s = f.kinds == kind_set::all() ? set_of(t.all) : detail::builtin_of_kinds(f.kinds);
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

namespace detail {
// Every built-in exercise covering the target at coverage c, of any kind: one table read.
[[nodiscard]] constexpr exercise_set builtin_covering(action_id a, coverage c) noexcept {
  if (a.index >= builtin_model::action_count) return {};
  return set_of(builtin_exercise_index.by_action[a.index][coverage_index(c)]);
}
[[nodiscard]] constexpr exercise_set builtin_covering(muscle_id m, coverage c) noexcept {
  if (m.index >= builtin_model::muscle_count) return {};
  return set_of(builtin_exercise_index.by_muscle[m.index][static_cast<std::size_t>(least_role(c)) - 1U]);
}
[[nodiscard]] constexpr exercise_set builtin_covering(group_id g, coverage c) noexcept {
  if (g.index >= builtin_model::group_count) return {};
  return set_of(builtin_exercise_index.by_group[g.index][coverage_index(c)]);
}
}  // namespace detail

/// Built-in exercises covering an action, a muscle or a group, of the training
/// kinds (strength and power): one table read and one set of kinds. A filter
/// opts other kinds in (`exercise_filter{}.all_kinds()`).
[[nodiscard]] constexpr exercise_set exercises_covering(action_id a, coverage c = coverage::working) noexcept {
  return detail::builtin_covering(a, c) & detail::builtin_of_kinds(kind_set::training());
}
[[nodiscard]] constexpr exercise_set exercises_covering(muscle_id m, coverage c = coverage::working) noexcept {
  return detail::builtin_covering(m, c) & detail::builtin_of_kinds(kind_set::training());
}
[[nodiscard]] constexpr exercise_set exercises_covering(group_id g, coverage c = coverage::working) noexcept {
  return detail::builtin_covering(g, c) & detail::builtin_of_kinds(kind_set::training());
}
/// The same under a filter (its kinds included: training kinds unless it says otherwise).
[[nodiscard]] constexpr exercise_set exercises_covering(action_id a, coverage c, const exercise_filter& f) noexcept {
  return detail::builtin_covering(a, c) & accepted(f);
}
[[nodiscard]] constexpr exercise_set exercises_covering(muscle_id m, coverage c, const exercise_filter& f) noexcept {
  return detail::builtin_covering(m, c) & accepted(f);
}
[[nodiscard]] constexpr exercise_set exercises_covering(group_id g, coverage c, const exercise_filter& f) noexcept {
  return detail::builtin_covering(g, c) & accepted(f);
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
