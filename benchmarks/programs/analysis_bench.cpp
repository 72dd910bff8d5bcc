// Analysing programs (analyse(): weekly volume per muscle, group and action,
// session minutes, every finding kind): a week of four sessions of six
// exercises (with a superset and a warm-up), then the same week repeated over
// 1 to 12 weeks, which must grow linearly in weeks (the Complexity line:
// O(N), N = weeks). A replaced global operator new counts allocations per
// analysis (counter `allocs_per_analysis`, expected 0).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>

#include <sinew/programs.hpp>

#include "../allocation_counter.hpp"

using sinew_bench::allocations;

namespace {
using namespace sinew;

/// Four sessions (Monday, Tuesday, Thursday, Friday) of six exercises each, over `weeks` weeks.
program make_program(std::uint16_t weeks) {
  program_builder b{"four-day lower body"};
  for (std::uint16_t w = 1; w <= weeks; ++w) {
    b.week(w);
    b.day(weekday::monday, "Quads").block(block_role::warm_up, 10).add(leg_swings, straight_sets(2, 10));
    b.block(block_role::working)
        .add(barbell_back_squat, straight_sets(4, quantity::reps(6, 8)))
        .add(leg_press, straight_sets(3, 10))
        .group(grouping_kind::superset, {{leg_extension, straight_sets(3, 12)}, {lying_leg_curl, straight_sets(3, 12)}})
        .add(standing_calf_raise, straight_sets(4, 12));
    b.day(weekday::tuesday, "Posterior")
        .add(romanian_deadlift, straight_sets(3, 8))
        .add(hip_thrust, straight_sets(4, quantity::reps(8, 12)))
        .add(seated_leg_curl, straight_sets(3, 12))
        .add(cable_hip_abduction, straight_sets(3, 15))
        .add(seated_calf_raise, straight_sets(3, 15))
        .add(cable_hip_adduction, straight_sets(3, 15));
    b.day(weekday::thursday, "Unilateral")
        .add(bulgarian_split_squat, straight_sets(3, quantity::reps(8, 10)))
        .add(walking_lunge, straight_sets(3, quantity::steps(20)))
        .add(single_leg_romanian_deadlift, straight_sets(3, 10))
        .add(step_up, straight_sets(3, 10))
        .add(clamshell, straight_sets(3, 15))
        .add(single_leg_calf_raise, straight_sets(3, 12));
    b.day(weekday::friday, "Mixed")
        .add(front_squat, straight_sets(4, 6))
        .add(conventional_deadlift, straight_sets(3, 5))
        .add(hack_squat, straight_sets(3, 10))
        .add(nordic_curl, straight_sets(3, 6))
        .add(leg_extension, straight_sets(3, 15))
        .add(donkey_calf_raise, straight_sets(3, 15));
  }
  const auto p = b.build();
  if (!p) std::abort();
  return *p;
}

void analyse_weeks(benchmark::State& state) {
  const auto p = make_program(static_cast<std::uint16_t>(state.range(0)));
  const std::size_t before = allocations.load();
  for (auto _ : state) {
    auto a = analyse(p);
    benchmark::DoNotOptimize(a);
  }
  state.counters["allocs_per_analysis"] =
      benchmark::Counter(static_cast<double>(allocations.load() - before) / static_cast<double>(state.iterations()));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(analyse_weeks)->Arg(1)->Arg(2)->Arg(4)->Arg(8)->Arg(12)->Complexity(benchmark::oN);

}  // namespace
