// Rule: drop sets take load off. A glute bridge on bodyweight has none to drop;
// the twin drops the barbell glute bridge's plates.
#include <sinew/programs.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto prescribed = sinew::checked_fit(sinew::glute_bridge, sinew::drop_set(sinew::straight_sets(3, 12), 2));
#else
constexpr auto prescribed = sinew::checked_fit(sinew::barbell_glute_bridge, sinew::drop_set(sinew::straight_sets(3, 12), 2));
#endif
static_assert(prescribed.drops == 2);
