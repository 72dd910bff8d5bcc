// Run-time tests of load arithmetic (programs/loads.hpp): the same functions on
// values known only at run time, and properties over every input of a range.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include <sinew/exercises.hpp>
#include <sinew/programs/loads.hpp>

using namespace sinew;

namespace {
load kg(std::uint32_t tenths) { return {load_kind::kg, tenths}; }
load rpe(std::uint32_t tenths) { return {load_kind::rpe, tenths}; }
std::uint32_t total(const gym& g, const plate_loading& p) {
  std::uint32_t side = 0;
  for (std::size_t i = 0; i != p.sizes; ++i) side += std::uint32_t{p.per_side[i].hundredths} * p.per_side[i].pairs;
  return g.bar + side / 5U;  // two sides of hundredths, in tenths
}
}  // namespace

TEST_CASE("Epley and Brzycki agree with their formulas in floating point, to the tenth") {
  for (std::uint32_t w = 10; w <= 5000; w += 7)
    for (int r = 2; r <= 12; ++r) {
      CAPTURE(w);
      CAPTURE(r);
      const double epley = std::floor(w * (1.0 + r / 30.0) + 0.5 + 1e-9);
      const double brzycki = std::floor(w * 36.0 / (37.0 - r) + 0.5 + 1e-9);
      CHECK(epley_1rm(kg(w), r)->tenths == static_cast<std::uint32_t>(epley));
      CHECK(brzycki_1rm(kg(w), r)->tenths == static_cast<std::uint32_t>(brzycki));
    }
}

TEST_CASE("an estimated 1RM rises with the reps and is never below the load lifted") {
  for (std::uint32_t w = 1; w <= 3000; w += 13) {
    std::uint32_t last_e = 0, last_b = 0;
    for (std::uint16_t r = 1; r <= max_estimate_reps; ++r) {
      const auto e = epley_1rm(kg(w), r), b = brzycki_1rm(kg(w), r);
      REQUIRE(e);
      REQUIRE(b);
      CHECK(e->tenths >= last_e);
      CHECK(b->tenths >= last_b);
      CHECK(e->tenths >= w);
      last_e = e->tenths;
      last_b = b->tenths;
    }
  }
}

TEST_CASE("the RPE chart falls with reps and with reserve, and reads back at every tenth of RPE") {
  for (std::uint16_t r = 1; r <= 12; ++r) {
    std::uint32_t last = 1001;
    for (std::uint32_t e = 100; e >= 10; --e) {
      const auto p = percent_of_1rm_for(r, rpe(e));
      if (!p) {
        CHECK(p.error() == rule_error(load_rule::chart_effort));
        CHECK(r * 10U + (100U - e) > 155U);
        continue;
      }
      CHECK(p->tenths < last);  // strictly: no two tenths of RPE share a load
      last = p->tenths;
      const auto back = rpe_for(r, *p);
      REQUIRE(back);
      // Rounding to a tenth of a percent moves the answer by at most a tenth of RPE.
      CHECK(std::abs(static_cast<int>(back->tenths) - static_cast<int>(e)) <= 1);
    }
  }
  for (std::uint16_t r = 2; r <= 12; ++r)
    CHECK(percent_of_1rm_for(r, rpe(90))->tenths < percent_of_1rm_for(static_cast<std::uint16_t>(r - 1), rpe(90))->tenths);
}

TEST_CASE("every load nearest_load gives on a barbell is one the plates make, and no other is nearer") {
  for (const gym* g : {&commercial_gym_kg, &commercial_gym_lb}) {
    // The achievable loads, by brute force over the plate counts.
    std::vector<std::uint32_t> made;
    const auto& p = g->plates;
    std::vector<int> c(g->plate_sizes, 0);
    while (true) {
      std::uint32_t side = 0;
      for (std::size_t i = 0; i != g->plate_sizes; ++i) side += p[i].hundredths * static_cast<std::uint32_t>(c[i]);
      made.push_back(g->bar + side / 5U);
      std::size_t i = 0;
      while (i != g->plate_sizes && ++c[i] > p[i].pairs) c[i++] = 0;
      if (i == g->plate_sizes) break;
    }
    std::uint32_t heaviest = 0;
    for (auto m : made) heaviest = m > heaviest ? m : heaviest;
    for (std::uint32_t t = g->bar; t <= heaviest; ++t) {
      CAPTURE(t);
      const auto n = nearest_load(*g, implement::barbell, {g->unit, t});
      REQUIRE(n);
      std::uint32_t best = made[0];
      for (auto m : made) {
        const auto dm = m > t ? m - t : t - m, db = best > t ? best - t : t - best;
        if (dm < db || (dm == db && m < best)) best = m;
      }
      CHECK(n->tenths == best);
      const auto plates = plates_per_side(*g, *n);
      REQUIRE(plates);
      CHECK(total(*g, *plates) == n->tenths);
    }
    CHECK(nearest_load(*g, implement::barbell, {g->unit, heaviest + 1}).error() == rule_error(load_rule::above_heaviest));
  }
}

TEST_CASE("resolve reads a lifter's maxes at run time") {
  lifter someone;
  auto r = someone.with_max(barbell_back_squat, kg(1500));
  REQUIRE(r);
  r = r->with_max(barbell_back_squat, kg(1600));  // replaces
  REQUIRE(r);
  CHECK(r->count == 1);
  CHECK(*r->one_rep_max(barbell_back_squat) == kg(1600));
  const lifting_place rack{};
  CHECK(*resolve(load::percent_of_1rm(75), 5, *r, barbell_back_squat, rack) == kg(1200));
  // 16 maxes fit, the 17th does not.
  lifter full;
  for (std::uint16_t i = 0; i != max_lifter_maxes; ++i) full = *full.with_max(exercise_id{i}, kg(1000));
  CHECK(full.with_max(exercise_id{16}, kg(1000)).error() == rule_error(load_rule::lifter_full));
  // Dumbbells: 32 % of a 100 kg 1RM on a 2 kg rack is 32 kg; on the machine 30 (32 is nearer 30 than 35).
  const lifter presser = *lifter{}.with_max(leg_press, kg(1000));
  CHECK(*resolve(load::percent_of_1rm(32), 10, presser, leg_press, {commercial_gym_kg, implement::dumbbell}) == kg(320));
  CHECK(*resolve(load::percent_of_1rm(32), 10, presser, leg_press, {commercial_gym_kg, implement::machine}) == kg(300));
}
