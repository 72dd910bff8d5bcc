// The canonical form as documented: every row of the "Every form, with its
// canonical output" table of docs/notation.md (read from the file, whose path
// CMake gives as SINEW_NOTATION_DOC, so the document and the formatter cannot
// drift), the ordinal suffixes of "pause ... every n-th", and each optional part
// of the canonical text, printed exactly when it differs from its default.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "docs_table.hpp"
#include <sinew/notation.hpp>

namespace {

std::string formatted(const sinew::block& b) { return std::string(sinew::format(b).view()); }

}  // namespace

TEST_CASE("every row of the documented table reads, formats to its canonical column, and reads back the same") {
  const auto rows = sinew_test::read_docs_table();
  // The table names at least this many forms; a reader that found none would pass vacuously.
  REQUIRE(rows.size() >= 60);
  std::vector<sinew::block> canonical_values;
  std::vector<std::string> canonical_texts;  // the values' names view these
  canonical_texts.reserve(1000);
  std::size_t texts = 0;
  for (const auto& row : rows) {
    for (const auto& written : row.written) {
      CAPTURE(row.line);
      CAPTURE(written);
      ++texts;
      const auto parsed = sinew::parse(written);
      if (!parsed) FAIL_CHECK(std::string(parsed.error().message), " at ", parsed.error().position);
      REQUIRE(parsed.has_value());
      const std::string expected = row.canonical.empty() ? written : row.canonical;
      CHECK(formatted(*parsed) == expected);
      canonical_texts.push_back(expected);
      const auto again = sinew::parse(canonical_texts.back());
      REQUIRE(again.has_value());
      CHECK(*again == *parsed);
      CHECK(formatted(*again) == expected);
      canonical_values.push_back(*again);
    }
  }
  MESSAGE("docs/notation.md: ", rows.size(), " rows, ", texts, " written texts checked");

  // The table shows every kind of value the notation holds at least once.
  std::set<int> schemes, quantities, loads, sides, groupings, roles, contents, tempos;
  bool hold_top = false, hold_bottom = false, pause_top = false, pause_bottom = false, mini_rest = false;
  bool several_mini = false, single_mini = false, drop_one = false, drops_many = false, drop_percent = false;
  bool last_amap_straight = false, last_amap_listed = false, set_loads = false, listed_side = false, drop_loads = false;
  const auto note = [&](const sinew::set_scheme& s) {
    schemes.insert(static_cast<int>(s.kind));
    if (s.kind == sinew::scheme_kind::straight) {
      quantities.insert(static_cast<int>(s.per_set.kind));
      sides.insert(static_cast<int>(s.per_set.side));
    }
    loads.insert(static_cast<int>(s.load.kind));
    tempos.insert(static_cast<int>(s.tempo.kind));
    hold_top |= s.hold.seconds != 0 && s.hold.position == sinew::hold_position::top;
    hold_bottom |= s.hold.seconds != 0 && s.hold.position == sinew::hold_position::bottom;
    pause_top |= s.pause.seconds != 0 && s.pause.position == sinew::hold_position::top;
    pause_bottom |= s.pause.seconds != 0 && s.pause.position == sinew::hold_position::bottom;
    mini_rest |= s.between_mini_sets.stated;
    several_mini |= sinew::has_mini_sets(s.kind) && s.sets > 1;
    single_mini |= sinew::has_mini_sets(s.kind) && s.sets == 1;
    drop_one |= s.drops == 1;
    drops_many |= s.drops > 1;
    drop_percent |= s.drop_percent != 0;
    last_amap_straight |= s.last_set_amap && s.kind == sinew::scheme_kind::straight;
    last_amap_listed |= s.last_set_amap && sinew::is_listed(s.kind);
    set_loads |= s.set_load_count != 0;
    listed_side |= s.listed_side != sinew::rep_count::both;
    drop_loads |= s.drop_load_unit != sinew::load_kind::none;
  };
  for (const auto& b : canonical_values) {
    roles.insert(static_cast<int>(b.role));
    contents.insert(static_cast<int>(b.content));
    if (b.content == sinew::block_content::scheme) note(b.scheme);
    if (b.content == sinew::block_content::grouping) {
      groupings.insert(static_cast<int>(b.group.kind));
      for (const auto& e : b.group) note(e.scheme);
    }
  }
  CHECK(schemes.size() == 9);     // every scheme_kind
  CHECK(quantities.size() == 6);  // every quantity_kind
  CHECK(loads.size() == 11);      // every load_kind, "none" included
  CHECK(sides.size() == 4);       // every rep_count
  CHECK(groupings.size() == 5);   // every grouping_kind
  CHECK(roles.size() == 6);       // every block_role, "none" included
  CHECK(contents.size() == 4);    // every block_content
  CHECK(tempos.size() == 3);      // unstated, "no tempo", digits
  CHECK((hold_top && hold_bottom && pause_top && pause_bottom && mini_rest));
  CHECK((several_mini && single_mini && drop_one && drops_many && drop_percent));
  CHECK((last_amap_straight && last_amap_listed && set_loads && listed_side && drop_loads));
}

