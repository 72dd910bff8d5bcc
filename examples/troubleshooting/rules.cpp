// Every rule sinew enforces at compile time, broken once each. Not part of any
// build: docs/make_troubleshooting.sh compiles it with -DSINEW_TROUBLESHOOTING_CASE=N under g++
// and clang++ and quotes what each compiler says in docs/troubleshooting.md.
// Without SINEW_TROUBLESHOOTING_CASE the file compiles cleanly.
#include <sinew/anatomy.hpp>
#include <sinew/notation.hpp>
#include <sinew/programs.hpp>
#include <sinew/schemes.hpp>

namespace user {
using namespace sinew;

#if SINEW_TROUBLESHOOTING_CASE == 1
// Rule: a muscle acts only on joints it crosses.
inline constexpr struct my_soleus final
    : muscle<"my_soleus", in<calves>, crosses<ankle, subtalar>, primary<ankle_plantar_flexion>,
             secondary<knee_flexion>> {} my_soleus;
#elif SINEW_TROUBLESHOOTING_CASE == 2
// Rule: a muscle lists each action once, as primary or as secondary.
inline constexpr struct my_glute final
    : muscle<"my_glute", in<glutes>, crosses<hip>, primary<hip_extension>, secondary<hip_extension>> {} my_glute;
#elif SINEW_TROUBLESHOOTING_CASE == 3
// Rule: every action has its antagonist in the model.
inline constexpr struct lumbar_rotation_left final
    : action<"lumbar_rotation_left", lumbar_spine, motion::rotation_left> {} lumbar_rotation_left;
using model = extend_model<lower_body_model, joint_list<>, action_list<lumbar_rotation_left>>;
static_assert(model::action_count > 0);
#elif SINEW_TROUBLESHOOTING_CASE == 4
// Rule: a model lists every entity its muscles use.
inline constexpr struct core final : group<"core", chain::anterior> {} core;
inline constexpr struct lumbar_flexor final
    : muscle<"lumbar_flexor", in<core>, crosses<lumbar_spine>, primary<lumbar_flexion>> {} lumbar_flexor;
using model = extend_model<lower_body_model, joint_list<>, action_list<>, group_list<>, muscle_list<lumbar_flexor>>;
static_assert(model::muscle_count > 0);
#elif SINEW_TROUBLESHOOTING_CASE == 5
// Rule: only built-in entities convert to ids on their own.
inline constexpr struct my_flexor final
    : muscle<"my_flexor", in<hip_flexors>, crosses<hip>, primary<hip_flexion>> {} my_flexor;
constexpr muscle_id id = my_flexor;
#elif SINEW_TROUBLESHOOTING_CASE == 6
// Rule: a rep range's minimum must not exceed its maximum.
constexpr auto squats = checked(straight_sets(4, quantity::reps(12, 8)));
#elif SINEW_TROUBLESHOOTING_CASE == 7
// Rule: a pyramid's reps go down from set to set.
constexpr auto squats = checked(pyramid({15, 12, 10, 10, 4}));
#elif SINEW_TROUBLESHOOTING_CASE == 8
// Rule: a drop set's load falls with every drop.
constexpr auto curls = checked(drop_set(straight_sets(4, 8), 2, +10));
#elif SINEW_TROUBLESHOOTING_CASE == 9
// Rule: a tri-set has exactly three exercises.
constexpr auto glutes = checked(tri_set({
    grouping_entry{"lateral single-leg cable glute raise", straight_sets(3, 15)},
    grouping_entry{"toes-out dumbbell RDL", straight_sets(3, 12)},
}));
#elif SINEW_TROUBLESHOOTING_CASE == 10
// Rule: X (explosive) belongs only in the concentric digit of a tempo (a literal's error also gives the byte).
constexpr auto squats = scheme<"3x5 @3X01">;
#elif SINEW_TROUBLESHOOTING_CASE == 11
// Rule: a scheme literal must read as notation; the error says at which byte and what was expected.
using namespace sinew::literals;
constexpr auto squats = "3x15 @"_scheme;
#elif SINEW_TROUBLESHOOTING_CASE == 12
// Rule: the exercises of a compound set share a target muscle.
constexpr auto pair = checked_with_anatomy(line<"compound set: A leg extension 3x20; B lying leg curl 3x8">);
#endif

}  // namespace user

int main() {}
