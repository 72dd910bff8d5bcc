// Messages that tell the truth, as classes: every numeric field of the grammar
// at its limit (read) and one past it (refused with the sentence that states
// the limit); every field where zero is not allowed (its own sentence, never
// "minimum above its maximum"); every value a user can write that equals the
// value's "not stated" (kept, or refused, never dropped); every length limit
// applied while reading (multi-megabyte inputs fail at the limit's byte); and
// error positions in multi-line text, with `locate` turning them into lines
// and columns.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include <sinew/notation.hpp>

namespace {
std::string message_of(std::string_view text) {
  const auto r = sinew::parse(text);
  return r ? std::string("(reads)") : std::string(r.error().message);
}
}  // namespace

TEST_CASE("every numeric field: at its limit it reads, one past it the message states the limit") {
  struct field {
    const char* name;
    std::string_view at_limit, over;
    sinew::rule rule;
    std::size_t position;
    std::string_view limit;  ///< the limit as the message writes it
  };
  using sinew::rule;
  const field fields[] = {
      {"sets", "99x10", "100x10", rule::too_many_sets, 0, "99"},
      {"sets, five digits", "99x10", "12345x10", rule::too_many_sets, 0, "99"},
      {"sets, in words", "99 sets of 10", "100 sets of 10", rule::too_many_sets, 0, "99"},
      {"sets of rest-pause", "99x rest-pause 8+3", "100x rest-pause 8+3", rule::too_many_sets, 0, "99"},
      {"reps", "3x9999", "3x10000", rule::number_too_large, 2, "9999"},
      {"reps alone", "9999", "10000", rule::number_too_large, 0, "9999"},
      {"top of a rep range", "3x8-9999", "3x8-10000", rule::number_too_large, 4, "9999"},
      {"steps", "3x9999 steps", "3x10000 steps", rule::number_too_large, 2, "9999"},
      {"non-stop total", "9999 non-stop", "10000 non-stop", rule::number_too_large, 0, "9999"},
      {"distance", "3x9999m", "3x10000m", rule::number_too_large, 2, "9999"},
      {"timed set", "3x9999s hold", "3x10000s hold", rule::number_too_large, 2, "9999"},
      {"failure target", "5x fail 12-9999", "5x fail 12-10000", rule::number_too_large, 11, "9999"},
      {"listed reps", "ramp 9999,1", "ramp 10000,1", rule::number_too_large, 5, "9999"},
      {"mini-set reps", "rest-pause 9999+1", "rest-pause 10000+1", rule::number_too_large, 11, "9999"},
      {"rest between mini-sets", "rest-pause 8+3 9999s", "rest-pause 8+3 10000s", rule::number_too_large, 15, "9999"},
      {"listed sets", "ramp 16,15,14,13,12,11,10,9,8,7,6,5,4,3,2,1", "ramp 17,16,15,14,13,12,11,10,9,8,7,6,5,4,3,2,1",
       rule::list_too_long, 45, "16"},
      {"mini-sets", "rest-pause 1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1", "rest-pause 1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1",
       rule::mini_sets_too_few, 43, "16"},
      {"strip's rep max", "strip from 9999RM", "strip from 10000RM", rule::number_too_large, 11, "9999"},
      {"drops", "4x8 + 8 drops", "4x8 + 9 drops", rule::drops_too_many, 6, "8"},
      {"a drop's percentage", "4x8 + 2 drops -99%", "4x8 + 2 drops -100%", rule::drop_percent_too_large, 15, "100%"},
      {"load in kg", "3x5 @6553.5kg", "3x5 @6553.6kg", rule::load_too_large, 4, "6553.5"},
      {"load in kg, whole", "3x5 @6553kg", "3x5 @6554kg", rule::load_too_large, 4, "6553.5"},
      {"load in kg, five digits", "3x5 @6553kg", "3x5 @99999kg", rule::load_too_large, 4, "6553.5"},
      {"load in lb", "3x5 @6553.5lb", "3x5 @6553.6 lbs", rule::load_too_large, 4, "6553.5"},
      {"percent of 1RM", "3x5 @100%", "3x5 @100.1%", rule::percent_out_of_range, 4, "100%"},
      {"percent of 1RM, four digits", "3x5 @100%", "3x5 @9999%", rule::percent_out_of_range, 4, "100%"},
      {"RPE", "3x5 @RPE10", "3x5 @RPE10.1", rule::rpe_out_of_range, 4, "10"},
      {"RPE, four digits", "3x5 @RPE10", "3x5 @RPE9999", rule::rpe_out_of_range, 4, "10"},
      {"reps in reserve", "3x5 @RIR10", "3x5 @RIR11", rule::rir_out_of_range, 4, "10"},
      {"hold", "3x5 hold 9999s", "3x5 hold 10000s", rule::number_too_large, 9, "9999"},
      {"pause", "3x9999 pause 9999s every 5th", "3x9999 pause 10000s every 5th", rule::number_too_large, 13, "9999"},
      {"pause's rep", "3x9999 pause 5s every 9999th", "3x9999 pause 5s every 10000th", rule::number_too_large, 22, "9999"},
      {"stretch and squeeze", "3x5 stretch and squeeze 9999s", "3x5 stretch and squeeze 10000s", rule::number_too_large, 24, "9999"},
      {"rest", "3x5 rest 9999min", "3x5 rest 10000min", rule::number_too_large, 9, "9999"},
      {"rest line", "rest 9999s", "rest 10000s", rule::number_too_large, 5, "9999"},
      {"rest of a grouping's rounds", "superset: A a 1x1; B b 1x1; rest 9999s", "superset: A a 1x1; B b 1x1; rest 10000s",
       rule::number_too_large, 33, "9999"},
      {"rest between a circuit's exercises", "circuit: A a 1x1; B b 1x1; rest 9999s between exercises",
       "circuit: A a 1x1; B b 1x1; rest 10000s between exercises", rule::number_too_large, 32, "9999"},
      {"block length", "warm-up 9999min", "warm-up 10000min", rule::number_too_large, 8, "9999"},
      {"top of a block's length", "warm-up 1-9999min", "warm-up 1-10000min", rule::number_too_large, 10, "9999"},
      {"exercises of a grouping", "giant set: A a 1x1; B b 1x1; C c 1x1; D d 1x1; E e 1x1; F f 1x1; G g 1x1; H h 1x1",
       "giant set: A a 1x1; B b 1x1; C c 1x1; D d 1x1; E e 1x1; F f 1x1; G g 1x1; H h 1x1; I i 1x1",
       rule::grouping_too_large, 85, "8"},
  };
  for (const auto& f : fields) {
    CAPTURE(f.name);
    CAPTURE(f.over);
    CHECK(message_of(f.at_limit) == "(reads)");
    const auto r = sinew::parse(f.over);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message == sinew::rule_text(f.rule));
    CHECK(r.error().position == f.position);
    CHECK(std::string_view(r.error().message).find(f.limit) != std::string_view::npos);
  }
  // A fifth digit under the limit (leading zeros) is the one case the digit count explains.
  CHECK(message_of("3x00012") == "sinew: expected a number of at most 4 digits");
  CHECK(message_of("3x5 @62.55kg") == "sinew: expected at most one decimal (62.5kg, RPE8.5)");
}

