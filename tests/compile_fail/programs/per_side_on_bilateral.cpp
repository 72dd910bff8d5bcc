// Rule: per leg is for unilateral exercises. A back squat per leg does not fit;
// the twin counts the Bulgarian split squat per leg.
#include <sinew/programs.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto prescribed = sinew::checked_fit(sinew::barbell_back_squat, sinew::straight_sets(3, sinew::quantity::reps(10).per_leg()));
#else
constexpr auto prescribed =
    sinew::checked_fit(sinew::bulgarian_split_squat, sinew::straight_sets(3, sinew::quantity::reps(10).per_leg()));
#endif
static_assert(prescribed.sets == 3);
