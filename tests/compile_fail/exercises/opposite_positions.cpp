// Rule: a joint is held in one position, not two opposite ones. The twin holds
// the hip flexed only (seated).
#include <sinew/exercises/descriptor.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct seated_and_standing final
    : exercise<"seated_and_standing", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {knee_extension}, .held_toward = {hip_flexion, hip_extension},
                                                    .equipment = {equipment::machine}, .pattern = movement_pattern::extension}> {} seated_and_standing;
#else
inline constexpr struct seated_and_standing final
    : exercise<"seated_and_standing", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {knee_extension}, .held_toward = {hip_flexion},
                                                    .equipment = {equipment::machine}, .pattern = movement_pattern::extension}> {} seated_and_standing;
#endif
static_assert(Exercise<struct seated_and_standing>);
}  // namespace user
