// Resolving a written exercise name against the built-in catalog
// (match_exercise_name): an exact name, an app export with its equipment
// ("Romanian Deadlift (Dumbbell)"), a family name ("squat"), a name that fits
// nothing and lists the closest exercises, and a name two exercises share. Each
// is one call: the words read, every alias of the built-in exercises tried, the
// runners-up ranked. A replaced global operator new counts allocations per call
// (counter `allocs_per_query`, expected 0).
#include <benchmark/benchmark.h>

#include <sinew/programs.hpp>


#include "../allocation_counter.hpp"

using sinew_bench::allocations;

namespace {

void resolve(benchmark::State &state, const char *name) {
  const sinew::text_view written{name};
  const std::size_t before = allocations.load();
  for (auto _ : state) {
    auto m = sinew::match_exercise_name(written);
    benchmark::DoNotOptimize(m);
  }
  state.counters["allocs_per_query"] =
      benchmark::Counter(static_cast<double>(allocations.load() - before) / static_cast<double>(state.iterations()));
}

BENCHMARK_CAPTURE(resolve, exact_name, "seated calf raise");
BENCHMARK_CAPTURE(resolve, app_export, "Romanian Deadlift (Dumbbell)");
BENCHMARK_CAPTURE(resolve, family_name, "squat");
BENCHMARK_CAPTURE(resolve, fits_nothing, "Barbell Seated Calf Raise");
BENCHMARK_CAPTURE(resolve, shared_name, "hip abduction");
BENCHMARK_CAPTURE(resolve, long_name, "Toes Out Banded Glute Raises/Back Extensions");

}  // namespace
