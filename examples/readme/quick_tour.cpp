// The README's example, compiled and run by the tests so that it cannot rot.
// [readme-begin]
#include <sinew/sinew.hpp>
#include <cstdio>
using namespace sinew;

static_assert(!crosses_joint(soleus, knee));                                           // anatomy in types
static_assert(role_in(seated_calf_raise, soleus) == muscle_role::prime_mover);         // roles derived from it
static_assert(figures_of(scheme<"pyramid 15,12,10,8,4">).total_reps.max == 49);        // coach notation, checked

int main(int argc, char** argv) {  // the same at run time, on text from a user
  const auto s = parse_scheme(argc > 1 ? argv[1] : "3x10-12/leg @301");
  if (!s) return std::printf("byte %zu: %.*s\n", s.error().position, int(s.error().message.size()), s.error().message.data()), 2;
  std::printf("%.*s: %u sets\n", int(format(*s).size()), format(*s).data(), figures_of(*s).total_sets);
}
// [readme-end]
