// The built-in model's generated tables equal, field by field, the tables
// computed from the entity types: the data cannot drift from the anatomy.
#include <sinew/anatomy.hpp>

namespace {
using computed = sinew::detail::computed_tables<sinew::lower_body_joints::types, sinew::lower_body_actions::types,
                                                sinew::lower_body_groups::types, sinew::lower_body_muscles::types>;
using generated = sinew::lower_body_model::tables;

static_assert(computed::joints == generated::joints);
static_assert(computed::actions == generated::actions);
static_assert(computed::groups == generated::groups);
static_assert(computed::muscles == generated::muscles);
static_assert(computed::index == generated::index);
}  // namespace
