// Groupings built in code, not read from text: the schemes layer accepts any
// well-formed name (it cannot ask the parser), so the formatter must write
// every name it accepts so that it reads back. A name that written bare would
// not read back (a tail joins its scheme, it looks like a label or the entry's
// letter, it is a scheme word) is written in double quotes, and only such a
// name. Every keyword of the grammar in every spelling, every number form and
// symbol is tried as a whole name and as a name ending, at each entry
// position, before every kind of scheme: parse(format(g)) == g, format stable,
// and quotes exactly where the bare text would not read back.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dictionary.hpp"
#include "generator.hpp"
#include "sinew/notation.hpp"

namespace {

std::vector<std::string> built_names() {
  std::vector<std::string> words;
  for (const auto& k : sinew::notation_keywords())
    for (const auto& s : sinew_test::spellings(k.pattern)) words.push_back(s);
  for (const char* n : {"8", "10", "9999", "8-12", "3x", "8x", "x", "X", "3x8", "8.5", "8%", "30X1", "301", "5th", "13rd",
                        "8+3", "15,12", "90s", "2min", "50yd", "1RM", "A", "B", "A.", "B)", "b"})
    words.push_back(n);
  for (const auto& sym : sinew::notation_symbols()) words.push_back(std::string(sym));
  std::vector<std::string> names;
  for (const auto& w : words) {
    names.push_back(w);                  // the whole name is a word of the grammar
    names.push_back("leg press " + w);   // ... or its last word
    names.push_back("8 " + w);           // ... after a number
  }
  return names;
}

std::vector<sinew::set_scheme> built_schemes() {
  using namespace sinew;
  std::vector<set_scheme> schemes = {
      straight_sets(3, 10),
      straight_sets(10, 5),
      straight_sets(3, quantity::reps(8, 12).per_leg()),
      straight_sets(1, quantity::amap()),
      straight_sets(3, quantity::amap()),
      sets_to_failure(5, 12, 15),
      straight_sets(1, quantity::to_failure()),
      straight_sets(2, quantity::of(duration{30, time_unit::second})),
      straight_sets(1, quantity::non_stop(50)),
      drop_set(straight_sets(4, 8), 2, -20),
      pyramid({15, 12, 10, 8}),
      reverse_pyramid({4, 8, 10, 12}),
      double_pyramid({20, 15, 12, 15, 20}),
      warm_up_ramp({10, 8, 5}),
      warm_up_ramp({9999, 9999}),
      strip_sets(17),
      rest_pause(1, {8, 3, 3}),
      rest_pause(2, {8, 3, 3}, rest::of(duration{15, time_unit::second})),
      cluster(2, {2, 2, 2, 2}),
  };
  set_scheme tempo_load = straight_sets(3, 10);
  tempo_load.tempo = tempo::of(3, 0, 1);
  tempo_load.load = load::rpe(8);
  schemes.push_back(tempo_load);
  sinew_test::rng r{0x9E0A7EDULL};
  for (int i = 0; i != 12; ++i) {
    const set_scheme s = sinew_test::any_scheme(r);
    if (is_valid(s)) schemes.push_back(s);
  }
  return schemes;
}

std::string without_quotes(std::string_view text) {
  std::string bare;
  for (char c : text)
    if (c != '"') bare += c;
  return bare;
}

}  // namespace

TEST_CASE("every grouping the schemes layer accepts reads back: grammar words as names before every scheme kind") {
  const auto names = built_names();
  const auto schemes = built_schemes();
  const sinew::grouping_entry other{"lunge", sinew::straight_sets(3, 10)};
  std::size_t valid = 0, quoted = 0, refused = 0;
  for (const auto& name : names) {
    for (const auto& scheme : schemes) {
      for (int position = 0; position != 2; ++position) {
        const sinew::grouping_entry entry{sinew::text_view(name.data(), name.size()), scheme};
        const sinew::grouping g = position == 0 ? sinew::superset({entry, other}) : sinew::superset({other, entry});
        if (!sinew::is_valid(g)) {
          ++refused;  // '@', ';' ...: refused by the schemes layer, never written
          continue;
        }
        ++valid;
        const auto canonical = sinew::format(g);
        REQUIRE(!canonical.truncated);
        const std::string text(canonical.view());
        const auto again = sinew::parse_grouping(canonical.view());
        if (!again || !(*again == g) || sinew::format(*again).view() != canonical.view()) {
          FAIL_CHECK("round trip broken: ", text, " -> ",
                     again ? std::string(sinew::format(*again).view()) : std::string(again.error().message));
          return;
        }
        // quotes exactly when needed: the same text without them would not read back
        const bool has_quotes = text.find('"') != std::string::npos;
        const std::string bare = without_quotes(text);
        const auto bare_read = sinew::parse_grouping(bare);
        const bool bare_reads_back = bare_read && *bare_read == g;
        if (has_quotes == bare_reads_back) {
          FAIL_CHECK("quoted ", has_quotes, " but the bare text reads back ", bare_reads_back, ": ", text);
          return;
        }
        if (has_quotes) ++quoted;
      }
    }
  }
  MESSAGE(names.size(), " names x ", schemes.size(), " schemes x 2 positions: ", valid, " valid (", quoted,
          " written quoted), ", refused, " refused by check()");
  // not vacuous: most values are valid, and some need quotes while most do not
  CHECK(valid * 2 > refused);
  CHECK(quoted > 0);
  CHECK(quoted * 4 < valid);
}

