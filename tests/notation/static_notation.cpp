// The notation in constant evaluation: parsing, formatting, literals and the
// round trip, checked by static_assert (building this file is the test).
#include "generator.hpp"
#include <sinew/notation.hpp>

namespace {
using namespace sinew;
using namespace sinew::literals;

// Parsing works in constexpr and gives the values the text names.
constexpr auto tempo_line = parse_scheme("3x15 @301");
static_assert(tempo_line.has_value());
static_assert(tempo_line->sets == 3 && tempo_line->per_set == quantity::reps(15));
static_assert(tempo_line->tempo == tempo::of(3, 0, 1));
static_assert(parse_scheme("3×15")->sets == 3);
static_assert(parse_scheme("3x10-12/leg")->per_set == quantity::reps(10, 12).per_leg());
static_assert(*parse_scheme("pyramid 15,12,10,8,4") == pyramid({15, 12, 10, 8, 4}));
static_assert(*parse_scheme("double pyramid 20,15,12,8,12,15,20") == double_pyramid({20, 15, 12, 8, 12, 15, 20}));
static_assert(*parse_scheme("4x8 + 2 drops") == drop_set(straight_sets(4, 8), 2));
static_assert(*parse_scheme("strip from 5RM") == strip_sets(5));
static_assert(parse_scheme("3x5 @80%")->load == load::percent_of_1rm(80));
static_assert(parse_scheme("3x8 @RPE8")->load == load::rpe(8));
static_assert(parse_scheme("3x25 pause 5s every 5th")->pause == pause{5, 5, hold_position::bottom});

// Errors in constexpr: the position and the sentence.
static_assert(!parse_scheme("3x12-8").has_value());
static_assert(parse_scheme("3x12-8").error().position == 2);
static_assert(parse_scheme("3x12-8").error().message == rule_text(rule::rep_range_inverted));
static_assert(parse_scheme("pyramid 15,12,13").error().position == 14);
static_assert(parse_scheme("3x15 @3X1").error().message == rule_text(rule::tempo_explosive_out_of_place));

// Literals: the variable template and the user-defined literal agree.
constexpr auto literal = scheme<"3x15 @301">;
static_assert(literal == *tempo_line);
static_assert("3x15 @301"_scheme == literal);
static_assert(line<"warm-up 10-15min">.role == block_role::warm_up);
constexpr auto tri = line<"tri-set: A squat 3x10; B lunge 3x12/leg; C calf raise 3x15">;
static_assert(tri.group.size == 3 && tri.group.entries[2].exercise == "calf raise");

// Formatting in constexpr.
static_assert(format(literal) == "3x15 @301");
static_assert(format(tri) == "tri-set: A squat 3x10; B lunge 3x12/leg; C calf raise 3x15");
static_assert(format(*parse_scheme("5 sets of 12-15 reps per leg @RPE 8.5 rest 2 min")) == "5x12-15/leg @RPE8.5 rest 2min");

// The round trip holds in constant evaluation too (a sample of the run-time property).
constexpr bool round_trips(std::uint64_t seed, int count) {
  sinew_test::rng r{seed};
  for (int i = 0; i != count; ++i) {
    const auto s = sinew_test::any_scheme(r);
    const auto text = format(s);
    const auto back = parse_scheme(text.view());
    if (!back.has_value() || !(*back == s)) return false;
  }
  return true;
}
static_assert(round_trips(0x5EEDF00DULL, 64));

// A grouping built in code whose name the scheme would absorb if written bare
// ("warm-up" + "ramp 10,8,5" reads as the scheme "warm-up ramp") is written
// with the name quoted, and reads back; a name that needs no quotes gets none.
// (check() and parse_grouping of a whole valid grouping do not evaluate as
// constants under g++, so the round trip itself is checked in quoted_names_test.cpp.)
constexpr grouping built_ramp = superset({{"warm-up", warm_up_ramp({10, 8, 5})}, {"lunge", straight_sets(3, 10)}});
static_assert(format(built_ramp).view() == text_view("superset: A \"warm-up\" ramp 10,8,5; B lunge 3x10"));
static_assert(!detail::bare_name_reads_back("warm-up", warm_up_ramp({10, 8, 5}), 1));
static_assert(detail::bare_name_reads_back("squat", warm_up_ramp({10, 8, 5}), 1));
constexpr grouping built_tempo = superset({{"squat", straight_sets(3, 10)}, {"leg press 8 tempo", straight_sets(10, 5)}});
static_assert(format(built_tempo).view() == text_view("superset: A squat 3x10; B \"leg press 8 tempo\" 10x5"));
// A '"' is never part of a name, so a quoted one needs no escapes.
static_assert(check(superset({{"12\" box jump", straight_sets(3, 10)}, {"lunge", straight_sets(3, 10)}})).rule ==
              rule::exercise_name_malformed);

// The forms of public programs, in constant evaluation too.
static_assert(parse_scheme("3x5+")->last_set_amap);
static_assert(parse_scheme("5,3,1+ @75,85,95%")->set_load_count == 3);
static_assert(parse_scheme("5,3,1+ @75,85,95%")->set_loads[2] == 950);
static_assert(parse_scheme("pyramid 12,10,8/leg")->listed_side == rep_count::per_leg);
static_assert(parse_scheme("4x8 @80kg + drops 60,45,30kg")->drop_loads[1] == 450);
static_assert(parse_scheme("3x10 @bw+20kg")->load == load::bodyweight_plus_kilograms(20));
static_assert(*parse_scheme("EMOM 10min: 5") == every(minutes(1), minutes(10), quantity::reps(5)));
static_assert(*parse_scheme("3 sets x 12 reps, rest 90s") == straight_sets(3, 12).resting(seconds(90)));
static_assert(parse_scheme("AMRAP")->per_set.kind == quantity_kind::amap);
static_assert(format(*parse_scheme("5, 3, 1+ @75, 85, 95 %")).view() == text_view("pyramid 5,3,1+ @75,85,95%"));
}  // namespace
