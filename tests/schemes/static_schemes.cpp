// Set schemes, groupings and blocks in constant evaluation: each rule's
// non-fatal twin (is_valid / check) and the derived figures, by static_assert.
#include <sinew/schemes.hpp>

namespace {
using namespace sinew;

// Valid forms of domain.md section 3.
static_assert(is_valid(straight_sets(4, quantity::reps(8, 12))));
static_assert(is_valid(straight_sets(3, quantity::reps(10, 12).per_leg())));
static_assert(is_valid(straight_sets(3, quantity::steps(20))));
static_assert(is_valid(straight_sets(3, 15).with(tempo::of(3, 0, 1))));
static_assert(is_valid(straight_sets(3, 8).with(tempo::no_tempo())));
static_assert(is_valid(straight_sets(3, 15).with(hold{2, hold_position::top})));
static_assert(is_valid(straight_sets(3, 25).with(pause{5, 5, hold_position::bottom})));
static_assert(is_valid(straight_sets(3, 12).with_stretch_and_squeeze(3)));
static_assert(is_valid(pyramid({15, 12, 10, 8, 4})));
static_assert(is_valid(double_pyramid({20, 15, 12, 8, 12, 15, 20})));
static_assert(is_valid(sets_to_failure(5, 12, 15)));
static_assert(is_valid(drop_set(straight_sets(4, 8), 2)));
static_assert(is_valid(strip_sets(5)));
static_assert(is_valid(straight_sets(1, quantity::non_stop(150)).at(load::bodyweight())));
static_assert(is_valid(straight_sets(3, quantity::of(yards(50)))));
static_assert(is_valid(straight_sets(1, quantity::amap())));
static_assert(is_valid(straight_sets(1, quantity::of(seconds(30)))));
static_assert(is_valid(rest_pause(1, {8, 3, 3}, rest::of(seconds(15)))));
static_assert(is_valid(cluster(3, {2, 2, 2, 2})));
static_assert(is_valid(warm_up_ramp({10, 8, 5, 5, 3})));
static_assert(is_valid(reverse_pyramid({4, 8, 10, 12})));

// Each rule, by its non-fatal twin.
static_assert(check(straight_sets(0, 10)).rule == rule::zero_sets);
static_assert(check(straight_sets(3, quantity::reps(12, 8))).rule == rule::rep_range_inverted);
// The boundary: a range one rep inverted is refused, a range of one value is not.
static_assert(check(straight_sets(3, quantity::reps(12, 11))).rule == rule::rep_range_inverted);
static_assert(check(straight_sets(3, quantity::reps(12, 12))).rule == rule::none);
static_assert(check(straight_sets(3, 0)).rule == rule::zero_reps);
static_assert(check(pyramid({15, 12, 13})) == rule_check{rule::pyramid_not_down, 2});
static_assert(check(reverse_pyramid({4, 8, 8})) == rule_check{rule::reverse_pyramid_not_up, 2});
static_assert(check(double_pyramid({20, 15, 20, 15})).rule == rule::double_pyramid_shape);
static_assert(check(double_pyramid({8, 12, 15})).rule == rule::double_pyramid_shape);
static_assert(check(warm_up_ramp({5, 8})).rule == rule::ramp_reps_rise);
static_assert(check(pyramid({15})).rule == rule::list_too_short);
static_assert(check(pyramid({17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1})).rule == rule::list_too_long);
static_assert(check(drop_set(straight_sets(4, 8), 2, +10)).rule == rule::drop_load_rises);
static_assert(check(drop_set(straight_sets(4, 8), 9)).rule == rule::drops_too_many);
static_assert(check(pyramid({15, 12}).plus_drops(1)).rule == rule::drops_only_on_straight_sets);
static_assert(check(straight_sets(3, 10).with(tempo::of(3, tempo::explosive, 1))) == rule_check{rule::tempo_explosive_out_of_place, 1});
static_assert(check(straight_sets(3, 10).with(tempo::of(3, 0, 12))).rule == rule::tempo_digit);
static_assert(check(straight_sets(3, 10).with(tempo{tempo::mode::digits, 2, {3, 1, 0, 0}})).rule == rule::tempo_length);
static_assert(check(straight_sets(3, 4).with(pause{5, 5, hold_position::bottom})).rule == rule::pause_every_beyond_reps);
static_assert(check(straight_sets(3, 10).at(load::percent_of_1rm(120))).rule == rule::percent_out_of_range);
static_assert(check(straight_sets(3, 10).at(load::rpe(11))).rule == rule::rpe_out_of_range);
static_assert(check(straight_sets(3, 10).at(load::kilograms(0))).rule == rule::load_not_positive);
static_assert(check(strip_sets(0)).rule == rule::strip_needs_rep_max);
static_assert(check(rest_pause(1, {8})).rule == rule::mini_sets_too_few);
static_assert(check(straight_sets(3, quantity::of(seconds(0)))).rule == rule::zero_length);

constexpr grouping_entry squat{"squat", straight_sets(3, 10)};
constexpr grouping_entry lunge{"lunge", straight_sets(3, quantity::reps(12).per_leg())};
constexpr grouping_entry calf{"calf raise", straight_sets(3, 15)};
static_assert(is_valid(tri_set({squat, lunge, calf})));
static_assert(check(tri_set({squat, lunge})).rule == rule::tri_set_size);
static_assert(check(superset({squat, lunge, calf})).rule == rule::superset_size);
static_assert(check(compound_set({squat})).rule == rule::compound_set_size);
static_assert(check(giant_set({squat, lunge, calf})).rule == rule::giant_set_size);
static_assert(check(circuit({squat})).rule == rule::circuit_size);
static_assert(check(tri_set({squat, lunge, grouping_entry{"", straight_sets(3, 10)}})) == rule_check{rule::exercise_name_empty, 2});
static_assert(check(tri_set({squat, lunge, grouping_entry{"a;b", straight_sets(3, 10)}})).rule == rule::exercise_name_malformed);
static_assert(check(tri_set({squat, lunge, grouping_entry{"calf", pyramid({3, 4})}})) == rule_check{rule::pyramid_not_down, 2});
constexpr auto rested = [] {
  auto g = superset({squat, lunge});
  g.between_exercises = rest::of(seconds(30));
  return g;
}();
static_assert(check(rested).rule == rule::rest_inside_grouping);
static_assert(is_valid(block{block_role::warm_up, 10, 15, time_unit::minute, block_content::none, {}, {}, {}}));
static_assert(check(block{block_role::warm_up, 15, 10, time_unit::minute, block_content::none, {}, {}, {}}).rule == rule::block_range_inverted);

// checked() passes valid values through unchanged.
static_assert(checked(pyramid({15, 12, 10, 8, 4})) == pyramid({15, 12, 10, 8, 4}));

// Derived figures.
constexpr auto f = figures_of(straight_sets(4, quantity::reps(8, 12)).at(load::kilograms(100)).resting(seconds(120)));
static_assert(f.total_sets == 4);
static_assert(f.total_reps == figure::between(32, 48));
static_assert(f.time_under_tension == figure::between(96, 144));           // 3 s a rep by default
static_assert(f.duration == figure::between(96 + 360, 144 + 360));         // 3 rests of 120 s
static_assert(f.volume_load == figure::between(32000, 48000));            // tenths of kg: 3200-4800 kg
static_assert(f.volume_unit == load_kind::kg);
static_assert(figures_of(straight_sets(3, 12).with(tempo::of(3, 0, 1))).time_under_tension == figure::exactly(144));
static_assert(figures_of(straight_sets(3, 12).with(tempo::of(3, 0, tempo::explosive, 1))).time_under_tension == figure::exactly(180));
static_assert(figures_of(straight_sets(3, 12).with_stretch_and_squeeze(3)).time_under_tension == figure::exactly(3 * 12 * 9));
static_assert(figures_of(straight_sets(1, 15).with(hold{2, hold_position::top})).time_under_tension == figure::exactly(75));
static_assert(figures_of(straight_sets(3, quantity::of(yards(50)))).time_under_tension == figure::exactly(3 * 45));
static_assert(figures_of(straight_sets(2, quantity::of(seconds(30)))).duration == figure::exactly(60 + 90));
static_assert(!figures_of(straight_sets(3, quantity::amap())).total_reps.known);
static_assert(!figures_of(strip_sets(5)).total_reps.known);
static_assert(figures_of(strip_sets(5)).total_sets == 1);
static_assert(figures_of(pyramid({15, 12, 10, 8, 4})).total_reps == figure::exactly(49));
static_assert(figures_of(pyramid({15, 12, 10, 8, 4})).duration == figure::exactly(49 * 3 + 4 * 90));
static_assert(figures_of(rest_pause(2, {8, 3, 3})).duration == figure::exactly(2 * (14 * 3 + 2 * 15) + 90));
static_assert(figures_of(drop_set(straight_sets(4, 8), 2)).time_under_tension == figure::exactly(4 * (3 * 24 + 20)));
static_assert(!figures_of(drop_set(straight_sets(4, 8), 2)).total_reps.known);
static_assert(figures_of(straight_sets(3, 10).at(load::percent_of_1rm(80))).volume_unit == load_kind::none);
constexpr auto tri = figures_of(tri_set({squat, lunge, calf}));
static_assert(tri.total_sets == 9);
static_assert(tri.total_reps == figure::exactly(30 + 72 + 45));
static_assert(tri.duration == figure::exactly((30 + 72 + 45) * 3 + 2 * 90));  // no rest inside a round

// Figures past 2^32 stay exact, and past 2^64 say so, in constant evaluation too
// (the checked steps use builtins that both compilers evaluate at compile time).
// 99x9999 @6553.5kg: 6,487,316,203.5 kg (it once wrapped to 44,865,259.5).
static_assert(figures_of(straight_sets(99, 9999).at(load::kilograms(6553, 5))).volume_load == figure::exactly(64873162035));
static_assert(figures_of(straight_sets(99, quantity::reps(100, 9999).per_leg()).at(load::kilograms(6553, 5))).volume_load ==
              figure::between(1297593000, 129746324070));
constexpr figure_defaults slowest{0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF};
constexpr auto huge = figures_of(straight_sets(65535, 65535).plus_drops(255).with(pause{65535, 1, hold_position::bottom}), slowest);
static_assert(huge.time_under_tension.state() == figure_state::over_the_limit);
static_assert(!huge.time_under_tension.known && huge.time_under_tension.max == 0);
static_assert(huge.duration == figure::over_limit());
static_assert((figure::exactly(~std::uint64_t{0}) + figure::exactly(1)).state() == figure_state::over_the_limit);

// SetScheme: any type that converts to a set_scheme works with checked() and figures_of().
struct five_by_five {
  [[nodiscard]] constexpr set_scheme to_set_scheme() const noexcept { return straight_sets(5, 5).at(load::percent_of_1rm(80)); }
};
static_assert(SetScheme<five_by_five>);
static_assert(SetScheme<set_scheme>);
static_assert(!SetScheme<int>);
static_assert(checked(five_by_five{}).sets == 5);
static_assert(figures_of(five_by_five{}).total_reps == figure::exactly(25));

// A rest line lasts its rest.
static_assert(figures_of(block{block_role::none, 0, 0, time_unit::minute, block_content::rest, {}, {}, rest::of(seconds(90))})
                  .duration == figure::exactly(90));
}  // namespace