TEST_CASE("the fuzzer's case and its class: a built name the scheme would absorb is written quoted") {
  using namespace sinew;
  const grouping ramp = superset({{"warm-up", warm_up_ramp({10, 8, 5})}, {"lunge", straight_sets(3, 10)}});
  REQUIRE(is_valid(ramp));
  CHECK(format(ramp).view() == text_view("superset: A \"warm-up\" ramp 10,8,5; B lunge 3x10"));
  // bare, it reads as the scheme "warm-up ramp" with no name
  CHECK_FALSE(parse_grouping("superset: A warm-up ramp 10,8,5; B lunge 3x10"));
  const grouping tempo_name = superset({{"lunge", straight_sets(3, 10)}, {"leg press 8 tempo", straight_sets(10, 5)}});
  CHECK(format(tempo_name).view() == text_view("superset: A lunge 3x10; B \"leg press 8 tempo\" 10x5"));
  const grouping letter = superset({{"squat", straight_sets(3, 10)}, {"B", straight_sets(3, 10)}});
  CHECK(*parse_grouping(format(letter).view()) == letter);
  // names that need no quotes are written as before
  const grouping plain = superset({{"back squat", straight_sets(4, 8)}, {"3 sets of squats", straight_sets(3, 10)}});
  CHECK(format(plain).view() == text_view("superset: A back squat 4x8; B 3 sets of squats 3x10"));
}

TEST_CASE("quoted names in typed text") {
  using namespace sinew;
  const auto q = parse_grouping("superset: A \"leg press 8 tempo\" 10 sets of 5; B) \"lunge\"3x10");
  REQUIRE(q);
  CHECK(q->entries[0].exercise == text_view("leg press 8 tempo"));
  CHECK(q->entries[0].scheme == straight_sets(10, 5));
  CHECK(q->entries[1].exercise == text_view("lunge"));
  // the same names typed without quotes: the first is refused, as before
  CHECK(parse_grouping("superset: A leg press 8 tempo 10 sets of 5; B lunge 3x10").error().message ==
        rule_text(rule::exercise_name_joins_scheme));
  // a coach's label before a quoted name
  const auto labelled = parse("tri-set: 1A. \"warm-up\" ramp 10,8,5 1B. squat 3x10 1C. \"1RM\" 3x5");
  REQUIRE(labelled);
  CHECK(labelled->group.entries[0].exercise == text_view("warm-up"));
  CHECK(labelled->group.entries[2].exercise == text_view("1RM"));

  const auto unclosed = parse_grouping("superset: A \"leg press 3x10; B lunge 3x10");
  REQUIRE_FALSE(unclosed);
  CHECK(unclosed.error().message == expectation_text(expectation::closing_quote));
  CHECK(unclosed.error().position == 12);
  const auto empty = parse_grouping("superset: A \"\" 3x10; B lunge 3x10");
  REQUIRE_FALSE(empty);
  CHECK(empty.error().message == rule_text(rule::exercise_name_empty));
  const auto no_scheme = parse_grouping("superset: A \"squat\"; B lunge 3x10");
  REQUIRE_FALSE(no_scheme);
  CHECK(no_scheme.error().message.substr(0, 7) == text_view("sinew: "));
  CHECK(no_scheme.error().position == 19);
  // a '"' inside a name is a malformed name, quoted or not
  for (const char* line : {"superset: A 12\" box jump 3x10; B lunge 3x10", "superset: A \" squat\" 3x10; B lunge 3x10"}) {
    CAPTURE(line);
    const auto p = parse_grouping(line);
    REQUIRE_FALSE(p);
    CHECK(p.error().message == rule_text(rule::exercise_name_malformed));
  }
  CHECK(check(superset({{"12\" box jump", straight_sets(3, 10)}, {"lunge", straight_sets(3, 10)}})).rule ==
        rule::exercise_name_malformed);
  // the name's byte limit holds inside quotes: the search stops at byte 65
  const std::string long_name = "superset: A \"" + std::string(80, 'a') + "\" 3x10; B lunge 3x10";
  const auto too_long = parse_grouping(long_name);
  REQUIRE_FALSE(too_long);
  CHECK(too_long.error().message == rule_text(rule::exercise_name_too_long));
  CHECK(too_long.error().position == 13 + 64);
}
