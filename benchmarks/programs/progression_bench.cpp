// Computing week 12 of an exercise under each kind of progression (linear per
// session with failures and a deload rule, double progression, 5/3/1's wave,
// deload weeks), and the load arithmetic a generator calls per set: resolving
// @RPE 8 to kg for a lifter and the plates for a bar. A replaced global
// operator new counts allocations per call (counter `allocs_per_call`, expected 0).
#include <benchmark/benchmark.h>

#include <cstdint>

#include <sinew/exercises.hpp>
#include <sinew/programs.hpp>

#include "../allocation_counter.hpp"

using sinew_bench::allocations;

namespace {

constexpr sinew::load kg(std::uint32_t tenths) { return {sinew::load_kind::kg, tenths}; }
constexpr sinew::load_step plus(std::uint16_t tenths) { return {tenths, sinew::load_step::unit_kind::tenths}; }
constexpr std::uint16_t missed[] = {7, 8, 9, 20};

template <class F>
void measure(benchmark::State& state, F f) {
  const std::size_t before = allocations.load();
  for (auto _ : state) {
    auto r = f();
    benchmark::DoNotOptimize(r);
  }
  state.counters["allocs_per_call"] =
      benchmark::Counter(static_cast<double>(allocations.load() - before) / static_cast<double>(state.iterations()));
}

void week12_linear(benchmark::State& state) {
  const auto p = sinew::linear_load(plus(25), sinew::progression_period::session, 3, 900);
  const auto week1 = sinew::straight_sets(3, 5).at(kg(1000));
  std::uint16_t week = 12;
  benchmark::DoNotOptimize(week);
  measure(state, [&] { return sinew::progressed(p, week1, week, 3, missed); });
}
void week12_double(benchmark::State& state) {
  const auto p = sinew::double_progression_of(1, plus(25), sinew::progression_period::session);
  const auto week1 = sinew::straight_sets(3, sinew::quantity::reps(8, 12)).at(kg(600));
  std::uint16_t week = 12;
  benchmark::DoNotOptimize(week);
  measure(state, [&] { return sinew::progressed(p, week1, week, 3, missed); });
}
void week12_wave(benchmark::State& state) {
  const auto p = sinew::wave_of(sinew::five_three_one(kg(1400), sinew::five_three_one_lower_body_step_kg));
  const auto week1 = sinew::straight_sets(3, 5).at(kg(1000));
  std::uint16_t week = 12;
  benchmark::DoNotOptimize(week);
  measure(state, [&] { return sinew::progressed(p, week1, week); });
}
void week12_deload(benchmark::State& state) {
  const auto p = sinew::linear_load(plus(25), sinew::progression_period::week)
                     .with(sinew::deload_schedule{4, {}, 0, 500, 600});
  const auto week1 = sinew::straight_sets(4, 8).at(kg(800));
  std::uint16_t week = 12;
  benchmark::DoNotOptimize(week);
  measure(state, [&] { return sinew::progressed(p, week1, week); });
}
void resolve_rpe(benchmark::State& state) {
  const auto lifter = *sinew::lifter{}.with_max(sinew::barbell_back_squat, kg(1500));
  const sinew::lifting_place place{};
  const auto written = sinew::load::rpe(8);
  measure(state, [&] { return sinew::resolve(written, 5, lifter, sinew::barbell_back_squat, place); });
}
void plates_for_bar(benchmark::State& state) {
  std::uint32_t target = 1425;
  benchmark::DoNotOptimize(target);
  measure(state, [&] { return sinew::plates_per_side(sinew::commercial_gym_kg, kg(target)); });
}

BENCHMARK(week12_linear);
BENCHMARK(week12_double);
BENCHMARK(week12_wave);
BENCHMARK(week12_deload);
BENCHMARK(resolve_rpe);
BENCHMARK(plates_for_bar);

}  // namespace
