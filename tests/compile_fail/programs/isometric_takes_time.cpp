// Rule: an isometric exercise is held. A wall sit as a pyramid of reps at a
// tempo does not fit; the twin holds it for 45 s.
#include <sinew/programs.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto prescribed = sinew::checked_fit(sinew::wall_sit, sinew::pyramid({15, 12, 10, 8}).with(sinew::tempo::of(3, 0, 1)));
#else
constexpr auto prescribed = sinew::checked_fit(sinew::wall_sit, sinew::straight_sets(3, sinew::quantity::of(sinew::seconds(45))));
#endif
static_assert(prescribed.sets >= 3);
