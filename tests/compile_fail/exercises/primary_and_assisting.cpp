// Rule: an action is primary or assisting in an exercise, not both. The twin
// makes knee extension assisting only.
#include <sinew/exercises/descriptor.hpp>

namespace user {
using namespace sinew;
inline constexpr exercise_spec bad{.loads = {hip_extension, knee_extension}, .assists = {knee_extension},
                                   .equipment = {equipment::barbell}, .pattern = movement_pattern::hinge};
static_assert(first_broken_rule(bad) == exercise_rule::primary_and_assisting);
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct my_deadlift final : exercise<"my_deadlift", bad> {} my_deadlift;
#else
inline constexpr struct my_deadlift final
    : exercise<"my_deadlift", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension}, .assists = {knee_extension},
                                            .equipment = {equipment::barbell},
                                            .pattern = movement_pattern::hinge}> {} my_deadlift;
#endif
static_assert(Exercise<struct my_deadlift>);
}  // namespace user
