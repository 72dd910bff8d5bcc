// The built-in lower body's derivation rules (exercises/derivation_rules.hpp
// says what a row means), each with the article it comes from:
//   - toes out adds hip external rotation as an assisting action (Padron);
//   - standing or moving on one leg, the hip abductors and adductors hold the
//     pelvis level (Legs That Actually Grow);
//   - a loaded spine is held by its extensors (Legs That Actually Grow; King of
//     Workouts), a lightly loaded one with a third of the effort;
//   - knees past the toes (heel elevated, feet low on a leg press) lengthen the
//     quadriceps' moment arm, so knee extension weighs more (Padron);
//   - standing on the feet while the knees bend (squat, lunge, step), the shank
//     travels forward under load and the rear foot pushes off: the plantar
//     flexors hold the ankle (their effort rises with depth and load: Bryanton et
//     al. 2012, anatomy/literature.hpp). Hinges keep the shank still and leave
//     them out (hip thrust, RDL, reverse hyperextension), as does a wall sit's
//     isometric hold with the shins vertical;
//   - in a hinge, hip extension carries the demand (the trunk leans, the hip's
//     moment dwarfs the knee's): its prime movers are not demoted for opposing
//     knee extension, so the hamstrings work in a sumo deadlift as in a
//     conventional one (Escamilla et al. 2002);
//   - in a hinge whose spine is held (loaded, or stated: a back extension), the
//     lumbar extensors resist the same flexion moment of the leaning trunk and
//     load that the hip extensors overcome: the held lumbar extension is a
//     primary action (Cholewicki et al. 1991). A hip thrust, bridge or reverse
//     hyperextension rests the trunk on a bench or the floor and holds nothing.
#pragma once

#include <sinew/anatomy/lower_body.hpp>
#include <sinew/exercises/derivation_rules.hpp>
#include <sinew/sources.hpp>

namespace sinew {

/// A lightly loaded spine needs less holding: the weight of its held extension.
inline constexpr double factor_low_spinal_load = 0.33;
/// Knees past the toes: the weight of knee extension.
inline constexpr double factor_moment_arm = 1.3;

namespace detail {
/// The patterns in which the body stands or moves on its legs (weight bearing):
/// where one leg holds the pelvis.
inline constexpr pattern_set weight_bearing_patterns{movement_pattern::squat, movement_pattern::hinge,
                                                     movement_pattern::lunge, movement_pattern::step,
                                                     movement_pattern::carry, movement_pattern::sprint,
                                                     movement_pattern::jump,  movement_pattern::cardio};

/// The patterns in which the shank travels forward over a planted foot under load.
inline constexpr pattern_set shank_forward_patterns{movement_pattern::squat, movement_pattern::lunge,
                                                    movement_pattern::step};

inline constexpr derivation_rule lower_body_rule_rows[] = {
    {"toes_out_adds_hip_external_rotation", rule_condition{.stance = {stance::toes_out}}, rule_effect::adds_assisting,
     action_set{hip_external_rotation}, 1.0, reason::toes_out_external_rotation, true,
     "toes out adds hip external rotation", &record_of(source::padron)},
    {"one_leg_holds_the_pelvis",
     rule_condition{.unilateral_only = true, .patterns = weight_bearing_patterns}, rule_effect::adds_stabilized,
     action_set{hip_abduction, hip_adduction}, 1.0, reason::pelvis_held_unilaterally, true,
     "on one leg, the hip abductors and adductors hold the pelvis level", &record_of(source::legs_that_grow)},
    {"loaded_spine_held_by_extensors", rule_condition{.spine_from = spinal_load::low}, rule_effect::adds_stabilized,
     action_set{lumbar_extension}, 1.0, reason::spine_held_under_load, true,
     "the loaded spine is held by its extensors", &record_of(source::legs_that_grow)},
    {"light_spinal_load_less_holding", rule_condition{.spine_from = spinal_load::low, .spine_to = spinal_load::low},
     rule_effect::weighs_stabilized, action_set{lumbar_extension}, factor_low_spinal_load, reason::spine_held_under_load,
     false, "a lightly loaded spine needs less holding", &record_of(source::legs_that_grow)},
    {"knees_past_toes_longer_moment_arm", rule_condition{.stance = {stance::knees_past_toes}}, rule_effect::weighs_moving,
     action_set{knee_extension}, factor_moment_arm, reason::longer_moment_arm, true,
     "knees past the toes lengthen the quadriceps' moment arm", &record_of(source::padron)},
    {"shank_forward_plantar_flexors_hold", rule_condition{.patterns = shank_forward_patterns, .moved_only = true},
     rule_effect::adds_stabilized, action_set{ankle_plantar_flexion}, 1.0, reason::model_rule, true,
     "the shank travels forward under load and the rear foot pushes off: the plantar flexors hold the ankle "
     "(Bryanton et al. 2012)",
     nullptr},
    {"hinge_hip_extension_carries_demand", rule_condition{.patterns = {movement_pattern::hinge}},
     rule_effect::dominates, action_set{hip_extension}, 1.0, reason::opposes_primary_action, false,
     "in a hinge, hip extension carries the demand: its prime movers are not demoted for opposing knee extension "
     "(Escamilla et al. 2002)",
     nullptr},
    {"hinge_lumbar_extensors_hold_the_trunk", rule_condition{.patterns = {movement_pattern::hinge}},
     rule_effect::holds_as_prime, action_set{lumbar_extension}, 1.0, reason::model_rule, true,
     "in a hinge, the lumbar extensors hold the leaning trunk against the moment the hip extensors move: "
     "they are prime movers (Cholewicki et al. 1991)",
     nullptr},
};
}  // namespace detail

template <>
struct model_derivation_rules<lower_body_model> {
  static constexpr span<const derivation_rule> rows{detail::lower_body_rule_rows};
};

}  // namespace sinew
