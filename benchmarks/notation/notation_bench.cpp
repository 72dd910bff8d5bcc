// Parse and format throughput of the notation on realistic lines: the forms
// coaches write (the scheme lines of the articles cited in sinew/sources.hpp),
// in bytes/s.
#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include <sinew/notation.hpp>

namespace {

constexpr std::array<std::string_view, 32> corpus{
    "4 sets of 8-12 reps",
    "4x6-10",
    "3x10-12 per leg",
    "4x10-15 @RPE8 rest 90s",
    "3x12-15",
    "4x15-20 @301",
    "3x20 steps",
    "warm-up 10-15min",
    "main 60-75min",
    "cool-down 10-15min",
    "30s hold",
    "3×15 hold 2s",
    "3×12 @301",
    "3×8 no tempo",
    "pyramid 15, 12, 10, 8, 4 reps",
    "4×15 @80% rest 2min",
    "5x fail 12-15",
    "4×8 + double drop-set each set",
    "3×20 @321",
    "3×25 @bw pause 5s every 5th",
    "double pyramid 20, 15, 12, 8, 12, 15, 20",
    "strip from 5RM",
    "finishing: 150 non-stop @bw",
    "3×12 stretch and squeeze 3s",
    "3×50 yds",
    "AMAP @bw",
    "3x5 @102.5kg @30X1 rest 3min",
    "rest-pause 8+3+3 15s",
    "priming tri-set: 1A. Lateral single-leg cable glute raise 3×15 hold 2s 1B. Toes out dumbbell RDL 3×12 hold 2s "
    "1C. Toes out banded glute raise 3×15 hold 2s",
    "priming compound set: 1A. Leg extension 3×20 @321 1B. Bodyweight deep squat 3×25 @bw pause 5s every 5th",
    "circuit: 1A. Standing calf raise machine 3×12 stretch and squeeze 3s 1B. Seated calf raise machine 3×25 "
    "stretch and squeeze 2s 1C. Tip toe walk 3×50 yds",
    "superset: A back squat 4x6-8 @RPE8; B Bulgarian split squat 3x10/leg; rest 2min",
};

std::size_t corpus_bytes() {
  std::size_t n = 0;
  for (auto l : corpus) n += l.size();
  return n;
}

void parse_lines(benchmark::State& state) {
  for (auto _ : state) {
    for (auto line : corpus) {
      auto r = sinew::parse(line);
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(corpus_bytes()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(corpus.size()));
}
BENCHMARK(parse_lines);

void parse_set_schemes_only(benchmark::State& state) {
  std::vector<std::string_view> schemes;
  std::size_t bytes = 0;
  for (auto line : corpus)
    if (sinew::parse_scheme(line)) {
      schemes.push_back(line);
      bytes += line.size();
    }
  for (auto _ : state) {
    for (auto line : schemes) {
      auto r = sinew::parse_scheme(line);
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(schemes.size()));
}
BENCHMARK(parse_set_schemes_only);

void format_lines(benchmark::State& state) {
  std::vector<sinew::block> values;
  std::size_t bytes = 0;
  for (auto line : corpus) {
    values.push_back(*sinew::parse(line));
    bytes += sinew::format(values.back()).size();
  }
  std::array<char, sinew::line_text_capacity> buffer{};
  for (auto _ : state) {
    for (const auto& v : values) {
      char* end = sinew::format_to(buffer.data(), buffer.data() + buffer.size(), v);
      benchmark::DoNotOptimize(end);
      benchmark::ClobberMemory();
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(values.size()));
}
BENCHMARK(format_lines);

void format_to_fixed_text(benchmark::State& state) {
  std::vector<sinew::set_scheme> values;
  std::size_t bytes = 0;
  for (auto line : corpus)
    if (auto s = sinew::parse_scheme(line)) {
      values.push_back(*s);
      bytes += sinew::format(*s).size();
    }
  for (auto _ : state) {
    for (const auto& v : values) {
      auto text = sinew::format(v);
      benchmark::DoNotOptimize(text);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
}
BENCHMARK(format_to_fixed_text);

}  // namespace
