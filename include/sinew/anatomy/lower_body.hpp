// The built-in model: every joint, action, group and muscle of the lower body
// that sinew declares, in a fixed order that defines their ids. Extensions
// (extend_model) append, so these ids never change; new built-in entities are
// only ever appended to these lists (ids are a public interface).
// Free functions here answer the anatomy queries on this model, so that
// `sinew::muscles_performing(knee_flexion)` works without naming a model.
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/detail/lower_body_tables.hpp>
#include <sinew/anatomy/detail/stated_figures.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/model.hpp>
#include <sinew/anatomy/muscles/adductors.hpp>
#include <sinew/anatomy/muscles/calves.hpp>
#include <sinew/anatomy/muscles/deep_external_rotators.hpp>
#include <sinew/anatomy/muscles/glutes.hpp>
#include <sinew/anatomy/muscles/hamstrings.hpp>
#include <sinew/anatomy/muscles/hip_flexors.hpp>
#include <sinew/anatomy/muscles/lower_back.hpp>
#include <sinew/anatomy/muscles/lower_leg.hpp>
#include <sinew/anatomy/muscles/quadriceps.hpp>

namespace sinew {

using lower_body_joints = joint_list<lumbar_spine, hip, knee, ankle, subtalar, mtp>;

using lower_body_actions =
    action_list<lumbar_flexion, lumbar_extension, hip_flexion, hip_extension, hip_abduction, hip_adduction,
                hip_internal_rotation, hip_external_rotation, knee_flexion, knee_extension, knee_internal_rotation,
                knee_external_rotation, ankle_plantar_flexion, ankle_dorsiflexion, subtalar_inversion,
                subtalar_eversion, mtp_flexion, mtp_extension>;

using lower_body_groups = group_list<quadriceps, hamstrings, glutes, calves, adductors, abductors, hip_flexors,
                                     deep_external_rotators, shin, peroneals, lower_back>;

using lower_body_muscles = muscle_list<
    // glutes and abductors
    gluteus_maximus, gluteus_medius, gluteus_minimus, tensor_fasciae_latae,
    // hip flexors
    iliacus, psoas_major, sartorius,
    // quadriceps
    rectus_femoris, vastus_lateralis, vastus_medialis, vastus_intermedius,
    // hamstrings
    biceps_femoris_long_head, biceps_femoris_short_head, semitendinosus, semimembranosus,
    // adductors
    adductor_longus, adductor_brevis, adductor_magnus_adductor_part, adductor_magnus_hamstring_part, gracilis,
    pectineus,
    // deep external rotators
    piriformis, obturator_internus, obturator_externus, gemellus_superior, gemellus_inferior, quadratus_femoris,
    // calves
    gastrocnemius_medial_head, gastrocnemius_lateral_head, soleus, plantaris, popliteus,
    // shin, peroneals, deep posterior leg
    tibialis_anterior, tibialis_posterior, peroneus_longus, peroneus_brevis, peroneus_tertius,
    extensor_digitorum_longus, extensor_hallucis_longus, flexor_digitorum_longus, flexor_hallucis_longus,
    // lower back
    erector_spinae>;

/// Every built-in muscle states its figures on its declaration (or says
/// `literature::not_measured`): a missing one does not compile.
static_assert(detail::stated_figures_of(typename lower_body_muscles::types{}).size() == lower_body_muscles::types::size);

/// The built-in model's type. Its tables are the generated data of
/// anatomy/detail/lower_body_tables.hpp (equal, as the tests prove, to what
/// `anatomy_model` would compute from these lists, without the compile time).
using lower_body_model =
    basic_anatomy_model<detail::lower_body_tables<typename lower_body_joints::types, typename lower_body_actions::types,
                                                  typename lower_body_groups::types, typename lower_body_muscles::types>>;

/// The built-in model of the lower body.
inline constexpr lower_body_model lower_body{};

namespace detail {

// Declared, never defined: named by the compiler when a user's own entity is
// used where only built-in ones convert implicitly.
template <class T>
struct sinew_rule_only_built_in_entities_convert_to_ids_use_your_model_id;

template <class T, class List>
consteval std::size_t builtin_position() {
  if constexpr (!contains_v<T, List>) {
    (void)sizeof(sinew_rule_only_built_in_entities_convert_to_ids_use_your_model_id<T>);
    return 0;
  } else {
    return index_of_v<T, List>;
  }
}

template <class T>
struct builtin_index {
  static constexpr std::size_t value = [] {
    if constexpr (__is_base_of(joint_base, T))
      return builtin_position<T, lower_body_model::joint_types>();
    else if constexpr (__is_base_of(action_base, T))
      return builtin_position<T, lower_body_model::action_types>();
    else if constexpr (__is_base_of(group_base, T))
      return builtin_position<T, lower_body_model::group_types>();
    else
      return builtin_position<T, lower_body_model::muscle_types>();
  }();
};

}  // namespace detail

// --- queries on the built-in model --------------------------------------------
template <class Model = lower_body_model>
[[nodiscard]] constexpr const joint_info& info(joint_id j) noexcept { return Model::info(j); }
template <class Model = lower_body_model>
[[nodiscard]] constexpr const action_info& info(action_id a) noexcept { return Model::info(a); }
template <class Model = lower_body_model>
[[nodiscard]] constexpr const group_info& info(group_id g) noexcept { return Model::info(g); }
template <class Model = lower_body_model>
[[nodiscard]] constexpr const muscle_info& info(muscle_id m) noexcept { return Model::info(m); }

template <class Model = lower_body_model>
[[nodiscard]] constexpr muscle_set muscles_performing(action_id a, role_filter role = role_filter::any) noexcept {
  return Model::muscles_performing(a, role);
}
template <class Model = lower_body_model>
[[nodiscard]] constexpr action_set actions_of(muscle_id m, role_filter role = role_filter::any) noexcept {
  return Model::actions_of(m, role);
}
template <class Model = lower_body_model>
[[nodiscard]] constexpr bool performs(muscle_id m, action_id a, role_filter role = role_filter::any) noexcept {
  return Model::performs(m, a, role);
}
template <class Model = lower_body_model>
[[nodiscard]] constexpr joint_set joints_crossed_by(muscle_id m) noexcept { return Model::joints_crossed_by(m); }
template <class Model = lower_body_model>
[[nodiscard]] constexpr bool crosses_joint(muscle_id m, joint_id j) noexcept { return Model::crosses_joint(m, j); }
template <class Model = lower_body_model>
[[nodiscard]] constexpr bool is_two_joint(muscle_id m) noexcept { return Model::is_two_joint(m); }
template <class Model = lower_body_model>
[[nodiscard]] constexpr muscle_set muscles_crossing(joint_id j) noexcept { return Model::muscles_crossing(j); }
template <class Model = lower_body_model>
[[nodiscard]] constexpr action_set actions_at(joint_id j) noexcept { return Model::actions_at(j); }
template <class Model = lower_body_model>
[[nodiscard]] constexpr muscle_set members_of(group_id g) noexcept { return Model::members_of(g); }
template <class Model = lower_body_model>
[[nodiscard]] constexpr muscle_set muscles_on_chain(chain c) noexcept { return Model::muscles_on_chain(c); }
template <class Model = lower_body_model>
[[nodiscard]] constexpr action_id antagonist_of(action_id a) noexcept { return Model::antagonist_of(a); }
template <class Model = lower_body_model>
[[nodiscard]] constexpr muscle_set antagonists_of(action_id a, role_filter role = role_filter::any) noexcept {
  return Model::antagonists_of(a, role);
}

}  // namespace sinew