TEST_CASE("every field where zero is not allowed says so in its own words") {
  using sinew::rule;
  struct zero {
    std::string_view text;
    sinew::rule rule;
    std::size_t position;
  };
  const zero zeros[] = {
      {"0x10", rule::zero_sets, 0},
      {"0 sets of 10", rule::zero_sets, 0},
      {"0x rest-pause 8+3", rule::zero_sets, 0},
      {"3x0", rule::zero_reps, 2},
      {"0", rule::zero_reps, 0},
      {"3x0-5", rule::zero_reps, 2},
      {"3x0 steps", rule::zero_reps, 2},
      {"0 non-stop", rule::zero_reps, 0},
      {"3x0m", rule::zero_length, 2},
      {"3x0s hold", rule::zero_length, 2},
      {"5x fail 0", rule::zero_reps, 8},
      {"5x fail 0-5", rule::zero_reps, 8},
      {"pyramid 10,0", rule::zero_reps, 11},
      {"rest-pause 8+0", rule::zero_reps, 13},
      {"strip from 0RM", rule::strip_needs_rep_max, 11},
      {"4x8 + 0 drops", rule::drops_too_many, 6},
      {"4x8 + 2 drops 0%", rule::drop_percent_zero, 14},
      {"4x8 + 2 drops -0%", rule::drop_percent_zero, 15},
      {"3x5 @0kg", rule::load_not_positive, 4},
      {"3x5 @0.0lb", rule::load_not_positive, 4},
      {"3x5 @0%", rule::percent_out_of_range, 4},
      {"3x5 @RPE0", rule::rpe_out_of_range, 4},
      {"3x5 hold 0s", rule::hold_zero, 4},
      {"3x5 pause 0s every 5th", rule::hold_zero, 4},
      {"3x5 pause 2s every 0th", rule::pause_every_zero, 4},
      {"3x5 stretch and squeeze 0s", rule::stretch_and_squeeze_zero, 4},
      {"warm-up 0min", rule::block_length_zero, 8},
      {"warm-up 0-10min", rule::block_length_zero, 8},
      {"cool-down 0s: rest 90s", rule::block_length_zero, 10},
  };
  for (const auto& z : zeros) {
    CAPTURE(z.text);
    const auto r = sinew::parse(z.text);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message == sinew::rule_text(z.rule));
    CHECK(r.error().position == z.position);
    CHECK(r.error().message != sinew::rule_text(rule::block_range_inverted));
  }
  // where zero is allowed, it reads and is kept
  for (const char* ok : {"3x5 @RIR0", "3x5 rest 0s", "rest-pause 8+3 0s", "rest 0min", "3x5 @300",
                         "circuit: A a 1x1; B b 1x1; rest 0s between exercises; rest 0s"}) {
    CAPTURE(ok);
    const auto r = sinew::parse(ok);
    REQUIRE(r.has_value());
    CHECK(std::string(sinew::format(*r).view()) == ok);
  }
  // the run-time check of a block says the same as the parser
  sinew::block b{};
  b.role = sinew::block_role::warm_up;
  b.max_length = 10;
  CHECK(sinew::check(b).rule == rule::block_length_zero);
}

