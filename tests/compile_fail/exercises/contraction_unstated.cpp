// Rule: an exercise states its contraction. The twin states it (a wall sit is held).
#include <sinew/exercises/descriptor.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct wall_hold final
    : exercise<"wall_hold", exercise_spec{.kind = exercise_kind::strength, .loads = {knee_extension},
                                          .equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat}> {} wall_hold;
#else
inline constexpr struct wall_hold final
    : exercise<"wall_hold", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::isometric,
                                          .loads = {knee_extension}, .equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat}> {} wall_hold;
#endif
static_assert(Exercise<struct wall_hold>);
}  // namespace user
