// Split stance and single-leg work: walking, forward, reverse and bodyweight lunges, Bulgarian split squat,
// split squat, step-ups (the articles of sinew/sources.hpp) and the common variants.
// Each statement says what a coach would; muscles and roles are derived (exercises/derivation.hpp).
#pragma once

#include <sinew/exercises/descriptor.hpp>

namespace sinew::catalog_source {

/// Step forward, both knees to 90 degrees; the glutes stabilize the pelvis (Legs That Actually Grow; King
/// of Workouts).
inline constexpr struct walking_lunge final
    : exercise<"walking_lunge", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::lunge,
          .laterality = laterality::unilateral,
          .spinal_load = spinal_load::low}> {} walking_lunge;

/// Walking lunges as a dynamic warm-up (Balanced Leg Muscles).
inline constexpr struct bodyweight_walking_lunge final
    : exercise<"bodyweight_walking_lunge", exercise_spec{
          .kind = exercise_kind::mobility, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::lunge,
          .laterality = laterality::unilateral}> {} bodyweight_walking_lunge;

/// Step forward: engages the quads and glutes (Balanced Leg Muscles).
inline constexpr struct forward_lunge final
    : exercise<"forward_lunge", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .stance = {stance::knees_past_toes},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::lunge,
          .laterality = laterality::unilateral,
          .spinal_load = spinal_load::low}> {} forward_lunge;

/// Step back: hip-dominant, more glutes and hamstrings (Balanced Leg Muscles); the front knee still
/// extends under the load, so the quadriceps remain prime movers, as in every lunge.
inline constexpr struct reverse_lunge final
    : exercise<"reverse_lunge", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::lunge,
          .laterality = laterality::unilateral,
          .spinal_load = spinal_load::low}> {} reverse_lunge;

/// Non-stop bodyweight lunges as a finisher (Padron).
inline constexpr struct bodyweight_lunge final
    : exercise<"bodyweight_lunge", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::lunge,
          .laterality = laterality::unilateral}> {} bodyweight_lunge;

/// Lunges with the bar on the back.
inline constexpr struct barbell_lunge final
    : exercise<"barbell_lunge", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::lunge,
          .laterality = laterality::unilateral,
          .spinal_load = spinal_load::high,
          .difficulty = difficulty::intermediate}> {} barbell_lunge;

/// Rear foot elevated: deep hip flexion on the front leg; unilateral pelvis work (Legs That Actually Grow).
inline constexpr struct bulgarian_split_squat final
    : exercise<"bulgarian_split_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::lunge,
          .laterality = laterality::unilateral,
          .spinal_load = spinal_load::low,
          .difficulty = difficulty::intermediate}> {} bulgarian_split_squat;

/// Static split stance; knees may track over the toes (Padron).
inline constexpr struct split_squat final
    : exercise<"split_squat", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .stance = {stance::knees_past_toes},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::lunge,
          .laterality = laterality::unilateral,
          .spinal_load = spinal_load::low}> {} split_squat;

/// Step onto a box; knees over toes for more quads (Padron).
inline constexpr struct step_up final
    : exercise<"step_up", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::step,
          .laterality = laterality::unilateral,
          .spinal_load = spinal_load::low}> {} step_up;

/// Step to the side: the trailing leg's adductors are stretched.
inline constexpr struct lateral_lunge final
    : exercise<"lateral_lunge", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .assists = {hip_adduction},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::lunge,
          .laterality = laterality::unilateral,
          .spinal_load = spinal_load::low}> {} lateral_lunge;

/// Step back and across: the glutes control hip adduction.
inline constexpr struct curtsy_lunge final
    : exercise<"curtsy_lunge", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .assists = {hip_abduction},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::lunge,
          .laterality = laterality::unilateral}> {} curtsy_lunge;

/// Lower slowly off a box on one leg: eccentric knee extension.
inline constexpr struct step_down final
    : exercise<"step_down", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {knee_extension},
          .assists = {hip_extension},
          .stance = {stance::knees_past_toes},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::step,
          .laterality = laterality::unilateral}> {} step_down;

/// Kneeling, lean back with the hips extended: quads loaded long, rectus femoris included. The hip
/// flexors hold the hips extended against the trunk falling back.
inline constexpr struct reverse_nordic final
    : exercise<"reverse_nordic", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {knee_extension},
          .stabilizes = {hip_flexion},
          .held_toward = {hip_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::extension,
          .difficulty = difficulty::advanced}> {} reverse_nordic;

}  // namespace sinew::catalog_source
