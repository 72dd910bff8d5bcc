// Every rule sinew enforces at compile time, broken once each. Not part of any
// build: docs/make_troubleshooting.sh compiles it with -DSINEW_RULE=N under g++
// and clang++ and quotes what each compiler says in docs/troubleshooting.md.
// Without SINEW_RULE the file compiles cleanly.
#include <sinew/anatomy.hpp>

namespace user {
using namespace sinew;

#if SINEW_RULE == 1
// Rule: a muscle acts only on joints it crosses.
inline constexpr struct my_soleus final
    : muscle<"my_soleus", in<calves>, crosses<ankle, subtalar>, primary<ankle_plantar_flexion>,
             secondary<knee_flexion>> {} my_soleus;
#elif SINEW_RULE == 2
// Rule: a muscle lists each action once, as primary or as secondary.
inline constexpr struct my_glute final
    : muscle<"my_glute", in<glutes>, crosses<hip>, primary<hip_extension>, secondary<hip_extension>> {} my_glute;
#elif SINEW_RULE == 3
// Rule: every action has its antagonist in the model.
inline constexpr struct lumbar_rotation_left final
    : action<"lumbar_rotation_left", lumbar_spine, motion::rotation_left> {} lumbar_rotation_left;
using model = extend_model<lower_body_model, joint_list<>, action_list<lumbar_rotation_left>>;
static_assert(model::action_count > 0);
#elif SINEW_RULE == 4
// Rule: a model lists every entity its muscles use.
inline constexpr struct core final : group<"core", chain::anterior> {} core;
inline constexpr struct lumbar_flexor final
    : muscle<"lumbar_flexor", in<core>, crosses<lumbar_spine>, primary<lumbar_flexion>> {} lumbar_flexor;
using model = extend_model<lower_body_model, joint_list<>, action_list<>, group_list<>, muscle_list<lumbar_flexor>>;
static_assert(model::muscle_count > 0);
#elif SINEW_RULE == 5
// Rule: only built-in entities convert to ids on their own.
inline constexpr struct my_flexor final
    : muscle<"my_flexor", in<hip_flexors>, crosses<hip>, primary<hip_flexion>> {} my_flexor;
constexpr muscle_id id = my_flexor;
#endif

}  // namespace user

int main() {}
