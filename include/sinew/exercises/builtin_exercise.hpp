// The built-in exercises as tags: `sinew::seated_calf_raise` is a type with a
// same-named constexpr value, like every entity of sinew, but a cheap one. Its
// statement lives in exercises/catalog_source/ (not included here); what the
// statement derives is generated data (exercises/detail/builtin_records.hpp),
// so a tag is an index into that table and costs the compiler nothing until
// used. tests/exercises/static_builtin_catalog.cpp proves each tag's record
// equal to what its statement derives.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/text_view.hpp>

#include <sinew/detail/compile_error.hpp>
#include <sinew/detail/id_set.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/detail/builtin_records.hpp>

namespace sinew {

namespace detail {
struct builtin_exercise_base : exercise_base {};
}  // namespace detail

/// Run-time handle of a built-in exercise; a built-in exercise tag converts to it.
struct exercise_id {
  std::uint16_t index = 0;

  constexpr exercise_id() noexcept = default;
  constexpr explicit exercise_id(std::uint16_t i) noexcept : index(i) {}
  // A built-in tag converts through its own operator (builtin_exercise below), which costs
  // the compiler nothing per tag; this constructor takes any other exercise type.
  template <class E>
    requires(!__is_base_of(detail::builtin_exercise_base, E) && Exercise<E>)
  constexpr exercise_id(E) noexcept;  // NOLINT(google-explicit-constructor): a built-in exercise is its id

  friend constexpr bool operator==(exercise_id, exercise_id) noexcept = default;
  friend constexpr bool operator<(exercise_id a, exercise_id b) noexcept { return a.index < b.index; }
};

inline constexpr std::size_t max_builtin_exercises = 128;
/// A set of built-in exercises, as a bitset: what the built-in queries return.
using exercise_set = detail::id_set<exercise_id, max_builtin_exercises>;
static_assert(builtin_exercises.size() <= max_builtin_exercises, "sinew: the built-in catalog outgrew exercise_set");

namespace detail {

/// The statement a record says (what `spec` of a built-in tag returns): the
/// same record again through make_record, with the mechanic stated.
[[nodiscard]] constexpr exercise_spec spec_of(const exercise_record& r) noexcept {
  const auto ids = [](const action_set& s) {
    action_ids out{};
    s.for_each([&](action_id a) {
      if (out.count < max_actions_per_role) out.ids[out.count++] = a;
    });
    return out;
  };
  exercise_spec s{};
  s.kind = r.kind;
  s.contraction = r.contraction;
  s.loads = ids(r.loads);
  s.assists = ids(r.assists);
  s.stabilizes = ids(r.stabilizes);
  s.held_toward = ids(r.held_toward);
  s.stance = r.stance;
  s.loaded_at = r.loaded_at;
  s.equipment = r.equipment;
  s.pattern = r.pattern;
  s.laterality = r.laterality;
  s.spinal_load = r.spinal_load;
  s.difficulty = r.difficulty;
  s.is_compound = r.mechanic == mechanic::compound ? 1 : 0;
  r.treats.for_each([&](group_id g) {
    if (s.treats.count < max_treated_groups) s.treats.ids[s.treats.count++] = g;
  });
  s.overrides.items = r.overrides;
  s.overrides.count = r.override_count;
  return s;
}

[[nodiscard]] consteval std::uint16_t builtin_exercise_position(text_view id) noexcept {
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
    if (builtin_exercises[i].id == id) return static_cast<std::uint16_t>(i);
  rule_broken("sinew: only built-in exercises convert to exercise_id; keep your own in a run-time catalog of records");
  return 0;
}
template <class E>
[[nodiscard]] consteval std::uint16_t builtin_position_of() noexcept {
  if constexpr (requires { E::builtin_index; })
    return E::builtin_index;
  else
    return builtin_exercise_position(E::id);
}
template <class E>
inline constexpr std::uint16_t builtin_exercise_position_v = builtin_position_of<E>();

}  // namespace detail

/// Base of the built-in exercise tags: exercise number I of the built-in catalog.
/// Everything is read from the generated record, and only when asked for.
template <std::size_t I>
struct builtin_exercise : detail::builtin_exercise_base {
  static constexpr std::uint16_t builtin_index = static_cast<std::uint16_t>(I);
  constexpr operator exercise_id() const noexcept { return exercise_id{builtin_index}; }  // NOLINT: a built-in exercise is its id
  static constexpr text_view id = builtin_exercises[I].id;
  [[nodiscard]] static constexpr text_view name() noexcept { return builtin_exercises[I].name; }
  /// The statement, rebuilt from the record (the coach's own words are in exercises/catalog_source/).
  static constexpr exercise_spec spec = detail::spec_of(builtin_exercises[I]);
  [[nodiscard]] static constexpr const exercise_record& record() noexcept { return builtin_exercises[I]; }
};

template <class E>
  requires(!__is_base_of(detail::builtin_exercise_base, E) && Exercise<E>)
constexpr exercise_id::exercise_id(E) noexcept : index(detail::builtin_exercise_position_v<E>) {}

}  // namespace sinew
