// The built-in catalog: every exercise the coaching articles name (sinew/sources.hpp), with its
// variants, plus the common lower-body exercises a gym offers, as a constexpr array of compact
// records (`builtin_exercises`) and one tag per exercise (`sinew::seated_calf_raise`). An
// exercise's id is its position; new built-in exercises are only ever appended (ids are a public
// interface), and the snake_case string id is stable. The statements are in
// exercises/catalog_source/; records and tags are generated from them
// (tools/generators/builtin_catalog.cpp, run by the `regenerate` target).
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/traits.hpp>
#include <sinew/span.hpp>
#include <sinew/text_view.hpp>

#include <sinew/exercises/builtin_exercise.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/detail/builtin_tags.hpp>
#include <sinew/result.hpp>

namespace sinew {

/// The anatomy model the built-in catalog's ids and derived roles belong to.
using builtin_model = lower_body_model;

/// The built-in catalog as a span, for the queries that take any catalog.
[[nodiscard]] constexpr span<const exercise_record> builtin_catalog() noexcept { return builtin_exercises; }
namespace detail {
inline constexpr exercise_record no_exercise_record{};
}  // namespace detail

/// Whether the id names a built-in exercise. Every query taking an
/// exercise_id is defined for every value: one that is not built in gets the
/// empty answer (an empty set, no role, no substitutes).
[[nodiscard]] constexpr bool is_builtin(exercise_id e) noexcept { return e.index < builtin_exercises.size(); }
/// A built-in exercise's record; for an id that is not built in, an empty
/// record (no actions, no equipment, empty id and name).
[[nodiscard]] constexpr const exercise_record& info(exercise_id e) noexcept {
  return is_builtin(e) ? builtin_exercises[e.index] : detail::no_exercise_record;
}
[[nodiscard]] constexpr exercise_set all_builtin_exercises() noexcept {
  exercise_set s{};
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) s.insert(exercise_id{static_cast<std::uint16_t>(i)});
  return s;
}

/// Whether `catalog` holds the built-in catalog's records first (the built-in
/// catalog itself, or a run-time catalog that extends it with a user's
/// exercises: its ids below builtin_catalog().size() are the built-in ones).
/// The records are compared by id; a catalog of the user's exercises alone is not one.
[[nodiscard]] constexpr bool extends_builtin_catalog(span<const exercise_record> catalog) noexcept {
  if (catalog.size() < builtin_exercises.size()) return false;
  if (!detail::is_constant_evaluated() && catalog.data() == builtin_exercises.data()) return true;
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
    if (!(catalog[i].id == builtin_exercises[i].id)) return false;
  return true;
}

namespace detail {
/// Whether `catalog` is the built-in catalog, whose tables (target muscles,
/// profiles, name index) are computed ahead. At run time its address says so.
/// In constant evaluation its records are compared instead: g++ with
/// -fsanitize=null (in -fsanitize=undefined) does not fold a comparison of two
/// arrays' addresses there. A copy of the built-in records reads the same tables
/// either way, so the answers agree.
[[nodiscard]] constexpr bool is_builtin_catalog(span<const exercise_record> catalog) noexcept {
  if (catalog.size() != builtin_exercises.size()) return false;
  if (!detail::is_constant_evaluated()) return catalog.data() == builtin_exercises.data();
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
    if (!(catalog[i] == builtin_exercises[i])) return false;
  return true;
}
/// Whether record `i` of `catalog` is the built-in record `i`, so that the
/// built-in tables answer for it: the catalog is the built-in one (its address,
/// at run time), or, in constant evaluation, that one record equals it.
[[nodiscard]] constexpr bool holds_builtin_record(span<const exercise_record> catalog, std::size_t i) noexcept {
  if (i >= builtin_exercises.size() || i >= catalog.size()) return false;
  if (!detail::is_constant_evaluated())
    return catalog.data() == builtin_exercises.data() && catalog.size() == builtin_exercises.size();
  return catalog[i] == builtin_exercises[i];
}
}  // namespace detail

/// Look a built-in exercise up by its id ("seated_calf_raise") or its name ("seated calf raise").
[[nodiscard]] constexpr result<exercise_id> find_exercise(text_view key) noexcept {
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
    if (builtin_exercises[i].id == key || builtin_exercises[i].name == key)
      return exercise_id{static_cast<std::uint16_t>(i)};
  return error{"sinew: no built-in exercise has this id or name"};
}

}  // namespace sinew
