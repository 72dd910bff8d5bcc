// Each drop of a drop set takes weight off; a drop that adds load is not a drop.
// Twin: 20% off per drop compiles.
#include <sinew/schemes.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto curls = sinew::checked(sinew::drop_set(sinew::straight_sets(4, 8), 2, +10));
#else
constexpr auto curls = sinew::checked(sinew::drop_set(sinew::straight_sets(4, 8), 2, -20));
#endif
static_assert(curls.drops == 2);
