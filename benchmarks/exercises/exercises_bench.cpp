// "Which exercises train this action?" on the built-in catalog (precomputed
// index), on run-time catalogs of 1k, 10k and 100k generated exercises (scans
// of records and of 12-byte rows, and the columnar catalog_index, for actions,
// muscles and groups), and on the same catalogs written the way a typical app
// would (std::string names, std::vector<std::string> actions and muscles,
// string comparison, results in a std::vector), in one run. A replaced global
// operator new counts allocations per query (counter `allocs_per_query`).
#include <benchmark/benchmark.h>

#include <sinew/exercises.hpp>

#include <array>
#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "../allocation_counter.hpp"

using sinew_bench::allocations;

namespace {
using namespace sinew;

// A user's catalog: built-in records with their actions, equipment and flags
// reshuffled, so the scan cannot rely on any order.
std::vector<exercise_record> generate(std::size_t n) {
  std::mt19937 rng(42);
  std::vector<exercise_record> out;
  out.reserve(n);
  for (std::size_t i = 0; i != n; ++i) {
    exercise_record r = builtin_exercises[rng() % builtin_exercises.size()];
    if (rng() % 2 == 0) {
      r.loads = action_set{action_id{static_cast<std::uint8_t>(rng() % lower_body_model::action_count)}};
      r.assists = action_set{};
      if (rng() % 3 == 0) r.assists.insert(action_id{static_cast<std::uint8_t>(rng() % lower_body_model::action_count)});
      r.assists -= r.loads;
    }
    r.equipment = equipment_set{static_cast<equipment>(rng() % 8)};
    out.push_back(r);
  }
  return out;
}

// The typical app.
struct app_exercise {
  std::string id;
  std::string name;
  std::vector<std::string> actions;
  std::vector<std::string> muscles;
  std::vector<std::string> equipment;
};

std::vector<app_exercise> to_app(const std::vector<exercise_record>& records) {
  std::vector<app_exercise> out;
  out.reserve(records.size());
  for (const auto& r : records) {
    app_exercise a{std::string(r.id), std::string(r.name), {}, {}, {}};
    (r.loads | r.assists).for_each([&](action_id x) { a.actions.emplace_back(lower_body.info(x).id); });
    for (const auto& w : derive(r)) a.muscles.emplace_back(lower_body.info(w.muscle).id);
    for (std::size_t q = 0; q != equipment_count; ++q)
      if (r.equipment.contains(static_cast<equipment>(q))) a.equipment.emplace_back(name_of(static_cast<equipment>(q)));
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<const app_exercise*> app_covering(const std::vector<app_exercise>& catalog, const std::string& action) {
  std::vector<const app_exercise*> found;
  for (const auto& e : catalog)
    for (const auto& a : e.actions)
      if (a == action) {
        found.push_back(&e);
        break;
      }
  return found;
}

const std::array<action_id, 4> queried{action_id{knee_flexion}, action_id{hip_extension},
                                       action_id{ankle_plantar_flexion}, action_id{hip_abduction}};

// Runs query(i) once per iteration (i counts them), reports the allocations per
// query and, when each query looks at `per_query` exercises, the time per exercise.
template <class Query>
void measure(benchmark::State& state, std::int64_t per_query, Query&& query) {
  std::size_t i = 0;
  const std::size_t before = allocations.load();
  for (auto _ : state) {
    auto answer = query(i++);
    benchmark::DoNotOptimize(answer);
  }
  state.counters["allocs_per_query"] = benchmark::Counter(
      static_cast<double>(allocations.load() - before) / static_cast<double>(state.iterations()));
  if (per_query == 0) return;
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * per_query);
  state.counters["ns_per_exercise"] = benchmark::Counter(
      static_cast<double>(per_query), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

/// The action asked about in query i, hidden from the optimizer.
action_id action_for(std::size_t i) {
  action_id a = queried[i & 3U];
  benchmark::DoNotOptimize(a);
  return a;
}

const auto at_home = exercise_filter{}.with_equipment({equipment::dumbbell, equipment::bodyweight}).without_spinal_load();

void builtin_index(benchmark::State& state) {
  measure(state, 0, [](std::size_t i) { return exercises_covering(action_for(i)); });
}
BENCHMARK(builtin_index)->Name("covering_action/builtin_index");

void builtin_index_filtered(benchmark::State& state) {
  measure(state, 0, [](std::size_t i) { return exercises_covering(action_for(i), coverage::working, at_home); });
}
BENCHMARK(builtin_index_filtered)->Name("covering_action/builtin_index_filtered");

void runtime_scan(benchmark::State& state) {
  const auto catalog = generate(static_cast<std::size_t>(state.range(0)));
  std::vector<std::uint32_t> out(catalog.size());
  measure(state, state.range(0), [&](std::size_t i) {
    const std::size_t n = exercises_covering(std::span<const exercise_record>(catalog), action_for(i),
                                             std::span<std::uint32_t>(out));
    benchmark::DoNotOptimize(out.data());
    return n;
  });
}
BENCHMARK(runtime_scan)->Name("covering_action/runtime_scan")->Arg(1000)->Arg(10000)->Arg(100000);

void runtime_scan_bits(benchmark::State& state) {
  const auto catalog = generate(static_cast<std::size_t>(state.range(0)));
  std::vector<std::uint64_t> bits((catalog.size() + 63) / 64);
  measure(state, state.range(0), [&](std::size_t i) {
    const std::size_t n = exercises_covering(std::span<const exercise_record>(catalog), action_for(i),
                                             std::span<std::uint64_t>(bits));
    benchmark::DoNotOptimize(bits.data());
    return n;
  });
}
BENCHMARK(runtime_scan_bits)->Name("covering_action/runtime_scan_bitset")->Arg(1000)->Arg(10000)->Arg(100000);

void runtime_rows(benchmark::State& state) {
  const auto catalog = generate(static_cast<std::size_t>(state.range(0)));
  std::vector<exercise_scan_row> rows(catalog.size());
  index_catalog(std::span<const exercise_record>(catalog), std::span<exercise_scan_row>(rows));
  std::vector<std::uint32_t> out(catalog.size());
  measure(state, state.range(0), [&](std::size_t i) {
    const std::size_t n = exercises_covering(std::span<const exercise_scan_row>(rows), action_for(i),
                                             std::span<std::uint32_t>(out))
                              .value();  // built-in actions: rows hold them
    benchmark::DoNotOptimize(out.data());
    return n;
  });
}
BENCHMARK(runtime_rows)->Name("covering_action/runtime_scan_rows")->Arg(1000)->Arg(10000)->Arg(100000);

void runtime_index(benchmark::State& state, bool filtered) {
  const auto catalog = generate(static_cast<std::size_t>(state.range(0)));
  std::vector<std::uint64_t> storage(catalog_index::words_needed(catalog.size()));
  const catalog_index index{std::span<const exercise_record>(catalog), std::span<std::uint64_t>(storage)};
  std::vector<std::uint64_t> bits(index.words());
  measure(state, state.range(0), [&](std::size_t i) {
    const std::size_t n = filtered ? exercises_covering(index, action_for(i), std::span<std::uint64_t>(bits),
                                                        coverage::working, at_home)
                                   : exercises_covering(index, action_for(i), std::span<std::uint64_t>(bits));
    benchmark::DoNotOptimize(bits.data());
    return n;
  });
}
BENCHMARK_CAPTURE(runtime_index, plain, false)->Name("covering_action/runtime_columnar_index")->Arg(1000)->Arg(10000)->Arg(100000);
BENCHMARK_CAPTURE(runtime_index, filtered, true)
    ->Name("covering_action/runtime_columnar_index_filtered")
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000);

void runtime_scan_muscle(benchmark::State& state) {
  const auto catalog = generate(static_cast<std::size_t>(state.range(0)));
  std::vector<std::uint32_t> out(catalog.size());
  measure(state, state.range(0), [&](std::size_t) {
    muscle_id m = soleus;
    benchmark::DoNotOptimize(m);
    return exercises_covering(std::span<const exercise_record>(catalog), m, std::span<std::uint32_t>(out),
                              coverage::prime);
  });
}
BENCHMARK(runtime_scan_muscle)->Name("covering_muscle_prime/runtime_scan")->Arg(10000);

// Muscles and groups on the columnar index: the derivation ran once per record
// when the index was built; a query is word operations, like an action's.
template <class Target>
void runtime_index_body(benchmark::State& state, Target target, coverage c) {
  const auto catalog = generate(static_cast<std::size_t>(state.range(0)));
  std::vector<std::uint64_t> storage(catalog_index::words_needed(catalog.size()));
  const catalog_index index{std::span<const exercise_record>(catalog), std::span<std::uint64_t>(storage)};
  std::vector<std::uint64_t> bits(index.words());
  measure(state, state.range(0), [&](std::size_t) {
    Target t = target;
    benchmark::DoNotOptimize(t);
    return exercises_covering(index, t, std::span<std::uint64_t>(bits), c).matches;
  });
}
BENCHMARK_CAPTURE(runtime_index_body, soleus, muscle_id{soleus}, coverage::prime)
    ->Name("covering_muscle_prime/runtime_columnar_index")->Arg(1000)->Arg(10000)->Arg(100000);
BENCHMARK_CAPTURE(runtime_index_body, glutes, group_id{glutes}, coverage::working)
    ->Name("covering_group/runtime_columnar_index")->Arg(1000)->Arg(10000)->Arg(100000);

void baseline(benchmark::State& state) {
  const auto catalog = to_app(generate(static_cast<std::size_t>(state.range(0))));
  const std::array<std::string, 4> names{"knee_flexion", "hip_extension", "ankle_plantar_flexion", "hip_abduction"};
  measure(state, state.range(0), [&](std::size_t i) { return app_covering(catalog, names[i & 3U]).size(); });
}
BENCHMARK(baseline)->Name("covering_action/baseline_strings")->Arg(1000)->Arg(10000)->Arg(100000);

}  // namespace
