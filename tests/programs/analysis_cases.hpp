// Hand-built programs and what their analysis must say: every finding kind
// triggered by one program and not by its neighbour, and the volume figures
// derived by hand in the comments (the roles are the derivation's, as
// `sinew explain` prints them). Each case is a constexpr predicate:
// analysis_static.cpp asserts them at compile time, analysis_test.cpp at run time.
#pragma once

#include <sinew/sinew.hpp>

namespace analysis_cases {
using namespace sinew;

inline constexpr program_limits small{.weeks = 2, .sessions = 4, .blocks = 6, .entries = 12, .groupings = 2};
using builder = basic_program_builder<small>;
using small_program = basic_program<small>;
using small_analysis = program_analysis<builtin_model, small>;

template <class F>
constexpr small_program make(F write) {
  builder b{"case"};
  write(b);
  return *b.build();
}
constexpr small_analysis run(const small_program& p, const analysis_options& o = {}) { return analyse(p, o); }

constexpr group_id group_named(text_view id) { return *builtin_model::find_group(id); }
constexpr bool has(const small_analysis& a, finding_kind k) { return a.findings.has(k); }
/// A finding of kind `k` naming group `g`.
constexpr bool has(const small_analysis& a, finding_kind k, text_view g) {
  for (const auto& f : a.findings)
    if (f.kind == k && f.groups.contains(group_named(g))) return true;
  return false;
}
constexpr bool has(const small_analysis& a, finding_kind k, severity s) {
  for (const auto& f : a.findings)
    if (f.kind == k && f.severity == s) return true;
  return false;
}
constexpr bool all_start_with_sinew(const small_analysis& a) {
  for (const auto& f : a.findings)
    if (f.message().substr(0, 7) != "sinew: ") return false;
  return true;
}

// --- volume ---------------------------------------------------------------------------
// Leg extension 3x12 (prime: the four quadriceps), lying leg curl 3x12 (prime: the
// hamstrings; synergists: both gastrocnemius heads, plantaris, popliteus, gracilis,
// sartorius), seated calf raise 3x15 (prime: soleus; the gastrocnemius heads synergists).
constexpr small_program three_isolations = make([](builder& b) {
  b.day(1).add(leg_extension, straight_sets(3, 12)).add(lying_leg_curl, straight_sets(3, 12)).add(seated_calf_raise,
                                                                                                  straight_sets(3, 15));
});
constexpr bool volume_figures() {
  const auto a = run(three_isolations);
  const auto& m = a.muscles;
  return a.of(group_named("quadriceps")).sets == 3.0 && a.of(group_named("quadriceps")).direct_sets == 3.0 &&
         a.of(group_named("hamstrings")).sets == 3.0 &&
         // calves: 3 target sets (soleus, seated) + 3 indirect (gastrocnemius, leg curl) x 0.5 = 4.5;
         // the seated raise's gastrocnemius is indirect too, but a group counts a set once, at its largest weight.
         a.of(group_named("calves")).sets == 4.5 && a.of(group_named("calves")).direct_sets == 3.0 &&
         // gastrocnemius medial head: indirect in both = 1.5 + 1.5, never a target
         m[muscle_id{gastrocnemius_medial_head}.index].sets == 3.0 &&
         m[muscle_id{gastrocnemius_medial_head}.index].direct_sets == 0.0 &&
         m[muscle_id{soleus}.index].sets == 3.0 && a.of(group_named("glutes")).sets == 0.0 &&
         a.of(action_id{knee_extension}) == 3.0 && a.of(action_id{knee_flexion}) == 3.0 &&
         a.of(action_id{ankle_plantar_flexion}) == 3.0 && a.total_sets == 9 &&
         // reps: 3x12 + 3x12 + 3x15 = 117
         a.total_reps == figure::exactly(117) && a.sessions[0].sets == 9 && all_start_with_sinew(a);
}
// The weights are parameters: indirect sets counted 0 leave the calves 3.
constexpr bool volume_weights_are_parameters() {
  analysis_options o{};
  o.weights.indirect = 0.0;
  return run(three_isolations, o).of(group_named("calves")).sets == 3.0;
}
// Two identical weeks give the weekly figures of one.
constexpr small_program two_same_weeks = make([](builder& b) {
  b.week(1).day(1).add(leg_extension, straight_sets(3, 12)).week(2).day(1).add(leg_extension, straight_sets(3, 12));
});
constexpr bool weekly_figures_over_weeks() {
  const auto a = run(two_same_weeks);
  return a.of(group_named("quadriceps")).sets == 3.0 && a.total_sets == 6 && a.weeks == 2;
}
// Warm-up work and mobility drills count no volume.
constexpr bool warm_up_counts_nothing() {
  const auto p = make([](builder& b) {
    b.block(block_role::warm_up).add(leg_extension, straight_sets(3, 12)).add(leg_swings, straight_sets(2, 10));
    b.block(block_role::working).add(lying_leg_curl, straight_sets(3, 12));
  });
  const auto a = run(p);
  return a.of(group_named("quadriceps")).sets == 0.0 && a.of(group_named("hip_flexors")).direct_sets == 0.0 &&
         a.total_sets == 3;
}

// volume_low: quadriceps 3 < 8 (intermediate, hypertrophy); leg press 5 + leg extension 4 = 9 is in range.
constexpr bool volume_low_triggered() { return has(run(three_isolations), finding_kind::volume_low, "quadriceps"); }
constexpr bool volume_low_not_triggered() {
  const auto p = make([](builder& b) { b.add(leg_press, straight_sets(5, 10)).add(leg_extension, straight_sets(4, 12)); });
  return !has(run(p), finding_kind::volume_low, "quadriceps");
}
// A beginner's range starts at 6: 3 is still low; a user's own range (min 2) is met.
constexpr bool volume_ranges_are_parameters() {
  analysis_options o{};
  o.ranges.items[0] = {"quadriceps", 2, 4};
  o.ranges.count = 1;
  return !has(run(three_isolations, o), finding_kind::volume_low, "quadriceps") &&
         !has(run(three_isolations, o), finding_kind::volume_low, "hamstrings");  // only the given table applies
}
// volume_high: leg press 10 + leg extension 10 = 20 > 18; the same over two sessions too.
constexpr small_program quads_twenty = make([](builder& b) {
  b.day(1).add(leg_press, straight_sets(10, 10)).day(4).add(leg_extension, straight_sets(10, 12));
});
constexpr bool volume_high_triggered() { return has(run(quads_twenty), finding_kind::volume_high, "quadriceps"); }
constexpr bool volume_high_not_triggered() {
  const auto p = make([](builder& b) { b.day(1).add(leg_press, straight_sets(5, 10)).day(4).add(leg_extension, straight_sets(4, 12)); });
  return !has(run(p), finding_kind::volume_high);
}
// Strength keeps two thirds of the maximum: 18 -> 12, so 13 quadriceps sets are high for strength only.
constexpr bool strength_range_lower() {
  const auto p = make([](builder& b) { b.day(1).add(leg_press, straight_sets(7, 5)).day(4).add(leg_extension, straight_sets(6, 8)); });
  analysis_options o{};
  o.goal = training_goal::strength;
  return has(run(p, o), finding_kind::volume_high, "quadriceps") && !has(run(p), finding_kind::volume_high, "quadriceps");
}
// session_volume_high: 10 target sets for the vasti in one session > 8; 4 + 4 = 8 is not above.
constexpr bool session_volume_high_triggered() { return has(run(quads_twenty), finding_kind::session_volume_high); }
constexpr bool session_volume_high_not_triggered() {
  const auto p = make([](builder& b) { b.add(leg_press, straight_sets(4, 10)).add(leg_extension, straight_sets(4, 12)); });
  return !has(run(p), finding_kind::session_volume_high);
}

// --- coverage -------------------------------------------------------------------------
constexpr bool uncovered_group_triggered() {
  const auto a = run(three_isolations);
  return has(a, finding_kind::uncovered_group, "glutes") && has(a, finding_kind::uncovered_group, severity::warning);
}
constexpr bool uncovered_group_not_triggered() {
  const auto p = make([](builder& b) {
    b.add(barbell_back_squat, straight_sets(3, 8)).add(lying_leg_curl, straight_sets(3, 12)).add(standing_calf_raise,
                                                                                                 straight_sets(3, 15));
  });
  return !has(run(p), finding_kind::uncovered_group, severity::warning);
}
// Glutes: hip extension, abduction and external rotation (each held by >= 25 % of the group's PCSA).
constexpr bool uncovered_action_triggered() {
  const auto p = make([](builder& b) { b.add(hip_thrust, straight_sets(4, 10)); });
  // The hamstrings (indirect in a hip thrust) are trained too, and miss knee flexion.
  for (const auto& f : run(p).findings)
    if (f.kind == finding_kind::uncovered_action && f.groups.contains(group_named("glutes")))
      return f.actions == action_set{hip_abduction, hip_external_rotation};
  return false;
}
constexpr bool uncovered_action_not_triggered() {
  const auto p = make([](builder& b) {
    b.add(hip_thrust, straight_sets(4, 10)).add(cable_hip_abduction, straight_sets(3, 15)).add(clamshell, straight_sets(3, 15));
  });
  return !has(run(p), finding_kind::uncovered_action, "glutes");
}
// Hamstrings: hip extension and knee flexion; a leg curl alone leaves hip extension.
constexpr bool uncovered_action_hamstrings() {
  const auto p = make([](builder& b) { b.add(lying_leg_curl, straight_sets(3, 12)); });
  const auto a = run(p);
  const auto* f = a.findings.first(finding_kind::uncovered_action);
  return f != nullptr && f->actions == action_set{hip_extension};
}
constexpr bool calf_knee_position_triggered() {
  const auto p = make([](builder& b) { b.add(seated_calf_raise, straight_sets(3, 15)); });
  const auto a = run(p);
  const auto* f = a.findings.first(finding_kind::calf_knee_position);
  return f != nullptr && f->muscles.contains(gastrocnemius_medial_head) && !f->muscles.contains(soleus);
}
constexpr bool calf_knee_position_straight_only() {
  const auto p = make([](builder& b) { b.add(standing_calf_raise, straight_sets(3, 15)); });
  const auto a = run(p);
  const auto* f = a.findings.first(finding_kind::calf_knee_position);
  return f != nullptr && f->muscles == muscle_set{soleus};
}
constexpr bool calf_knee_position_not_triggered() {
  const auto p = make([](builder& b) { b.add(seated_calf_raise, straight_sets(3, 15)).add(standing_calf_raise, straight_sets(3, 15)); });
  return !has(run(p), finding_kind::calf_knee_position);
}

// --- balance --------------------------------------------------------------------------
// Knee flexion 2 to knee extension 6: 0.33 < 0.6.
constexpr bool imbalance_triggered() {
  const auto p = make([](builder& b) { b.add(leg_extension, straight_sets(6, 12)).add(lying_leg_curl, straight_sets(2, 12)); });
  const auto a = run(p);
  const auto* f = a.findings.first(finding_kind::imbalance);
  return f != nullptr && f->actions == action_set{knee_flexion, knee_extension} && f->message().find('0') != text_view::npos;
}
constexpr bool imbalance_not_triggered() {
  // 3 to 3, a unilateral exercise present; posterior (hamstrings 3, calves 1.5 from the curl's gastrocnemius:
  // one set counted once per chain = 3) to anterior (leg extension 3 + sartorius 0.5 x 3 from the curl = 4.5)
  // is below 1: add a hip thrust (posterior 4) so the chains balance.
  const auto p = make([](builder& b) {
    b.add(leg_extension, straight_sets(3, 12)).add(lying_leg_curl, straight_sets(3, 12)).add(hip_thrust, straight_sets(4, 10));
    b.add(cable_hip_abduction, straight_sets(2, 15)).add(cable_hip_adduction, straight_sets(2, 15));
  });
  return !has(run(p), finding_kind::imbalance);
}
// Adduction 0 to abduction 3: the reverse ratio is flagged too (both ways).
constexpr bool imbalance_adduction() {
  const auto p = make([](builder& b) { b.add(cable_hip_abduction, straight_sets(3, 15)); });
  for (const auto& f : run(p).findings)
    if (f.kind == finding_kind::imbalance && f.actions == action_set{hip_adduction, hip_abduction}) return true;
  return false;
}
// Anterior 6 (leg extension) to posterior 0: the chain ratio.
constexpr bool imbalance_chain() {
  const auto p = make([](builder& b) { b.add(leg_extension, straight_sets(6, 12)); });
  for (const auto& f : run(p).findings)
    if (f.kind == finding_kind::imbalance && f.message().find('p') != text_view::npos &&
        f.message().substr(0, 25) == "sinew: the posterior chai")
      return true;
  return false;
}
constexpr bool no_unilateral_info() {
  return has(run(three_isolations), finding_kind::imbalance, severity::info);
}

// --- order ----------------------------------------------------------------------------
constexpr bool order_triggered() {
  const auto p = make([](builder& b) {
    b.add(leg_extension, straight_sets(3, 12)).add(lying_leg_curl, straight_sets(3, 12)).add(barbell_back_squat, straight_sets(3, 8));
  });
  analysis_options strength{};
  strength.goal = training_goal::strength;
  // Hypertrophy shows no order effect (Nunes et al. 2020): info; strength: warning.
  return has(run(p), finding_kind::order, severity::info) && has(run(p, strength), finding_kind::order, severity::warning);
}
constexpr bool order_compound_first() {
  const auto p = make([](builder& b) { b.add(barbell_back_squat, straight_sets(3, 8)).add(leg_extension, straight_sets(3, 12)); });
  return !has(run(p), finding_kind::order);
}
// Pre-exhaust: an isolation straight before a compound for the same target muscle.
constexpr bool order_pre_exhaust() {
  const auto p = make([](builder& b) {
    b.group(grouping_kind::superset, {{leg_extension, straight_sets(3, 12)}, {barbell_back_squat, straight_sets(3, 8)}});
  });
  return !has(run(p), finding_kind::order);
}
// Not pre-exhaust: the isolation trains another muscle (hamstrings before the squat's quads and glutes).
constexpr bool order_not_pre_exhaust() {
  const auto p = make([](builder& b) {
    b.group(grouping_kind::superset, {{lying_leg_curl, straight_sets(3, 12)}, {leg_press, straight_sets(3, 8)}});
  });
  return has(run(p), finding_kind::order);
}
// A priming block's isolation before the working compound is deliberate (Padron).
constexpr bool order_priming() {
  const auto p = make([](builder& b) {
    b.block(block_role::priming).add(leg_extension, straight_sets(3, 20)).block(block_role::working).add(barbell_back_squat,
                                                                                                          straight_sets(3, 8));
  });
  return !has(run(p), finding_kind::order);
}
// Two heavy spinal loads back to back; a leg press between them clears it.
constexpr bool order_spinal_triggered() {
  const auto p = make([](builder& b) { b.add(barbell_back_squat, straight_sets(3, 5)).add(conventional_deadlift, straight_sets(3, 5)); });
  return has(run(p), finding_kind::order, severity::warning);
}
constexpr bool order_spinal_not_triggered() {
  const auto p = make([](builder& b) {
    b.add(barbell_back_squat, straight_sets(3, 5)).add(leg_press, straight_sets(3, 10)).add(conventional_deadlift, straight_sets(3, 5));
  });
  return !has(run(p), finding_kind::order);
}

// --- frequency and recovery -----------------------------------------------------------
constexpr bool frequency_low_triggered() { return has(run(three_isolations), finding_kind::frequency_low, "quadriceps"); }
constexpr bool frequency_low_not_triggered() {
  return !has(run(quads_twenty), finding_kind::frequency_low, "quadriceps");  // day 1 and day 4
}
// Day 1 and day 2: 24 h < 48 h.
constexpr bool recovery_short_triggered() {
  const auto p = make([](builder& b) { b.day(1).add(leg_press, straight_sets(3, 10)).day(2).add(leg_extension, straight_sets(3, 12)); });
  const auto a = run(p);
  const auto* f = a.findings.first(finding_kind::recovery_short);
  return f != nullptr && f->groups.contains(group_named("quadriceps")) && f->session == 1;
}
// Day 1 and day 4: 72 h, and 96 h to the next week's day 1.
constexpr bool recovery_short_not_triggered() { return !has(run(quads_twenty), finding_kind::recovery_short); }
// Day 1 and day 7 of a one-week program: 144 h apart, but day 7 to next week's day 1 is 24 h.
constexpr bool recovery_short_across_weeks() {
  const auto p = make([](builder& b) { b.day(1).add(leg_press, straight_sets(3, 10)).day(7).add(leg_extension, straight_sets(3, 12)); });
  const auto a = run(p);
  const auto* f = a.findings.first(finding_kind::recovery_short);
  return f != nullptr && f->session == 0;
}
// Different groups on consecutive days recover apart.
constexpr bool recovery_other_groups() {
  const auto p = make([](builder& b) { b.day(1).add(leg_extension, straight_sets(3, 12)).day(2).add(lying_leg_curl, straight_sets(3, 12)); });
  return !has(run(p), finding_kind::recovery_short);
}

// --- duration -------------------------------------------------------------------------
// Leg extension 10x10: 10 sets x 10 reps x 3 s = 300 s under tension, 9 rests x 90 s = 810 s:
// 1110 s, about 19 min (the middle of the estimate, rounded).
constexpr small_program ten_by_ten = make([](builder& b) { b.add(leg_extension, straight_sets(10, 10)); });
constexpr bool duration_figures() {
  const auto a = run(ten_by_ten);
  return a.sessions[0].seconds == figure::exactly(1110) && a.sessions[0].minutes() == 19;
}
constexpr bool too_long_triggered() {
  analysis_options o{};
  o.target_minutes_max = 15;
  return has(run(ten_by_ten, o), finding_kind::too_long);
}
constexpr bool too_long_not_triggered() { return !has(run(ten_by_ten), finding_kind::too_long); }
// Warm-up and cool-down are outside the main work: a 60-minute warm-up stays under the target.
constexpr bool too_long_main_work_only() {
  const auto p = make([](builder& b) {
    b.block(block_role::warm_up, 60).add(leg_swings, straight_sets(2, 10)).block(block_role::working).add(leg_extension,
                                                                                                          straight_sets(10, 10));
  });
  const auto a = run(p);
  return !has(a, finding_kind::too_long) && a.sessions[0].minutes() == 79 && a.sessions[0].main_minutes() == 19;
}
// Rests follow the goal: strength 180 s, so 10x10 is 300 + 9 x 180 = 1920 s.
constexpr bool rests_by_goal() {
  analysis_options o{};
  o.goal = training_goal::strength;
  return run(ten_by_ten, o).sessions[0].seconds == figure::exactly(1920);
}

// --- fiber type -----------------------------------------------------------------------
// The soleus (70 % type I) as the only target of a seated calf raise 3x8.
constexpr bool fiber_type_triggered() {
  const auto p = make([](builder& b) { b.add(seated_calf_raise, straight_sets(3, 8)); });
  const auto a = run(p);
  const auto* f = a.findings.first(finding_kind::rep_range_fiber_type);
  return f != nullptr && f->muscles == muscle_set{soleus} && f->severity == severity::info;
}
constexpr bool fiber_type_not_triggered() {
  const auto high = make([](builder& b) { b.add(seated_calf_raise, straight_sets(3, 20)); });
  const auto held = make([](builder& b) { b.add(seated_calf_raise, straight_sets(3, 8).with(hold{2, hold_position::top})); });
  return !has(run(high), finding_kind::rep_range_fiber_type) && !has(run(held), finding_kind::rep_range_fiber_type);
}

// --- conditions -----------------------------------------------------------------------
constexpr analysis_options with(condition c) {
  analysis_options o{};
  o.conditions.insert(c);
  return o;
}
constexpr bool knee_valgus_triggered() {
  const auto a = run(three_isolations, with(condition::knee_valgus));
  const auto* f = a.findings.first(finding_kind::condition_unmet);
  return f != nullptr && f->actions == action_set{hip_abduction, hip_external_rotation} &&
         f->message().substr(0, 19) == "sinew: knee_valgus:";
}
constexpr bool knee_valgus_not_triggered() {
  const auto p = make([](builder& b) { b.add(cable_hip_abduction, straight_sets(3, 15)).add(clamshell, straight_sets(3, 15)); });
  return !has(run(p, with(condition::knee_valgus)), finding_kind::condition_unmet);
}
// The actions a condition asks sets of: one table (condition_actions), which the rule above, the
// ranges' allowance below and the generator read.
constexpr bool condition_actions_table() {
  return condition_actions(condition::knee_valgus) == action_set{hip_abduction, hip_external_rotation} &&
         condition_actions(condition::lumbar_pain) == action_set{hip_extension} &&
         condition_actions(condition::quad_dominance).empty() && condition_actions(condition::knee_friendly).empty() &&
         condition_actions(condition::no_spinal_loading).empty() &&
         condition_actions(condition_set{condition::knee_valgus, condition::lumbar_pain}) ==
             action_set{hip_abduction, hip_external_rotation, hip_extension} &&
         condition_actions(condition_set{}).empty();
}
// A beginner's strength range for the glutes is 4-7. Hip thrust 6 sets (the glutes' prime movers)
// with cable hip abduction 3 and clamshell 3 (knee valgus' work) give the glutes 12 sets: past 7
// without the condition, within 4-13 with it. Two sets more of hip thrust (14) pass 13 too, and the
// message gives the range with the condition's work on top.
constexpr small_program glutes_with_valgus_work(std::uint32_t thrust_sets) {
  builder b{"case"};
  b.day(1).add(hip_thrust, straight_sets(thrust_sets, 5)).add(cable_hip_abduction, straight_sets(3, 12));
  b.add(clamshell, straight_sets(3, 15));
  return *b.build();
}
// A condition's sets come on top of a range, counted as the analysis counts them: knee valgus' 3
// sets of abduction (the gluteus medius and minimus prime movers) and 3 of external rotation (the
// gluteus maximus a prime mover, the biceps femoris long head a secondary one) add 6 to the
// glutes' maximum and 1.5 to the hamstrings', nothing to the quadriceps'; lumbar pain's 3 sets
// of hip extension add 3 to the glutes' and to the hamstrings'.
constexpr bool condition_allowance_figures() {
  const analysis_options valgus = with(condition::knee_valgus), lumbar = with(condition::lumbar_pain);
  analysis_options no_indirect = valgus, negative = valgus, huge = valgus;
  no_indirect.weights.indirect = 0.0;
  negative.condition_sets_min = -3.0;  // takes nothing off a range
  huge.condition_sets_min = 1e300;     // no wrap: the top of the range is past any week
  return condition_allowance(valgus, group_named("glutes")) == 6.0 &&
         condition_allowance(valgus, group_named("hamstrings")) == 1.5 &&
         condition_allowance(valgus, group_named("quadriceps")) == 0.0 &&
         condition_allowance(no_indirect, group_named("hamstrings")) == 0.0 &&
         condition_allowance(negative, group_named("glutes")) == 0.0 &&
         condition_allowance(huge, group_named("glutes")) >= 1e300 &&
         !has(run(glutes_with_valgus_work(8), huge), finding_kind::volume_high, "glutes") &&
         condition_allowance(lumbar, group_named("glutes")) == 3.0 &&
         condition_allowance(lumbar, group_named("hamstrings")) == 3.0 &&
         condition_allowance(analysis_options{}, group_named("glutes")) == 0.0;
}
constexpr bool volume_high_with_condition_on_top() {
  analysis_options plain{};
  plain.goal = training_goal::strength;
  plain.level = training_level::beginner;
  analysis_options valgus = plain;
  valgus.conditions.insert(condition::knee_valgus);
  const auto twelve = glutes_with_valgus_work(6), fourteen = glutes_with_valgus_work(8);
  const auto a = run(fourteen, valgus);
  const auto* f = a.findings.first(finding_kind::volume_high);
  return run(twelve, plain).of(group_named("glutes")).sets == 12.0 && has(run(twelve, plain), finding_kind::volume_high, "glutes") &&
         !has(run(twelve, valgus), finding_kind::volume_high, "glutes") && !has(run(twelve, valgus), finding_kind::condition_unmet) &&
         has(a, finding_kind::volume_high, "glutes") && f != nullptr &&
         f->message() == "sinew: glutes get 14 sets a week, above the 4-13 range for strength, beginner with the conditions' work on top";
}
constexpr bool lumbar_pain_triggered() {
  const auto p = make([](builder& b) { b.add(barbell_back_squat, straight_sets(3, 8)); });
  const auto a = run(p, with(condition::lumbar_pain));
  return has(a, finding_kind::condition_unmet, severity::error) && !a.passes() && run(p).passes();
}
constexpr bool lumbar_pain_not_triggered() {
  const auto p = make([](builder& b) { b.add(leg_press, straight_sets(3, 10)).add(hip_thrust, straight_sets(3, 10)); });
  return !has(run(p, with(condition::lumbar_pain)), finding_kind::condition_unmet);
}
// A goblet squat loads the spine (low): no_spinal_loading refuses it; a leg press passes.
constexpr bool no_spinal_loading_triggered() {
  const auto p = make([](builder& b) { b.add(goblet_squat, straight_sets(3, 10)); });
  return has(run(p, with(condition::no_spinal_loading)), finding_kind::condition_unmet, severity::error) &&
         !has(run(p, with(condition::lumbar_pain)), finding_kind::condition_unmet, severity::error);
}
constexpr bool no_spinal_loading_not_triggered() {
  const auto p = make([](builder& b) { b.add(leg_press, straight_sets(3, 10)); });
  return !has(run(p, with(condition::no_spinal_loading)), finding_kind::condition_unmet);
}
// Quad dominance: the session opens with a leg extension and the anterior chain gets more.
constexpr bool quad_dominance_triggered() {
  return run(three_isolations, with(condition::quad_dominance)).findings.count_of(finding_kind::condition_unmet) == 1;
}
constexpr bool quad_dominance_not_triggered() {
  const auto p = make([](builder& b) {
    b.add(romanian_deadlift, straight_sets(3, 8)).add(lying_leg_curl, straight_sets(3, 12)).add(leg_extension, straight_sets(3, 12));
  });
  return !has(run(p, with(condition::quad_dominance)), finding_kind::condition_unmet);
}
constexpr bool knee_friendly_triggered() {
  return has(run(three_isolations, with(condition::knee_friendly)), finding_kind::condition_unmet);
}
constexpr bool knee_friendly_not_triggered() {
  const auto p = make([](builder& b) {
    b.block(block_role::warm_up, 10).add(leg_swings, straight_sets(2, 10));
    b.block(block_role::working).add(lying_leg_curl, straight_sets(3, 12)).add(leg_extension, straight_sets(3, 12));
    b.add(hip_thrust, straight_sets(3, 10));
  });
  return !has(run(p, with(condition::knee_friendly)), finding_kind::condition_unmet);
}

// --- policies ---------------------------------------------------------------------------
constexpr bool kind_switched_off() {
  analysis_options o{};
  o.enabled = finding_kind_set::all().without(finding_kind::volume_low);
  return !has(run(three_isolations, o), finding_kind::volume_low) && has(run(three_isolations, o), finding_kind::uncovered_group);
}
constexpr void my_volume_rule(const analysis_context& c, finding_list& out) {
  // A user's rule: every muscle group under 5 sets, stated as an error.
  for (std::size_t g = 0; g != c.groups.size(); ++g)
    if (c.groups[g].sets > 0.0 && c.groups[g].sets < 5.0) out.add(finding_kind::volume_low, severity::error).say("sinew: mine");
}
constexpr bool kind_replaced() {
  analysis_options o{};
  o.replace[static_cast<std::size_t>(finding_kind::volume_low)] = &my_volume_rule;
  const auto a = run(three_isolations, o);
  // quadriceps 3, hamstrings 3, calves 4.5, hip flexors 4.5 (the rectus femoris is one: 3; sartorius in
  // the curl: 1.5), adductors 1.5 (gracilis), peroneals 1.5 (peroneus longus in the calf raise)
  return a.findings.count_of(finding_kind::volume_low) == 6 && has(a, finding_kind::volume_low, severity::error) &&
         !a.passes();
}
constexpr bool kind_replaced_then_restored() {
  analysis_options o{};
  auto& slot = o.replace[static_cast<std::size_t>(finding_kind::volume_low)];
  const bool none = slot == nullptr && has(run(three_isolations, o), finding_kind::volume_low);
  slot = [](const analysis_context&, finding_list&) {};  // a lambda: the rule says nothing
  const bool silenced = slot != nullptr && !has(run(three_isolations, o), finding_kind::volume_low);
  slot = nullptr;  // the built-in rule again
  return none && silenced && slot == nullptr && has(run(three_isolations, o), finding_kind::volume_low);
}

// --- a user's catalog -------------------------------------------------------------------
// Two records of the user's own, in their own order: exercise 0 a leg extension, 1 a seated calf raise.
inline constexpr exercise_record my_catalog[] = {info(exercise_id{leg_extension}), info(exercise_id{seated_calf_raise})};
constexpr bool user_catalog() {
  builder b;
  b.add(exercise_id{0}, straight_sets(3, 12)).add(exercise_id{1}, straight_sets(4, 15));
  const auto p = *b.build(my_catalog);
  const auto a = analyse(p, {}, my_catalog);
  return a.of(group_named("quadriceps")).sets == 3.0 && a.of(group_named("calves")).direct_sets == 4.0;
}

}  // namespace analysis_cases

