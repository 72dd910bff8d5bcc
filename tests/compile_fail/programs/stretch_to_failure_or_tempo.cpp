// Rule: a stretch is not taken to failure. The twin holds it 30 s.
#include <sinew/programs.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto prescribed = sinew::checked_fit(sinew::standing_quad_stretch, sinew::straight_sets(2, sinew::quantity::to_failure()));
#else
constexpr auto prescribed =
    sinew::checked_fit(sinew::standing_quad_stretch, sinew::straight_sets(2, sinew::quantity::of(sinew::seconds(30))));
#endif
static_assert(prescribed.sets == 2);
