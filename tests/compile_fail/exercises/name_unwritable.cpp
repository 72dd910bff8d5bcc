// Rule: an exercise's id (and the name made from it) can be written in a program
// file and a grouping. '#' would start a comment there. The twin's id can.
#include <sinew/exercises/descriptor.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct frog_pump final
    : exercise<"frog_pump_#2", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic,
                                             .loads = {hip_extension}, .equipment = {equipment::band},
                                             .pattern = movement_pattern::hinge}> {} frog_pump;
#else
inline constexpr struct frog_pump final
    : exercise<"frog_pump_2", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic,
                                            .loads = {hip_extension}, .equipment = {equipment::band},
                                            .pattern = movement_pattern::hinge}> {} frog_pump;
#endif
static_assert(Exercise<struct frog_pump>);
static_assert(frog_pump.record().id == text_view{"frog_pump_2"} || frog_pump.record().id == text_view{"frog_pump_#2"});
}  // namespace user