TEST_CASE("a written value equal to a value's 'not stated' is kept or refused, never dropped") {
  // Each field whose default means "not stated": what a user can write that
  // equals the default, and what becomes of it.
  struct sentinel {
    std::string_view text;
    bool kept;  ///< true: reads and prints it back; false: refused
  };
  const sentinel cases[] = {
      {"4x8 + 2 drops 0%", false},            // drop_percent 0: not stated
      {"4x8 + 2 drops +0%", false},
      {"3x12 stretch and squeeze 0s", false}, // stretch_and_squeeze 0: none
      {"3x12 hold 0s", false},                // hold 0: none
      {"3x12 pause 0s every 0th", false},     // pause 0/0: none
      {"3x12 pause 0s every 5th", false},
      {"5x fail 0", false},                   // failure target 0: none
      {"warm-up 0min", false},                // block length 0: none
      {"4x8 + 0 drops", false},               // drops 0: none
      {"3x5 @0kg", false},                    // load none
      {"3x12 rest 0s", true},                 // rests say "stated" apart from their length
      {"rest-pause 8+3+3 0s", true},
      {"superset: A a 1x1; B b 1x1; rest 0s", true},
      {"3x12 no tempo", true},                // tempo: "no tempo" is its own mode
      {"1x10", true},                         // one set is written for reps
      {"3x5 @RIR0", true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto r = sinew::parse(c.text);
    CHECK(r.has_value() == c.kept);
    if (r) {
      CHECK(std::string(sinew::format(*r).view()) == c.text);
      CHECK(*sinew::parse(sinew::format(*r).view()) == *r);
    }
  }
}

TEST_CASE("length limits apply while reading: multi-megabyte inputs fail at the limit's byte") {
  const std::size_t huge = 5'000'000;
  SUBCASE("an exercise name stops at its 64th byte") {
    const std::string prefix = "superset: A ";
    const std::string text = prefix + std::string(huge, 'a') + " 3x10; B lunge 3x10";
    const auto r = sinew::parse(text);
    REQUIRE_FALSE(r);
    CHECK(r.error().message == sinew::rule_text(sinew::rule::exercise_name_too_long));
    CHECK(r.error().position == prefix.size() + sinew::max_exercise_name);
    // many short words, and a name of 64 bytes exactly
    std::string words;
    while (words.size() < huge) words += "ab ";
    const auto w = sinew::parse(prefix + words + "3x10; B lunge 3x10");
    REQUIRE_FALSE(w);
    CHECK(w.error().position == prefix.size() + sinew::max_exercise_name);
    const std::string longest(sinew::max_exercise_name, 'n');
    const std::string spaced = prefix + longest + std::string(huge, ' ') + "3x10; B lunge 3x10";
    const auto fits = sinew::parse(spaced);  // its names view `spaced`
    REQUIRE(fits);
    CHECK(fits->group.entries[0].exercise == longest);
    const auto over = sinew::parse(prefix + longest + "n 3x10; B lunge 3x10");
    REQUIRE_FALSE(over);
    CHECK(over.error().message == sinew::rule_text(sinew::rule::exercise_name_too_long));
    CHECK(over.error().position == prefix.size() + sinew::max_exercise_name);
  }
  SUBCASE("a number stops at the value over its limit") {
    const auto r = sinew::parse("3x" + std::string(huge, '9'));
    REQUIRE_FALSE(r);
    CHECK(r.error().message == sinew::rule_text(sinew::rule::number_too_large));
    CHECK(r.error().position == 2);
    const auto zeros = sinew::parse("3x" + std::string(huge, '0') + "1");
    REQUIRE_FALSE(zeros);
    CHECK(zeros.error().position == 2);
  }
  SUBCASE("a tempo stops past its fourth character") {
    const auto r = sinew::parse("3x10 @" + std::string(huge, '1'));
    REQUIRE_FALSE(r);
    CHECK(r.error().message == sinew::rule_text(sinew::rule::tempo_length));
    CHECK(r.error().position == 6);
    const auto t = sinew::parse("3x10 tempo " + std::string(huge, 'X'));
    REQUIRE_FALSE(t);
    CHECK(t.error().message == sinew::rule_text(sinew::rule::tempo_length));
    CHECK(t.error().position == 11);
  }
  SUBCASE("a list stops at its 17th element, a grouping at its 9th exercise") {
    std::string list = "ramp ";
    while (list.size() < huge) list += "1,";
    list += "1";
    const auto r = sinew::parse(list);
    REQUIRE_FALSE(r);
    CHECK(r.error().message == sinew::rule_text(sinew::rule::list_too_long));
    CHECK(r.error().position == 5 + 2 * sinew::max_listed_sets);
    std::string circuit = "circuit: A a 1x1";
    while (circuit.size() < huge) circuit += "; x 1x1";
    const auto c = sinew::parse(circuit);
    REQUIRE_FALSE(c);
    CHECK(c.error().message == sinew::rule_text(sinew::rule::grouping_too_large));
    CHECK(c.error().position == 16 + 7 * 7 + 2);  // the name of the 9th entry
  }
}

TEST_CASE("error positions in multi-line text, and locate()") {
  const std::string text = "tri-set:\nA squat 3x10\nB lunge 3x12-8\nC calf raise 3x15";
  const auto r = sinew::parse(text);
  REQUIRE_FALSE(r);
  CHECK(r.error().message == sinew::rule_text(sinew::rule::rep_range_inverted));
  CHECK(r.error().position == text.find("12-8"));
  const auto at = sinew::locate(text, r.error().position);
  CHECK(at.line == 3);
  CHECK(at.column == 11);
  CHECK(std::string_view(text).substr(at.line_start, at.line_end - at.line_start) == "B lunge 3x12-8");

  // every byte of a multi-line entry error lands on its own line
  const std::string second = "superset:\r\n  A squat 3x10\r\n  B lunge 3x10 @3X1\r\n";
  const auto e = sinew::parse(second);
  REQUIRE_FALSE(e);
  CHECK(e.error().position == second.find("X1"));
  const auto p = sinew::locate(second, e.error().position);
  CHECK(p.line == 3);
  CHECK(p.column == 18);
  CHECK(std::string_view(second).substr(p.line_start, p.line_end - p.line_start) == "  B lunge 3x10 @3X1");

  // a missing word at the very end: after the last character of the last line
  const std::string cut = "superset: A squat 3x10\nB lunge";
  const auto m = sinew::parse(cut);
  REQUIRE_FALSE(m);
  const auto end = sinew::locate(cut, m.error().position);
  CHECK(end.line == 2);
  CHECK(end.column == 8);

  using sinew::locate;
  using sinew::text_position;
  CHECK(locate("", 0) == text_position{1, 1, 0, 0});
  CHECK(locate("abc", 0) == text_position{1, 1, 0, 3});
  CHECK(locate("abc", 2) == text_position{1, 3, 0, 3});
  CHECK(locate("abc", 3) == text_position{1, 4, 0, 3});
  CHECK(locate("abc", sinew::error::no_position) == text_position{1, 4, 0, 3});
  CHECK(locate("a\nb", 1) == text_position{1, 2, 0, 1});  // the line break ends line 1
  CHECK(locate("a\nb", 2) == text_position{2, 1, 2, 3});
  CHECK(locate("a\r\nb\r\n", 3) == text_position{2, 1, 3, 4});
  CHECK(locate("\n\n\nx", 3) == text_position{4, 1, 3, 4});
  // characters, not bytes: '×' is two bytes, one column; a byte inside it is on it
  CHECK(locate("4\xC3\x97" "8 @3X1", 5) == text_position{1, 5, 0, 9});
  CHECK(locate("4\xC3\x97" "8", 2) == text_position{1, 2, 0, 4});
  CHECK(locate("4\xC3\x97" "8", 1) == text_position{1, 2, 0, 4});
  static_assert(sinew::locate("a\nbc", 3).column == 2);
}
