// Every muscle of the built-in model states its figures on its declaration
// (or literature::not_measured): the check the built-in list passes rejects a
// list with a muscle that states none, naming the rule and the muscle.
// Twin: the same muscle stating that it was not measured compiles.
#include <sinew/anatomy.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct lumbar_flexor final
    : muscle<"lumbar_flexor", in<lower_back>, crosses<lumbar_spine>, primary<lumbar_flexion>> {} lumbar_flexor;
#else
inline constexpr struct lumbar_flexor final
    : muscle<"lumbar_flexor", in<lower_back>, crosses<lumbar_spine>, primary<lumbar_flexion>> {
  static constexpr muscle_figures figures = literature::not_measured;
} lumbar_flexor;
#endif
using muscles = muscle_list<soleus, lumbar_flexor>;
static_assert(!detail::stated_figures_of(muscles::types{})[1].fibers.type_i_percent.known());
static_assert(detail::stated_figures_of(muscles::types{})[0] == soleus.figures);
}  // namespace user
