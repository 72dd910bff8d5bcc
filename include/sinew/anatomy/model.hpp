// An anatomy model: the joints, actions, groups and muscles that exist, turned
// into constexpr tables indexed by compact ids, and the queries over them. The
// built-in `lower_body` is one model; users extend it with their own entities
// (extend_model) without touching sinew's headers, and every query works the
// same in a static_assert and in a loop over ids read at run time.
#pragma once

#include <sinew/detail/array.hpp>
#include <sinew/detail/traits.hpp>
#include <cstddef>
#include <cstdint>

#include <sinew/text_view.hpp>

#include <sinew/anatomy/action.hpp>
#include <sinew/anatomy/figures.hpp>
#include <sinew/anatomy/group.hpp>
#include <sinew/anatomy/ids.hpp>
#include <sinew/anatomy/joint.hpp>
#include <sinew/anatomy/muscle.hpp>
#include <sinew/detail/type_list.hpp>
#include <sinew/result.hpp>

namespace sinew {

/// The entities of a model, listed by value: `muscle_list<soleus, my_muscle>`.
template <auto... Js>
struct joint_list {
  using types = detail::type_list<detail::remove_cvref_t<decltype(Js)>...>;
};
template <auto... As>
struct action_list {
  using types = detail::type_list<detail::remove_cvref_t<decltype(As)>...>;
};
template <auto... Gs>
struct group_list {
  using types = detail::type_list<detail::remove_cvref_t<decltype(Gs)>...>;
};
template <auto... Ms>
struct muscle_list {
  using types = detail::type_list<detail::remove_cvref_t<decltype(Ms)>...>;
};

struct joint_info {
  text_view id;
  text_view name;
  joint_complex complex{};
  std::uint8_t degrees_of_freedom = 0;
  friend constexpr bool operator==(const joint_info&, const joint_info&) noexcept = default;
};

struct action_info {
  text_view id;
  text_view name;
  joint_id joint{};
  motion direction{};
  action_id antagonist{};
  friend constexpr bool operator==(const action_info&, const action_info&) noexcept = default;
};

struct group_info {
  text_view id;
  text_view name;
  chain on_chain{};
  friend constexpr bool operator==(const group_info&, const group_info&) noexcept = default;
};

/// One of a muscle's actions with the muscle's role in it.
struct muscle_action {
  action_id action{};
  action_role role{};
  friend constexpr bool operator==(const muscle_action&, const muscle_action&) noexcept = default;
};

inline constexpr std::size_t max_actions_per_muscle = 8;

struct muscle_info {
  text_view id;
  text_view name;
  group_id main_group{};
  group_set groups{};
  joint_set crosses{};
  detail::array<muscle_action, max_actions_per_muscle> actions{};
  std::uint8_t action_count = 0;
  action_set primary_actions{};
  action_set secondary_actions{};
  muscle_figures figures{};
  friend constexpr bool operator==(const muscle_info&, const muscle_info&) noexcept = default;
};

namespace detail {

// The empty answers for ids a model does not have: empty id and name, and
// foreign ids where an info names another entity, so following them stays empty.
inline constexpr joint_info no_joint_info{};
inline constexpr action_info no_action_info{"", "", no_entity<joint_id>, motion::flexion, no_entity<action_id>};
inline constexpr group_info no_group_info{};
inline constexpr muscle_info no_muscle_info{"", "", no_entity<group_id>};

template <class T>
concept has_own_figures = requires { muscle_figures{T::figures}; };

// Declared, never defined: named by the compiler when a model is incomplete.
template <class Entity, class UsedBy>
struct sinew_rule_a_model_lists_every_entity_its_muscles_use;
template <class Action>
struct sinew_rule_every_action_has_its_antagonist_in_the_model;

template <class T, class List, class UsedBy>
consteval std::size_t index_in_model() {
  if constexpr (!contains_v<T, List>) {
    (void)sizeof(sinew_rule_a_model_lists_every_entity_its_muscles_use<T, UsedBy>);
    return 0;
  } else {
    return index_of_v<T, List>;
  }
}

template <class... Ts, class F>
constexpr void for_each_type(type_list<Ts...>, F&& f) {
  (f.template operator()<Ts>(), ...);
}

constexpr bool names_unique(const text_view* ids, std::size_t n) noexcept {
  for (std::size_t i = 0; i != n; ++i)
    for (std::size_t j = i + 1; j != n; ++j)
      if (ids[i] == ids[j]) return false;
  return true;
}

template <class Id, class Table>
constexpr result<Id> find_by_id(const Table& table, text_view key, text_view unknown_message) noexcept {
  for (std::size_t i = 0; i != table.size(); ++i)
    if (table[i].id == key) return Id{static_cast<decltype(Id{}.index)>(i)};
  return error{unknown_message};
}


template <std::size_t ActionCount, std::size_t GroupCount, std::size_t JointCount>
struct inverted_tables {
  detail::array<muscle_set, ActionCount> primary{};     ///< prime movers of each action
  detail::array<muscle_set, ActionCount> secondary{};   ///< assistants of each action
  detail::array<muscle_set, GroupCount> members{};      ///< muscles of each group
  detail::array<muscle_set, JointCount> crossing{};     ///< muscles crossing each joint
  friend constexpr bool operator==(const inverted_tables&, const inverted_tables&) noexcept = default;
};

template <class JointList, class ActionList, class GroupList, class MuscleList>
struct table_builder;

// Builds a model's tables by constant evaluation over the entity types (in a
// class of its own: a class is incomplete while its static members are
// initialized, so it cannot call its own consteval functions there).
template <class... Js, class... As, class... Gs, class... Ms>
struct table_builder<type_list<Js...>, type_list<As...>, type_list<Gs...>, type_list<Ms...>> {
  using joint_types = type_list<Js...>;
  using action_types = type_list<As...>;
  using group_types = type_list<Gs...>;
  using muscle_types = type_list<Ms...>;
  static constexpr std::size_t joint_count = sizeof...(Js);
  static constexpr std::size_t action_count = sizeof...(As);
  static constexpr std::size_t group_count = sizeof...(Gs);
  static constexpr std::size_t muscle_count = sizeof...(Ms);

