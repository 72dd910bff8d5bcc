// The notation's forms (issue 4's list), their canonical spelling, the values
// they read as, and the errors: position and "expected ..." sentence.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>

#include <sinew/notation.hpp>

using namespace std::literals;
using sinew::quantity;
using sinew::quantity_kind;

namespace {
std::string canon(std::string_view text) {
  const auto r = sinew::parse(text);
  if (!r) return "ERROR " + std::string(r.error().message) + " @" + std::to_string(r.error().position);
  return std::string(sinew::format(*r).view());
}
}  // namespace

TEST_CASE("every form of the issue reads and prints canonically") {
  struct form {
    std::string_view text, canonical;
  };
  constexpr std::array forms{
      form{"3x15", "3x15"},
      form{"3×15", "3x15"},
      form{"4x8-12", "4x8-12"},
      form{"3x10-12/leg", "3x10-12/leg"},
      form{"3x20 steps", "3x20 steps"},
      form{"3x15 hold 2s", "3x15 hold 2s"},
      form{"3x20 @321", "3x20 @321"},
      form{"3x25 pause 5s every 5th", "3x25 pause 5s every 5th"},
      form{"pyramid 15,12,10,8,4", "pyramid 15,12,10,8,4"},
      form{"double pyramid 20,15,12,8,12,15,20", "double pyramid 20,15,12,8,12,15,20"},
      form{"5x fail 12-15", "5x fail 12-15"},
      form{"4x8 + 2 drops", "4x8 + 2 drops"},
      form{"strip from 5RM", "strip from 5RM"},
      form{"150 non-stop", "150 non-stop"},
      form{"3x50yd", "3x50yd"},
      form{"AMAP", "AMAP"},
      form{"30s hold", "30s hold"},
      form{"3x5 @80%", "3x5 @80%"},
      form{"3x8 @RPE8", "3x8 @RPE8"},
      form{"rest 90s", "rest 90s"},
      form{"tri-set: A lateral single-leg cable glute raise 3x15 hold 2s; B toes-out dumbbell RDL 3x12 hold 2s; "
           "C toes-out banded glute raise 3x15 hold 2s",
           "tri-set: A lateral single-leg cable glute raise 3x15 hold 2s; B toes-out dumbbell RDL 3x12 hold 2s; "
           "C toes-out banded glute raise 3x15 hold 2s"},
  };
  for (const auto& f : forms) {
    CAPTURE(f.text);
    CHECK(canon(f.text) == f.canonical);
    CHECK(canon(f.canonical) == f.canonical);  // the canonical form is a fixed point
  }
}

