// A line written in code is checked against the exercises its names match: a
// wall sit in a superset is held for a time, not counted in reps. Twin: the
// same superset with the wall sit held 45 s compiles.
#include <sinew/notation.hpp>
#include <sinew/programs.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto pair = sinew::checked_with_anatomy(sinew::line<"superset: A wall sit 3x12; B walking lunge 3x10/leg">);
#else
constexpr auto pair = sinew::checked_with_anatomy(sinew::line<"superset: A wall sit 3x45s; B walking lunge 3x10/leg">);
#endif
static_assert(pair.group.size == 2);