namespace {
// The English ordinal, from the spelled-out rule rather than format.hpp's:
// 11, 12 and 13 (also after any hundreds) take "th"; otherwise the last digit decides.
std::string ordinal(unsigned n) {
  const std::string digits = std::to_string(n);
  const bool teen = digits.size() >= 2 && digits[digits.size() - 2] == '1';
  std::string suffix = "th";
  if (!teen && digits.back() == '1') suffix = "st";
  if (!teen && digits.back() == '2') suffix = "nd";
  if (!teen && digits.back() == '3') suffix = "rd";
  return digits + suffix;
}
}  // namespace

TEST_CASE("the pause's ordinal has the English suffix for every rep number") {
  // the ones the issue lists, then every value a pause can have
  CHECK(ordinal(1) == "1st");
  CHECK(ordinal(13) == "13th");
  CHECK(ordinal(112) == "112th");
  CHECK(ordinal(1021) == "1021st");
  for (const char* spelled : {"1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
                              "111th", "112th", "113th", "121st", "1000th", "1001st", "1011th", "1013th", "9999th"}) {
    const std::string text = std::string("99x9999 pause 1s every ") + spelled;
    CAPTURE(text);
    const auto s = sinew::parse_scheme(text);
    REQUIRE(s.has_value());
    CHECK(std::string(sinew::format(*s).view()) == text);
  }
  for (unsigned n = 1; n <= 9999; ++n) {
    auto s = sinew::straight_sets(3, 9999).with(sinew::pause{2, static_cast<std::uint16_t>(n), sinew::hold_position::bottom});
    const auto text = sinew::format(s);
    const std::string expected = "3x9999 pause 2s every " + ordinal(n);
    if (text.view() != expected) {
      FAIL_CHECK(std::string(text.view()), " should be ", expected);
      break;
    }
    const auto back = sinew::parse_scheme(text.view());
    REQUIRE(back.has_value());
    REQUIRE(*back == s);
  }
}

