// The generated built-in catalog (exercises/detail/builtin_records.hpp,
// builtin_tags.hpp, builtin_index.hpp) equals what the coach's statements in
// exercises/catalog_source/ derive, field by field: each record, each public
// tag (by name), every precomputed set and every derived role and emphasis.
// Each exercise is checked in its own constant evaluation.
#include <sinew/exercises.hpp>
#include <sinew/exercises/catalog_source.hpp>

#include <cstddef>
#include <cstdint>
#include <utility>

namespace {
using namespace sinew;

constexpr bool same_record(const exercise_record& a, const exercise_record& b) {
  bool same = a.loads == b.loads && a.assists == b.assists && a.stabilizes == b.stabilizes &&
              a.equipment == b.equipment && a.pattern == b.pattern && a.stance == b.stance &&
              a.laterality == b.laterality && a.spinal_load == b.spinal_load && a.loaded_at == b.loaded_at &&
              a.mechanic == b.mechanic && a.difficulty == b.difficulty && a.override_count == b.override_count &&
              a.held_toward == b.held_toward && a.treats == b.treats && a.id == b.id && a.name == b.name;
  for (std::size_t k = 0; k != a.override_count && k != max_overrides; ++k)
    same = same && a.overrides[k].muscle == b.overrides[k].muscle && a.overrides[k].role == b.overrides[k].role;
  return same;
}

constexpr bool in(const detail::exercise_words& w, std::size_t i) {
  return detail::set_of(w).contains(exercise_id{static_cast<std::uint16_t>(i)});
}

// Everything the generated data says about exercise I, against the statement.
constexpr bool matches_statement(std::size_t i) {
  const exercise_record& r = catalog_source::records[i];
  const exercise_id e{static_cast<std::uint16_t>(i)};
  const auto& t = detail::builtin_exercise_index;
  bool ok = same_record(builtin_exercises[i], r) && in(t.all, i);
  for (std::size_t a = 0; a != lower_body_model::action_count; ++a)
    for (std::size_t c = 0; c != 3; ++c)
      ok = ok && covers(r, action_id{static_cast<std::uint8_t>(a)}, static_cast<coverage>(c)) == in(t.by_action[a][c], i);
  // Roles and emphasis: derive's profile, in derive's order, and nothing else.
  const auto profile = derive(r);
  const std::size_t begin = detail::builtin_emphasis_begin[i];
  ok = ok && detail::builtin_emphasis_begin[i + 1] - begin == profile.size();
  for (std::size_t k = 0; k != profile.size() && ok; ++k) {
    const muscle_work& w = profile.entries[k];
    ok = detail::builtin_emphasis[begin + k].muscle == w.muscle.index &&
         detail::builtin_emphasis[begin + k].emphasis == w.emphasis;
  }
  for (std::size_t m = 0; m != lower_body_model::muscle_count; ++m) {
    const muscle_id mu{static_cast<std::uint16_t>(m)};
    ok = ok && role_in(e, mu) == profile.role_of(mu) && emphasis_in(e, mu) == profile.emphasis_of(mu);
    for (std::size_t role = 1; role <= 4; ++role)
      ok = ok && in(t.by_muscle[m][role - 1], i) == (profile.role_of(mu) >= static_cast<muscle_role>(role));
    // covers() on a record decides per muscle, without the full derivation.
    for (std::size_t c = 0; c != 3; ++c)
      ok = ok && exercises_covering(mu, static_cast<coverage>(c)).contains(e) == covers(r, mu, static_cast<coverage>(c));
  }
  for (std::size_t g = 0; g != lower_body_model::group_count; ++g)
    for (std::size_t c = 0; c != 3; ++c)
      ok = ok && in(t.by_group[g][c], i) == covers(r, group_id{static_cast<std::uint8_t>(g)}, static_cast<coverage>(c));
  for (std::size_t q = 0; q != equipment_count; ++q)
    ok = ok && in(t.needs[q], i) == r.equipment.contains(static_cast<equipment>(q));
  for (std::size_t p = 0; p != movement_pattern_count; ++p)
    ok = ok && in(t.by_pattern[p], i) == (static_cast<std::size_t>(r.pattern) == p);
  ok = ok && in(t.spine_free, i) == (r.spinal_load == spinal_load::none) &&
       in(t.unilateral, i) == (r.laterality == laterality::unilateral) &&
       in(t.bilateral, i) == (r.laterality == laterality::bilateral) &&
       in(t.compound, i) == (r.mechanic == mechanic::compound) &&
       in(t.isolation, i) == (r.mechanic == mechanic::isolation) &&
       in(t.stretched, i) == (r.loaded_at == load_peak::stretched);
  return ok;
}

template <std::size_t I>
inline constexpr bool exercise_matches = matches_statement(I);

template <std::size_t... I>
constexpr bool all_match(std::index_sequence<I...>) {
  return (exercise_matches<I> && ...);
}

static_assert(builtin_exercises.size() == catalog_source::records.size(),
              "sinew: the generated catalog is stale: run sinew_generate_builtin_catalog --write include/sinew/exercises/detail");
static_assert(detail::builtin_emphasis_begin.size() == builtin_exercises.size() + 1);
static_assert(detail::builtin_emphasis_begin.back() == detail::builtin_emphasis.size());
static_assert(all_match(std::make_index_sequence<builtin_exercises.size()>{}),
              "sinew: the generated catalog is stale: run sinew_generate_builtin_catalog --write include/sinew/exercises/detail");
// No exercise outside the catalog is in any set.
static_assert(detail::set_of(detail::builtin_exercise_index.all) == all_builtin_exercises());

// Each public tag, by name: a type with a same-named value, an Exercise, the
// record its statement derives, and the id of its statement's position.
template <class Tag, class Source>
constexpr bool tag_matches() {
  return Exercise<Tag> && Exercise<Source> && std::is_same_v<decltype(Tag::builtin_index), const std::uint16_t> &&
         same_record(record_of(Tag{}), record_of(Source{})) && Tag::id == Source::id && Tag::name() == Source::name() &&
         exercise_id{Tag{}}.index == sinew::detail::index_of_v<Source, catalog_source::builtin_types> &&
         same_record(make_record(Tag::spec, Tag::id, Tag::name()), record_of(Source{}));
}
inline constexpr std::size_t tags_checked = 0
    + tag_matches<struct sinew::barbell_back_squat, struct catalog_source::barbell_back_squat>()
    + tag_matches<struct sinew::front_squat, struct catalog_source::front_squat>()
    + tag_matches<struct sinew::toes_out_wide_stance_squat, struct catalog_source::toes_out_wide_stance_squat>()
    + tag_matches<struct sinew::toes_forward_squat, struct catalog_source::toes_forward_squat>()
    + tag_matches<struct sinew::pulse_squat, struct catalog_source::pulse_squat>()
    + tag_matches<struct sinew::heel_elevated_squat, struct catalog_source::heel_elevated_squat>()
    + tag_matches<struct sinew::heel_elevated_goblet_squat, struct catalog_source::heel_elevated_goblet_squat>()
    + tag_matches<struct sinew::bodyweight_deep_squat, struct catalog_source::bodyweight_deep_squat>()
    + tag_matches<struct sinew::goblet_squat, struct catalog_source::goblet_squat>()
    + tag_matches<struct sinew::kettlebell_goblet_squat, struct catalog_source::kettlebell_goblet_squat>()
    + tag_matches<struct sinew::dumbbell_squat, struct catalog_source::dumbbell_squat>()
    + tag_matches<struct sinew::hack_squat, struct catalog_source::hack_squat>()
    + tag_matches<struct sinew::smith_machine_squat, struct catalog_source::smith_machine_squat>()
    + tag_matches<struct sinew::belt_squat, struct catalog_source::belt_squat>()
    + tag_matches<struct sinew::box_squat, struct catalog_source::box_squat>()
    + tag_matches<struct sinew::sissy_squat, struct catalog_source::sissy_squat>()
    + tag_matches<struct sinew::pistol_squat, struct catalog_source::pistol_squat>()
    + tag_matches<struct sinew::cossack_squat, struct catalog_source::cossack_squat>()
    + tag_matches<struct sinew::wall_sit, struct catalog_source::wall_sit>()
    + tag_matches<struct sinew::jump_squat, struct catalog_source::jump_squat>()
    + tag_matches<struct sinew::box_jump, struct catalog_source::box_jump>()
    + tag_matches<struct sinew::leg_press, struct catalog_source::leg_press>()
    + tag_matches<struct sinew::leg_press_feet_low, struct catalog_source::leg_press_feet_low>()
    + tag_matches<struct sinew::single_leg_press, struct catalog_source::single_leg_press>()
    + tag_matches<struct sinew::leg_extension, struct catalog_source::leg_extension>()
    + tag_matches<struct sinew::seated_leg_curl, struct catalog_source::seated_leg_curl>()
    + tag_matches<struct sinew::lying_leg_curl, struct catalog_source::lying_leg_curl>()
    + tag_matches<struct sinew::standing_leg_curl, struct catalog_source::standing_leg_curl>()
    + tag_matches<struct sinew::adductor_machine, struct catalog_source::adductor_machine>()
    + tag_matches<struct sinew::hip_abduction_machine, struct catalog_source::hip_abduction_machine>()
    + tag_matches<struct sinew::reverse_hyperextension, struct catalog_source::reverse_hyperextension>()
    + tag_matches<struct sinew::glute_ham_raise, struct catalog_source::glute_ham_raise>()
    + tag_matches<struct sinew::back_extension, struct catalog_source::back_extension>()
    + tag_matches<struct sinew::conventional_deadlift, struct catalog_source::conventional_deadlift>()
    + tag_matches<struct sinew::toes_out_barbell_deadlift, struct catalog_source::toes_out_barbell_deadlift>()
    + tag_matches<struct sinew::romanian_deadlift, struct catalog_source::romanian_deadlift>()
    + tag_matches<struct sinew::dumbbell_romanian_deadlift, struct catalog_source::dumbbell_romanian_deadlift>()
    + tag_matches<struct sinew::toes_out_dumbbell_romanian_deadlift, struct catalog_source::toes_out_dumbbell_romanian_deadlift>()
    + tag_matches<struct sinew::toes_forward_romanian_deadlift, struct catalog_source::toes_forward_romanian_deadlift>()
    + tag_matches<struct sinew::stiff_legged_deadlift, struct catalog_source::stiff_legged_deadlift>()
    + tag_matches<struct sinew::shoulder_width_straight_leg_deadlift, struct catalog_source::shoulder_width_straight_leg_deadlift>()
    + tag_matches<struct sinew::sumo_deadlift, struct catalog_source::sumo_deadlift>()
    + tag_matches<struct sinew::trap_bar_deadlift, struct catalog_source::trap_bar_deadlift>()
    + tag_matches<struct sinew::good_morning, struct catalog_source::good_morning>()
    + tag_matches<struct sinew::single_leg_romanian_deadlift, struct catalog_source::single_leg_romanian_deadlift>()
    + tag_matches<struct sinew::hip_thrust, struct catalog_source::hip_thrust>()
    + tag_matches<struct sinew::single_leg_hip_thrust, struct catalog_source::single_leg_hip_thrust>()
    + tag_matches<struct sinew::glute_bridge, struct catalog_source::glute_bridge>()
    + tag_matches<struct sinew::barbell_glute_bridge, struct catalog_source::barbell_glute_bridge>()
    + tag_matches<struct sinew::toes_out_banded_back_extension, struct catalog_source::toes_out_banded_back_extension>()
    + tag_matches<struct sinew::toes_forward_banded_back_extension, struct catalog_source::toes_forward_banded_back_extension>()
    + tag_matches<struct sinew::cable_pull_through, struct catalog_source::cable_pull_through>()
    + tag_matches<struct sinew::kettlebell_swing, struct catalog_source::kettlebell_swing>()
    + tag_matches<struct sinew::cable_kickback, struct catalog_source::cable_kickback>()
    + tag_matches<struct sinew::nordic_curl, struct catalog_source::nordic_curl>()
    + tag_matches<struct sinew::walking_lunge, struct catalog_source::walking_lunge>()
    + tag_matches<struct sinew::bodyweight_walking_lunge, struct catalog_source::bodyweight_walking_lunge>()
    + tag_matches<struct sinew::forward_lunge, struct catalog_source::forward_lunge>()
    + tag_matches<struct sinew::reverse_lunge, struct catalog_source::reverse_lunge>()
    + tag_matches<struct sinew::bodyweight_lunge, struct catalog_source::bodyweight_lunge>()
    + tag_matches<struct sinew::barbell_lunge, struct catalog_source::barbell_lunge>()
    + tag_matches<struct sinew::bulgarian_split_squat, struct catalog_source::bulgarian_split_squat>()
    + tag_matches<struct sinew::split_squat, struct catalog_source::split_squat>()
    + tag_matches<struct sinew::step_up, struct catalog_source::step_up>()
    + tag_matches<struct sinew::lateral_lunge, struct catalog_source::lateral_lunge>()
    + tag_matches<struct sinew::curtsy_lunge, struct catalog_source::curtsy_lunge>()
    + tag_matches<struct sinew::step_down, struct catalog_source::step_down>()
    + tag_matches<struct sinew::reverse_nordic, struct catalog_source::reverse_nordic>()
    + tag_matches<struct sinew::standing_calf_raise, struct catalog_source::standing_calf_raise>()
    + tag_matches<struct sinew::seated_calf_raise, struct catalog_source::seated_calf_raise>()
    + tag_matches<struct sinew::donkey_calf_raise, struct catalog_source::donkey_calf_raise>()
    + tag_matches<struct sinew::bodyweight_calf_raise_off_step, struct catalog_source::bodyweight_calf_raise_off_step>()
    + tag_matches<struct sinew::single_leg_calf_raise, struct catalog_source::single_leg_calf_raise>()
    + tag_matches<struct sinew::leg_press_calf_raise, struct catalog_source::leg_press_calf_raise>()
    + tag_matches<struct sinew::tip_toe_walk, struct catalog_source::tip_toe_walk>()
    + tag_matches<struct sinew::tibialis_raise, struct catalog_source::tibialis_raise>()
    + tag_matches<struct sinew::lateral_single_leg_cable_glute_raise, struct catalog_source::lateral_single_leg_cable_glute_raise>()
    + tag_matches<struct sinew::cable_hip_abduction, struct catalog_source::cable_hip_abduction>()
    + tag_matches<struct sinew::cable_hip_adduction, struct catalog_source::cable_hip_adduction>()
    + tag_matches<struct sinew::banded_lateral_walk, struct catalog_source::banded_lateral_walk>()
    + tag_matches<struct sinew::side_lying_hip_abduction, struct catalog_source::side_lying_hip_abduction>()
    + tag_matches<struct sinew::clamshell, struct catalog_source::clamshell>()
    + tag_matches<struct sinew::copenhagen_plank, struct catalog_source::copenhagen_plank>()
    + tag_matches<struct sinew::hanging_knee_raise, struct catalog_source::hanging_knee_raise>()
    + tag_matches<struct sinew::sled_push, struct catalog_source::sled_push>()
    + tag_matches<struct sinew::sprint_100_m, struct catalog_source::sprint_100_m>()
    + tag_matches<struct sinew::sprint_200_m, struct catalog_source::sprint_200_m>()
    + tag_matches<struct sinew::light_jogging, struct catalog_source::light_jogging>()
    + tag_matches<struct sinew::stationary_cycling, struct catalog_source::stationary_cycling>()
    + tag_matches<struct sinew::leg_swings, struct catalog_source::leg_swings>()
    + tag_matches<struct sinew::lateral_leg_swings, struct catalog_source::lateral_leg_swings>()
    + tag_matches<struct sinew::high_knees, struct catalog_source::high_knees>()
    + tag_matches<struct sinew::standing_hamstring_stretch, struct catalog_source::standing_hamstring_stretch>()
    + tag_matches<struct sinew::standing_quad_stretch, struct catalog_source::standing_quad_stretch>()
    + tag_matches<struct sinew::standing_calf_stretch, struct catalog_source::standing_calf_stretch>()
    + tag_matches<struct sinew::seated_calf_stretch, struct catalog_source::seated_calf_stretch>()
    + tag_matches<struct sinew::kneeling_hip_flexor_stretch, struct catalog_source::kneeling_hip_flexor_stretch>()
    + tag_matches<struct sinew::butterfly_stretch, struct catalog_source::butterfly_stretch>()
    + tag_matches<struct sinew::figure_four_glute_stretch, struct catalog_source::figure_four_glute_stretch>()
    + tag_matches<struct sinew::foam_roll_quadriceps, struct catalog_source::foam_roll_quadriceps>()
    + tag_matches<struct sinew::foam_roll_hamstrings, struct catalog_source::foam_roll_hamstrings>()
    + tag_matches<struct sinew::foam_roll_calves, struct catalog_source::foam_roll_calves>()
    + tag_matches<struct sinew::foam_roll_glutes, struct catalog_source::foam_roll_glutes>()
    + tag_matches<struct sinew::foam_roll_adductors, struct catalog_source::foam_roll_adductors>()
    ;
static_assert(tags_checked == builtin_exercises.size(), "sinew: every built-in tag is checked against its statement");

}  // namespace
