// Every action has its antagonist: a model with rotation to one side only is rejected.
// Twin: the model with both directions compiles.
#include <sinew/anatomy.hpp>

namespace user {
using namespace sinew;
inline constexpr struct lumbar_rotation_left final
    : action<"lumbar_rotation_left", lumbar_spine, motion::rotation_left> {} lumbar_rotation_left;
inline constexpr struct lumbar_rotation_right final
    : action<"lumbar_rotation_right", lumbar_spine, motion::rotation_right> {} lumbar_rotation_right;
#ifdef SINEW_COMPILE_FAIL
using model = extend_model<lower_body_model, joint_list<>, action_list<lumbar_rotation_left>>;
#else
using model = extend_model<lower_body_model, joint_list<>, action_list<lumbar_rotation_left, lumbar_rotation_right>>;
#endif
static_assert(model::action_count > lower_body_model::action_count);
}  // namespace user
