// The names people give each built-in exercise besides its own: common names, abbreviations
// spelled out, the forms other apps export, and the bare family name ("squat", "deadlift",
// "calf raise", "leg curl", "lunge") that means the family's usual exercise. One row per
// built-in exercise, in id order, keyed by its tag: a missing or misplaced row fails to compile.
// `also_fits` lists words a name may add that are true of the exercise without naming another
// one ("standing" for a calf raise off a step); the exercise's equipment counts as such words.
// The names were written from the movements themselves and checked against the names
// free-exercise-db, Hevy, Strong and wger give them (tests/programs/data).
#pragma once

#include <cstddef>

#include <sinew/exercises/catalog.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// The other names of one built-in exercise. `names` and `family` are lists
/// separated by '|'; `also_fits` is a list of words separated by blanks. All lower case.
struct exercise_aliases {
  exercise_id exercise;
  text_view names;
  text_view family;  ///< bare family names this exercise is the default of
  text_view also_fits;
};

// clang-format off
inline constexpr exercise_aliases builtin_aliases[] = {
    {barbell_back_squat, "back squat|barbell squat|barbell back squat|high bar squat|low bar squat|olympic squat|barbell full squat|full squat", "squat", ""},
    {front_squat, "front squat|front barbell squat|barbell front squat|clean grip front squat", "", ""},
    {toes_out_wide_stance_squat, "wide stance squat|wide stance barbell squat|toes out squat|wide squat", "", ""},
    {toes_forward_squat, "toes forward squat", "", ""},
    {pulse_squat, "pulse squat|pulsing squat", "", ""},
    {heel_elevated_squat, "heel elevated squat|elevated heel squat|cyclist squat", "", ""},
    {heel_elevated_goblet_squat, "heel elevated goblet squat|elevated heel goblet squat", "", ""},
    {bodyweight_deep_squat, "bodyweight squat|air squat|deep squat|prisoner squat|freehand squat", "", ""},
    {goblet_squat, "goblet squat|dumbbell goblet squat", "", ""},
    {kettlebell_goblet_squat, "kettlebell goblet squat|kettlebell squat", "", ""},
    {dumbbell_squat, "dumbbell squat|dumbbell back squat", "", ""},
    {hack_squat, "hack squat|machine hack squat", "", ""},
    {smith_machine_squat, "smith squat|smith machine squat", "", ""},
    {belt_squat, "belt squat|weighted squat", "", ""},
    {box_squat, "box squat|barbell box squat|squat to box|squat to bench|barbell squat to bench", "", ""},
    {sissy_squat, "sissy squat", "", ""},
    {pistol_squat, "pistol squat|pistol|single leg squat", "", ""},
    {cossack_squat, "cossack squat|cossack", "", ""},
    {wall_sit, "wall sit|wall squat", "", ""},
    {jump_squat, "jump squat|squat jump|freehand jump squat", "", ""},
    {box_jump, "box jump|front box jump", "", "multiple response"},
    {leg_press, "leg press|45 degree leg press", "", "seated horizontal"},
    {leg_press_feet_low, "leg press foot low|low foot leg press", "", ""},
    {single_leg_press, "single leg press|single leg leg press|unilateral leg press", "", ""},
    {leg_extension, "leg extension|quad extension|knee extension", "", "seated"},
    {seated_leg_curl, "seated leg curl|seated hamstring curl", "", ""},
    {lying_leg_curl, "lying leg curl|lying hamstring curl|prone leg curl|hamstring curl", "leg curl", ""},
    {standing_leg_curl, "standing leg curl|standing hamstring curl", "", "single"},
    {adductor_machine, "hip adduction|adductor machine|hip adduction machine|thigh adductor|inner thigh machine|hip adductor machine|seated hip adduction", "", ""},
    {hip_abduction_machine, "hip abduction|hip abduction machine|abductor machine|thigh abductor|outer thigh machine|hip abductor machine|seated hip abduction", "", ""},
    {reverse_hyperextension, "reverse hyperextension|reverse hyper", "", ""},
    {glute_ham_raise, "glute ham raise|glute ham developer raise", "", ""},
    {back_extension, "back extension|hyperextension|hyperextension back extension|45 degree back extension|roman chair back extension", "", ""},
    {conventional_deadlift, "barbell deadlift|conventional deadlift|deficit deadlift", "deadlift", ""},
    {toes_out_barbell_deadlift, "toes out deadlift", "", ""},
    {romanian_deadlift, "romanian deadlift|barbell romanian deadlift|deficit romanian deadlift|romanian deadlift from deficit", "", ""},
    {dumbbell_romanian_deadlift, "dumbbell romanian deadlift", "", ""},
    {toes_out_dumbbell_romanian_deadlift, "toes out dumbbell romanian deadlift", "", ""},
    {toes_forward_romanian_deadlift, "toes forward romanian deadlift", "", "barbell"},
    {stiff_legged_deadlift, "stiff legged deadlift|stiff leg deadlift", "", ""},
    {shoulder_width_straight_leg_deadlift, "shoulder width straight leg deadlift|straight leg deadlift", "", ""},
    {sumo_deadlift, "sumo deadlift", "", ""},
    {trap_bar_deadlift, "trap bar deadlift|hex bar deadlift|hex bar|trap bar", "", ""},
    {good_morning, "good morning|stiff leg good morning", "", ""},
    {single_leg_romanian_deadlift, "single leg romanian deadlift|single leg deadlift", "", ""},
    {hip_thrust, "hip thrust|barbell hip thrust", "", ""},
    {single_leg_hip_thrust, "single leg hip thrust", "", ""},
    {glute_bridge, "glute bridge|butt lift|butt lift bridge|hip bridge", "", ""},
    {barbell_glute_bridge, "barbell glute bridge|barbell hip bridge", "", ""},
    {toes_out_banded_back_extension, "toes out banded back extension", "", "glute raise"},
    {toes_forward_banded_back_extension, "toes forward banded back extension", "", "glute raise"},
    {cable_pull_through, "cable pull through|pull through", "", ""},
    {kettlebell_swing, "kettlebell swing|russian kettlebell swing", "", "single arm"},
    {cable_kickback, "cable kickback|cable glute kickback|cable hip extension", "", "single leg glute"},
    {nordic_curl, "nordic curl|nordic|nordic hamstring curl|nordic ham curl|natural glute ham raise|floor glute ham raise", "", ""},
    {walking_lunge, "walking lunge|dumbbell walking lunge", "", ""},
    {bodyweight_walking_lunge, "bodyweight walking lunge", "", ""},
    {forward_lunge, "forward lunge|dumbbell lunge|front lunge", "lunge", ""},
    {reverse_lunge, "reverse lunge|rear lunge|back lunge|step back lunge", "", ""},
    {bodyweight_lunge, "bodyweight lunge", "", ""},
    {barbell_lunge, "barbell lunge|barbell forward lunge", "", ""},
    {bulgarian_split_squat, "bulgarian split squat|rear foot elevated split squat", "", ""},
    {split_squat, "split squat", "", ""},
    {step_up, "step up|box step up", "", ""},
    {lateral_lunge, "lateral lunge|side lunge", "", ""},
    {curtsy_lunge, "curtsy lunge|curtsey lunge", "", ""},
    {step_down, "step down|lateral step down", "", ""},
    {reverse_nordic, "reverse nordic|reverse nordic curl", "", ""},
    {standing_calf_raise, "standing calf raise|calf raise machine|machine calf raise", "calf raise", ""},
    {seated_calf_raise, "seated calf raise", "", ""},
    {donkey_calf_raise, "donkey calf raise", "", ""},
    {bodyweight_calf_raise_off_step, "bodyweight calf raise|calf raise off step|step calf raise", "", "standing"},
    {single_leg_calf_raise, "single leg calf raise", "", "standing"},
    {leg_press_calf_raise, "leg press calf raise|calf press|leg press calf press|calf raise on leg press|leg press toe press|toe press", "", "machine"},
    {tip_toe_walk, "tip toe walk|toe walk|tiptoe walk", "", ""},
    {tibialis_raise, "tibialis raise|tibialis anterior raise|toe raise", "", ""},
    {lateral_single_leg_cable_glute_raise, "lateral single leg cable glute raise", "", ""},
    {cable_hip_abduction, "hip abduction|cable hip abduction|cable abduction", "", "standing"},
    {cable_hip_adduction, "hip adduction|cable hip adduction|cable adduction", "", "standing"},
    {banded_lateral_walk, "banded lateral walk|lateral band walk|band walk|side band walk", "", ""},
    {side_lying_hip_abduction, "hip abduction|side lying hip abduction|side lying leg raise|lying side leg raise", "", ""},
    {clamshell, "clamshell|clam shell|clam", "", ""},
    {copenhagen_plank, "copenhagen plank|copenhagen side plank|copenhagen adduction", "", ""},
    {hanging_knee_raise, "hanging knee raise|hanging knee tuck", "", ""},
    {sled_push, "sled push|prowler push", "", ""},
    {sprint_100_m, "sprint|100 m sprint|100m sprint|100 meter sprint", "", ""},
    {sprint_200_m, "sprint|200 m sprint|200m sprint|200 meter sprint", "", ""},
    {light_jogging, "jogging|jog|light jog|easy jog", "", "treadmill easy"},
    {stationary_cycling, "stationary cycling|stationary bike|exercise bike|bicycling stationary|stationary bicycle|recumbent bike|spin bike", "", ""},
    {leg_swings, "leg swing|front leg swing|forward leg swing", "", ""},
    {lateral_leg_swings, "lateral leg swing|side leg swing|side to side leg swing", "", ""},
    {high_knees, "high knee|high knee run", "", ""},
    {standing_hamstring_stretch, "standing hamstring stretch|standing toe touch", "", ""},
    {standing_quad_stretch, "standing quad stretch|standing quadriceps stretch", "", ""},
    {standing_calf_stretch, "calf stretch|standing calf stretch|wall calf stretch|calf stretch against wall|standing gastrocnemius calf stretch|gastrocnemius stretch", "", "hand elbow"},
    {seated_calf_stretch, "calf stretch|seated calf stretch", "", ""},
    {kneeling_hip_flexor_stretch, "kneeling hip flexor stretch|kneeling hip flexor|half kneeling hip flexor stretch|hip flexor stretch", "", ""},
    {butterfly_stretch, "butterfly stretch|seated butterfly stretch|butterfly groin stretch", "", ""},
    {figure_four_glute_stretch, "figure four glute stretch|figure four stretch|figure 4 stretch|figure 4 glute stretch", "", ""},
    {foam_roll_quadriceps, "foam roll quadriceps|quadriceps smr|quad smr|foam roll quad|quad foam roll", "", ""},
    {foam_roll_hamstrings, "foam roll hamstring|hamstring smr|hamstring foam roll", "", ""},
    {foam_roll_calves, "foam roll calf|calf smr|calf foam roll", "", ""},
    {foam_roll_glutes, "foam roll glute|glute smr|piriformis smr|glute foam roll", "", ""},
    {foam_roll_adductors, "foam roll adductor|adductor smr|adductor foam roll", "", ""},
    {bent_knee_calf_raise, "bent knee calf raise|soleus raise|single leg bent knee calf raise|bent knee calf raise off step", "", "standing"},
    {seated_dumbbell_calf_raise, "seated dumbbell calf raise|dumbbell seated calf raise|dumbbell seated one leg calf raise|seated one leg calf raise", "", ""},
    {barbell_seated_calf_raise, "barbell seated calf raise|seated barbell calf raise", "", ""},
    {standing_barbell_calf_raise, "standing barbell calf raise|barbell calf raise|barbell standing calf raise", "", "standing"},
    {dumbbell_tibialis_raise, "dumbbell tibialis raise|seated dumbbell tibialis raise|dumbbell toe raise", "", "seated"},
    {superman, "superman|superman hold|prone back extension|floor back extension", "", ""},
    {dumbbell_leg_curl, "dumbbell leg curl|lying dumbbell leg curl|dumbbell hamstring curl|prone dumbbell leg curl", "", "lying"},
    {bodyweight_clamshell, "bodyweight clamshell|bodyweight clam|clamshell without band", "", ""},
    {cable_standing_hip_external_rotation, "cable standing hip external rotation|standing cable hip external rotation|cable hip external rotation", "", "standing"},
};
// clang-format on

namespace detail {
constexpr bool aliases_cover_catalog_in_order() noexcept {
  if (sizeof(builtin_aliases) / sizeof(builtin_aliases[0]) != builtin_exercises.size()) return false;
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
    if (builtin_aliases[i].exercise.index != i) return false;
  return true;
}
}  // namespace detail
static_assert(detail::aliases_cover_catalog_in_order(),
              "sinew: builtin_aliases has one row per built-in exercise, in id order");

/// The other names of a built-in exercise; an empty row for an id that is not built in.
[[nodiscard]] constexpr exercise_aliases aliases_of(exercise_id e) noexcept {
  return is_builtin(e) ? builtin_aliases[e.index] : exercise_aliases{e, {}, {}, {}};
}

}  // namespace sinew