  // The lists themselves are unconstrained (constraining the built-in ones cost
  // every include 10 ms); a model built from lists checks them here.
  static_assert((Joint<Js> && ...) && (Action<As> && ...) && (MuscleGroup<Gs> && ...) && (Muscle<Ms> && ...),
                "sinew: an anatomy model lists joints, actions, groups and muscles, in that order");

  static consteval detail::array<joint_info, joint_count> make_joints() {
    return {joint_info{Js::id, Js::name(), Js::complex, Js::degrees_of_freedom}...};
  }
  static consteval detail::array<group_info, group_count> make_groups() {
    return {group_info{Gs::id, Gs::name(), Gs::on_chain}...};
  }

  template <class A>
  static consteval action_info make_action() {
    action_info info{A::id, A::name(), joint_id{}, A::direction, action_id{}};
    info.joint = joint_id{static_cast<std::uint8_t>(index_in_model<typename A::joint_type, joint_types, A>())};
    constexpr bool has_antagonist =
        ((detail::is_same_v<typename As::joint_type, typename A::joint_type> && As::direction == opposite(A::direction)) ||
         ...);
    if constexpr (!has_antagonist) {
      (void)sizeof(sinew_rule_every_action_has_its_antagonist_in_the_model<A>);
    }
    constexpr bool is_antagonist[] = {
        (detail::is_same_v<typename As::joint_type, typename A::joint_type> && As::direction == opposite(A::direction))...};
    for (std::size_t i = 0; i != action_count; ++i)
      if (is_antagonist[i]) info.antagonist = action_id{static_cast<std::uint8_t>(i)};
    return info;
  }
  static consteval detail::array<action_info, action_count> make_actions() { return {make_action<As>()...}; }

  template <class M>
  static consteval muscle_info make_muscle() {
    muscle_info info{};
    info.id = M::id;
    info.name = M::name();
    bool first = true;
    for_each_type(typename M::group_types{}, [&]<class G>() {
      const group_id g{static_cast<std::uint8_t>(index_in_model<G, group_types, M>())};
      if (first) info.main_group = g;
      first = false;
      info.groups.insert(g);
    });
    for_each_type(typename M::crossed_joint_types{}, [&]<class J>() {
      info.crosses.insert(joint_id{static_cast<std::uint8_t>(index_in_model<J, joint_types, M>())});
    });
    static_assert(M::action_roles::size <= max_actions_per_muscle,
                  "sinew: a muscle lists at most max_actions_per_muscle actions");
    for_each_type(typename M::action_roles{}, [&]<class R>() {
      const action_id a{static_cast<std::uint8_t>(index_in_model<typename R::action_type, action_types, M>())};
      info.actions[info.action_count++] = muscle_action{a, R::role};
      (R::role == action_role::primary ? info.primary_actions : info.secondary_actions).insert(a);
    });
    if constexpr (has_own_figures<M>) info.figures = M::figures;  // else not measured (the built-in model requires them)
    return info;
  }
  static consteval detail::array<muscle_info, muscle_count> make_muscles() { return {make_muscle<Ms>()...}; }

