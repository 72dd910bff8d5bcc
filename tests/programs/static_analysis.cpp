// The analysis at compile time: every case of analysis_cases.hpp in a static_assert.
#include "analysis_cases.hpp"

namespace {
using namespace analysis_cases;
#define SINEW_STATIC_CASE(name) static_assert(name(), #name);
SINEW_ANALYSIS_CASES(SINEW_STATIC_CASE)
#undef SINEW_STATIC_CASE

// Every kind has its word, and no two kinds share one.
static_assert(words_of<finding_kind>().size() == finding_kind_count);
static_assert([] {
  for (std::size_t i = 0; i != finding_kind_count; ++i)
    for (std::size_t j = i + 1; j != finding_kind_count; ++j)
      if (words_of<finding_kind>()[i] == words_of<finding_kind>()[j]) return false;
  return true;
}());
static_assert(parse_word<finding_kind>("calf_knee_position").value() == finding_kind::calf_knee_position);

// The volume loop reads each built-in profile's lists in place of its role sets:
// the same members, each part in id order, every group with its role.
static_assert([] {
  using model = builtin_model;
  for (std::size_t x = 0; x != builtin_exercises.size(); ++x) {
    const auto& e = detail::builtin_profiles<model>[x];
    bool ok = true;
    std::size_t k = 0;
    const auto muscles = [&](const muscle_set& s, std::size_t end) {
      s.for_each([&](muscle_id m) { ok = ok && k < end && e.muscle_list[k++] == m; });
      ok = ok && k == end;
    };
    muscles(e.prime, e.prime_end);
    muscles(e.synergist, e.synergist_end);
    muscles(e.stabilizer, e.stabilizer_end);
    k = 0;
    e.roled_groups.for_each([&](group_id g) {
      ok = ok && k < e.group_end && e.group_list[k] == g && e.group_list_role[k] == e.group_role[g.index] && e.group_role[g.index] != 0;
      ++k;
    });
    ok = ok && k == e.group_end;
    k = 0;
    e.prime_groups.for_each([&](group_id g) { ok = ok && k < e.prime_group_end && e.prime_group_list[k++] == g; });
    ok = ok && k == e.prime_group_end;
    k = 0;
    const auto actions = [&](const action_set& s, std::size_t end) {
      s.for_each([&](action_id a) { ok = ok && k < end && e.action_list[k++] == a; });
      ok = ok && k == end;
    };
    actions(builtin_exercises[x].loads, e.loaded_end);
    actions(builtin_exercises[x].assists - builtin_exercises[x].loads, e.action_end);
    if (!ok) return false;
  }
  return true;
}());
static_assert(name_of(severity::info) == "info" && name_of(condition::no_spinal_loading) == "no_spinal_loading");
}  // namespace

int main() {}
