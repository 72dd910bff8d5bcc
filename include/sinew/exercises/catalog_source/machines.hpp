// Machine exercises the articles of sinew/sources.hpp name (leg press incl. feet low, leg extension, seated and
// lying leg curl, adductor machine) and common ones (glute-ham raise, reverse hyperextension, back extension).
// Each statement says what a coach would; muscles and roles are derived (exercises/derivation.hpp).
#pragma once

#include <sinew/exercises/descriptor.hpp>

namespace sinew::catalog_source {

/// Overloads the quads without the spinal compression of a squat (Legs That Actually Grow; Balanced Leg
/// Muscles; King of Workouts).
inline constexpr struct leg_press final
    : exercise<"leg_press", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::press}> {} leg_press;

/// Feet low on the platform: the knees travel past the toes, more quads (Padron).
inline constexpr struct leg_press_feet_low final
    : exercise<"leg_press_feet_low", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .stance = {stance::knees_past_toes},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::press,
          .difficulty = difficulty::intermediate}> {} leg_press_feet_low;

/// One leg at a time on the leg press.
inline constexpr struct single_leg_press final
    : exercise<"single_leg_press", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension, knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::press,
          .laterality = laterality::unilateral}> {} single_leg_press;

/// Seated, hip flexed: loads the quads fully shortened (Legs That Actually Grow). Override: the seat shortens
/// rectus femoris at the hip, which the rules read as active insufficiency; Legs That Actually Grow and EMG
/// studies keep it a prime mover of the leg extension.
inline constexpr struct leg_extension final
    : exercise<"leg_extension", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {knee_extension},
          .held_toward = {hip_flexion},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::extension,
          .overrides = {{rectus_femoris, muscle_role::prime_mover}}}> {} leg_extension;

/// Hip flexed: the hamstrings are lengthened at the hip while they flex the knee (Legs That Actually Grow; King
/// of Workouts).
inline constexpr struct seated_leg_curl final
    : exercise<"seated_leg_curl", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {knee_flexion},
          .held_toward = {hip_flexion},
          .equipment = {equipment::machine},
          .pattern = movement_pattern::curl}> {} seated_leg_curl;

/// Prone, hip neutral: knee flexion for the hamstrings (Legs That Actually Grow; Padron).
inline constexpr struct lying_leg_curl final
    : exercise<"lying_leg_curl", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {knee_flexion},
          .equipment = {equipment::machine},
          .pattern = movement_pattern::curl}> {} lying_leg_curl;

/// One leg at a time, standing at a machine.
inline constexpr struct standing_leg_curl final
    : exercise<"standing_leg_curl", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {knee_flexion},
          .equipment = {equipment::machine},
          .pattern = movement_pattern::curl,
          .laterality = laterality::unilateral}> {} standing_leg_curl;

/// Seated hip adduction (Legs That Actually Grow).
inline constexpr struct adductor_machine final
    : exercise<"adductor_machine", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_adduction},
          .held_toward = {hip_flexion},
          .equipment = {equipment::machine},
          .pattern = movement_pattern::adduction}> {} adductor_machine;

/// Seated hip abduction.
inline constexpr struct hip_abduction_machine final
    : exercise<"hip_abduction_machine", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_abduction},
          .held_toward = {hip_flexion},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::abduction}> {} hip_abduction_machine;

/// Torso on the pad, legs swing up behind: hip extension with traction, not compression.
inline constexpr struct reverse_hyperextension final
    : exercise<"reverse_hyperextension", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::hinge,
          .difficulty = difficulty::intermediate}> {} reverse_hyperextension;

/// Knees on the pad, feet locked: knee flexion with the hip extended, hamstrings long at the hip.
inline constexpr struct glute_ham_raise final
    : exercise<"glute_ham_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {knee_flexion},
          .assists = {hip_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::curl,
          .difficulty = difficulty::advanced}> {} glute_ham_raise;

/// 45-degree back extension: the hips extend over the pad, knees straight.
inline constexpr struct back_extension final
    : exercise<"back_extension", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {hip_extension},
          .stabilizes = {lumbar_extension},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::hinge}> {} back_extension;

}  // namespace sinew::catalog_source
