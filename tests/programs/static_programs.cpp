// Compile-time tests of the programs layer: names as coaches write them, and the
// compound-set rule judged with anatomy.
#include <sinew/notation.hpp>
#include <sinew/programs.hpp>

namespace {
using namespace sinew;

constexpr bool means(text_view written, exercise_id expected) {
  const auto found = match_exercise(written);
  return found && *found == expected;
}

// The names of seed 003's routines, as printed there.
static_assert(means("Lateral Single-Leg Cable Glute Raises", lateral_single_leg_cable_glute_raise));
static_assert(means("Toes Out Dumbbell RDL", toes_out_dumbbell_romanian_deadlift));
static_assert(means("Toes Out Banded Glute Raises/Back Extensions", toes_out_banded_back_extension));
static_assert(means("Toes-out Wide Stance Squat", toes_out_wide_stance_squat));
static_assert(means("Toes-out Barbell Deadlifts", toes_out_barbell_deadlift));
static_assert(means("Toes Forward Banded Back Extensions", toes_forward_banded_back_extension));
static_assert(means("Toes Forward RDL", toes_forward_romanian_deadlift));
static_assert(means("Lying Hamstring Curl", lying_leg_curl));
static_assert(means("Shoulder Width Straight Leg Barbell Deadlifts", shoulder_width_straight_leg_deadlift));
static_assert(means("Leg Extensions", leg_extension));
static_assert(means("Bodyweight Deep Squats", bodyweight_deep_squat));
static_assert(means("Standing Calf Raise Machine", standing_calf_raise));
static_assert(means("Seated Calf Raise Machine", seated_calf_raise));
static_assert(means("Tip Toe Walk", tip_toe_walk));
// Abbreviations, case, separators.
static_assert(means("DB RDL", dumbbell_romanian_deadlift));
static_assert(means("bss", bulgarian_split_squat));
static_assert(means("GHR", glute_ham_raise));
static_assert(means("standing_hamstring_stretch", standing_hamstring_stretch));
static_assert(!match_exercise("curl").has_value());
static_assert(!match_exercise("bench press").has_value());
// A name two exercises share is ambiguous, never one of them.
static_assert(match_exercise_name("hip abduction").kind == name_match::ambiguous);
static_assert(match_exercise_name("hip abduction").tied_count == 3);
static_assert(match_exercise_name("hip abduction").tied[0] == exercise_id{hip_abduction_machine});
static_assert(match_exercise_name("hip abduction").tied[1] == exercise_id{cable_hip_abduction});
static_assert(match_exercise_name("hip abduction").tied[2] == exercise_id{side_lying_hip_abduction});
static_assert(match_exercise("hip abduction").error().message ==
              "sinew: this name matches two built-in exercises equally well; name it more fully");
// Every word the name states is honoured, or the name does not resolve.
static_assert(means("Hip Abduction (Machine)", hip_abduction_machine));
static_assert(means("Calf Press on Leg Press", leg_press_calf_raise));
static_assert(means("Calf Press On The Leg Press Machine", leg_press_calf_raise));
static_assert(means("Standing Calf Raise, Bodyweight", bodyweight_calf_raise_off_step));
static_assert(means("Squat (Dumbbell)", dumbbell_squat));
static_assert(means("Romanian Deadlift (Dumbbell)", dumbbell_romanian_deadlift));
static_assert(!match_exercise("Romanian Deadlift (Kettlebell)").has_value());
static_assert(means("Barbell Seated Calf Raise", barbell_seated_calf_raise));
static_assert(!match_exercise("Seated Calf Raise (Kettlebell)").has_value());
static_assert(!match_exercise("Single-Leg Leg Extension").has_value());
static_assert(!match_exercise("Zercher Squat").has_value());  // an unknown word: not the default squat
// Two exercises' words in one name fit neither: the answer lists both as close.
static_assert(match_exercise_name("seated lying leg curl").kind == name_match::not_found);
static_assert(match_exercise_name("seated lying leg curl").candidate_count == 5);
static_assert(match_exercise_name("seated lying leg curl").candidates[0].confidence < 50);
// Families resolve to their default, less sure than an exact name; equipment stated lowers it a little.
static_assert(match_exercise_name("squat").exercise == exercise_id{barbell_back_squat});
static_assert(match_exercise_name("squat").family && match_exercise_name("squat").confidence == 80);
static_assert(match_exercise_name("Leg Press (Machine)").confidence == 95);
static_assert(match_exercise_name("Leg Curl (Machine)").confidence == 75);  // family and equipment
static_assert(match_exercise_name("barbell back squat").confidence == 100 && !match_exercise_name("barbell back squat").family);
static_assert(match_exercise_name("leg curl").exercise == exercise_id{lying_leg_curl});
static_assert(match_exercise_name("deadlift").exercise == exercise_id{conventional_deadlift});
static_assert(match_exercise_name("calf raise").exercise == exercise_id{standing_calf_raise});
static_assert(match_exercise_name("bench press").kind == name_match::not_found);

// Seed 003's quad compound set: leg extensions and bodyweight deep squats share the quadriceps.
static_assert(target_muscles(leg_extension).includes(muscle_set{vastus_lateralis, vastus_medialis}));
static_assert(check_with_anatomy(
                  line<"compound set: A leg extensions 3x20 @321; B bodyweight deep squats 3x25 pause 5s every 5th">)
                  .has_value());
// Quadriceps and hamstrings share no prime mover.
static_assert(check_with_anatomy(line<"compound set: A leg extension 3x20; B lying leg curl 3x8">).error().message ==
              "sinew: the exercises of a compound set share a target muscle");
static_assert(!check_with_anatomy(line<"compound set: A leg extension 3x20; B bench press 3x8">).has_value());

// The compound-set rule tells an unknown name from one that fits several exercises.
static_assert(check_with_anatomy(line<"compound set: A hip abduction 3x10; B lying leg curl 3x8">).error().message ==
              "sinew: a compound set names each exercise so that it fits one exercise only, to compare their target muscles");
static_assert(check_with_anatomy(line<"compound set: A moon walk 3x10; B lying leg curl 3x8">).error().message ==
              "sinew: a compound set names exercises sinew knows, to compare their target muscles");
static_assert(target_muscles("hip abduction").empty());

// Each grouping entry's scheme fits its exercise: a wall sit is held, not counted in reps;
// the same line with a time passes, as does an entry sinew does not know (judged by name elsewhere).
static_assert(check_with_anatomy(line<"superset: A wall sit 3x12; B walking lunge 3x10/leg">).error().message ==
              fit_rule_text(fit_rule::isometric_takes_time));
static_assert(check_with_anatomy(line<"superset: A wall sit 3x45s; B walking lunge 3x10/leg">).has_value());
static_assert(check_with_anatomy(line<"superset: A moon walk 3x12; B walking lunge 3x10/leg">).has_value());
// A stretch in a tri-set is not taken to failure.
static_assert(check_with_anatomy(line<"tri-set: A leg extension 3x12; B standing quad stretch 3xAMAP; C leg press 3x10">)
                  .error().message == fit_rule_text(fit_rule::stretch_to_failure_or_tempo));
}  // namespace
