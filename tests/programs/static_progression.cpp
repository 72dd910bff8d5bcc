// Compile-time tests of progressions (programs/progression.hpp): each kind over
// weeks 1 to 16, against figures worked by hand in the comments.
#include <sinew/programs/progression.hpp>

namespace {
using namespace sinew;

constexpr load kg(std::uint32_t tenths) { return {load_kind::kg, tenths}; }
constexpr load_step plus(std::uint16_t tenths) { return {tenths, load_step::unit_kind::tenths}; }
constexpr load_step plus_percent(std::uint16_t tenths) { return {tenths, load_step::unit_kind::percent_of_load}; }
template <class T>
constexpr bool fails(const result<T>& r, progression_rule why) { return !r && r.error() == rule_error(why); }

constexpr set_scheme squat_week1 = straight_sets(3, 5).at(kg(1000)).resting(seconds(180));

// Linear, +2.5 kg a session, 3 sessions a week: week n starts at 100 + 7.5 (n - 1); week 16 at 212.5.
constexpr progression per_session = linear_load(plus(25));
constexpr bool linear_per_session() {
  for (std::uint16_t n = 1; n <= 16; ++n) {
    const auto s = progressed(per_session, squat_week1, n, 3);
    if (!s || s->load != kg(1000 + 75U * (n - 1U)) || s->sets != 3 || s->rest_after != squat_week1.rest_after) return false;
  }
  return true;
}
static_assert(linear_per_session());
static_assert(progressed(per_session, squat_week1, 16, 3)->load == kg(2125));
// Session 2 (index 1) of week 2: the 5th session: 100 + 4 * 2.5 = 110.
static_assert(progressed(per_session, squat_week1, progression_step{2, 1, 3, {}})->load == kg(1100));

// Linear, +2.5 kg a week: week n at 100 + 2.5 (n - 1); week 16 at 137.5.
static_assert(progressed(linear_load(plus(25), progression_period::week), squat_week1, 16, 3)->load == kg(1375));

// +5 % a week: 100, 105, 110.25 -> 110.3, 110.3 * 1.05 = 115.815 -> 115.8.
constexpr progression five_percent = linear_load(plus_percent(50), progression_period::week);
static_assert(progressed(five_percent, squat_week1, 2)->load == kg(1050));
static_assert(progressed(five_percent, squat_week1, 3)->load == kg(1103));
static_assert(progressed(five_percent, squat_week1, 4)->load == kg(1158));

// Deload after 3 failures in a row, to 90 %: sessions 1-3 succeed (107.5 at session 4), 4-6 fail:
// session 7 (week 3) at 107.5 * 0.9 = 96.75 -> 96.8; sessions 7-9 succeed: week 4 at 96.8 + 7.5 = 104.3.
constexpr progression with_deload = linear_load(plus(25), progression_period::session, 3, 900);
constexpr std::uint16_t missed[] = {4, 5, 6};
static_assert(progressed(with_deload, squat_week1, 2, 3, missed)->load == kg(1075));
static_assert(progressed(with_deload, squat_week1, 3, 3, missed)->load == kg(968));
static_assert(progressed(with_deload, squat_week1, 4, 3, missed)->load == kg(1043));
// Two failures only (4, 5): no deload, the load waits; sessions 1, 2, 3 and 6 succeed: session 7 at 100 + 4 * 2.5 = 110.
constexpr std::uint16_t two_missed[] = {4, 5};
static_assert(progressed(with_deload, squat_week1, 3, 3, two_missed)->load == kg(1100));

// Set loads progress each: 3x5 @60,70,80 kg + 5 kg a week: week 3 at 70, 80, 90.
constexpr set_scheme ramped = [] {
  set_scheme s = straight_sets(3, 5);
  s.load = kg(0);
  s.set_loads = {600, 700, 800};
  s.set_load_count = 3;
  return s;
}();
static_assert(is_valid(ramped));
static_assert(progressed(linear_load(plus(50), progression_period::week), ramped, 3)->set_loads[2] == 900);

// Double progression, 3x8-12 @ 60 kg, +1 rep a week, +2.5 kg at the top: week n (i = n - 1)
// is 8 + i % 5 reps at 60 + 2.5 (i / 5): week 5 12 @ 60, week 6 8 @ 62.5, week 16 8 @ 67.5.
constexpr set_scheme curl_week1 = straight_sets(3, quantity::reps(8, 12)).at(kg(600));
constexpr progression reps_then = double_progression_of(1, plus(25), progression_period::week);
constexpr bool double_weeks() {
  for (std::uint16_t n = 1; n <= 16; ++n) {
    const std::uint32_t i = n - 1U;
    const auto s = progressed(reps_then, curl_week1, n);
    if (!s || s->per_set.min != 8 + i % 5 || s->per_set.max != s->per_set.min || s->load != kg(600 + 25 * (i / 5))) return false;
  }
  return true;
}
static_assert(double_weeks());
// A rep step of 3 on 8-12: 8, 11, 12 (capped), then 8 at +2.5.
constexpr progression by_three = double_progression_of(3, plus(25), progression_period::week);
static_assert(progressed(by_three, curl_week1, 2)->per_set.min == 11);
static_assert(progressed(by_three, curl_week1, 3)->per_set.min == 12);
static_assert(progressed(by_three, curl_week1, 4)->per_set.min == 8 && progressed(by_three, curl_week1, 4)->load == kg(625));
static_assert(fails(progressed(reps_then, pyramid({12, 10, 8}), 2), progression_rule::needs_rep_range));
static_assert(fails(progressed(double_progression_of(0, plus(25)), curl_week1, 2), progression_rule::rep_step_zero));

// 5/3/1 with a training max of 100 kg, +5 kg a cycle (squat):
constexpr progression squat_531 = wave_of(five_three_one(kg(1000), five_three_one_lower_body_step_kg));
// week 1: 65, 75, 85 x 5,5,5+ (straight sets with set loads)
constexpr auto w1 = *progressed(squat_531, squat_week1, 1);
static_assert(w1.kind == scheme_kind::straight && w1.sets == 3 && w1.per_set == quantity::reps(5) && w1.last_set_amap);
static_assert(w1.load == kg(0) && w1.set_load_count == 3 && w1.set_loads[0] == 650 && w1.set_loads[1] == 750 && w1.set_loads[2] == 850);
static_assert(w1.rest_after == squat_week1.rest_after);
// week 3: 75, 85, 95 x 5,3,1+ (a pyramid)
constexpr auto w3 = *progressed(squat_531, squat_week1, 3);
static_assert(w3.kind == scheme_kind::pyramid && w3.listed_count == 3 && w3.listed[0] == 5 && w3.listed[2] == 1 && w3.last_set_amap);
static_assert(w3.set_loads[0] == 750 && w3.set_loads[1] == 850 && w3.set_loads[2] == 950);
// week 4: deload 40, 50, 60 x 5, no AMAP set
constexpr auto w4 = *progressed(squat_531, squat_week1, 4);
static_assert(!w4.last_set_amap && w4.set_loads[0] == 400 && w4.set_loads[2] == 600);
// week 5: cycle 2, training max 105: 68.25 -> 68.3, 78.75 -> 78.8, 89.25 -> 89.3
constexpr auto w5 = *progressed(squat_531, squat_week1, 5);
static_assert(w5.set_loads[0] == 683 && w5.set_loads[1] == 788 && w5.set_loads[2] == 893);
// week 16: cycle 4, training max 115: deload 46, 57.5, 69
constexpr auto w16 = *progressed(squat_531, squat_week1, 16);
static_assert(w16.set_loads[0] == 460 && w16.set_loads[1] == 575 && w16.set_loads[2] == 690);
// A training max as a share of 1RM (90 %): week 1's top set is 85 % of it, 76.5 % of 1RM.
constexpr progression by_share = wave_of(five_three_one({load_kind::percent_1rm, 900}, load{}));
static_assert(progressed(by_share, squat_week1, 1)->set_loads[2] == 765);
static_assert(progressed(by_share, squat_week1, 1)->load.kind == load_kind::percent_1rm);
static_assert(fails(progressed(wave_of(five_three_one(kg(1000), five_three_one_lower_body_step)), squat_week1, 1),
                    progression_rule::wave_training_max));

// Deload every 4th week to 50 % of the sets and 60 % of the load, on a linear +2.5 kg a week:
// week 4 progresses as week 4 would (107.5) and deloads: 64.5 kg, 2 sets (1.5 rounds up);
// week 5 continues from week 3: 107.5; week 15: 11 weeks of progress: 127.5; week 16: 130 * 0.6 = 78.
constexpr progression waved = linear_load(plus(25), progression_period::week).with(deload_schedule{4, {}, 0, 500, 600});
static_assert(progressed(waved, squat_week1, 4)->load == kg(645) && progressed(waved, squat_week1, 4)->sets == 2);
static_assert(progressed(waved, squat_week1, 5)->load == kg(1075) && progressed(waved, squat_week1, 5)->sets == 3);
static_assert(progressed(waved, squat_week1, 15)->load == kg(1275));
static_assert(progressed(waved, squat_week1, 16)->load == kg(780));
// Listed deload weeks on a pyramid keep its first sets: 15,12,10,8 at 50 % keeps 15,12.
constexpr progression listed = progression{}.with(deload_schedule{0, {3}, 1, 500, 1000});
static_assert(progressed(listed, pyramid({15, 12, 10, 8}), 3)->listed_count == 2);
static_assert(progressed(listed, pyramid({15, 12, 10, 8}), 2)->listed_count == 4);
static_assert(fails(progressed(listed, double_pyramid({12, 8, 12}), 3), progression_rule::deload_keeps_shape));
static_assert(fails(progressed(progression{}.with(deload_schedule{2, {}, 0, 1000, 500}), straight_sets(3, 10), 2),
                    progression_rule::deload_needs_load));

// Limits: week 0, a session outside the week, a load beyond 6553.5, a wave of reps beyond 9999.
static_assert(fails(progressed(per_session, squat_week1, 0), progression_rule::week_zero));
static_assert(fails(progressed(per_session, squat_week1, progression_step{1, 3, 3, {}}), progression_rule::session_outside_week));
static_assert(fails(progressed(linear_load(plus(65000)), squat_week1, 2), progression_rule::load_beyond));
static_assert(fails(progressed(linear_load(plus(25)), straight_sets(3, 5), 2), progression_rule::needs_load));
constexpr percentage_wave long_reps = [] {
  percentage_wave w = five_three_one(kg(1000), kg(50));
  w.weeks[0].sets[0].reps = 10000;
  return w;
}();
static_assert(fails(progressed(wave_of(long_reps), squat_week1, 1), progression_rule::reps_beyond));

// A user's rule: +1 set a week, at most 6.
struct add_a_set {
  constexpr set_scheme operator()(const set_scheme& week1, const progression_step& at) const {
    set_scheme s = week1;
    const unsigned sets = week1.sets + at.week - 1U;
    s.sets = static_cast<std::uint16_t>(sets > 6 ? 6 : sets);
    return s;
  }
};
static_assert(ProgressionRule<add_a_set> && ProgressionRule<progression>);
static_assert(!ProgressionRule<int>);
static_assert(progressed(add_a_set{}, squat_week1, 3)->sets == 5);
static_assert(progressed(add_a_set{}, squat_week1, 16)->sets == 6);
static_assert(fails(progressed(add_a_set{}, squat_week1, 0), progression_rule::week_zero));

}  // namespace