TEST_CASE("other spellings coaches use read as the same value") {
  struct pair {
    std::string_view a, b;
  };
  constexpr std::array same{
      pair{"3 X 15", "3x15"},
      pair{"4 sets of 8-12 reps", "4x8-12"},
      pair{"3 sets of 10-12 reps per leg", "3x10-12/leg"},
      pair{"3x10-12 each leg", "3x10-12/leg"},
      pair{"3x10 per side", "3x10/side"},
      pair{"pyramid 15/12/10/8/4", "pyramid 15,12,10,8,4"},
      pair{"PYRAMID 15, 12, 10, 8, 4 reps", "pyramid 15,12,10,8,4"},
      pair{"4x8 + double drop-set each set", "4x8 + 2 drops"},
      pair{"4x8 + drop set", "4x8 + 1 drop"},
      pair{"4x8 + triple dropset", "4x8 + 3 drops"},
      pair{"4x8 + 2 drops 20%", "4x8 + 2 drops -20%"},
      pair{"3x50 yds", "3x50yd"},
      pair{"3x50 yards", "3x50yd"},
      pair{"2x400 m", "2x400m"},
      pair{"30 seconds", "30s hold"},
      pair{"3x1 min hold", "3x1min hold"},
      pair{"3x15 tempo 301", "3x15 @301"},
      pair{"3x15 @ 30X1", "3x15 @30X1"},
      pair{"3x8 NO TEMPO", "3x8 no tempo"},
      pair{"3x25 pause 5 count every 5th rep at the bottom", "3x25 pause 5s every 5th"},
      pair{"3x12 hold 2 seconds at the top", "3x12 hold 2s"},
      pair{"3x12 stretch-squeeze 3s", "3x12 stretch and squeeze 3s"},
      pair{"5 sets to technical failure between 12 and 15 reps", "5x fail 12-15"},
      pair{"150 reps nonstop", "150 non-stop"},
      pair{"3x5 @80% 1RM", "3x5 @80%"},
      pair{"3x5 @ RPE 8.5", "3x5 @RPE8.5"},
      pair{"3x5 @100 kg", "3x5 @100kg"},
      pair{"3x5 @225lbs", "3x5 @225lb"},
      pair{"3xAMAP @bodyweight", "3xAMAP @bw"},
      pair{"rest pause 8+3+3 15 sec", "rest-pause 8+3+3 15s"},
      pair{"warm up ramp 10, 8, 5, 3", "ramp 10,8,5,3"},
      pair{"warm-up 10–15 minutes", "warm-up 10-15min"},
      pair{"Main 60-75 min", "working 60-75min"},
      pair{"cooldown 10-15 mins", "cool-down 10-15min"},
      pair{"trisets: 1A. squat 3x10 1B. lunge 3x12/leg 1C. calf raise 3x15", "tri-set: A squat 3x10; B lunge 3x12/leg; C calf raise 3x15"},
      pair{"circuit: A. squat 3x10; B) lunge 3x12/leg; rest 15s between exercises; rest 2min",
           "circuit: A squat 3x10; B lunge 3x12/leg; rest 15s between exercises; rest 2min"},
  };
  for (const auto& p : same) {
    CAPTURE(p.a);
    CHECK(canon(p.a) == canon(p.b));
  }
  CHECK(canon("trisets: 1A. squat 3x10 1B. lunge 3x12/leg 1C. calf raise 3x15").rfind("ERROR", 0) == std::string::npos);
}

TEST_CASE("parsed values carry what the text says") {
  const auto s = sinew::parse_scheme("3x10-12/leg @62.5kg @30X1 hold 2s bottom pause 3s every 4th top stretch and squeeze 2s rest 2min");
  REQUIRE(s);
  CHECK(s->sets == 3);
  CHECK(s->per_set == quantity::reps(10, 12).per_leg());
  CHECK(s->load == sinew::load::kilograms(62, 5));
  CHECK(s->tempo == sinew::tempo::of(3, 0, sinew::tempo::explosive, 1));
  CHECK(s->hold == sinew::hold{2, sinew::hold_position::bottom});
  CHECK(s->pause == sinew::pause{3, 4, sinew::hold_position::top});
  CHECK(s->stretch_and_squeeze == 2);
  CHECK(s->rest_after == sinew::rest::of(sinew::minutes(2)));

  const auto d = sinew::parse_scheme("double pyramid 20,15,12,8,12,15,20");
  REQUIRE(d);
  CHECK(d->kind == sinew::scheme_kind::double_pyramid);
  CHECK(d->sets == 7);
  CHECK(*d == sinew::double_pyramid({20, 15, 12, 8, 12, 15, 20}));

  CHECK(*sinew::parse_scheme("4x8 + double drop-set") == sinew::drop_set(sinew::straight_sets(4, 8), 2));
  CHECK(*sinew::parse_scheme("strip from 5RM") == sinew::strip_sets(5));
  CHECK(*sinew::parse_scheme("5x fail 12-15") == sinew::sets_to_failure(5, 12, 15));
  CHECK(*sinew::parse_scheme("2x cluster 2+2+2+2 20s") == sinew::cluster(2, {2, 2, 2, 2}, sinew::rest::of(sinew::seconds(20))));
  CHECK(sinew::parse_scheme("150 non-stop")->per_set == quantity::non_stop(150));
  CHECK(sinew::parse_scheme("3x50yd")->per_set == quantity::of(sinew::yards(50)));
  CHECK(sinew::parse_scheme("30s hold")->per_set == quantity::of(sinew::seconds(30)));
  CHECK(sinew::parse_scheme("3x8 @RIR2")->load == sinew::load::reps_in_reserve(2));
  CHECK(sinew::parse_scheme("3x8 @band")->load == sinew::load::band());
  CHECK(sinew::parse_scheme("pyramid 15,12,10 @heavier")->load == sinew::load::heavier_than_last_set());

  const auto b = sinew::parse("priming tri-set: A squat 3x10; B lunge 3x12/leg; C calf raise 3x15");
  REQUIRE(b);
  CHECK(b->role == sinew::block_role::priming);
  CHECK(b->content == sinew::block_content::grouping);
  CHECK(b->group.kind == sinew::grouping_kind::tri_set);
  CHECK(b->group.size == 3);
  CHECK(b->group.entries[1].exercise == "lunge");
  CHECK(b->group.entries[1].scheme == sinew::straight_sets(3, quantity::reps(12).per_leg()));

  const auto w = sinew::parse("warm-up 10-15min");
  REQUIRE(w);
  CHECK(w->role == sinew::block_role::warm_up);
  CHECK(w->min_length == 10);
  CHECK(w->max_length == 15);
  CHECK(w->content == sinew::block_content::none);
}

