// Muscles (and separately acting heads or parts) as compile-time entities: the
// groups they belong to, the joints they cross and the actions they perform,
// each with a role. The rule everything rests on is enforced here: a muscle
// acts only on a joint it crosses (Padron). Declaring an action at a joint
// the muscle does not cross does not compile, and the error names the rule,
// the action and the joint.
#pragma once

#include <cstddef>

#include <sinew/anatomy/action.hpp>
#include <sinew/anatomy/entity.hpp>
#include <sinew/anatomy/group.hpp>
#include <sinew/anatomy/ids.hpp>
#include <sinew/anatomy/joint.hpp>
#include <sinew/detail/traits.hpp>
#include <sinew/detail/type_list.hpp>

namespace sinew {

/// The groups a muscle belongs to; the first is its main group.
template <MuscleGroup auto... Groups>
struct in {
  using types = detail::type_list<detail::remove_cvref_t<decltype(Groups)>...>;
};

/// The joints a muscle crosses, proximal to distal.
template <Joint auto... Joints>
struct crosses {
  using types = detail::type_list<detail::remove_cvref_t<decltype(Joints)>...>;
};

/// An action the muscle is a prime mover of.
template <Action auto A>
struct primary {
  using action_type = detail::remove_cvref_t<decltype(A)>;
  static constexpr action_role role = action_role::primary;
};

/// An action the muscle assists (or performs with some fibres, or in some positions).
template <Action auto A>
struct secondary {
  using action_type = detail::remove_cvref_t<decltype(A)>;
  static constexpr action_role role = action_role::secondary;
};

namespace detail {

template <class T>
inline constexpr bool is_groups = false;
template <auto... G>
inline constexpr bool is_groups<in<G...>> = true;
template <class T>
inline constexpr bool is_crosses = false;
template <auto... J>
inline constexpr bool is_crosses<crosses<J...>> = true;
template <class T>
inline constexpr bool is_role = false;
template <auto A>
inline constexpr bool is_role<primary<A>> = true;
template <auto A>
inline constexpr bool is_role<secondary<A>> = true;

// A type in a list: one fold over the compiler's builtin, shared by every muscle
// crossing the same joints (no index lookup, no helper per element).
template <class T, class List>
inline constexpr bool listed = false;
template <class T, class... Ts>
inline constexpr bool listed<T, type_list<Ts...>> = (__is_same(T, Ts) || ...);

template <class Action, class Crosses>
inline constexpr bool crosses_joint_of = listed<typename Action::joint_type, typename Crosses::types>;

// The same, spelled so that a failing static_assert prints the action and its joint.
template <class Action, class JointOfAction, class Crosses>
inline constexpr bool action_at_crossed_joint = listed<JointOfAction, typename Crosses::types>;

// How many times T is in Us: one fold over the compiler's builtin.
template <class T, class... Us>
inline constexpr unsigned occurrences = (0u + ... + static_cast<unsigned>(__is_same(T, Us)));

// Each type of the list appears once. Compared as types, not as addresses of a
// variable per type: g++ does not fold address comparisons in constant
// evaluation under -fsanitize=undefined, and users build with it.
template <class List>
inline constexpr bool distinct_list_v = true;
template <class... Ts>
inline constexpr bool distinct_list_v<type_list<Ts...>> = ((occurrences<Ts, Ts...> == 1u) && ...);

}  // namespace detail

/// The non-fatal twin of the checks `muscle` makes: true when a muscle with these
/// parts would be well formed. Use it in `static_assert(!...)` to test invalid cases.
template <class Groups, class Crosses, class... Roles>
concept valid_muscle_declaration =
    detail::is_groups<Groups> && Groups::types::size > 0 && detail::is_crosses<Crosses> &&
    Crosses::types::size > 0 && (detail::is_role<Roles> && ...) && sizeof...(Roles) > 0 &&
    detail::distinct_list_v<typename Crosses::types> &&
    detail::distinct_list_v<detail::type_list<typename Roles::action_type...>> &&
    (detail::crosses_joint_of<typename Roles::action_type, Crosses> && ...);

/// Base of every muscle:
/// ```
/// inline constexpr struct soleus final
///     : muscle<"soleus", in<calves>, crosses<ankle, subtalar>,
///              primary<ankle_plantar_flexion>, secondary<subtalar_inversion>> {} soleus;
/// ```
template <detail::fixed_string Id, class Groups, class Crosses, class... Roles>
struct muscle : detail::muscle_base, detail::named<Id> {
  static_assert(detail::is_groups<Groups> && Groups::types::size > 0,
                "sinew: a muscle names its groups first: in<group, ...> with at least one group");
  static_assert(detail::is_crosses<Crosses> && Crosses::types::size > 0,
                "sinew: a muscle names the joints it crosses second: crosses<joint, ...> with at least one joint");
  static_assert((detail::is_role<Roles> && ...) && sizeof...(Roles) > 0,
                "sinew: a muscle's actions are listed as primary<action> or secondary<action>, at least one");
  static_assert(detail::distinct_list_v<typename Crosses::types>,
                "sinew: a muscle lists each joint it crosses once");
  static_assert(detail::distinct_list_v<detail::type_list<typename Roles::action_type...>>,
                "sinew: a muscle lists each action once, as primary or as secondary");
  static_assert((detail::action_at_crossed_joint<typename Roles::action_type, typename Roles::action_type::joint_type,
                                                 Crosses> && ...),
                "sinew: a muscle acts only on joints it crosses");

  using group_types = typename Groups::types;
  using crossed_joint_types = typename Crosses::types;
  using action_roles = detail::type_list<Roles...>;
};

template <class T>
concept Muscle = __is_base_of(detail::muscle_base, T) && __is_empty(T) && requires {
  typename T::group_types;
  typename T::crossed_joint_types;
  typename T::action_roles;
};

}  // namespace sinew
