// Compile-time tests of load arithmetic (programs/loads.hpp): each figure worked
// by hand in the comment beside it.
#include <sinew/exercises.hpp>
#include <sinew/programs/loads.hpp>

namespace {
using namespace sinew;

constexpr bool is(const result<load>& r, load expected) { return r && *r == expected; }
template <class T>
constexpr bool fails(const result<T>& r, load_rule why) { return !r && r.error() == rule_error(why); }
constexpr load kg(std::uint32_t tenths) { return {load_kind::kg, tenths}; }
constexpr load lb(std::uint32_t tenths) { return {load_kind::lb, tenths}; }
constexpr load pct(std::uint32_t tenths) { return {load_kind::percent_1rm, tenths}; }
constexpr load rpe(std::uint32_t tenths) { return {load_kind::rpe, tenths}; }
constexpr load rir(std::uint32_t tenths) { return {load_kind::rir, tenths}; }

// Epley: 100 kg x 5 -> 100 (1 + 5/30) = 116.67 -> 116.7; x 10 -> 133.33 -> 133.3.
static_assert(is(epley_1rm(kg(1000), 5), kg(1167)));
static_assert(is(epley_1rm(kg(1000), 10), kg(1333)));
// Brzycki: 100 kg x 5 -> 100 * 36 / 32 = 112.5; x 10 -> 3600/27 = 133.33 -> 133.3.
static_assert(is(brzycki_1rm(kg(1000), 5), kg(1125)));
static_assert(is(brzycki_1rm(kg(1000), 10), kg(1333)));
// 225 lb x 8: Epley 225 * 38/30 = 285.0; Brzycki 225 * 36/29 = 279.31 -> 279.3.
static_assert(is(estimated_1rm(one_rep_max_formula::epley, lb(2250), 8), lb(2850)));
static_assert(is(estimated_1rm(one_rep_max_formula::brzycki, lb(2250), 8), lb(2793)));
// A single is its own 1RM under both.
static_assert(is(epley_1rm(kg(1425), 1), kg(1425)) && is(brzycki_1rm(kg(1425), 1), kg(1425)));
// Ranges: 0 reps, 13 reps, 37 reps (Brzycki's pole) and negative reps are errors, not divisions.
static_assert(fails(epley_1rm(kg(1000), 0), load_rule::estimate_reps));
static_assert(fails(brzycki_1rm(kg(1000), 13), load_rule::estimate_reps));
static_assert(fails(brzycki_1rm(kg(1000), 37), load_rule::estimate_reps));
static_assert(fails(brzycki_1rm(kg(1000), -1), load_rule::estimate_reps));
static_assert(fails(brzycki_1rm(kg(1000), 65536 + 5), load_rule::estimate_reps));
static_assert(fails(epley_1rm(pct(800), 5), load_rule::estimate_needs_weight));
static_assert(fails(epley_1rm(load::bodyweight(), 5), load_rule::estimate_needs_weight));
// 6000 kg x 12 by Epley is 8400: beyond 6553.5.
static_assert(fails(epley_1rm(kg(60000), 12), load_rule::load_beyond_limit));

// The RPE chart at RPE 10: reps 1..12.
constexpr std::uint16_t rpe10[] = {1000, 955, 922, 892, 863, 837, 811, 786, 762, 739, 707, 680};
constexpr bool rpe10_row() {
  for (std::uint16_t r = 1; r <= 12; ++r)
    if (!is(percent_of_1rm_for(r, rpe(100)), pct(rpe10[r - 1]))) return false;
  return true;
}
static_assert(rpe10_row());
// 5 reps @ RPE 8 = 7 effective reps = 81.1 %; 5 reps with 2 RIR the same.
static_assert(is(percent_of_1rm_for(5, rpe(80)), pct(811)));
static_assert(is(percent_of_1rm_for(5, rir(20)), pct(811)));
// Half steps are the chart's cells: 3 reps @ 8.5 = 4.5 effective reps -> 87.8; 1 @ 9.5 = 97.8.
static_assert(is(percent_of_1rm_for(3, rpe(85)), pct(878)));
static_assert(is(percent_of_1rm_for(1, rpe(95)), pct(978)));
// The chart's corners: 12 reps @ RPE 6.5 = 58.6; 12 @ 8 = 62.6.
static_assert(is(percent_of_1rm_for(12, rpe(65)), pct(586)));
static_assert(is(percent_of_1rm_for(12, rpe(80)), pct(626)));
// Between half steps, linear: 5 @ RPE 8.3 = 6.7 effective: 82.4 - (82.4 - 81.1) * 2/5 = 81.88 -> 81.9.
static_assert(is(percent_of_1rm_for(5, rpe(83)), pct(819)));
// Outside the chart: 12 reps @ RPE 6, 13 reps, 0 reps, a load that is not an effort.
static_assert(fails(percent_of_1rm_for(12, rpe(60)), load_rule::chart_effort));
static_assert(fails(percent_of_1rm_for(13, rpe(100)), load_rule::chart_reps));
static_assert(fails(percent_of_1rm_for(0, rpe(100)), load_rule::chart_reps));
static_assert(fails(percent_of_1rm_for(5, kg(800)), load_rule::chart_needs_effort));
// The inverse: 81.1 % for 5 reps is RPE 8; 86.3 % for 5 is RPE 10; 2 RIR.
static_assert(is(rpe_for(5, pct(811)), rpe(80)));
static_assert(is(rpe_for(5, pct(863)), rpe(100)));
static_assert(is(reps_in_reserve_for(5, pct(811)), rir(20)));
// 80 % for 5 reps: between 81.1 (7) and 79.9 (7.5): 7 + 0.5 * 1.1/1.2 = 7.46 -> 7.5 -> RPE 7.5.
static_assert(is(rpe_for(5, pct(800)), rpe(75)));
static_assert(fails(rpe_for(5, pct(870)), load_rule::chart_above_rpe_10));
static_assert(fails(rpe_for(5, pct(500)), load_rule::chart_below));
// Every cell of the chart read back: for every reps and every half step of RPE the chart prints.
constexpr bool chart_inverts() {
  for (std::uint16_t r = 1; r <= 12; ++r)
    for (std::uint32_t e = 100; e >= 65; e -= 5) {
      const auto p = percent_of_1rm_for(r, rpe(e));
      if (!p) return false;
      if (!is(rpe_for(r, *p), rpe(e))) return false;
    }
  return true;
}
static_assert(chart_inverts());

// Training max: 90 % of 150 kg = 135; 90 % of 142.5 = 128.25 -> 128.3.
static_assert(is(training_max(kg(1500)), kg(1350)));
static_assert(is(training_max(kg(1425)), kg(1283)));
static_assert(is(training_max(kg(1500), pct(850)), kg(1275)));
static_assert(fails(training_max(kg(1500), pct(1010)), load_rule::fraction_out_of_range));

// kg and lb: 100 kg = 220.46 lb -> 220.5; 225 lb = 102.06 kg -> 102.1.
static_assert(is(in_unit(kg(1000), load_kind::lb), lb(2205)));
static_assert(is(in_unit(lb(2250), load_kind::kg), kg(1021)));

// The commercial kg gym: bar 20, plates 25x4 pairs, 20, 15, 10, 5, 2.5, 1.25 x2 pairs.
constexpr gym g = commercial_gym_kg;
static_assert(is_valid(g) && is_valid(commercial_gym_lb));
// 100 kg: exact. 101 kg: 100 or 102.5 -> 100. 101.25: halfway -> down, 100. 101.3 -> 102.5.
static_assert(is(nearest_load(g, implement::barbell, kg(1000)), kg(1000)));
static_assert(is(nearest_load(g, implement::barbell, kg(1010)), kg(1000)));
static_assert(is(nearest_load(g, implement::barbell, kg(1013)), kg(1025)));
// Below the bar, above every plate (20 + 2 * (100+40+30+20+10+5+2.5) = 435 kg).
static_assert(fails(nearest_load(g, implement::barbell, kg(190)), load_rule::below_lightest));
static_assert(is(nearest_load(g, implement::barbell, kg(4350)), kg(4350)));
static_assert(fails(nearest_load(g, implement::barbell, kg(4351)), load_rule::above_heaviest));
// Dumbbells 2..50 by 2: 23 -> 22 or 24: halfway -> 22; 23.1 -> 24. Stack 5..100 by 5: 62.5 -> 60.
static_assert(is(nearest_load(g, implement::dumbbell, kg(230)), kg(220)));
static_assert(is(nearest_load(g, implement::dumbbell, kg(231)), kg(240)));
static_assert(is(nearest_load(g, implement::machine, kg(625)), kg(600)));
static_assert(fails(nearest_load(g, implement::dumbbell, kg(510)), load_rule::above_heaviest));
// A target in lb for a kg gym: 225 lb = 102.1 kg -> 102.5.
static_assert(is(nearest_load(g, implement::barbell, lb(2250)), kg(1025)));

// Plates: 140 kg = 20 + 2 * 60: 25, 25, 10 a side.
constexpr bool plates(const result<plate_loading>& r, std::initializer_list<plate_size> expected) {
  if (!r || r->sizes != expected.size()) return false;
  std::size_t i = 0;
  for (const auto& p : expected)
    if (!(r->per_side[i++] == p)) return false;
  return true;
}
static_assert(plates(plates_per_side(g, kg(1400)), {{2500, 2}, {1000, 1}}));
// 62.5 kg = 20 + 2 * 21.25: 20 + 1.25.
static_assert(plates(plates_per_side(g, kg(625)), {{2000, 1}, {125, 1}}));
static_assert(plates(plates_per_side(g, kg(200)), {}));
static_assert(!plates_per_side(g, kg(1010)));
// Where the heaviest-first greedy fails: plates 15 (1 pair) and 10 (2 pairs); 20 a side needs 10 + 10.
constexpr gym odd{load_kind::kg, 200, {{{1500, 1}, {1000, 2}}}, 2, {}, {}};
static_assert(plates(plates_per_side(odd, kg(600)), {{1000, 2}}));
static_assert(is(nearest_load(odd, implement::barbell, kg(600)), kg(600)));
// A side takes 0, 10, 15, 20, 25 or 35. 85 kg = 20 + 2 * 32.5: 35 (90 kg) is nearer than 25 (70 kg);
// 80 kg = 20 + 2 * 30: halfway between 70 and 90 -> down, 70.
static_assert(is(nearest_load(odd, implement::barbell, kg(850)), kg(900)));
static_assert(is(nearest_load(odd, implement::barbell, kg(800)), kg(700)));
static_assert(fails(plates_per_side(odd, kg(800)), load_rule::plates_not_exact));
static_assert(fails(nearest_load(odd, implement::dumbbell, kg(100)), load_rule::implement_missing));
// A malformed gym: a plate whose pair is not whole tenths (1.23 kg).
constexpr gym bad{load_kind::kg, 200, {{{123, 1}}}, 1, {}, {}};
static_assert(fails(nearest_load(bad, implement::barbell, kg(300)), load_rule::gym_malformed));

// Resolving: a squat 1RM of 150 kg.
constexpr lifter someone = *lifter{}.with_max(barbell_back_squat, kg(1500));
constexpr lifting_place bar{};
// @80% -> 120 kg; @RPE 8 for 5 -> 81.1 % = 121.65 -> 121.7 -> 122.5 (121.25 and 122.5: nearer 122.5).
static_assert(is(resolve(pct(800), 5, someone, barbell_back_squat, bar), kg(1200)));
static_assert(is(resolve(rpe(80), 5, someone, barbell_back_squat, bar), kg(1225)));
static_assert(is(resolve(rir(20), 5, someone, barbell_back_squat, bar), kg(1225)));
// With a 5/3/1 training max basis: 85 % of 135 = 114.75 -> 115.
constexpr lifter on_531 = [] { lifter l = someone; l.percent_basis = five_three_one_training_max_share; return l; }();
static_assert(is(resolve(pct(850), 5, on_531, barbell_back_squat, bar), kg(1150)));
static_assert(fails(resolve(pct(800), 5, someone, leg_press, bar), load_rule::no_max_known));
static_assert(fails(resolve(load::bodyweight(), 5, someone, barbell_back_squat, bar), load_rule::no_weight_to_resolve));
static_assert(fails(resolve(load{}, 5, someone, barbell_back_squat, bar), load_rule::no_weight_to_resolve));
static_assert(is(resolve(kg(1010), 5, someone, barbell_back_squat, bar), kg(1000)));

}  // namespace