TEST_CASE("errors give the byte position and what was expected") {
  struct bad {
    std::string_view text;
    std::size_t position;
    std::string_view message;
  };
  constexpr std::array bads{
      bad{"", 0, "sinew: expected a set scheme (3x15, 4x8-12, pyramid 15,12,10, AMAP, 30s hold, ...)"},
      bad{"   ", 3, "sinew: expected a set scheme (3x15, 4x8-12, pyramid 15,12,10, AMAP, 30s hold, ...)"},
      bad{"3x", 2, "sinew: expected reps (15, 8-12), AMAP, fail, a distance (50yd) or a time (30s) after the sets"},
      bad{"3x15 foo", 5, "sinew: expected a modifier (@load, @tempo, no tempo, hold, pause, stretch and squeeze, rest) or the end"},
      bad{"3x15 @", 6, "sinew: expected a tempo (301, 30X1) or a load (80%, RPE8, RIR2, 100kg, 225lb, bw, band, heavier) after '@'"},
      bad{"3x15 @3010X", 6, "sinew: a tempo has 3 or 4 digits (eccentric, pause, concentric, pause)"},
      bad{"3x15 @3X1", 7, "sinew: X (explosive) belongs only in the concentric digit of a tempo"},
      bad{"3x15 @X01", 6, "sinew: X (explosive) belongs only in the concentric digit of a tempo"},
      bad{"3x15 @80", 6, "sinew: a tempo has 3 or 4 digits (eccentric, pause, concentric, pause)"},
      bad{"3x15 @80kgs!", 11, "sinew: expected a modifier (@load, @tempo, no tempo, hold, pause, stretch and squeeze, rest) or the end"},
      bad{"3x12-8", 2, "sinew: a rep range's minimum must not exceed its maximum"},
      bad{"0x10", 0, "sinew: a scheme has at least one set"},
      bad{"3x0", 2, "sinew: a set has at least one rep"},
      bad{"3x12345", 2, "sinew: a count, time or distance in a scheme is at most 9999"},
      bad{"3x00012", 2, "sinew: expected a number of at most 4 digits"},
      bad{"pyramid 15,12,12,8", 14, "sinew: a pyramid's reps go down from set to set"},
      bad{"pyramid 15", 0, "sinew: a pyramid or ramp lists at least two sets (a double pyramid three)"},
      bad{"reverse pyramid 4,8,6", 20, "sinew: a reverse pyramid's reps go up from set to set"},
      bad{"double pyramid 20,15,12,15,12", 27, "sinew: a double pyramid's reps go down to one lowest set and back up"},
      bad{"double pyramid 8,12,15", 15, "sinew: a double pyramid's reps go down to one lowest set and back up"},
      bad{"pyramid 17,16,15,14,13,12,11,10,9,8,7,6,5,4,3,2,1", 48, "sinew: a scheme lists at most 16 sets"},
      bad{"ramp 5,8", 7, "sinew: a warm-up ramp's reps never go up"},
      bad{"4x8 + 2 drops +10%", 15, "sinew: a drop set's load falls with every drop"},
      bad{"4x8 + 9 drops", 6, "sinew: a drop set has 1 to 8 drops"},
      bad{"4x8 + 2 drops -100%", 15, "sinew: a drop takes off less than 100% of the load"},
      bad{"pyramid 15,12 + 2 drops", 14, "sinew: drops follow straight sets (4x8 + 2 drops)"},
      bad{"4x8 + 2", 7, "sinew: expected drops after '+' (+ 2 drops, + double drop-set)"},
      bad{"3x5 @120%", 4, "sinew: a percentage of 1RM runs from 1% to 100%"},
      bad{"3x5 @RPE11", 4, "sinew: RPE runs from 1 to 10"},
      bad{"3x5 @0kg", 4, "sinew: a load in kg or lb is above zero"},
      bad{"3x5 @80.5 stone", 10, "sinew: expected a load unit (kg, lb or %)"},
      bad{"3x5 @80 stone", 5, "sinew: a tempo has 3 or 4 digits (eccentric, pause, concentric, pause)"},
      bad{"3x25 pause 5s", 13, "sinew: expected 'every' and a rep number (pause 5s every 5th)"},
      bad{"3x4 pause 5s every 5th", 4, "sinew: a pause every n-th rep needs at least n reps in the set"},
      bad{"3x15 hold", 9, "sinew: expected seconds (2s)"},
      bad{"3x15 hold 0s", 5, "sinew: a hold or pause lasts at least one second"},
      bad{"3x15 rest", 9, "sinew: expected a time (90s, 2min)"},
      bad{"3x15 rest 90", 12, "sinew: expected a time (90s, 2min)"},
      bad{"3x15 @301 @321", 10, "sinew: expected each modifier at most once"},
      bad{"strip from 5", 12, "sinew: expected a rep max (strip from 5RM)"},
      bad{"strip from 0RM", 11, "sinew: strip sets start from a rep max of at least 1 rep (strip from 5RM)"},
      bad{"rest-pause 8", 0, "sinew: a rest-pause or cluster set has 2 to 16 mini-sets"},
      bad{"double 20,15", 6, "sinew: expected 'pyramid'"},
      bad{"tri-set A squat 3x10", 7, "sinew: expected ':' after the grouping's kind (tri-set: A ...; B ...; C ...)"},
      bad{"tri-set: A squat 3x10; B lunge 3x10", 0, "sinew: a tri-set has exactly three exercises"},
      bad{"superset: A squat 3x10; B lunge 3x10; C curl 3x10", 0, "sinew: a superset pairs exactly two exercises"},
      bad{"compound set: A leg extension 3x20", 0, "sinew: a compound set pairs exactly two exercises"},
      bad{"giant set: A a 3x1; B b 3x1; C c 3x1", 0, "sinew: a giant set has at least four exercises"},
      bad{"circuit: A squat 3x10", 0, "sinew: a circuit has at least two exercises"},
      bad{"superset: A squat 3x10; B lunge 3x10; rest 30s between exercises", 0, "sinew: only a circuit rests between its exercises"},
      bad{"superset: A 3x10; B lunge 3x10", 12, "sinew: every exercise in a grouping has a name"},
      bad{"superset: A squat; B lunge 3x10", 17, "sinew: expected an exercise name followed by its sets (A squat 3x10)"},
      bad{"superset: A squat 3x12-8; B lunge 3x10", 20, "sinew: a rep range's minimum must not exceed its maximum"},
      bad{"superset: A squat 3x10; rest 90s; B lunge 3x10", 34, "sinew: expected a rest clause (rest 90s, rest 15s between exercises)"},
      bad{"circuit: A a 1x1; B b 1x1; C c 1x1; D d 1x1; E e 1x1; F f 1x1; G g 1x1; H h 1x1; I i 1x1", 83, "sinew: a grouping holds at most 8 exercises"},
      bad{"warm-up 15-10min", 8, "sinew: a block's duration range must not have its minimum above its maximum"},
      bad{"warm-up 10min 3x", 16, "sinew: expected reps (15, 8-12), AMAP, fail, a distance (50yd) or a time (30s) after the sets"},
      bad{"rest 90s please", 9, "sinew: expected the end of the text"},
  };
  for (const auto& b : bads) {
    CAPTURE(b.text);
    const auto r = sinew::parse(b.text);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message == b.message);
    CHECK(r.error().position == b.position);
  }
}

