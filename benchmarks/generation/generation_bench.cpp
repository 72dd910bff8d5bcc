// The program generator (generate): a week from the built-in catalog for a few
// representative requests (2, 3 and 5 days; hypertrophy and strength; a full
// gym and the body alone), a week from run-time catalogs of 1k to 10k
// exercises (the Complexity line: O(N), N = catalog size, must stay linear),
// a 12-week program, and computing each of its 12 weeks (week_of). A replaced
// global operator new counts allocations per program (counter
// `allocs_per_program`); the generator promises none, so any allocation makes
// the run fail (exit status 1) after every benchmark has reported.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include <sinew/generation.hpp>

#include "../allocation_counter.hpp"

using sinew_bench::allocations;

namespace {
using namespace sinew;

/// Set when a benchmark saw an allocation or the generator refused a request.
bool failed = false;

/// A run that allocated is an error, shown in the benchmark's row and in the exit status.
void require_no_allocation(benchmark::State& state, std::size_t before, const char* what) {
  const std::size_t n = allocations.load() - before;
  state.counters["allocs_per_program"] =
      benchmark::Counter(static_cast<double>(n) / static_cast<double>(state.iterations()));
  if (n != 0) {
    std::fprintf(stderr, "generation_bench: %s made %zu heap allocations in %lld programs (expected none)\n", what, n,
                 static_cast<long long>(state.iterations()));
    state.SkipWithError("heap allocation in the generator");
    failed = true;
  }
}

/// The program of `q` (checked once, outside the timed loop): a refused request is an error.
bool generates(benchmark::State& state, const plan_request& q, span<const exercise_record> catalog) {
  const auto p = generate(q, catalog);
  if (p) return true;
  std::fprintf(stderr, "generation_bench: the request was refused: %.*s\n",
               static_cast<int>(p.error().message.size()), p.error().message.data());
  state.SkipWithError("the generator refused the request");
  failed = true;
  return false;
}

/// Generates `q`'s program from `catalog` once per iteration.
void measure(benchmark::State& state, const plan_request& q, span<const exercise_record> catalog, const char* what) {
  if (!generates(state, q, catalog)) return;
  const std::size_t before = allocations.load();
  for (auto _ : state) {
    auto p = generate(q, catalog);
    benchmark::DoNotOptimize(p);
  }
  require_no_allocation(state, before, what);
}

plan_request request(std::uint8_t days, training_goal goal, equipment_set equipment) {
  plan_request q{};
  q.days = days;
  q.goal = goal;
  q.equipment = equipment;
  q.seed = 7;
  return q;
}

const equipment_set full_gym = equipment_set::all();
const equipment_set bodyweight = equipment_set{};

// --- a week from the built-in catalog ------------------------------------------------------

void week_2_days_hypertrophy_gym(benchmark::State& state) {
  measure(state, request(2, training_goal::hypertrophy, full_gym), builtin_catalog(), "2 days, hypertrophy, gym");
}
void week_3_days_hypertrophy_gym(benchmark::State& state) {
  measure(state, request(3, training_goal::hypertrophy, full_gym), builtin_catalog(), "3 days, hypertrophy, gym");
}
void week_3_days_strength_gym(benchmark::State& state) {
  measure(state, request(3, training_goal::strength, full_gym), builtin_catalog(), "3 days, strength, gym");
}
void week_5_days_strength_gym(benchmark::State& state) {
  measure(state, request(5, training_goal::strength, full_gym), builtin_catalog(), "5 days, strength, gym");
}
void week_3_days_hypertrophy_bodyweight(benchmark::State& state) {
  measure(state, request(3, training_goal::hypertrophy, bodyweight), builtin_catalog(),
          "3 days, hypertrophy, bodyweight");
}
void week_5_days_hypertrophy_bodyweight(benchmark::State& state) {
  measure(state, request(5, training_goal::hypertrophy, bodyweight), builtin_catalog(),
          "5 days, hypertrophy, bodyweight");
}
// The same request into a program sized for one generated week (the default
// program_limits hold 16 weeks of 64 sessions: about 100 KB a program, which
// generate builds, copies and analyses): what the size costs.
constexpr program_limits one_week{1, max_week_sessions, 5 * max_week_sessions, max_week_sessions * max_session_exercises,
                                  max_week_sessions * max_session_exercises / 2, 32};
void week_3_days_hypertrophy_gym_week_sized(benchmark::State& state) {
  const plan_request q = request(3, training_goal::hypertrophy, full_gym);
  const auto first = generate<builtin_model, one_week>(q);
  if (!first) {
    std::fprintf(stderr, "generation_bench: the request was refused: %.*s\n",
                 static_cast<int>(first.error().message.size()), first.error().message.data());
    state.SkipWithError("the generator refused the request");
    failed = true;
    return;
  }
  const std::size_t before = allocations.load();
  for (auto _ : state) {
    auto p = generate<builtin_model, one_week>(q);
    benchmark::DoNotOptimize(p);
  }
  require_no_allocation(state, before, "3 days, hypertrophy, gym, a week-sized program");
}

BENCHMARK(week_2_days_hypertrophy_gym)->Name("builtin/2_days_hypertrophy_gym");
BENCHMARK(week_3_days_hypertrophy_gym)->Name("builtin/3_days_hypertrophy_gym");
BENCHMARK(week_3_days_strength_gym)->Name("builtin/3_days_strength_gym");
BENCHMARK(week_5_days_strength_gym)->Name("builtin/5_days_strength_gym");
BENCHMARK(week_3_days_hypertrophy_bodyweight)->Name("builtin/3_days_hypertrophy_bodyweight");
BENCHMARK(week_5_days_hypertrophy_bodyweight)->Name("builtin/5_days_hypertrophy_bodyweight");
BENCHMARK(week_3_days_hypertrophy_gym_week_sized)->Name("builtin/3_days_hypertrophy_gym_week_sized_program");

// --- a week from a run-time catalog ---------------------------------------------------------

/// A user's catalog of n exercises: the built-in records in turn, each copy
/// under its own id and name (text kept alive for the whole run, as a loaded
/// file's would be), so the generator ranks n distinct candidates.
struct user_catalog {
  std::deque<std::string> text;  // a deque: adding text never moves what records view
  std::vector<exercise_record> records;
};

span<const exercise_record> catalog_of(std::size_t n) {
  static std::map<std::size_t, user_catalog> made;
  user_catalog& c = made[n];
  if (c.records.empty()) {
    const auto builtin = builtin_catalog();
    c.records.reserve(n);
    for (std::size_t i = 0; i != n; ++i) {
      exercise_record r = builtin[i % builtin.size()];
      const std::string copy = std::to_string(i / builtin.size());
      c.text.push_back(std::string(r.id.data(), r.id.size()) + "_v" + copy);
      r.id = text_view{c.text.back().data(), c.text.back().size()};
      c.text.push_back(std::string(r.name.data(), r.name.size()) + " (variant " + copy + ")");
      r.name = text_view{c.text.back().data(), c.text.back().size()};
      c.records.push_back(r);
    }
  }
  return {c.records.data(), c.records.size()};
}

void week_runtime_catalog(benchmark::State& state) {
  const auto catalog = catalog_of(static_cast<std::size_t>(state.range(0)));
  measure(state, request(3, training_goal::hypertrophy, full_gym), catalog, "a run-time catalog");
  state.SetComplexityN(state.range(0));
}
BENCHMARK(week_runtime_catalog)
    ->Name("runtime_catalog/3_days_hypertrophy_gym")
    ->Arg(1000)
    ->Arg(2000)
    ->Arg(5000)
    ->Arg(10000)
    ->Complexity(benchmark::oN);

// --- twelve weeks ---------------------------------------------------------------------------

plan_request twelve_weeks() {
  plan_request q = request(3, training_goal::hypertrophy, full_gym);
  q.weeks = 12;
  return q;
}

void program_12_weeks(benchmark::State& state) {
  measure(state, twelve_weeks(), builtin_catalog(), "12 weeks");
}
BENCHMARK(program_12_weeks)->Name("builtin/12_weeks_3_days_hypertrophy_gym");

/// Every week of the 12-week program computed from its first (week_of, progressions applied).
void all_12_weeks(benchmark::State& state) {
  const plan_request q = twelve_weeks();
  if (!generates(state, q, builtin_catalog())) return;
  static const program p = *generate(q);
  const std::size_t before = allocations.load();
  for (auto _ : state) {
    for (std::uint16_t w = 1; w <= 12; ++w) {
      auto week = week_of(p, w);
      benchmark::DoNotOptimize(week);
    }
  }
  require_no_allocation(state, before, "week_of over 12 weeks");
}
BENCHMARK(all_12_weeks)->Name("builtin/week_of_each_of_12_weeks");

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  if (failed) std::fprintf(stderr, "generation_bench: FAILED (see the messages above)\n");
  return failed ? 1 : 0;
}
