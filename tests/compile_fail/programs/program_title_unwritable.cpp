// Rule: a session's title holds no '#' (a program file would read the rest as a
// comment). checked() stops compilation on it; the twin's title is plain.
#include <sinew/programs.hpp>

constexpr auto written = [] {
  sinew::program_builder b;
#ifdef SINEW_COMPILE_FAIL
  b.day(1, "Lower #1").add(sinew::goblet_squat, sinew::straight_sets(3, 10));
#else
  b.day(1, "Lower 1").add(sinew::goblet_squat, sinew::straight_sets(3, 10));
#endif
  return b.peek();
}();
constexpr auto p = sinew::checked(written);
static_assert(p.sessions()[0].title == "Lower 1");
