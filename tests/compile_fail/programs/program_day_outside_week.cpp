// Rule: a session's day is 1 (Monday) to 7 (Sunday). checked() stops
// compilation on it; the twin trains on Sunday.
#include <sinew/programs.hpp>

constexpr auto written = [] {
  sinew::program_builder b;
#ifdef SINEW_COMPILE_FAIL
  b.day(8).add(sinew::goblet_squat, sinew::straight_sets(3, 10));
#else
  b.day(sinew::weekday::sunday).add(sinew::goblet_squat, sinew::straight_sets(3, 10));
#endif
  return b.peek();
}();
constexpr auto p = sinew::checked(written);
static_assert(p.sessions()[0].day == 7);
