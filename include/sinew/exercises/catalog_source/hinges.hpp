// Hinges and hip extension: deadlifts, RDLs (barbell, dumbbell, toes out, toes forward), stiff-legged and
// shoulder-width straight-leg deadlifts, hip thrust, banded back extensions (the articles of sinew/sources.hpp) and
// the common ones (the superman and the dumbbell leg curl for training at home). Each statement says what a
// coach would; muscles and roles are derived (exercises/derivation.hpp).
#pragma once

#include <sinew/exercises/descriptor.hpp>

namespace sinew::catalog_source {

/// Targets the hamstrings, glutes and lower back (Balanced Leg Muscles).
inline constexpr struct conventional_deadlift final
    : exercise<"conventional_deadlift", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .assists = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate}> {} conventional_deadlift;

/// Toes out: hip extension with external rotation, taxing on the glutes at high reps (Padron).
inline constexpr struct toes_out_barbell_deadlift final
    : exercise<"toes_out_barbell_deadlift", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .assists = {knee_extension},
          .stance = {stance::toes_out},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate}> {} toes_out_barbell_deadlift;

/// Hip extension with the knees nearly straight: hamstrings loaded stretched (Legs That Actually Grow; Balanced Leg
/// Muscles; King of Workouts).
inline constexpr struct romanian_deadlift final
    : exercise<"romanian_deadlift", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate,
          .is_compound = 1}> {} romanian_deadlift;

/// The RDL with a pair of dumbbells (King of Workouts).
inline constexpr struct dumbbell_romanian_deadlift final
    : exercise<"dumbbell_romanian_deadlift", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::low,
          .is_compound = 1}> {} dumbbell_romanian_deadlift;

/// Toes out, squeeze the glutes at the top: hip extension plus rotation (Padron).
inline constexpr struct toes_out_dumbbell_romanian_deadlift final
    : exercise<"toes_out_dumbbell_romanian_deadlift", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_extension},
          .stance = {stance::toes_out},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::low,
          .is_compound = 1}> {} toes_out_dumbbell_romanian_deadlift;

/// Toes forward, "stretch, squeeze": the hamstring variant (Padron).
inline constexpr struct toes_forward_romanian_deadlift final
    : exercise<"toes_forward_romanian_deadlift", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_extension},
          .stance = {stance::toes_forward},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate,
          .is_compound = 1}> {} toes_forward_romanian_deadlift;

/// Straight legs from the floor: hamstrings under tension while stretched (Legs That Actually Grow).
inline constexpr struct stiff_legged_deadlift final
    : exercise<"stiff_legged_deadlift", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate,
          .is_compound = 1}> {} stiff_legged_deadlift;

/// Shoulder-width stance, straight legs, barbell; sets to technical failure (Padron).
inline constexpr struct shoulder_width_straight_leg_deadlift final
    : exercise<"shoulder_width_straight_leg_deadlift", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_extension},
          .stance = {stance::toes_forward},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate,
          .is_compound = 1}> {} shoulder_width_straight_leg_deadlift;

/// Wide stance, toes out, hands inside the knees: more knee and adductor work than conventional.
inline constexpr struct sumo_deadlift final
    : exercise<"sumo_deadlift", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .assists = {hip_adduction},
          .stance = {stance::toes_out, stance::wide},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate}> {} sumo_deadlift;

/// Handles at the sides: a more upright hinge with more knee extension.
inline constexpr struct trap_bar_deadlift final
    : exercise<"trap_bar_deadlift", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::trap_bar},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::high}> {} trap_bar_deadlift;

/// Bar on the back, hinge with soft knees: hip extension with the spine loaded.
inline constexpr struct good_morning final
    : exercise<"good_morning", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::advanced,
          .is_compound = 1}> {} good_morning;

