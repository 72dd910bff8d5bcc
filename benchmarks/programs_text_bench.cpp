// Reading program files (parse_program): a generated 12-week file (4 sessions a
// week, each a warm-up, a working block with a superset and a cool-down: 384
// exercise lines) and each seed routine of examples/programs/ in its canonical
// text. Each iteration reads the whole file: every line classified, every name
// resolved in the built-in catalog, the whole program checked. Counters: bytes
// per second (MB/s) and allocations per parse (expected 0; a replaced global
// operator new counts them).
#include <benchmark/benchmark.h>

#include <string>

#include <sinew/programs.hpp>

#include "allocation_counter.hpp"
#include "seed_routines.hpp"

using sinew_bench::allocations;

namespace {

std::string twelve_weeks() {
  const char* days[] = {"monday: Lower A", "tuesday: Upper", "thursday: Lower B", "friday: Full"};
  std::string t = "program: Twelve weeks\n";
  for (int w = 1; w <= 12; ++w) {
    t += "week " + std::to_string(w) + "\n";
    for (const char* d : days) {
      t += std::string(d) + "\n";
      t += "warm-up 10-15min:\nleg swings 2x10/leg   # loosen up\nbodyweight deep squat 2x10\n";
      t += "working:\n1. barbell back squat 4x6-8 @RPE8 rest 2min\n2. romanian deadlift 3x8-10 @301\n";
      t += "3. walking lunge 3x20 steps\nsuperset: rest 90s\n4A. leg extension 3x12-15\n4B. lying leg curl 3x12-15\n";
      t += "cool-down:\nstanding hamstring stretch 1x30s\n";
    }
  }
  return t;
}

void parse(benchmark::State& state, const std::string& text) {
  const sinew::text_view view{text.data(), text.size()};
  if (!sinew::parse_program(view)) {
    state.SkipWithError("the benchmark's file does not read");
    return;
  }
  const std::size_t before = allocations.load();
  for (auto _ : state) {
    auto p = sinew::parse_program(view);
    benchmark::DoNotOptimize(p);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.counters["allocs_per_parse"] =
      benchmark::Counter(static_cast<double>(allocations.load() - before) / static_cast<double>(state.iterations()));
  state.counters["bytes"] = static_cast<double>(text.size());
}

std::string canonical(const sinew::program& p) {
  std::string out;
  auto sink = [&](sinew::text_view t) { out.append(t.data(), t.size()); };
  sinew::format_program(sink, p);
  return out;
}

const std::string& generated() {
  static const std::string t = twelve_weeks();
  return t;
}

void format(benchmark::State& state) {
  const auto p = sinew::parse_program(sinew::text_view{generated().data(), generated().size()});
  static char buffer[1 << 16];
  const std::size_t before = allocations.load();
  std::size_t bytes = 0;
  for (auto _ : state) {
    char* end = sinew::format_to(buffer, buffer + sizeof buffer, *p);
    bytes += static_cast<std::size_t>(end - buffer);
    benchmark::DoNotOptimize(end);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.counters["allocs_per_format"] =
      benchmark::Counter(static_cast<double>(allocations.load() - before) / static_cast<double>(state.iterations()));
}

const bool registered = [] {
  benchmark::RegisterBenchmark("parse_program/twelve_weeks", [](benchmark::State& s) { parse(s, generated()); });
  for (const auto& seed : seed_routines::all) {
    static std::string texts[sizeof(seed_routines::all) / sizeof(seed_routines::all[0])];
    const std::size_t i = static_cast<std::size_t>(&seed - seed_routines::all);
    texts[i] = canonical(seed.build());
    benchmark::RegisterBenchmark((std::string("parse_program/") + seed.file).c_str(),
                                 [i](benchmark::State& s) { parse(s, texts[i]); });
  }
  benchmark::RegisterBenchmark("format_to/twelve_weeks", format);
  return true;
}();

}  // namespace
