// Rule: at most six actions per role (and six held positions, four treated
// groups, two overrides). Items count as written, duplicates too. The twin
// loads six; parse_exercise refuses the seventh the same way (rules_test.cpp).
#include <sinew/exercises/descriptor.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct everything_at_once final
    : exercise<"everything_at_once", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension, knee_extension, ankle_plantar_flexion,
                                                             hip_abduction, hip_adduction, lumbar_extension,
                                                             hip_external_rotation},
                                                   .equipment = {equipment::barbell}, .pattern = movement_pattern::squat}> {} everything_at_once;
#else
inline constexpr struct everything_at_once final
    : exercise<"everything_at_once", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension, knee_extension, ankle_plantar_flexion,
                                                             hip_abduction, hip_adduction, lumbar_extension},
                                                   .equipment = {equipment::barbell}, .pattern = movement_pattern::squat}> {} everything_at_once;
#endif
static_assert(Exercise<struct everything_at_once>);
static_assert(breaks(exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension, hip_extension, hip_extension, hip_extension, hip_extension,
                                             hip_extension, hip_extension},
                                   .equipment = {equipment::barbell}, .pattern = movement_pattern::squat},
                     exercise_rule::too_many_actions));
}  // namespace user
