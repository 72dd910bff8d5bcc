// The lower leg: standing, seated, donkey and off-a-step calf raises, tip-toe walk (Padron), tibialis raise;
// the same knee positions with a dumbbell, a barbell or bodyweight alone, and the tibialis raise with a dumbbell.
// Each statement says what a coach would; muscles and roles are derived (exercises/derivation.hpp).
#pragma once

#include <sinew/exercises/descriptor.hpp>

namespace sinew::catalog_source {

/// Straight knees: the gastrocnemius works at full length (Legs That Actually Grow; King of Workouts; Padron).
inline constexpr struct standing_calf_raise final
    : exercise<"standing_calf_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::raise,
          .spinal_load = spinal_load::low}> {} standing_calf_raise;

/// Knees bent 90 degrees: the gastrocnemius is slack, the soleus does the work (Legs That Actually Grow; King of
/// Workouts; Padron).
inline constexpr struct seated_calf_raise final
    : exercise<"seated_calf_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::raise}> {} seated_calf_raise;

/// Hips flexed, knees straight: a gastrocnemius exercise (Legs That Actually Grow).
inline constexpr struct donkey_calf_raise final
    : exercise<"donkey_calf_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_extension, hip_flexion},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::raise}> {} donkey_calf_raise;

/// AMAP off a step or plate: a full stretch below the step (Padron).
inline constexpr struct bodyweight_calf_raise_off_step final
    : exercise<"bodyweight_calf_raise_off_step", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::raise}> {} bodyweight_calf_raise_off_step;

/// One leg off a step, holding a dumbbell.
inline constexpr struct single_leg_calf_raise final
    : exercise<"single_leg_calf_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::raise,
          .laterality = laterality::unilateral}> {} single_leg_calf_raise;

/// Calf raise on the leg press platform, knees straight, no spinal load.
inline constexpr struct leg_press_calf_raise final
    : exercise<"leg_press_calf_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::machine},
          .pattern = movement_pattern::raise}> {} leg_press_calf_raise;

/// 3x50 yards on the toes (Padron): plantar flexion held high, peroneals and tibialis posterior balance the foot.
inline constexpr struct tip_toe_walk final
    : exercise<"tip_toe_walk", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::locomotion,
          .loads = {ankle_plantar_flexion},
          .stabilizes = {subtalar_inversion, subtalar_eversion},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::carry,
          .laterality = laterality::unilateral}> {} tip_toe_walk;

/// Back against a wall, lift the toes: ankle dorsiflexion for the shin.
inline constexpr struct tibialis_raise final
    : exercise<"tibialis_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_dorsiflexion},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::raise}> {} tibialis_raise;

/// One leg off a step, the knee kept bent: the gastrocnemius is slack, the soleus works; the seated
/// calf raise's knee position with nothing but bodyweight (also called the soleus raise).
inline constexpr struct bent_knee_calf_raise final
    : exercise<"bent_knee_calf_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::bodyweight},
          .pattern = movement_pattern::raise,
          .laterality = laterality::unilateral}> {} bent_knee_calf_raise;

/// Seated, a dumbbell on the thigh above the knee, the ball of the foot on a block: a seated calf
/// raise one leg at a time (free-exercise-db, Dumbbell Seated One-Leg Calf Raise).
inline constexpr struct seated_dumbbell_calf_raise final
    : exercise<"seated_dumbbell_calf_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::raise,
          .laterality = laterality::unilateral}> {} seated_dumbbell_calf_raise;

/// Seated, a barbell across the thighs above the knees, the balls of the feet on a block
/// (free-exercise-db, Barbell Seated Calf Raise).
inline constexpr struct barbell_seated_calf_raise final
    : exercise<"barbell_seated_calf_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::raise}> {} barbell_seated_calf_raise;

/// A barbell on the back, the balls of the feet on a block, knees straight
/// (free-exercise-db, Standing Barbell Calf Raise).
inline constexpr struct standing_barbell_calf_raise final
    : exercise<"standing_barbell_calf_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_plantar_flexion},
          .held_toward = {knee_extension},
          .loaded_at = load_peak::stretched,
          .equipment = {equipment::barbell},
          .pattern = movement_pattern::raise,
          .spinal_load = spinal_load::high}> {} standing_barbell_calf_raise;

/// Seated on a bench, a dumbbell held upright between the feet, lift the toes: the tibialis raise
/// with a load to add to.
inline constexpr struct dumbbell_tibialis_raise final
    : exercise<"dumbbell_tibialis_raise", exercise_spec{
          .kind = exercise_kind::strength, .contraction = contraction::dynamic,
          .loads = {ankle_dorsiflexion},
          .held_toward = {knee_flexion},
          .loaded_at = load_peak::shortened,
          .equipment = {equipment::dumbbell},
          .pattern = movement_pattern::raise}> {} dumbbell_tibialis_raise;

}  // namespace sinew::catalog_source
