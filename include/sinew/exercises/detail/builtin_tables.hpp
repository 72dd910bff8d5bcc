// The shape of the built-in catalog's precomputed indexes: sets of exercises
// as raw bitset words (spelt as plain integers in the generated
// exercises/detail/builtin_index.hpp, so that no set is built by constant
// evaluation on include), and each exercise's derived emphasis as a sparse list.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/anatomy.hpp>
#include <sinew/detail/array.hpp>
#include <sinew/exercises/builtin_exercise.hpp>

namespace sinew::detail {

/// The words of an exercise_set (exercise_set::from_words makes the set).
using exercise_words = array<std::uint64_t, exercise_set::word_count>;

struct builtin_sets {
  array<array<exercise_words, 3>, lower_body_model::action_count> by_action{};  ///< [action][coverage]
  /// [muscle][r - 1]: the exercises where the muscle's derived role is at least
  /// r (treated, stabilizer, synergist, prime mover): its roles and its coverage.
  array<array<exercise_words, 4>, lower_body_model::muscle_count> by_muscle{};
  array<array<exercise_words, 3>, lower_body_model::group_count> by_group{};  ///< [group][coverage]
  array<exercise_words, equipment_count> needs{};
  array<exercise_words, movement_pattern_count> by_pattern{};
  exercise_words all{}, spine_free{}, unilateral{}, bilateral{}, compound{}, isolation{}, stretched{};
};

/// One involved muscle's derived emphasis in a built-in exercise.
struct muscle_emphasis {
  std::uint8_t muscle = 0;
  float emphasis = 0.0F;
};

}  // namespace sinew::detail