  static consteval bool ids_unique() {
    constexpr text_view j[] = {"", Js::id...};
    constexpr text_view a[] = {"", As::id...};
    constexpr text_view g[] = {"", Gs::id...};
    constexpr text_view m[] = {"", Ms::id...};
    return names_unique(j + 1, joint_count) && names_unique(a + 1, action_count) &&
           names_unique(g + 1, group_count) && names_unique(m + 1, muscle_count);
  }

  // Building every table once checks the whole model: each entity a muscle uses
  // is listed, each action has its antagonist.
  static consteval bool complete() {
    (void)make_actions();
    (void)make_muscles();
    return true;
  }

  using inverted = inverted_tables<action_count, group_count, joint_count>;
  static consteval inverted make_inverted(const detail::array<muscle_info, muscle_count>& muscles) {
    inverted t{};
    for (std::size_t m = 0; m != muscle_count; ++m) {
      const muscle_id id{static_cast<std::uint16_t>(m)};
      for (std::size_t k = 0; k != muscles[m].action_count; ++k) {
        const auto& ma = muscles[m].actions[k];
        (ma.role == action_role::primary ? t.primary : t.secondary)[ma.action.index].insert(id);
      }
      muscles[m].groups.for_each([&](group_id g) { t.members[g.index].insert(id); });
      muscles[m].crosses.for_each([&](joint_id j) { t.crossing[j.index].insert(id); });
    }
    return t;
  }
};

/// The tables of a model computed from its entity types: what user models use.
/// Instantiating it checks the model (every entity a muscle uses is listed,
/// every action has its antagonist, ids are unique).
template <class JointList, class ActionList, class GroupList, class MuscleList>
struct computed_tables {
  using builder = table_builder<JointList, ActionList, GroupList, MuscleList>;
  using joint_types = JointList;
  using action_types = ActionList;
  using group_types = GroupList;
  using muscle_types = MuscleList;
  static constexpr std::size_t joint_count = builder::joint_count;
  static constexpr std::size_t action_count = builder::action_count;
  static constexpr std::size_t group_count = builder::group_count;
  static constexpr std::size_t muscle_count = builder::muscle_count;

  static_assert(builder::complete());
  static_assert(builder::ids_unique(), "sinew: ids are unique within a model (no two muscles, or two actions, share an id)");

  static constexpr detail::array<joint_info, joint_count> joints = builder::make_joints();
  static constexpr detail::array<action_info, action_count> actions = builder::make_actions();
  static constexpr detail::array<group_info, group_count> groups = builder::make_groups();
  static constexpr detail::array<muscle_info, muscle_count> muscles = builder::make_muscles();
  static constexpr typename builder::inverted index = builder::make_inverted(muscles);
};

}  // namespace detail


/// A model: its tables and the queries over them. `Tables` provides the entity
/// type lists, the counts, the info arrays and the inverted index; it is either
/// computed from the types (anatomy_model) or, for the built-in model, written
/// out as data (anatomy/detail/lower_body_tables.hpp, checked against the
/// computed one by the tests).
template <class Tables>
class basic_anatomy_model {
 public:
  using tables = Tables;
  using joint_types = typename Tables::joint_types;
  using action_types = typename Tables::action_types;
  using group_types = typename Tables::group_types;
  using muscle_types = typename Tables::muscle_types;

  static constexpr std::size_t joint_count = Tables::joint_count;
  static constexpr std::size_t action_count = Tables::action_count;
  static constexpr std::size_t group_count = Tables::group_count;
  static constexpr std::size_t muscle_count = Tables::muscle_count;

  static_assert(joint_count <= max_joints && action_count <= max_actions && group_count <= max_groups &&
                    muscle_count <= max_muscles,
                "sinew: the model has more entities than sinew's id sets hold (max_joints, max_actions, ...)");

