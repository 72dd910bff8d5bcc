// "No heap allocation": every run-time entry point of every layer is called
// here while a replaced global operator new counts allocations, and the count
// must not move. (The exercise benchmarks count the same for the hot queries.)
#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>

#include "../../benchmarks/allocation_counter.hpp"
#include <sinew/sinew.hpp>

using sinew_bench::allocations;

using namespace sinew;

namespace {

// What each layer contributed, so that a layer whose lookup failed (and was
// therefore never called) cannot pass unnoticed on the other layers' calls.
struct layer_sums {
  std::size_t anatomy = 0, exercises = 0, parse_exercise = 0, schemes = 0, lines = 0, programs = 0;
  bool found_muscle = false, found_exercise = false, parsed_exercise = false, parsed_scheme = false, parsed_line = false,
       parsed_compound = false;
};

// Runs every layer once on values the optimizer cannot see through; the sums
// keep anything from being optimized away. Results are only recorded here:
// doctest's checks may allocate, so they run after the counter is read.
layer_sums use_every_layer(text_view scheme_text, text_view muscle_name, text_view exercise_name) {
  layer_sums sum{};
  // anatomy
  const auto m = lower_body.find_muscle(muscle_name);
  sum.found_muscle = m.has_value();
  if (m) {
    sum.anatomy += muscles_performing(info(*m).actions[0].action, role_filter::primary).size();
    sum.anatomy += actions_of(*m).size() + joints_crossed_by(*m).size() + (is_two_joint(*m) ? 1U : 0U);
    sum.anatomy += antagonists_of(info(*m).actions[0].action).size() + members_of(info(*m).main_group).size();
  }
  // exercises
  const auto e = match_exercise(exercise_name);
  sum.found_exercise = e.has_value();
  if (e && m) {
    sum.exercises += exercises_covering(*m, coverage::prime).size();
    sum.exercises += exercises_covering(*m, coverage::working, exercise_filter{}.without_spinal_load().unilateral()).size();
    sum.exercises += static_cast<std::size_t>(role_in(*e, *m)) + static_cast<std::size_t>(emphasis_in(*e, *m) * 100.0F);
    sum.exercises += explain(info(*e), *m).count;
    sum.exercises += derive(info(*e)).count;
    detail::array<ranked_exercise, 5> ranked{};
    sum.exercises += substitutes_for(*e, span<ranked_exercise>(ranked), exercise_filter{}.without_equipment({equipment::barbell}));
    sum.exercises += smallest_cover(action_set{hip_extension, knee_flexion, ankle_plantar_flexion}).count;
    detail::array<std::uint32_t, 128> found{};
    sum.exercises += exercises_covering(builtin_catalog(), action_id{knee_flexion}, span<std::uint32_t>(found));
  }
  const auto own = parse_exercise("name: cable pull-through; loads: hip_extension; equipment: cable; pattern: hinge");
  sum.parsed_exercise = own.has_value();
  sum.parse_exercise += own ? own->loads.size() : 0U;
  // schemes and notation
  const auto s = parse_scheme(scheme_text);
  sum.parsed_scheme = s.has_value();
  if (s) {
    sum.schemes += format(*s).size() + figures_of(*s).total_sets;
    sum.schemes += is_valid(*s) ? 1U : 0U;
  }
  const auto line = parse("tri-set: A leg extension 3x20 @321; B leg press 4x10; C hack squat 3x8");
  sum.parsed_line = line.has_value();
  if (line) sum.lines += format(*line).size() + figures_of(line->group).total_sets;
  // programs
  const auto compound = parse("compound set: A leg extension 3x20; B bodyweight deep squat 3x25");
  sum.parsed_compound = compound.has_value();
  if (compound) sum.programs += check_with_anatomy(*compound).has_value() ? 1U : 0U;
  return sum;
}

}  // namespace

TEST_CASE("no layer allocates on the heap") {
  const std::size_t before = allocations.load();
  const layer_sums sum = use_every_layer("pyramid 15,12,10,8,4", "semitendinosus", "Lying Hamstring Curls");
  const std::size_t after = allocations.load();
  CHECK(after == before);
  // Every layer really ran: each lookup and parse succeeded and each layer's calls gave an answer.
  CHECK(sum.found_muscle);
  CHECK(sum.found_exercise);
  CHECK(sum.parsed_exercise);
  CHECK(sum.parsed_scheme);
  CHECK(sum.parsed_line);
  CHECK(sum.parsed_compound);
  CHECK(sum.anatomy > 0);
  CHECK(sum.exercises > 0);
  CHECK(sum.parse_exercise > 0);
  CHECK(sum.schemes > 0);
  CHECK(sum.lines > 0);
  CHECK(sum.programs > 0);
}

TEST_CASE("the counter does count: a std::string of 100 characters allocates") {
  const std::size_t before = allocations.load();
  const std::string text(100, 'x');
  CHECK(allocations.load() > before);
  CHECK(text.size() == 100);
}
