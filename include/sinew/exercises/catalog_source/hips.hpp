// Abduction, adduction, rotation and hip flexion: the lateral single-leg cable glute raise and cable hip abduction
// (Padron; Legs That Actually Grow), and common ones (Copenhagen plank, clamshell with and without a band,
// cable standing hip external rotation, sled push, ...).
// Each statement says what a coach would; muscles and roles are derived (exercises/derivation.hpp).
#pragma once

#include <sinew/exercises/descriptor.hpp>

namespace sinew::catalog_source {

/// Standing cable abduction with a 2-second hold (Padron).
inline constexpr struct lateral_single_leg_cable_glute_raise final
    : exercise<"lateral_single_leg_cable_glute_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_abduction},
          .assists = {hip_extension},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::cable},
          .pattern = movement_pattern::abduction,
          .laterality = laterality::unilateral}> {} lateral_single_leg_cable_glute_raise;

/// Cable hip abductions as a finisher (Legs That Actually Grow).
inline constexpr struct cable_hip_abduction final
    : exercise<"cable_hip_abduction", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_abduction},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::cable},
          .pattern = movement_pattern::abduction,
          .laterality = laterality::unilateral}> {} cable_hip_abduction;

/// Cable pulls the leg out; bring it across the midline.
inline constexpr struct cable_hip_adduction final
    : exercise<"cable_hip_adduction", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_adduction},
          .equipment = {equipment::cable},
          .pattern = movement_pattern::adduction,
          .laterality = laterality::unilateral}> {} cable_hip_adduction;

/// Band around the knees or ankles, step sideways.
inline constexpr struct banded_lateral_walk final
    : exercise<"banded_lateral_walk", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_abduction},
          .equipment = {equipment::band},
          .pattern = movement_pattern::abduction,
          .laterality = laterality::unilateral}> {} banded_lateral_walk;

/// Lying on the side, raise the top leg.
inline constexpr struct side_lying_hip_abduction final
    : exercise<"side_lying_hip_abduction", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_abduction},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::abduction,
          .laterality = laterality::unilateral}> {} side_lying_hip_abduction;

/// Side-lying, hips and knees bent, open the knees against a band: external rotation.
inline constexpr struct clamshell final
    : exercise<"clamshell", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_external_rotation},
          .held_toward = {hip_flexion, knee_flexion},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::band},
          .pattern = movement_pattern::abduction,
          .laterality = laterality::unilateral}> {} clamshell;

/// The clamshell without a band: side-lying, hips and knees bent, open the top knee against its own
/// weight; where nothing but the floor is at hand (the form rehabilitation starts with).
inline constexpr struct bodyweight_clamshell final
    : exercise<"bodyweight_clamshell", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_external_rotation},
          .held_toward = {hip_flexion, knee_flexion},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::abduction,
          .laterality = laterality::unilateral}> {} bodyweight_clamshell;

/// Standing side-on to a low pulley, the cuff on the far ankle, thigh vertical and knee bent 90
/// degrees: the cable pulls the foot out, bring it in across the body (the hip turns out).
inline constexpr struct cable_standing_hip_external_rotation final
    : exercise<"cable_standing_hip_external_rotation", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_external_rotation},
          .held_toward = {knee_flexion},
          .equipment = {equipment::cable},
          .pattern = movement_pattern::abduction,
          .laterality = laterality::unilateral}> {} cable_standing_hip_external_rotation;

/// Side plank with the top leg on a bench: an isometric adductor hold.
inline constexpr struct copenhagen_plank final
    : exercise<"copenhagen_plank", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::isometric,
          .loads = {hip_adduction},
          .stabilizes = {lumbar_extension},
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::adduction,
          .laterality = laterality::unilateral,
          .difficulty = difficulty::advanced}> {} copenhagen_plank;

/// Hang and raise the knees: hip flexion.
inline constexpr struct hanging_knee_raise final
    : exercise<"hanging_knee_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_flexion},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::raise,
          .difficulty = difficulty::intermediate}> {} hanging_knee_raise;

/// Drive a sled forward: hip and knee extension and plantar flexion, one leg at a time.
inline constexpr struct sled_push final
    : exercise<"sled_push", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::locomotion,
          .loads = {hip_extension, knee_extension, ankle_plantar_flexion},
          .equipment = {equipment::sled},
          .pattern = movement_pattern::carry,
          .laterality = laterality::unilateral,
          .difficulty = difficulty::intermediate}> {} sled_push;

}  // namespace sinew::catalog_source
