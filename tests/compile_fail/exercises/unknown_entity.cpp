// Rule: an exercise names only the model's actions, groups and muscles (an
// id past the model, such as action_id{100}, was silently ignored by the
// derivation). The twin names knee extension only.
#include <sinew/exercises/descriptor.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct mystery_extension final
    : exercise<"mystery_extension", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {knee_extension, action_id{100}},
                                                  .equipment = {equipment::machine}, .pattern = movement_pattern::extension}> {} mystery_extension;
#else
inline constexpr struct mystery_extension final
    : exercise<"mystery_extension", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {knee_extension}, .equipment = {equipment::machine}, .pattern = movement_pattern::extension}> {
} mystery_extension;
#endif
static_assert(Exercise<struct mystery_extension>);
static_assert(breaks(exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {knee_extension}, .equipment = {equipment::machine}, .pattern = movement_pattern::extension,
                                   .overrides = {{muscle_id{5000}, muscle_role::prime_mover}}},
                     exercise_rule::unknown_entity));
}  // namespace user
