// Rule: an exercise loads at least one action. The twin states one.
#include <sinew/exercises/descriptor.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct standing_around final
    : exercise<"standing_around", exercise_spec{.kind = exercise_kind::soft_tissue, .contraction = contraction::dynamic, .equipment = {equipment::bodyweight},
                                                .pattern = movement_pattern::carry}> {} standing_around;
#else
inline constexpr struct standing_around final
    : exercise<"standing_around", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {ankle_plantar_flexion},
                                                .equipment = {equipment::bodyweight},
                                                .pattern = movement_pattern::carry}> {} standing_around;
#endif
static_assert(Exercise<struct standing_around>);
static_assert(!is_valid_exercise_spec(exercise_spec{.kind = exercise_kind::soft_tissue, .contraction = contraction::dynamic, .equipment = {equipment::bodyweight}}));
}  // namespace user
