// Rule: the toes point forward or out, not both. The twin points them out.
#include <sinew/exercises/descriptor.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct both_ways_squat final
    : exercise<"both_ways_squat", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension, knee_extension},
                                                .stance = {stance::toes_forward, stance::toes_out},
                                                .equipment = {equipment::barbell}, .pattern = movement_pattern::squat}> {} both_ways_squat;
#else
inline constexpr struct both_ways_squat final
    : exercise<"both_ways_squat", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension, knee_extension}, .stance = {stance::toes_out},
                                                .equipment = {equipment::barbell}, .pattern = movement_pattern::squat}> {} both_ways_squat;
#endif
static_assert(Exercise<struct both_ways_squat>);
}  // namespace user
