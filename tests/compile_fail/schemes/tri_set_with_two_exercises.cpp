// A tri-set chains three exercises (seed 003: 1A, 1B, 1C); two make a superset.
// Twin: the same tri-set with its third exercise compiles.
#include <sinew/schemes.hpp>

using sinew::grouping_entry;
using sinew::straight_sets;
#ifdef SINEW_COMPILE_FAIL
constexpr auto glutes = sinew::checked(sinew::tri_set({
    grouping_entry{"lateral single-leg cable glute raise", straight_sets(3, 15)},
    grouping_entry{"toes-out dumbbell RDL", straight_sets(3, 12)},
}));
#else
constexpr auto glutes = sinew::checked(sinew::tri_set({
    grouping_entry{"lateral single-leg cable glute raise", straight_sets(3, 15)},
    grouping_entry{"toes-out dumbbell RDL", straight_sets(3, 12)},
    grouping_entry{"toes-out banded glute raise", straight_sets(3, 15)},
}));
#endif
static_assert(glutes.size == 3);
