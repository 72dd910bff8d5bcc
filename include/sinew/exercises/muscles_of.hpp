// The muscles an exercise works, each with its role, its length where the load
// peaks and its emphasis: one query for what a program or a report asks first
// ("what does this exercise train?"). The answer is the derivation's
// (exercises/derivation.hpp: who performs the exercise's actions, positions,
// the rules the coaching articles state), read for a compile-time exercise, a
// record or a built-in exercise id, into a fixed-capacity list: no allocation,
// usable in static_assert.
#pragma once

#include <cstddef>

#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/derivation.hpp>
#include <sinew/exercises/descriptor.hpp>

namespace sinew {

/// The muscles of an exercise in a model: every muscle whose role is not
/// `none`, at most once, ordered by role (prime movers, synergists,
/// stabilizers, treated), then by emphasis, largest first. Capacity: the
/// model's muscle count. `of(m)`, `role_of(m)`, `emphasis_of(m)` read one
/// muscle (role none and emphasis 0 when it is not worked); `with_role(r)`
/// gives the set of muscles in a role.
template <class Model = lower_body_model>
using exercise_muscles = muscle_profile<Model::muscle_count>;

/// The muscles an exercise record works, with role and emphasis.
template <class Model = lower_body_model>
[[nodiscard]] constexpr exercise_muscles<Model> muscles_of(const exercise_record& r) noexcept {
  return derive<Model>(r);
}

/// The muscles a compile-time exercise works: `muscles_of(seated_calf_raise)`.
template <class Model = lower_body_model, Exercise E>
[[nodiscard]] constexpr exercise_muscles<Model> muscles_of(E e) noexcept {
  return derive<Model>(record_of(e));
}

/// The muscles a built-in exercise works; none for an id that is not built in.
template <class Model = lower_body_model>
[[nodiscard]] constexpr exercise_muscles<Model> muscles_of(exercise_id e) noexcept {
  if (!is_builtin(e)) return {};
  return derive<Model>(info(e));
}

}  // namespace sinew
