// Rule: a held position cannot be on an axis the exercise moves under load. A
// leg extension "held with the knee bent" is a contradiction; where the load
// peaks is loaded_at. The twin holds the hip instead (seated).
#include <sinew/exercises/descriptor.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct my_leg_extension final
    : exercise<"my_leg_extension", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {knee_extension}, .held_toward = {knee_flexion},
                                                 .equipment = {equipment::machine},
                                                 .pattern = movement_pattern::extension}> {} my_leg_extension;
#else
inline constexpr struct my_leg_extension final
    : exercise<"my_leg_extension", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {knee_extension}, .held_toward = {hip_flexion},
                                                 .equipment = {equipment::machine},
                                                 .pattern = movement_pattern::extension}> {} my_leg_extension;
#endif
static_assert(Exercise<struct my_leg_extension>);
static_assert(breaks(exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {knee_extension}, .held_toward = {knee_flexion},
                                   .equipment = {equipment::machine}},
                     exercise_rule::position_on_moving_axis));
}  // namespace user
