// Conditioning, warm-up and cool-down: sprints (100 m, 200 m), leg swings, high knees, jogging, cycling,
// static stretches (30 s holds) and foam rolling (Balanced Leg Muscles; Padron).
// Each statement says what a coach would; muscles and roles are derived (exercises/derivation.hpp).
#pragma once

#include <sinew/exercises/descriptor.hpp>

namespace sinew::catalog_source {

/// Track sprint: hamstrings and glutes overloaded at speed (Padron).
inline constexpr struct sprint_100_m final
    : exercise<"sprint_100_m", exercise_spec{
          .kind = exercise_kind::power, .contraction = contraction::locomotion,
          .loads = {hip_extension, hip_flexion, knee_flexion, ankle_plantar_flexion},
          .assists = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::sprint,
          .laterality = laterality::unilateral,
          .difficulty = difficulty::advanced}> {} sprint_100_m;

/// The 200 m dash (Padron).
inline constexpr struct sprint_200_m final
    : exercise<"sprint_200_m", exercise_spec{
          .kind = exercise_kind::power, .contraction = contraction::locomotion,
          .loads = {hip_extension, hip_flexion, knee_flexion, ankle_plantar_flexion},
          .assists = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::sprint,
          .laterality = laterality::unilateral,
          .difficulty = difficulty::advanced}> {} sprint_200_m;

/// Warm-up: raise the heart rate (Balanced Leg Muscles). The quadriceps support the body in early
/// stance and the plantar flexors propel it (Hamner et al. 2010): both are prime movers.
inline constexpr struct light_jogging final
    : exercise<"light_jogging", exercise_spec{
          .kind = exercise_kind::conditioning, .contraction = contraction::locomotion,
          .loads = {hip_extension, knee_extension, ankle_plantar_flexion},
          .assists = {hip_flexion},
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::cardio,
          .laterality = laterality::unilateral}> {} light_jogging;

/// Warm-up on a bike: knee and hip extension with little load (Balanced Leg Muscles).
inline constexpr struct stationary_cycling final
    : exercise<"stationary_cycling", exercise_spec{
          .kind = exercise_kind::conditioning, .contraction = contraction::locomotion,
          .loads = {knee_extension, hip_extension},
          .assists = {hip_flexion, knee_flexion, ankle_plantar_flexion},
          .equipment = {equipment::machine},
          .pattern = movement_pattern::cardio}> {} stationary_cycling;

/// Dynamic warm-up: swing the leg forward and back (Balanced Leg Muscles).
inline constexpr struct leg_swings final
    : exercise<"leg_swings", exercise_spec{
          .kind = exercise_kind::mobility, .contraction = contraction::dynamic,
          .loads = {hip_flexion},
          .assists = {hip_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::mobility,
          .laterality = laterality::unilateral}> {} leg_swings;

/// Swing the leg across the body and out: each swing moves it through abduction and adduction alike.
inline constexpr struct lateral_leg_swings final
    : exercise<"lateral_leg_swings", exercise_spec{
          .kind = exercise_kind::mobility, .contraction = contraction::dynamic,
          .loads = {hip_abduction, hip_adduction},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::mobility,
          .laterality = laterality::unilateral}> {} lateral_leg_swings;

/// Dynamic warm-up: drive the knees up, on the balls of the feet (Balanced Leg Muscles).
inline constexpr struct high_knees final
    : exercise<"high_knees", exercise_spec{
          .kind = exercise_kind::mobility, .contraction = contraction::locomotion,
          .loads = {hip_flexion, ankle_plantar_flexion},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::mobility,
          .laterality = laterality::unilateral}> {} high_knees;

/// Cool-down: 30 s, knee straight, hinge forward (Balanced Leg Muscles).
inline constexpr struct standing_hamstring_stretch final
    : exercise<"standing_hamstring_stretch", exercise_spec{
          .kind = exercise_kind::stretch, .contraction = contraction::isometric,
          .loads = {hip_extension},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::stretch}> {} standing_hamstring_stretch;

/// Cool-down: 30 s, heel to the glutes with the hip extended (Balanced Leg Muscles).
inline constexpr struct standing_quad_stretch final
    : exercise<"standing_quad_stretch", exercise_spec{
          .kind = exercise_kind::stretch, .contraction = contraction::isometric,
          .loads = {knee_extension},
          .held_toward = {hip_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::stretch,
          .laterality = laterality::unilateral}> {} standing_quad_stretch;

/// Cool-down: 30 s against a wall, back knee straight (Balanced Leg Muscles).
inline constexpr struct standing_calf_stretch final
    : exercise<"standing_calf_stretch", exercise_spec{
          .kind = exercise_kind::stretch, .contraction = contraction::isometric,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::stretch,
          .laterality = laterality::unilateral}> {} standing_calf_stretch;

/// Knee bent: stretches the soleus, the gastrocnemius stays slack.
inline constexpr struct seated_calf_stretch final
    : exercise<"seated_calf_stretch", exercise_spec{
          .kind = exercise_kind::stretch, .contraction = contraction::isometric,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::stretch,
          .laterality = laterality::unilateral}> {} seated_calf_stretch;

/// Half-kneeling, back knee bent: stretches the hip flexors, rectus femoris long at the knee.
inline constexpr struct kneeling_hip_flexor_stretch final
    : exercise<"kneeling_hip_flexor_stretch", exercise_spec{
          .kind = exercise_kind::stretch, .contraction = contraction::isometric,
          .loads = {hip_flexion},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::stretch,
          .laterality = laterality::unilateral}> {} kneeling_hip_flexor_stretch;

/// Seated, soles together, knees down: stretches the adductors.
inline constexpr struct butterfly_stretch final
    : exercise<"butterfly_stretch", exercise_spec{
          .kind = exercise_kind::stretch, .contraction = contraction::isometric,
          .loads = {hip_adduction},
          .held_toward = {hip_flexion, knee_flexion},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::stretch}> {} butterfly_stretch;

/// Lying, ankle over the opposite knee: stretches the glutes and external rotators.
inline constexpr struct figure_four_glute_stretch final
    : exercise<"figure_four_glute_stretch", exercise_spec{
          .kind = exercise_kind::stretch, .contraction = contraction::isometric,
          .loads = {hip_extension, hip_external_rotation},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::stretch,
          .laterality = laterality::unilateral}> {} figure_four_glute_stretch;

/// Cool-down foam rolling (Balanced Leg Muscles).
inline constexpr struct foam_roll_quadriceps final
    : exercise<"foam_roll_quadriceps", exercise_spec{
          .kind = exercise_kind::soft_tissue, .contraction = contraction::dynamic,
          .equipment = {equipment::foam_roller},
          .pattern = movement_pattern::mobility,
          .treats = {quadriceps}}> {} foam_roll_quadriceps;

/// Cool-down foam rolling (Balanced Leg Muscles).
inline constexpr struct foam_roll_hamstrings final
    : exercise<"foam_roll_hamstrings", exercise_spec{
          .kind = exercise_kind::soft_tissue, .contraction = contraction::dynamic,
          .equipment = {equipment::foam_roller},
          .pattern = movement_pattern::mobility,
          .treats = {hamstrings}}> {} foam_roll_hamstrings;

/// Cool-down foam rolling (Balanced Leg Muscles).
inline constexpr struct foam_roll_calves final
    : exercise<"foam_roll_calves", exercise_spec{
          .kind = exercise_kind::soft_tissue, .contraction = contraction::dynamic,
          .equipment = {equipment::foam_roller},
          .pattern = movement_pattern::mobility,
          .treats = {calves}}> {} foam_roll_calves;

/// Cool-down foam rolling (Balanced Leg Muscles).
inline constexpr struct foam_roll_glutes final
    : exercise<"foam_roll_glutes", exercise_spec{
          .kind = exercise_kind::soft_tissue, .contraction = contraction::dynamic,
          .equipment = {equipment::foam_roller},
          .pattern = movement_pattern::mobility,
          .treats = {glutes}}> {} foam_roll_glutes;

/// Cool-down foam rolling.
inline constexpr struct foam_roll_adductors final
    : exercise<"foam_roll_adductors", exercise_spec{
          .kind = exercise_kind::soft_tissue, .contraction = contraction::dynamic,
          .equipment = {equipment::foam_roller},
          .pattern = movement_pattern::mobility,
          .treats = {adductors}}> {} foam_roll_adductors;

}  // namespace sinew::catalog_source
