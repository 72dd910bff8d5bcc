// Only built-in tags convert to ids on their own; a user's muscle gets its id
// from the user's model. Twin: asking the model compiles.
#include <sinew/anatomy.hpp>

namespace user {
using namespace sinew;
inline constexpr struct my_flexor final
    : muscle<"my_flexor", in<hip_flexors>, crosses<hip>, primary<hip_flexion>> {} my_flexor;
using model = extend_model<lower_body_model, joint_list<>, action_list<>, group_list<>, muscle_list<my_flexor>>;
#ifdef SINEW_COMPILE_FAIL
constexpr muscle_id id = my_flexor;
#else
constexpr muscle_id id = model{}.id(my_flexor);
#endif
static_assert(model{}.muscles_performing(hip_flexion).contains(id));
}  // namespace user