TEST_CASE("each optional part is printed exactly when it differs from its default") {
  using namespace sinew;
  struct expect {
    set_scheme value;
    std::string_view text;
  };
  const auto rp = [](std::uint16_t sets, rest between = {}) { return rest_pause(sets, {8, 3, 3}, between); };
  const auto cl = [](std::uint16_t sets, rest between = {}) { return cluster(sets, {2, 2, 2}, between); };
  const expect cases[] = {
      // the set count: kept for reps, left out for one set of anything else
      {straight_sets(1, 10), "1x10"},
      {straight_sets(2, 10), "2x10"},
      {straight_sets(1, quantity::amap()), "AMAP"},
      {straight_sets(2, quantity::amap()), "2xAMAP"},
      {straight_sets(1, quantity::to_failure()), "fail"},
      {straight_sets(2, quantity::to_failure()), "2x fail"},
      {straight_sets(1, quantity::non_stop(150)), "150 non-stop"},
      {straight_sets(2, quantity::non_stop(150)), "2x150 non-stop"},
      {straight_sets(1, quantity::of(seconds(30))), "30s hold"},
      {straight_sets(2, quantity::of(seconds(30))), "2x30s hold"},
      {straight_sets(1, quantity::of(metres(20))), "20m"},
      {straight_sets(2, quantity::of(yards(20))), "2x20yd"},
      // the top of a range, and of a failure target
      {straight_sets(3, quantity::reps(8, 8)), "3x8"},
      {straight_sets(3, quantity::reps(8, 12)), "3x8-12"},
      {straight_sets(3, quantity::to_failure(12, 12)), "3x fail 12"},
      {straight_sets(3, quantity::to_failure(12, 15)), "3x fail 12-15"},
      // the side
      {straight_sets(3, quantity::reps(8).per_leg()), "3x8/leg"},
      {straight_sets(3, quantity::reps(8).per_side()), "3x8/side"},
      {straight_sets(3, quantity::steps(20)), "3x20 steps"},
      // rest-pause and cluster: the set count and the inner rest
      {rp(1), "rest-pause 8+3+3"},
      {rp(2), "2x rest-pause 8+3+3"},
      {rp(1, rest::of(seconds(15))), "rest-pause 8+3+3 15s"},
      {rp(1, rest::of(seconds(0))), "rest-pause 8+3+3 0s"},
      {cl(1), "cluster 2+2+2"},
      {cl(3, rest::of(minutes(1))), "3x cluster 2+2+2 1min"},
      // drops and their percentage
      {drop_set(straight_sets(4, 8), 1), "4x8 + 1 drop"},
      {drop_set(straight_sets(4, 8), 2), "4x8 + 2 drops"},
      {drop_set(straight_sets(4, 8), 2, -20), "4x8 + 2 drops -20%"},
      // the load, with its tenths only when not zero
      {straight_sets(3, 5).at(load::kilograms(100)), "3x5 @100kg"},
      {straight_sets(3, 5).at(load::kilograms(100, 5)), "3x5 @100.5kg"},
      {straight_sets(3, 5).at(load{load_kind::percent_1rm, 805}), "3x5 @80.5%"},
      {straight_sets(3, 5).at(load::reps_in_reserve(0)), "3x5 @RIR0"},
      // the tempo: unstated, "no tempo", digits
      {straight_sets(3, 5).with(tempo::no_tempo()), "3x5 no tempo"},
      {straight_sets(3, 5).with(tempo::of(3, 0, 1)), "3x5 @301"},
      {straight_sets(3, 5).with(tempo::of(3, 0, 1, 0)), "3x5 @3010"},
      // the hold's position: top is the default
      {straight_sets(3, 5).with(hold{2, hold_position::top}), "3x5 hold 2s"},
      {straight_sets(3, 5).with(hold{2, hold_position::bottom}), "3x5 hold 2s bottom"},
      // the pause's position: bottom is the default
      {straight_sets(3, 5).with(pause{2, 5, hold_position::bottom}), "3x5 pause 2s every 5th"},
      {straight_sets(3, 5).with(pause{2, 5, hold_position::top}), "3x5 pause 2s every 5th top"},
      {straight_sets(3, 5).with_stretch_and_squeeze(3), "3x5 stretch and squeeze 3s"},
      // the rest, stated (zero included) or not
      {straight_sets(3, 5).resting(seconds(0)), "3x5 rest 0s"},
      {straight_sets(3, 5).resting(minutes(2)), "3x5 rest 2min"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    REQUIRE(is_valid(c.value));
    CHECK(std::string(format(c.value).view()) == c.text);
    const auto back = parse_scheme(c.text);
    REQUIRE(back.has_value());
    CHECK(*back == c.value);
  }
  // the defaults themselves print nothing
  CHECK(std::string(format(straight_sets(3, 5)).view()) == "3x5");

  // a block's length: none, one, a range; in minutes or seconds
  block b{};
  b.role = block_role::warm_up;
  CHECK(std::string(format(b).view()) == "warm-up");
  b.min_length = b.max_length = 10;
  CHECK(std::string(format(b).view()) == "warm-up 10min");
  b.max_length = 15;
  CHECK(std::string(format(b).view()) == "warm-up 10-15min");
  b.length_unit = time_unit::second;
  CHECK(std::string(format(b).view()) == "warm-up 10-15s");
  CHECK(*parse("warm-up 10-15s") == b);

  // a grouping's rests
  auto g = superset({{"squat", straight_sets(3, 10)}, {"lunge", straight_sets(3, 10)}});
  CHECK(std::string(format(g).view()) == "superset: A squat 3x10; B lunge 3x10");
  g.between_rounds = rest::of(seconds(0));
  CHECK(std::string(format(g).view()) == "superset: A squat 3x10; B lunge 3x10; rest 0s");
  g.between_exercises = rest::of(seconds(0));
  CHECK(std::string(format(g).view()) == "superset: A squat 3x10; B lunge 3x10; rest 0s between exercises; rest 0s");
  CHECK(*parse_grouping("superset: A squat 3x10; B lunge 3x10; rest 0s between exercises; rest 0s") == g);
}
