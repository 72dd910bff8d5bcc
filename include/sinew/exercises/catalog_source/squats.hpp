// Squats and jumps: every squat the articles of sinew/sources.hpp name (back, front, toes-out wide stance,
// pulse, heel-elevated, bodyweight deep) and the common gym variants (goblet, hack, belt, sissy, pistol, ...).
// Each statement says what a coach would; muscles and roles are derived (exercises/derivation.hpp).
#pragma once

#include <sinew/exercises/descriptor.hpp>

namespace sinew::catalog_source {

/// The gold standard for the quads; compresses the spine (Legs That Actually Grow; Balanced Leg Muscles; King of
/// Workouts).
inline constexpr struct barbell_back_squat final
    : exercise<"barbell_back_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate}> {} barbell_back_squat;

/// Bar in front: a more upright torso and knees forward, more quads than the back squat (Balanced Leg Muscles).
inline constexpr struct front_squat final
    : exercise<"front_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .stance = {stance::knees_past_toes},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::advanced}> {} front_squat;

/// Toes out introduces external rotation; glutes take more of the load (Padron).
inline constexpr struct toes_out_wide_stance_squat final
    : exercise<"toes_out_wide_stance_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .stance = {stance::toes_out, stance::wide},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate}> {} toes_out_wide_stance_squat;

/// Toes forward, hip-width: the squat without the rotation of the toes-out variant (Padron).
inline constexpr struct toes_forward_squat final
    : exercise<"toes_forward_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .stance = {stance::toes_forward},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate}> {} toes_forward_squat;

/// Pulses in the bottom half, no lockout: tension stays on the quads. Padron
/// pairs it with "the quadriceps dominant squat pattern": the knees travel past
/// the toes, which lengthens the quads' moment arm.
inline constexpr struct pulse_squat final
    : exercise<"pulse_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .stance = {stance::knees_past_toes},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate}> {} pulse_squat;

/// Heels raised so the knees track past the toes: a longer moment arm for the quads (Padron).
inline constexpr struct heel_elevated_squat final
    : exercise<"heel_elevated_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .stance = {stance::knees_past_toes},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate}> {} heel_elevated_squat;

/// The heel-elevated squat holding one dumbbell at the chest (Padron).
inline constexpr struct heel_elevated_goblet_squat final
    : exercise<"heel_elevated_goblet_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .stance = {stance::knees_past_toes},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::low}> {} heel_elevated_goblet_squat;

/// Full depth without load; hold every fifth rep at the bottom (Padron).
inline constexpr struct bodyweight_deep_squat final
    : exercise<"bodyweight_deep_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::squat}> {} bodyweight_deep_squat;

/// One dumbbell held at the chest.
inline constexpr struct goblet_squat final
    : exercise<"goblet_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::low}> {} goblet_squat;

/// The goblet squat with a kettlebell.
inline constexpr struct kettlebell_goblet_squat final
    : exercise<"kettlebell_goblet_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::kettlebell},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::low}> {} kettlebell_goblet_squat;

/// Dumbbells at the sides.
inline constexpr struct dumbbell_squat final
    : exercise<"dumbbell_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::low}> {} dumbbell_squat;

/// Machine squat on a sled with the back supported; feet forward lets the knees travel.
inline constexpr struct hack_squat final
    : exercise<"hack_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .stance = {stance::knees_past_toes},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::low,
          .difficulty = difficulty::intermediate}> {} hack_squat;

/// Barbell on a fixed track: still compresses the spine.
inline constexpr struct smith_machine_squat final
    : exercise<"smith_machine_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::high}> {} smith_machine_squat;

/// Load hangs from a hip belt: a squat without spinal compression.
inline constexpr struct belt_squat final
    : exercise<"belt_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::squat}> {} belt_squat;

/// Sit back to a box: hips further back, shins more vertical. The knees still extend under the
/// whole load: quadriceps activity is close to a free squat's (McBride et al. 2010).
inline constexpr struct box_squat final
    : exercise<"box_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::squat,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate}> {} box_squat;

/// Knees travel far forward while the hips stay extended: rectus femoris loaded long at the hip.
/// Leaning back, the hip flexors hold the hips extended against the trunk's weight.
inline constexpr struct sissy_squat final
    : exercise<"sissy_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {knee_extension},
          .stabilizes = {hip_flexion},
          .held_toward = {hip_extension},
          .stance = {stance::knees_past_toes},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::squat,
          .difficulty = difficulty::advanced}> {} sissy_squat;

/// Single-leg squat to full depth on one leg.
inline constexpr struct pistol_squat final
    : exercise<"pistol_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::squat,
          .laterality = laterality::unilateral,
          .difficulty = difficulty::advanced}> {} pistol_squat;

/// Side-to-side squat: one leg deep, the other straight and abducted.
inline constexpr struct cossack_squat final
    : exercise<"cossack_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .assists = {hip_adduction},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::squat,
          .laterality = laterality::unilateral,
          .difficulty = difficulty::intermediate}> {} cossack_squat;

/// Isometric hold against a wall, knees at 90 degrees.
inline constexpr struct wall_sit final
    : exercise<"wall_sit", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::isometric,
          .loads = {knee_extension},
          .stabilizes = {hip_extension},
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::squat}> {} wall_sit;

/// Explosive squat leaving the floor.
inline constexpr struct jump_squat final
    : exercise<"jump_squat", exercise_spec{
          .kind = exercise_kind::power, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension, ankle_plantar_flexion},
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::jump,
          .difficulty = difficulty::intermediate}> {} jump_squat;

/// Jump onto a box: hips, knees and ankles extend together.
inline constexpr struct box_jump final
    : exercise<"box_jump", exercise_spec{
          .kind = exercise_kind::power, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension, ankle_plantar_flexion},
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::jump,
          .difficulty = difficulty::intermediate}> {} box_jump;

}  // namespace sinew::catalog_source
