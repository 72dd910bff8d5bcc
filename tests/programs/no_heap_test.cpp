// "No heap allocation": every run-time entry point of every layer is called
// here while a replaced global operator new counts allocations, and the count
// must not move. (The exercise benchmarks count the same for the hot queries.)
#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>

#include <sinew/sinew.hpp>

namespace {
std::atomic<std::size_t> allocations{0};
}  // namespace

void* operator new(std::size_t n) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc{};
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

using namespace sinew;

namespace {

// Runs every layer once on values the optimizer cannot see through; returns a
// checksum so that nothing is optimized away.
std::size_t use_every_layer(text_view scheme_text, text_view muscle_name, text_view exercise_name) {
  std::size_t sum = 0;
  // anatomy
  const auto m = lower_body.find_muscle(muscle_name);
  if (m) {
    sum += muscles_performing(info(*m).actions[0].action, role_filter::primary).size();
    sum += actions_of(*m).size() + joints_crossed_by(*m).size() + (is_two_joint(*m) ? 1U : 0U);
    sum += antagonists_of(info(*m).actions[0].action).size() + members_of(info(*m).main_group).size();
  }
  // exercises
  const auto e = match_exercise(exercise_name);
  if (e && m) {
    sum += exercises_covering(*m, coverage::prime).size();
    sum += exercises_covering(*m, coverage::working, exercise_filter{}.without_spinal_load().unilateral()).size();
    sum += static_cast<std::size_t>(role_in(*e, *m)) + static_cast<std::size_t>(emphasis_in(*e, *m) * 100.0F);
    sum += explain(info(*e), *m).count;
    sum += derive(info(*e)).count;
    detail::array<ranked_exercise, 5> ranked{};
    sum += substitutes_for(*e, span<ranked_exercise>(ranked), exercise_filter{}.without_equipment({equipment::barbell}));
    sum += smallest_cover(action_set{hip_extension, knee_flexion, ankle_plantar_flexion}).count;
    detail::array<std::uint32_t, 128> found{};
    sum += exercises_covering(builtin_catalog(), action_id{knee_flexion}, span<std::uint32_t>(found));
  }
  const auto own = parse_exercise("name: cable pull-through; loads: hip_extension; equipment: cable; pattern: hinge");
  sum += own ? own->loads.size() : 0U;
  // schemes and notation
  const auto s = parse_scheme(scheme_text);
  if (s) {
    sum += format(*s).size() + figures_of(*s).total_sets;
    sum += is_valid(*s) ? 1U : 0U;
  }
  const auto line = parse("tri-set: A leg extension 3x20 @321; B leg press 4x10; C hack squat 3x8");
  if (line) sum += format(*line).size() + figures_of(line->group).total_sets;
  // programs
  const auto compound = parse("compound set: A leg extension 3x20; B bodyweight deep squat 3x25");
  if (compound) sum += check_with_anatomy(*compound).has_value() ? 1U : 0U;
  return sum;
}

}  // namespace

TEST_CASE("no layer allocates on the heap") {
  const std::size_t before = allocations.load();
  const std::size_t sum = use_every_layer("pyramid 15,12,10,8,4", "semitendinosus", "Lying Hamstring Curls");
  const std::size_t after = allocations.load();
  CHECK(sum > 0);
  CHECK(after == before);
}

TEST_CASE("the counter does count: a std::string of 100 characters allocates") {
  const std::size_t before = allocations.load();
  const std::string text(100, 'x');
  CHECK(allocations.load() > before);
  CHECK(text.size() == 100);
}
