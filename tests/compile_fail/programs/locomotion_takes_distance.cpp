// Rule: a locomotion exercise travels. Sled pushes in reps do not fit; the twin
// pushes 20 m.
#include <sinew/programs.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto prescribed = sinew::checked_fit(sinew::sled_push, sinew::straight_sets(4, 10));
#else
constexpr auto prescribed = sinew::checked_fit(sinew::sled_push, sinew::straight_sets(4, sinew::quantity::of(sinew::metres(20))));
#endif
static_assert(prescribed.sets == 4);
