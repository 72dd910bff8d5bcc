// Joint actions as compile-time entities: a movement of one joint in one
// direction (knee flexion, hip abduction). Each action's antagonist is the action
// of the same joint in the opposite direction, so antagonists are derived, never
// listed twice.
#pragma once

#include <sinew/anatomy/entity.hpp>
#include <sinew/anatomy/ids.hpp>
#include <sinew/anatomy/joint.hpp>
#include <sinew/detail/traits.hpp>

namespace sinew {

/// Base of every action: `inline constexpr struct knee_flexion final : action<"knee_flexion", knee, motion::flexion> {} knee_flexion;`
template <detail::fixed_string Id, Joint auto J, motion Direction>
struct action : detail::action_base, detail::named<Id> {
  using joint_type = detail::remove_cvref_t<decltype(J)>;
  static constexpr joint_type joint = J;
  static constexpr motion direction = Direction;
};

template <class T>
concept Action = __is_base_of(detail::action_base, T) && __is_empty(T) &&
                 requires { typename T::joint_type; T::direction; } && Joint<typename T::joint_type>;

}  // namespace sinew
