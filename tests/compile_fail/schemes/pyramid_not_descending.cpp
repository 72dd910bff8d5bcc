// A pyramid's reps go down set by set as the load goes up (seed 003:
// "Pyramid 15, 12, 10, 8, 4 reps (increase weight each set)").
// Twin: the article's own pyramid compiles.
#include <sinew/schemes.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto squats = sinew::checked(sinew::pyramid({15, 12, 10, 10, 4}));
#else
constexpr auto squats = sinew::checked(sinew::pyramid({15, 12, 10, 8, 4}));
#endif
static_assert(squats.sets == 5);
