// The scheme factories at run time never wrap an argument: a value beyond its
// field is either stored exactly or becomes the field's end, and validation
// (or the try_ factory) refuses it with the rule that names the real limit.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string_view>

#include <sinew/schemes.hpp>

using namespace sinew;

namespace {
// The rule a scheme breaks, as its sentence (so a failure prints which).
std::string_view broken(const set_scheme& s) {
  const auto t = rule_text(check(s).rule);
  return {t.data(), t.size()};
}
std::string_view sentence(rule r) {
  const auto t = rule_text(r);
  return {t.data(), t.size()};
}
// Run-time values, so that the factories are not constant-evaluated.
volatile long long sink = 0;
long long at_run_time(long long v) {
  sink = v;
  return sink;
}
}  // namespace

TEST_CASE("issue 7: kilograms(7000) is refused, never 446.4 kg") {
  const auto l = load::kilograms(at_run_time(7000));
  CHECK(l.tenths == 70000U);
  CHECK(broken(straight_sets(3, 5).at(l)) == sentence(rule::load_too_large));
  const auto r = load::try_kilograms(at_run_time(7000));
  REQUIRE_FALSE(r);
  CHECK(r.error().message == "sinew: a load in kg or lb is at most 6553.5");
}

TEST_CASE("load factories: the largest accepted value and the one past it") {
  struct maker {
    load_kind kind;
    load (*make)(long long, long long);
    result<load> (*tried)(long long, long long);
    long long largest_whole, largest_tenth;  // the largest valid load
    long long past_whole, past_tenth;        // one tenth (or one unit) past it
    rule past;
  };
  const maker makers[] = {
      {load_kind::kg, [](long long w, long long t) { return load::kilograms(w, t); },
       [](long long w, long long t) { return load::try_kilograms(w, t); }, 6553, 5, 6553, 6, rule::load_too_large},
      {load_kind::lb, [](long long w, long long t) { return load::pounds(w, t); },
       [](long long w, long long t) { return load::try_pounds(w, t); }, 6553, 5, 6553, 6, rule::load_too_large},
      {load_kind::percent_1rm, [](long long w, long long) { return load::percent_of_1rm(w); },
       [](long long w, long long) { return load::try_percent_of_1rm(w); }, 100, 0, 101, 0, rule::percent_out_of_range},
      {load_kind::rpe, [](long long w, long long t) { return load::rpe(w, t); },
       [](long long w, long long t) { return load::try_rpe(w, t); }, 10, 0, 10, 1, rule::rpe_out_of_range},
      {load_kind::rir, [](long long w, long long) { return load::reps_in_reserve(w); },
       [](long long w, long long) { return load::try_reps_in_reserve(w); }, 10, 0, 11, 0, rule::rir_out_of_range},
  };
  for (const auto& m : makers) {
    CAPTURE(static_cast<int>(m.kind));
    const auto ok = m.tried(at_run_time(m.largest_whole), at_run_time(m.largest_tenth));
    REQUIRE(ok);
    CHECK(ok->tenths == static_cast<std::uint32_t>(m.largest_whole * 10 + m.largest_tenth));
    CHECK(is_valid(straight_sets(3, 5).at(m.make(m.largest_whole, m.largest_tenth))));
    const auto past = m.tried(at_run_time(m.past_whole), at_run_time(m.past_tenth));
    REQUIRE_FALSE(past);
    CHECK(past.error().message == rule_text(m.past));
    CHECK(broken(straight_sets(3, 5).at(m.make(at_run_time(m.past_whole), at_run_time(m.past_tenth)))) == sentence(m.past));
    // Beyond the field (6553.5), a negative amount, a huge one: refused, never wrapped into range.
    for (const long long whole : {6554LL, 7000LL, 65536LL, -1LL, std::numeric_limits<long long>::max()}) {
      CAPTURE(whole);
      CHECK_FALSE(is_valid(straight_sets(3, 5).at(m.make(at_run_time(whole), 0))));
      CHECK_FALSE(m.tried(at_run_time(whole), 0));
    }
  }
}

TEST_CASE("every whole load is stored exactly or refused, never wrapped into range") {
  for (std::uint32_t whole = 0; whole <= 70000; ++whole) {
    const auto kg = load::kilograms(at_run_time(whole));
    REQUIRE(kg.tenths == whole * 10U);
    REQUIRE(is_valid(straight_sets(3, 5).at(kg)) == (whole >= 1 && whole <= 6553));
    const auto pct = load::percent_of_1rm(at_run_time(whole));
    REQUIRE(is_valid(straight_sets(3, 5).at(pct)) == (whole >= 1 && whole <= 100));
    const auto rir = load::reps_in_reserve(at_run_time(whole));
    REQUIRE(is_valid(straight_sets(3, 5).at(rir)) == (whole <= 10));
  }
}

