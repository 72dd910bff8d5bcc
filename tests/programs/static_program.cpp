// A program written in C++ is a constant: built, read and checked at compile time.
#include <sinew/sinew.hpp>

namespace {
using namespace sinew;

constexpr program_limits small{.weeks = 2, .sessions = 4, .blocks = 6, .entries = 10, .groupings = 2};
using small_builder = basic_program_builder<small>;

constexpr set_scheme four_by_eight_twelve = straight_sets(4, quantity::reps(8, 12));
constexpr set_scheme three_by_fifteen = straight_sets(3, 15);

constexpr auto lower = [] {
  small_builder b{"Lower"};
  b.week(1)
      .day(weekday::monday, "Glutes")
      .block(block_role::warm_up, 10, 15)
      .add(bodyweight_deep_squat, straight_sets(2, 10))
      .block(block_role::working)
      .add(hip_thrust, four_by_eight_twelve)
      .label(1)
      .group(grouping_kind::superset, {{leg_extension, three_by_fifteen}, {lying_leg_curl, three_by_fifteen}},
             rest::of(seconds(90)))
      .day(weekday::thursday, "Calves")
      .add(seated_calf_raise, three_by_fifteen);
  return b.build();
}();

static_assert(lower.has_value());
constexpr const auto& p = *lower;
static_assert(p.name == "Lower");
static_assert(p.weeks().size() == 1 && p.sessions().size() == 2 && p.blocks().size() == 3);
static_assert(p.entries().size() == 5 && p.groupings().size() == 1);
// Monday's session: a warm-up block of one entry, a working block of three.
static_assert(p.sessions(p.weeks()[0])[0].title == "Glutes");
static_assert(p.blocks(p.sessions()[0]).size() == 2);
static_assert(p.blocks()[0].role == block_role::warm_up && p.blocks()[0].min_length == 10 &&
              p.blocks()[0].max_length == 15);
static_assert(p.entries(p.blocks()[1]).size() == 3);
static_assert(p.entries()[1].exercise == exercise_id{hip_thrust} && p.entries()[1].label == coach_label{1, 0});
// The superset's two entries point at it, and it at them.
static_assert(p.grouping_of(p.entries()[2]) == &p.groupings()[0] && p.grouping_of(p.entries()[3]) == &p.groupings()[0]);
static_assert(p.grouping_of(p.entries()[1]) == nullptr);
static_assert(p.entries(p.groupings()[0])[1].exercise == exercise_id{lying_leg_curl});
static_assert(p.groupings()[0].between_rounds == rest::of(seconds(90)));
// A session opened with no block gets a working block; days are 72 h apart.
static_assert(p.blocks()[2].role == block_role::working);
static_assert(p.day_number(p.sessions()[1]) - p.day_number(p.sessions()[0]) == 3);
static_assert(checked(p) == p);

// A list of exercises alone is one session on day 1 of week 1.
constexpr auto bare = [] {
  small_builder b;
  b.add(goblet_squat, three_by_fifteen);
  return *b.build();
}();
static_assert(bare.weeks()[0].number == 1 && bare.sessions()[0].day == 1 && bare.blocks()[0].role == block_role::working);

// Week 2 Monday is 7 days after week 1 Monday.
constexpr auto two_weeks = [] {
  small_builder b;
  b.week(1).day(1).add(goblet_squat, three_by_fifteen).week(2).day(1).add(goblet_squat, three_by_fifteen);
  return *b.build();
}();
static_assert(two_weeks.day_number(two_weeks.sessions()[1]) == 7);
static_assert(&two_weeks.week_of(two_weeks.sessions()[1]) == &two_weeks.weeks()[1]);

// Each rule a program keeps, read as an error value in constant evaluation.
template <class F>
constexpr text_view broken_rule(F write) {
  small_builder b;
  write(b);
  return check(b.peek()).rule;
}
static_assert(broken_rule([](small_builder& b) { b.week(0).add(goblet_squat, three_by_fifteen); }) == "week_number_zero");
static_assert(broken_rule([](small_builder& b) {
                b.week(2).add(goblet_squat, three_by_fifteen).week(1).add(goblet_squat, three_by_fifteen);
              }) == "weeks_out_of_order");
static_assert(broken_rule([](small_builder& b) { b.day(8).add(goblet_squat, three_by_fifteen); }) == "day_outside_week");
static_assert(broken_rule([](small_builder& b) {
                b.day(3).add(goblet_squat, three_by_fifteen).day(2).add(goblet_squat, three_by_fifteen);
              }) == "days_out_of_order");
static_assert(broken_rule([](small_builder& b) { b.day(1).day(2).add(goblet_squat, three_by_fifteen); }) == "session_empty");
static_assert(broken_rule([](small_builder& b) { b.block(block_role::warm_up).block(block_role::working).add(goblet_squat, three_by_fifteen); }) ==
              "block_empty");
static_assert(broken_rule([](small_builder& b) { b.add(exercise_id{999}, three_by_fifteen); }) == "exercise_not_in_catalog");
static_assert(broken_rule([](small_builder& b) { b.add(goblet_squat, straight_sets(0, 15)); }) == "zero_sets");
static_assert(broken_rule([](small_builder& b) { b.add(wall_sit, three_by_fifteen); }) == "isometric_takes_time");
static_assert(broken_rule([](small_builder& b) {
                b.group(grouping_kind::tri_set, {{leg_extension, three_by_fifteen}, {lying_leg_curl, three_by_fifteen}});
              }) == "tri_set_size");
static_assert(broken_rule([](small_builder& b) {
                b.group(grouping_kind::superset, {{leg_extension, three_by_fifteen}, {lying_leg_curl, three_by_fifteen}},
                        {}, rest::of(seconds(30)));
              }) == "rest_inside_grouping");
static_assert(broken_rule([](small_builder& b) { b.block(block_role::warm_up, 15, 10).add(goblet_squat, three_by_fifteen); }) ==
              "block_range_inverted");

// The check reads the catalog it is given: a user's catalog of one exercise.
// Its exercise 0 is a goblet squat; in the built-in catalog, 0 is the back squat.
constexpr exercise_record mine[] = {info(exercise_id{goblet_squat})};
constexpr auto on_mine = [] {
  small_builder b;
  b.add(exercise_id{0}, three_by_fifteen);
  return b.build(mine);
}();
static_assert(on_mine.has_value() && check(*on_mine, mine).ok());
static_assert(!bare.entries().empty() && check(bare, mine).rule == "exercise_not_in_catalog");
static_assert(check(two_weeks, span<const exercise_record>{}).rule == "exercise_not_in_catalog");

// Progressions: a program of one written week runs for 4; weeks 2-4 are week 1
// progressed. The hip thrust adds 2.5 kg a week from 100 kg: week 3 is 105 kg.
// The goblet squat has no progression: every week repeats it.
constexpr auto progressing = [] {
  small_builder b{"Linear"};
  b.add(hip_thrust, straight_sets(3, 10).at(load::kilograms(100)))
      .add(goblet_squat, three_by_fifteen)
      .progress(hip_thrust, linear_load({25, load_step::unit_kind::tenths}, progression_period::week))
      .runs_for(4);
  return *b.build();
}();
static_assert(progressing.length() == 4 && progressing.stated_length() == 4 && progressing.weeks().size() == 1);
static_assert(progressing.progression_of(hip_thrust) != nullptr && progressing.progression_of(goblet_squat) == nullptr);
constexpr auto week3 = week_of(progressing, 3);
static_assert(week3.has_value() && week3->weeks()[0].number == 3);
static_assert(week3->entries()[0].scheme.load == load::kilograms(105));
static_assert(week3->entries()[1].scheme == three_by_fifteen);
static_assert(*week_of(progressing, 1) == [] {
  small_builder b{"Linear"};
  b.add(hip_thrust, straight_sets(3, 10).at(load::kilograms(100)))
      .add(goblet_squat, three_by_fifteen)
      .progress(hip_thrust, linear_load({25, load_step::unit_kind::tenths}, progression_period::week));
  return b.peek();
}());
static_assert(!week_of(progressing, 5).has_value() && !week_of(progressing, 0).has_value());
// A program whose first written week is week 3 has no weeks 1 and 2 to compute
// (the weeks counted from it would run backwards).
constexpr auto from_week3 = [] {
  small_builder b;
  b.week(3).add(hip_thrust, straight_sets(3, 10).at(load::kilograms(100)))
      .progress(hip_thrust, linear_load({25, load_step::unit_kind::tenths}, progression_period::week))
      .runs_for(5);
  return *b.build();
}();
static_assert(!week_of(from_week3, 1).has_value() && !week_of(from_week3, 2).has_value());
// Without a progression, a week before the first would otherwise be a copy of it.
constexpr auto plain_from_week3 = [] {
  small_builder b;
  b.week(3).add(goblet_squat, three_by_fifteen).runs_for(4);
  return *b.build();
}();
static_assert(!week_of(plain_from_week3, 1).has_value() && week_of(plain_from_week3, 4).has_value());
static_assert(week_of(from_week3, 3)->entries()[0].scheme.load == load::kilograms(100));
static_assert(week_of(from_week3, 5)->entries()[0].scheme.load == load::kilograms(105));
// A written week is as written, and groupings keep their shape and labels.
static_assert(week_of(p, 1)->entries(p.groupings()[0]).size() == 2);
static_assert(*week_of(p, 1) == p);
// One progression per exercise.
static_assert(broken_rule([](small_builder& b) {
                b.add(goblet_squat, three_by_fifteen)
                    .progress(goblet_squat, linear_load({25, load_step::unit_kind::tenths}))
                    .progress(goblet_squat, linear_load({50, load_step::unit_kind::tenths}));
              }) == "progression_twice");

}  // namespace

int main() {}
