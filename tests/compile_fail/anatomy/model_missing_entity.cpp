// A model lists every group, joint and action its muscles use.
// Twin: the model that lists the user's group compiles.
#include <sinew/anatomy.hpp>

namespace user {
using namespace sinew;
inline constexpr struct core final : group<"core", chain::anterior> {} core;
inline constexpr struct lumbar_flexor final
    : muscle<"lumbar_flexor", in<core>, crosses<lumbar_spine>, primary<lumbar_flexion>> {} lumbar_flexor;
#ifdef SINEW_COMPILE_FAIL
using model = extend_model<lower_body_model, joint_list<>, action_list<>, group_list<>, muscle_list<lumbar_flexor>>;
#else
using model = extend_model<lower_body_model, joint_list<>, action_list<>, group_list<core>, muscle_list<lumbar_flexor>>;
#endif
static_assert(model{}.members_of(model{}.id(core)).size() == 1);
}  // namespace user
