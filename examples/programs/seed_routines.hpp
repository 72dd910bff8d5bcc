// The routines of the articles sinew is built from, each written in C++ with the
// program builder; the program files beside this header (glute_routine.txt, ...)
// are the same routines as text, and tests/programs/seed_routines_test.cpp
// proves each file reads to the value built here. Each function's comment
// names its article; what an article says that a program cannot, the program
// file says in its own comments.
//
//   - Ian Padron, "Leg Training for Maximal Muscle Growth": the glute,
//     hamstring, quad and calf routines;
//   - "Building Strong, Balanced Leg Muscles: A Comprehensive Guide" (no author
//     stated): the workout with its warm-up and cool-down;
//   - the article opening "Leg day is often referred to as the king of
//     workouts" (no title or author stated): "The Ultimate Leg Workout Routine".
#pragma once

#include <sinew/sinew.hpp>

namespace seed_routines {

using namespace sinew;

namespace helpers {
constexpr quantity per_leg(quantity q) noexcept {
  q.side = rep_count::per_leg;
  return q;
}
constexpr set_scheme held_at_top(set_scheme s, std::uint16_t seconds) noexcept { return s.with(hold{seconds, hold_position::top}); }
}  // namespace helpers

/// Padron, "Leg Training for Maximal Muscle Growth": the glute routine.
constexpr program glute_routine() noexcept {
  program_builder b{"Glute routine"};
  b.block(block_role::priming)
      .group(grouping_kind::tri_set,
             {{lateral_single_leg_cable_glute_raise, helpers::held_at_top(straight_sets(3, 15), 2), {1, 'A'}},
              {toes_out_dumbbell_romanian_deadlift, helpers::held_at_top(straight_sets(3, 12), 2), {1, 'B'}},
              {toes_out_banded_back_extension, helpers::held_at_top(straight_sets(3, 15), 2), {1, 'C'}}})
      .block(block_role::working)
      .add(toes_out_wide_stance_squat, pyramid({15, 12, 10, 8, 4}), {1, 0})
      .add(toes_out_barbell_deadlift, straight_sets(4, 15), {2, 0});
  return *b.build();
}

/// Padron, "Leg Training for Maximal Muscle Growth": the hamstring routine.
constexpr program hamstring_routine() noexcept {
  program_builder b{"Hamstring routine"};
  b.block(block_role::priming)
      .group(grouping_kind::tri_set,
             {{toes_forward_banded_back_extension, straight_sets(3, 15).with(tempo::of(3, 0, 1)), {1, 'A'}},
              {toes_forward_romanian_deadlift, straight_sets(3, 12).with(tempo::of(3, 0, 1)), {1, 'B'}},
              {lying_leg_curl, straight_sets(3, 8).with(tempo::no_tempo()), {1, 'C'}}})
      .block(block_role::working)
      .add(shoulder_width_straight_leg_deadlift, sets_to_failure(5, 12, 15), {1, 0})
      .add(lying_leg_curl, drop_set(straight_sets(4, 8), 2), {2, 0});
  return *b.build();
}

/// Padron, "Leg Training for Maximal Muscle Growth": the quad routine.
constexpr program quad_routine() noexcept {
  program_builder b{"Quad routine"};
  b.block(block_role::priming)
      .group(grouping_kind::compound_set,
             {{leg_extension, straight_sets(3, 20).with(tempo::of(3, 2, 1)), {1, 'A'}},
              {bodyweight_deep_squat, straight_sets(3, 25).with(sinew::pause{5, 5, hold_position::bottom}), {1, 'B'}}})
      .block(block_role::working)
      .add(pulse_squat, double_pyramid({20, 15, 12, 8, 12, 15, 20}), {1, 0})
      .add(leg_press_feet_low, strip_sets(5), {2, 0})
      .add(bodyweight_lunge, straight_sets(1, quantity::non_stop(150)), {3, 0});
  return *b.build();
}

/// Padron, "Leg Training for Maximal Muscle Growth": the calf routine.
constexpr program calf_routine() noexcept {
  program_builder b{"Calf routine"};
  b.block(block_role::working)
      .group(grouping_kind::circuit,
             {{standing_calf_raise, straight_sets(3, 12).with_stretch_and_squeeze(3), {1, 'A'}},
              {seated_calf_raise, straight_sets(3, 25).with_stretch_and_squeeze(2), {1, 'B'}},
              {tip_toe_walk, straight_sets(3, quantity::of(yards(50))), {1, 'C'}}});
  return *b.build();
}

/// "Building Strong, Balanced Leg Muscles: A Comprehensive Guide": warm-up,
/// main workout and cool-down (the warm-up's and cool-down's doses are ours;
/// see balanced_leg_workout.txt).
constexpr program balanced_leg_workout() noexcept {
  program_builder b{"Balanced leg workout"};
  b.block(block_role::warm_up, 10, 15)
      .add(leg_swings, straight_sets(2, helpers::per_leg(quantity::reps(10))))
      .add(walking_lunge, straight_sets(1, quantity::steps(20)))
      .add(high_knees, straight_sets(2, quantity::of(seconds(30))))
      .add(light_jogging, straight_sets(1, quantity::of(minutes(5))))
      .block(block_role::working, 60, 75)
      .add(barbell_back_squat, straight_sets(4, quantity::reps(8, 12)), {1, 0})
      .add(conventional_deadlift, straight_sets(4, quantity::reps(6, 10)), {2, 0})
      .add(forward_lunge, straight_sets(3, helpers::per_leg(quantity::reps(10, 12))), {3, 0})
      .add(leg_press, straight_sets(4, quantity::reps(10, 15)), {4, 0})
      .add(lying_leg_curl, straight_sets(3, quantity::reps(12, 15)), {5, 0})
      .add(standing_calf_raise, straight_sets(4, quantity::reps(15, 20)), {6, 0})
      .block(block_role::cool_down, 10, 15)
      .add(standing_hamstring_stretch, straight_sets(1, quantity::of(seconds(30))))
      .add(standing_quad_stretch, straight_sets(1, quantity::of(seconds(30))))
      .add(standing_calf_stretch, straight_sets(1, quantity::of(seconds(30))))
      .add(foam_roll_quadriceps, straight_sets(1, quantity::of(seconds(60))));
  return *b.build();
}

/// "Leg day is often referred to as the king of workouts": "The Ultimate Leg
/// Workout Routine", numbered 1, 1, 2, 3, 4 as the article numbers it.
constexpr program king_of_workouts() noexcept {
  program_builder b{"The ultimate leg workout routine"};
  b.block(block_role::working)
      .add(barbell_back_squat, straight_sets(4, quantity::reps(8, 10)), {1, 0})
      .add(romanian_deadlift, straight_sets(4, quantity::reps(8, 10)), {1, 0})
      .add(leg_press, straight_sets(3, quantity::reps(10, 12)), {2, 0})
      .add(walking_lunge, straight_sets(3, quantity::steps(20)), {3, 0})
      .add(standing_calf_raise, straight_sets(3, quantity::reps(12, 15)), {4, 0});
  return *b.build();
}

/// Every seed routine with its program file's name.
struct seed_routine {
  const char* file;
  program (*build)() noexcept;
};
inline constexpr seed_routine all[] = {
    {"glute_routine.txt", glute_routine},         {"hamstring_routine.txt", hamstring_routine},
    {"quad_routine.txt", quad_routine},           {"calf_routine.txt", calf_routine},
    {"balanced_leg_workout.txt", balanced_leg_workout}, {"king_of_workouts.txt", king_of_workouts},
};

}  // namespace seed_routines