TEST_CASE("a tenths digit is 0 to 9: kilograms(62, 15) is not 63.5 kg") {
  CHECK(load::try_kilograms(62, at_run_time(9))->tenths == 629U);
  CHECK(load::try_kilograms(62, at_run_time(10)).error().message == rule_text(rule::load_tenth_digit));
  CHECK(broken(straight_sets(3, 5).at(load::kilograms(62, at_run_time(15)))) == sentence(rule::load_tenth_digit));
  CHECK(broken(straight_sets(3, 5).at(load::rpe(8, at_run_time(15)))) == sentence(rule::load_tenth_digit));
  CHECK(broken(straight_sets(3, 5).at(load::pounds(8, at_run_time(-1)))) == sentence(rule::load_tenth_digit));
}

TEST_CASE("counts, times and distances: the field's end or a refusal, never a wrapped value") {
  const auto largest = at_run_time(65535), past = at_run_time(65536), negative = at_run_time(-1);
  // The largest value the field holds is kept; one past it (or a negative one) becomes the
  // field's end, which the rules reject, never 0 or a small number.
  CHECK(seconds(largest).amount == 65535);
  CHECK(seconds(past).amount == 65535);
  CHECK(seconds(negative).amount == 65535);
  CHECK(minutes(past).amount == 65535);
  CHECK(metres(past).amount == 65535);
  CHECK(yards(at_run_time(70000)).amount == 65535);  // 70000 would wrap to 4464
  CHECK(broken(straight_sets(3, 5).resting(seconds(past))) == sentence(rule::number_too_large));
  CHECK(broken(straight_sets(3, quantity::of(metres(past)))) == sentence(rule::number_too_large));
  CHECK(broken(straight_sets(3, quantity::of(minutes(negative)))) == sentence(rule::number_too_large));
  // The try_ factories: 9999 is the notation's limit.
  for (auto make : {+[](long long n) { return try_seconds(n).has_value(); }, +[](long long n) { return try_minutes(n).has_value(); },
                    +[](long long n) { return try_metres(n).has_value(); }, +[](long long n) { return try_yards(n).has_value(); }}) {
    CHECK(make(at_run_time(9999)));
    CHECK_FALSE(make(at_run_time(10000)));
    CHECK_FALSE(make(past));
    CHECK_FALSE(make(negative));
  }
  CHECK(try_seconds(past).error().message == rule_text(rule::number_too_large));

  // Reps, steps, failure targets, non-stop totals, strip sets.
  CHECK(quantity::reps(largest).max == 65535);
  CHECK(broken(straight_sets(3, quantity::reps(past))) == sentence(rule::number_too_large));
  CHECK(broken(straight_sets(3, quantity::reps(negative))) == sentence(rule::number_too_large));
  CHECK(broken(straight_sets(3, quantity::reps(past, 12))) == sentence(rule::rep_range_inverted));
  CHECK(broken(straight_sets(3, quantity::steps(past))) == sentence(rule::number_too_large));
  CHECK(broken(straight_sets(3, quantity::to_failure(8, past))) == sentence(rule::number_too_large));
  CHECK(broken(straight_sets(3, quantity::non_stop(past))) == sentence(rule::number_too_large));
  CHECK(broken(strip_sets(past)) == sentence(rule::number_too_large));
  CHECK(broken(straight_sets(3, 8).with_stretch_and_squeeze(past)) == sentence(rule::number_too_large));

  // Sets: 99 is the rule, 65535 the field; 65536 must not become 0 sets or 1.
  CHECK(straight_sets(largest, 8).sets == 65535);
  CHECK(broken(straight_sets(past, 8)) == sentence(rule::too_many_sets));
  CHECK(broken(straight_sets(at_run_time(65537), 8)) == sentence(rule::too_many_sets));  // would wrap to 1 set
  CHECK(broken(sets_to_failure(past, 8, 12)) == sentence(rule::too_many_sets));
  CHECK(broken(rest_pause(past, {8, 3, 3})) == sentence(rule::too_many_sets));
  CHECK(broken(cluster(negative, {2, 2, 2})) == sentence(rule::too_many_sets));
}

TEST_CASE("tempo digits and drops: the narrow fields refuse, never wrap") {
  CHECK(tempo::of(at_run_time(255), 0, 1).phase[0] == 255);
  CHECK(broken(straight_sets(3, 8).with(tempo::of(at_run_time(256 + 3), 0, 1))) == sentence(rule::tempo_digit));  // not 3
  CHECK(broken(straight_sets(3, 8).with(tempo::of(3, 0, 1, at_run_time(-1)))) == sentence(rule::tempo_digit));
  CHECK(straight_sets(4, 8).plus_drops(at_run_time(255)).drops == 255);
  CHECK(broken(drop_set(straight_sets(4, 8), at_run_time(256 + 2))) == sentence(rule::drops_too_many));  // not 2 drops
  CHECK(straight_sets(4, 8).plus_drops(1, at_run_time(-128)).drop_percent == -128);
  CHECK(broken(straight_sets(4, 8).plus_drops(2, at_run_time(-300))) == sentence(rule::drop_percent_too_large));  // not -44 %
  CHECK(straight_sets(4, 8).plus_drops(1, at_run_time(127)).drop_percent == 127);
  CHECK(broken(straight_sets(4, 8).plus_drops(2, at_run_time(128 + 256))) == sentence(rule::drop_load_rises));
  CHECK(broken(straight_sets(4, 8).plus_drops(2, at_run_time(-256 - 20))) == sentence(rule::drop_percent_too_large));  // not -20 %
}
