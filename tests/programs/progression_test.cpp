// Run-time tests of progressions (programs/progression.hpp): properties over
// every week of long programs and many patterns of failed sessions.
#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include <sinew/programs/progression.hpp>

using namespace sinew;

namespace {
load kg(std::uint32_t tenths) { return {load_kind::kg, tenths}; }
/// The failed sessions of pattern `bits`: session i + 1 fails when bit i is set.
std::vector<std::uint16_t> failures(std::uint32_t bits) {
  std::vector<std::uint16_t> out;
  for (std::uint16_t i = 0; i != 32; ++i)
    if ((bits >> i) & 1U) out.push_back(static_cast<std::uint16_t>(i + 1));
  return out;
}
}  // namespace

TEST_CASE("a linear load never falls outside a deload, and falls only after the stated failures in a row") {
  const set_scheme week1 = straight_sets(5, 5).at(kg(600));
  for (const int after : {0, 2, 3}) {
    const auto deload_after = static_cast<std::uint8_t>(after);
    const auto p = linear_load({25, load_step::unit_kind::tenths}, progression_period::session, deload_after, 900);
    for (std::uint32_t bits = 0; bits < (1U << 12); bits += 7) {
      const auto failed = failures(bits);
      std::uint32_t last = 0, in_a_row = 0;
      for (std::uint8_t session = 0; session != 12; ++session) {
        const progression_step at{static_cast<std::uint16_t>(session / 3 + 1), static_cast<std::uint8_t>(session % 3), 3,
                                  span<const std::uint16_t>(failed.data(), failed.size())};
        const auto s = progressed(p, week1, at);
        REQUIRE(s);
        if (session != 0) {
          const bool previous_failed = (bits >> (session - 1)) & 1U;
          in_a_row = previous_failed ? in_a_row + 1 : 0;
          const bool deload = deload_after != 0 && in_a_row == deload_after;
          CAPTURE(bits);
          CAPTURE(session);
          if (deload) {
            CHECK(s->load.tenths < last);
            in_a_row = 0;
          } else if (previous_failed) {
            CHECK(s->load.tenths == last);
          } else {
            CHECK(s->load.tenths == last + 25);
          }
        }
        last = s->load.tenths;
      }
    }
  }
}

TEST_CASE("double progression keeps the reps inside the range and the load never falls") {
  for (const int low : {5, 8, 12})
    for (const int width : {0, 2, 4, 7})
      for (const int by : {1, 2, 3, 10}) {
        const auto lo = static_cast<std::uint16_t>(low), hi = static_cast<std::uint16_t>(low + width);
        const auto step = static_cast<std::uint16_t>(by);
        const set_scheme week1 = straight_sets(3, quantity::reps(lo, hi)).at(kg(400));
        const auto p = double_progression_of(step, {25, load_step::unit_kind::tenths}, progression_period::week);
        for (std::uint32_t bits : {0U, 0x5U, 0xF0U, 0x1249U}) {
          const auto failed = failures(bits);
          std::uint32_t last = 0;
          for (std::uint16_t week = 1; week <= 16; ++week) {
            const auto s = progressed(p, week1, week, 1, span<const std::uint16_t>(failed.data(), failed.size()));
            REQUIRE(s);
            CHECK(s->per_set.min >= lo);
            CHECK(s->per_set.min <= hi);
            CHECK(s->per_set.min == s->per_set.max);
            CHECK(s->load.tenths >= last);
            last = s->load.tenths;
          }
        }
      }
}

TEST_CASE("every week of a 5/3/1 program is a valid scheme, its training max raised once a cycle") {
  const auto p = wave_of(five_three_one(kg(1400), five_three_one_lower_body_step_kg));
  const set_scheme week1 = straight_sets(3, 5).at(kg(1000));
  for (std::uint16_t week = 1; week <= 52; ++week) {
    const auto s = progressed(p, week1, week);
    REQUIRE(s);
    CHECK(is_valid(*s));
    const std::uint32_t tm = 1400 + 50 * ((week - 1U) / 4U);
    const std::uint32_t top[] = {850, 900, 950, 600};
    const std::uint32_t expected = (2 * tm * top[(week - 1) % 4] + 1000) / 2000;
    CHECK(s->set_loads[2] == expected);
    CHECK(s->last_set_amap == ((week - 1) % 4 != 3));
  }
}

TEST_CASE("a user's rule runs where the built-in progression does, at run time") {
  struct every_other_week_heavier {
    result<set_scheme> operator()(const set_scheme& week1, const progression_step& at) const {
      set_scheme s = week1;
      if (at.week % 2 == 0) s.load.tenths += 50;
      return s;
    }
  };
  static_assert(ProgressionRule<every_other_week_heavier>);
  const set_scheme week1 = straight_sets(3, 8).at(kg(500));
  CHECK(progressed(every_other_week_heavier{}, week1, 2)->load == kg(550));
  CHECK(progressed(every_other_week_heavier{}, week1, 3)->load == kg(500));
  CHECK(progressed(every_other_week_heavier{}, week1, 0).error() == rule_error(progression_rule::week_zero));
}