// Every case, for the static and the run-time test.
#define SINEW_ANALYSIS_CASES(X)                                                                                    \
  X(volume_figures) X(volume_weights_are_parameters) X(weekly_figures_over_weeks) X(warm_up_counts_nothing)        \
  X(volume_low_triggered) X(volume_low_not_triggered) X(volume_ranges_are_parameters) X(volume_high_triggered)     \
  X(volume_high_not_triggered) X(strength_range_lower) X(session_volume_high_triggered)                             \
  X(session_volume_high_not_triggered) X(uncovered_group_triggered) X(uncovered_group_not_triggered)               \
  X(uncovered_action_triggered) X(uncovered_action_not_triggered) X(uncovered_action_hamstrings)                   \
  X(calf_knee_position_triggered) X(calf_knee_position_straight_only) X(calf_knee_position_not_triggered)           \
  X(imbalance_triggered) X(imbalance_not_triggered) X(imbalance_adduction) X(imbalance_chain) X(no_unilateral_info) \
  X(order_triggered) X(order_compound_first) X(order_pre_exhaust) X(order_not_pre_exhaust) X(order_priming)        \
  X(order_spinal_triggered) X(order_spinal_not_triggered) X(frequency_low_triggered) X(frequency_low_not_triggered) \
  X(recovery_short_triggered) X(recovery_short_not_triggered) X(recovery_short_across_weeks)                       \
  X(recovery_other_groups) X(duration_figures) X(too_long_triggered) X(too_long_not_triggered)                     \
  X(too_long_main_work_only) X(rests_by_goal) X(fiber_type_triggered) X(fiber_type_not_triggered)                  \
  X(knee_valgus_triggered) X(knee_valgus_not_triggered) X(lumbar_pain_triggered) X(lumbar_pain_not_triggered)       \
  X(condition_actions_table) X(condition_allowance_figures) X(volume_high_with_condition_on_top)                        \
  X(no_spinal_loading_triggered) X(no_spinal_loading_not_triggered) X(quad_dominance_triggered)                    \
  X(quad_dominance_not_triggered) X(knee_friendly_triggered) X(knee_friendly_not_triggered) X(kind_switched_off)   \
  X(kind_replaced) X(kind_replaced_then_restored) X(user_catalog)