 public:
  // --- entities -------------------------------------------------------------
  [[nodiscard]] static constexpr const auto& joints() noexcept { return Tables::joints; }
  [[nodiscard]] static constexpr const auto& actions() noexcept { return Tables::actions; }
  [[nodiscard]] static constexpr const auto& groups() noexcept { return Tables::groups; }
  [[nodiscard]] static constexpr const auto& muscles() noexcept { return Tables::muscles; }

  /// Whether the id names an entity of this model. Every query below is defined
  /// for every id value: one that is not the model's gets the empty answer.
  [[nodiscard]] static constexpr bool has(joint_id j) noexcept { return j.index < joint_count; }
  [[nodiscard]] static constexpr bool has(action_id a) noexcept { return a.index < action_count; }
  [[nodiscard]] static constexpr bool has(group_id g) noexcept { return g.index < group_count; }
  [[nodiscard]] static constexpr bool has(muscle_id m) noexcept { return m.index < muscle_count; }

  /// An entity's facts; for an id the model does not have, an info with an
  /// empty id and name whose own ids are foreign too (detail::no_entity).
  [[nodiscard]] static constexpr const joint_info& info(joint_id j) noexcept {
    return has(j) ? Tables::joints[j.index] : detail::no_joint_info;
  }
  [[nodiscard]] static constexpr const action_info& info(action_id a) noexcept {
    return has(a) ? Tables::actions[a.index] : detail::no_action_info;
  }
  [[nodiscard]] static constexpr const group_info& info(group_id g) noexcept {
    return has(g) ? Tables::groups[g.index] : detail::no_group_info;
  }
  [[nodiscard]] static constexpr const muscle_info& info(muscle_id m) noexcept {
    return has(m) ? Tables::muscles[m.index] : detail::no_muscle_info;
  }

  /// The id of an entity of this model, from its tag (works for user-defined tags).
  template <class T>
    requires(Joint<T> || Action<T> || MuscleGroup<T> || Muscle<T>)
  [[nodiscard]] static consteval auto id(T) noexcept {
    if constexpr (Joint<T>)
      return joint_id{static_cast<std::uint8_t>(detail::index_in_model<T, joint_types, basic_anatomy_model>())};
    else if constexpr (Action<T>)
      return action_id{static_cast<std::uint8_t>(detail::index_in_model<T, action_types, basic_anatomy_model>())};
    else if constexpr (MuscleGroup<T>)
      return group_id{static_cast<std::uint8_t>(detail::index_in_model<T, group_types, basic_anatomy_model>())};
    else
      return muscle_id{static_cast<std::uint16_t>(detail::index_in_model<T, muscle_types, basic_anatomy_model>())};
  }

  /// Look an entity up by its snake_case id, as read from a file or a command line.
  [[nodiscard]] static constexpr result<joint_id> find_joint(text_view key) noexcept {
    return detail::find_by_id<joint_id>(Tables::joints, key, "sinew: no joint has this id");
  }
  [[nodiscard]] static constexpr result<action_id> find_action(text_view key) noexcept {
    return detail::find_by_id<action_id>(Tables::actions, key, "sinew: no action has this id");
  }
  [[nodiscard]] static constexpr result<group_id> find_group(text_view key) noexcept {
    return detail::find_by_id<group_id>(Tables::groups, key, "sinew: no muscle group has this id");
  }
  [[nodiscard]] static constexpr result<muscle_id> find_muscle(text_view key) noexcept {
    return detail::find_by_id<muscle_id>(Tables::muscles, key, "sinew: no muscle has this id");
  }

