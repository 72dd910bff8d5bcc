// Rule: an exercise names its equipment (bodyweight counts). The twin does.
#include <sinew/exercises/descriptor.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct air_squat final : exercise<"air_squat", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension, knee_extension}}> {
} air_squat;
#else
inline constexpr struct air_squat final
    : exercise<"air_squat", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension, knee_extension}, .equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat}> {
} air_squat;
#endif
static_assert(Exercise<struct air_squat>);
}  // namespace user