/// One leg, knee nearly straight: hip extension with the pelvis held level.
inline constexpr struct single_leg_romanian_deadlift final
    : exercise<"single_leg_romanian_deadlift", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::hinge,
          .laterality = laterality::unilateral,
          .spinal_load = spinal_load::low,
          .difficulty = difficulty::intermediate,
          .is_compound = 1}> {} single_leg_romanian_deadlift;

/// Peak contraction at the top where the glutes are strongest (Legs That Actually Grow); knees bent, so the hamstrings
/// are slack.
inline constexpr struct hip_thrust final
    : exercise<"hip_thrust", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .stabilizes = {knee_extension},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::hinge}> {} hip_thrust;

/// The hip thrust on one leg, bodyweight.
inline constexpr struct single_leg_hip_thrust final
    : exercise<"single_leg_hip_thrust", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .stabilizes = {knee_extension},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::hinge,
          .laterality = laterality::unilateral}> {} single_leg_hip_thrust;

/// Hip thrust from the floor, knees bent.
inline constexpr struct glute_bridge final
    : exercise<"glute_bridge", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::hinge}> {} glute_bridge;

/// The glute bridge with a barbell across the hips.
inline constexpr struct barbell_glute_bridge final
    : exercise<"barbell_glute_bridge", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::hinge}> {} barbell_glute_bridge;

/// Toes out banded glute raise / back extension: rotation plus extension (Padron).
inline constexpr struct toes_out_banded_back_extension final
    : exercise<"toes_out_banded_back_extension", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .stabilizes = {lumbar_extension},
          .held_toward = {knee_extension},
          .stance = {stance::toes_out},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::band, equipment::machine},
          .pattern = movement_pattern::hinge}> {} toes_out_banded_back_extension;

/// Toes forward, drive the hips into the pad: the hamstring variant (Padron).
inline constexpr struct toes_forward_banded_back_extension final
    : exercise<"toes_forward_banded_back_extension", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .stabilizes = {lumbar_extension},
          .held_toward = {knee_extension},
          .stance = {stance::toes_forward},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::band, equipment::machine},
          .pattern = movement_pattern::hinge}> {} toes_forward_banded_back_extension;

/// Cable between the legs, hinge and drive the hips through.
inline constexpr struct cable_pull_through final
    : exercise<"cable_pull_through", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::cable},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::low}> {} cable_pull_through;

/// Explosive hip extension with a kettlebell.
inline constexpr struct kettlebell_swing final
    : exercise<"kettlebell_swing", exercise_spec{
          .kind = exercise_kind::power, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .assists = {knee_extension},
          .equipment = {equipment::kettlebell},
          .pattern = movement_pattern::hinge,
          .spinal_load = spinal_load::low,
          .difficulty = difficulty::intermediate}> {} kettlebell_swing;

/// Standing, one leg kicks back against a cable: hip extension to the end of range.
inline constexpr struct cable_kickback final
    : exercise<"cable_kickback", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::cable},
          .pattern = movement_pattern::extension,
          .laterality = laterality::unilateral}> {} cable_kickback;

/// Kneeling, heels held, lower the body: knee flexion with the hip extended, eccentric and heavy.
/// The hip extensors hold the hip extended against the trunk falling forward.
inline constexpr struct nordic_curl final
    : exercise<"nordic_curl", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {knee_flexion},
          .stabilizes = {hip_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::curl,
          .difficulty = difficulty::advanced}> {} nordic_curl;

/// Lying face down, arms overhead, lift the chest and the straight legs off the floor and hold two
/// seconds (free-exercise-db, Superman): the back extension with nothing but the floor.
inline constexpr struct superman final
    : exercise<"superman", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {lumbar_extension, hip_extension},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::extension}> {} superman;

/// Lying face down on a bench, a dumbbell held between the feet: curl it up (the leg curl with a
/// dumbbell).
inline constexpr struct dumbbell_leg_curl final
    : exercise<"dumbbell_leg_curl", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {knee_flexion},
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::curl}> {} dumbbell_leg_curl;

}  // namespace sinew::catalog_source