TEST_CASE("the run-time error of a broken rule is the sentence of the rule") {
  const auto r = sinew::validate(sinew::pyramid({15, 12, 12}));
  REQUIRE_FALSE(r);
  const auto p = sinew::parse_scheme("pyramid 15,12,12");
  REQUIRE_FALSE(p);
  CHECK(r.error().message == p.error().message);
  CHECK(sinew::rule_text(sinew::rule::pyramid_not_down) == p.error().message);
}

TEST_CASE("format_to writes into a caller's buffer and stops at its end") {
  const auto s = sinew::straight_sets(3, 15).with(sinew::tempo::of(3, 0, 1));
  std::array<char, 32> big{};
  char* end = sinew::format_to(big.data(), big.data() + big.size(), s);
  CHECK(std::string_view(big.data(), static_cast<std::size_t>(end - big.data())) == "3x15 @301");
  std::array<char, 4> small{};
  end = sinew::format_to(small.data(), small.data() + small.size(), s);
  CHECK(end == small.data() + small.size());
  CHECK(std::string_view(small.data(), 4) == "3x15");
}

TEST_CASE("keywords are case-insensitive and blanks are free") {
  CHECK(canon("  PYRAMID   15 ,12 , 10   ") == "pyramid 15,12,10");
  CHECK(canon("3X15 @301 REST 90S") == "3x15 @301 rest 90s");
  CHECK(canon("3x15\t@301") == "3x15 @301");
}

