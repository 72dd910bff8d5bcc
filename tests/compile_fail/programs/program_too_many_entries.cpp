// Rule: a program holds what its limits allow; one entry too many is a compile
// error in constant evaluation that names the limit. The twin stays within it.
#include <sinew/programs.hpp>

constexpr auto p = [] {
  sinew::basic_program_builder<sinew::program_limits{.weeks = 1, .sessions = 1, .blocks = 1, .entries = 1, .groupings = 1}> b;
  b.add(sinew::goblet_squat, sinew::straight_sets(3, 10));
#ifdef SINEW_COMPILE_FAIL
  b.add(sinew::goblet_squat, sinew::straight_sets(3, 10));
#endif
  return b.peek();
}();
static_assert(p.entries().size() == 1);
