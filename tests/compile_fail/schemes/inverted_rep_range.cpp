// A rep range runs from its minimum up: "4x12-8" is a typo for "4x8-12".
// Twin: the range the right way round compiles.
#include <sinew/schemes.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto squats = sinew::checked(sinew::straight_sets(4, sinew::quantity::reps(12, 8)));
#else
constexpr auto squats = sinew::checked(sinew::straight_sets(4, sinew::quantity::reps(8, 12)));
#endif
static_assert(squats.sets == 4);
