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
static_assert(name_of(severity::info) == "info" && name_of(condition::no_spinal_loading) == "no_spinal_loading");
}  // namespace

int main() {}
