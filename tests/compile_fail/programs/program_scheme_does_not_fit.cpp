// Rule: every entry's scheme fits its exercise. A wall sit for reps stops
// compilation in checked(); the twin holds it for 45 s.
#include <sinew/programs.hpp>

constexpr auto written = [] {
  sinew::program_builder b;
#ifdef SINEW_COMPILE_FAIL
  b.add(sinew::wall_sit, sinew::straight_sets(3, 10));
#else
  b.add(sinew::wall_sit, sinew::straight_sets(3, sinew::quantity::of(sinew::seconds(45))));
#endif
  return b.peek();
}();
constexpr auto p = sinew::checked(written);
static_assert(p.entries().size() == 1);
