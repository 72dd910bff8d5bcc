// Anatomy queries at run time: the same functions the static tests evaluate at
// compile time, answered here on ids that the optimizer cannot see through.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string_view>

#include <sinew/anatomy.hpp>

namespace {

using sinew::lower_body;

void muscles_performing_an_action(benchmark::State& state) {
  std::uint8_t i = 0;
  for (auto _ : state) {
    const sinew::action_id a{static_cast<std::uint8_t>(i++ % lower_body.action_count)};
    benchmark::DoNotOptimize(lower_body.muscles_performing(a, sinew::role_filter::primary));
  }
}
BENCHMARK(muscles_performing_an_action);

void members_of_a_group(benchmark::State& state) {
  std::uint8_t i = 0;
  for (auto _ : state) {
    const sinew::group_id g{static_cast<std::uint8_t>(i++ % lower_body.group_count)};
    benchmark::DoNotOptimize(lower_body.members_of(g));
  }
}
BENCHMARK(members_of_a_group);

void is_two_joint(benchmark::State& state) {
  std::uint16_t i = 0;
  for (auto _ : state) {
    const sinew::muscle_id m{static_cast<std::uint16_t>(i++ % lower_body.muscle_count)};
    benchmark::DoNotOptimize(lower_body.is_two_joint(m));
  }
}
BENCHMARK(is_two_joint);

void find_muscle_by_id_text(benchmark::State& state) {
  constexpr std::string_view names[] = {"soleus", "vastus_medialis", "erector_spinae", "gluteus_maximus"};
  std::size_t i = 0;
  for (auto _ : state) {
    std::string_view name = names[i++ % 4];
    benchmark::DoNotOptimize(name);
    benchmark::DoNotOptimize(lower_body.find_muscle(name));
  }
}
BENCHMARK(find_muscle_by_id_text);

}  // namespace