  // --- queries --------------------------------------------------------------
  /// The muscles that perform an action, as prime movers, assistants, or either.
  [[nodiscard]] static constexpr muscle_set muscles_performing(action_id a, role_filter role = role_filter::any) noexcept {
    if (!has(a)) return {};
    switch (role) {
      case role_filter::primary: return Tables::index.primary[a.index];
      case role_filter::secondary: return Tables::index.secondary[a.index];
      case role_filter::any: break;
    }
    return Tables::index.primary[a.index] | Tables::index.secondary[a.index];
  }
  /// The actions a muscle performs, by role.
  [[nodiscard]] static constexpr action_set actions_of(muscle_id m, role_filter role = role_filter::any) noexcept {
    const muscle_info& mi = info(m);
    switch (role) {
      case role_filter::primary: return mi.primary_actions;
      case role_filter::secondary: return mi.secondary_actions;
      case role_filter::any: break;
    }
    return mi.primary_actions | mi.secondary_actions;
  }
  /// Whether a muscle performs an action (in the given role).
  [[nodiscard]] static constexpr bool performs(muscle_id m, action_id a, role_filter role = role_filter::any) noexcept {
    return actions_of(m, role).contains(a);
  }
  [[nodiscard]] static constexpr joint_set joints_crossed_by(muscle_id m) noexcept { return info(m).crosses; }
  [[nodiscard]] static constexpr bool crosses_joint(muscle_id m, joint_id j) noexcept { return info(m).crosses.contains(j); }
  /// Crosses joints of two or more complexes (hip, knee, ankle, toes, lumbar spine):
  /// rectus femoris, the hamstrings but the short head, gastrocnemius, gracilis, ...
  [[nodiscard]] static constexpr bool is_two_joint(muscle_id m) noexcept { return complex_count(info(m).crosses) >= 2; }
  /// How many joint complexes the joints belong to (the joints of one complex
  /// count once; a joint the model does not have counts for none).
  [[nodiscard]] static constexpr std::size_t complex_count(const joint_set& js) noexcept {
    std::size_t n = 0;
    js.for_each([&](joint_id j) {
      if (!has(j)) return;
      bool seen = false;
      js.for_each([&](joint_id k) { seen = seen || (k < j && has(k) && Tables::joints[k.index].complex == Tables::joints[j.index].complex); });
      if (!seen) ++n;
    });
    return n;
  }
  [[nodiscard]] static constexpr muscle_set muscles_crossing(joint_id j) noexcept {
    return has(j) ? Tables::index.crossing[j.index] : muscle_set{};
  }
  [[nodiscard]] static constexpr action_set actions_at(joint_id j) noexcept {
    action_set out{};
    for (std::size_t a = 0; a != action_count; ++a)
      if (Tables::actions[a].joint == j) out.insert(action_id{static_cast<std::uint8_t>(a)});
    return out;
  }
  [[nodiscard]] static constexpr muscle_set members_of(group_id g) noexcept {
    return has(g) ? Tables::index.members[g.index] : muscle_set{};
  }
  /// Muscles whose main group lies on a chain.
  [[nodiscard]] static constexpr muscle_set muscles_on_chain(chain c) noexcept {
    muscle_set out{};
    for (std::size_t m = 0; m != muscle_count; ++m)
      if (Tables::groups[Tables::muscles[m].main_group.index].on_chain == c) out.insert(muscle_id{static_cast<std::uint16_t>(m)});
    return out;
  }
  /// The action of the same joint in the opposite direction (knee flexion ->
  /// knee extension); for an action the model does not have, a foreign id.
  [[nodiscard]] static constexpr action_id antagonist_of(action_id a) noexcept { return info(a).antagonist; }
  /// The muscles that oppose an action: those performing its antagonist.
  [[nodiscard]] static constexpr muscle_set antagonists_of(action_id a, role_filter role = role_filter::any) noexcept {
    return muscles_performing(antagonist_of(a), role);
  }
  [[nodiscard]] static constexpr muscle_set all_muscles() noexcept {
    muscle_set out{};
    for (std::size_t m = 0; m != muscle_count; ++m) out.insert(muscle_id{static_cast<std::uint16_t>(m)});
    return out;
  }
};

/// A model computed from lists of entity types (`detail::type_list<...>`).
template <class JointList, class ActionList, class GroupList, class MuscleList>
using anatomy_model =
    basic_anatomy_model<detail::computed_tables<JointList, ActionList, GroupList, MuscleList>>;

namespace detail {
/// The tables of an extended model, which remember the model they extend
/// (`tables::base_model`): what the extended model inherits besides its
/// entities (the exercises layer's derivation rules) is found through it.
template <class Base, class Tables>
struct extended_tables : Tables {
  using base_model = Base;
};
}  // namespace detail

/// A model with more entities appended: built-in ids stay where they are.
template <class Model, class MoreJoints = joint_list<>, class MoreActions = action_list<>,
          class MoreGroups = group_list<>, class MoreMuscles = muscle_list<>>
using extend_model = basic_anatomy_model<
    detail::extended_tables<Model, detail::computed_tables<detail::concat_t<typename Model::joint_types, typename MoreJoints::types>,
                                                           detail::concat_t<typename Model::action_types, typename MoreActions::types>,
                                                           detail::concat_t<typename Model::group_types, typename MoreGroups::types>,
                                                           detail::concat_t<typename Model::muscle_types, typename MoreMuscles::types>>>>;

}  // namespace sinew
