// Rule: an action held still is not also moved under load. The twin holds the
// lumbar spine still while the hips and knees move.
#include <sinew/exercises/descriptor.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct still_squat final
    : exercise<"still_squat", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension, knee_extension}, .stabilizes = {knee_extension},
                                            .equipment = {equipment::barbell}, .pattern = movement_pattern::squat}> {} still_squat;
#else
inline constexpr struct still_squat final
    : exercise<"still_squat", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension, knee_extension}, .stabilizes = {lumbar_extension},
                                            .equipment = {equipment::barbell}, .pattern = movement_pattern::squat}> {} still_squat;
#endif
static_assert(Exercise<struct still_squat>);
}  // namespace user