TEST_CASE("fuzzer findings stay fixed") {
  // A coach label glued to the name ("1A.Leg") is still a label, never part of a name.
  const auto glued = sinew::parse("compound set: 1A.Leg extension 3x20 @321 1B. Deep squat 3x25");
  REQUIRE(glued);
  CHECK(glued->group.entries[0].exercise == "Leg extension");
  CHECK(*sinew::parse(sinew::format(*glued).view()) == *glued);
  // A name may not hold '@': "5@" followed by "23x 5" would read back as "5 @23X5".
  const auto at = sinew::parse("circuit: A a 3s; B 5@ 23x 5");
  REQUIRE_FALSE(at);
  CHECK(at.error().message == sinew::rule_text(sinew::rule::exercise_name_malformed));
  // A name may not end in words its canonical scheme would absorb: one timed set
  // is written "56s", so "squat 18x" + "1x 56s" would read back as "squat" + 18x56s.
  const auto absorbed = sinew::parse("circuit: A squat 18x 1x 56s; B lunge 3x10");
  REQUIRE_FALSE(absorbed);
  CHECK(absorbed.error().message == sinew::rule_text(sinew::rule::exercise_name_joins_scheme));
  CHECK(absorbed.error().position == 17);
  // Names that merely hold numbers or scheme words are fine.
  for (const char* line : {"superset: A 21s 3x21; B lunge 3x10", "circuit: A leg reverse pyramid 15,12,10; B lunge 3x10",
                           "superset: A 2 step stairs 3x10; B lunge 3x10"}) {
    CAPTURE(line);
    const auto ok = sinew::parse(line);
    REQUIRE(ok);
    CHECK(*sinew::parse(sinew::format(*ok).view()) == *ok);
  }
}
