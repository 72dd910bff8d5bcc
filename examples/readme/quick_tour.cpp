// The README's example, compiled and run by the tests so that it cannot rot.
// [readme-begin]
#include <sinew/sinew.hpp>
#include <cstdio>
using namespace sinew;

// Anatomy as types: the compiler knows which joints each muscle crosses.
static_assert(!crosses_joint(soleus, knee) && crosses_joint(gastrocnemius_medial_head, knee));
static_assert(muscles_performing(knee_flexion).contains(biceps_femoris_short_head));
// Exercises: muscle roles derived from the anatomy, indexed at compile time.
static_assert(exercises_covering(soleus, coverage::prime).contains(seated_calf_raise));
static_assert(role_in(seated_calf_raise, gastrocnemius_medial_head) != muscle_role::prime_mover);
// Set schemes in coach notation, checked while compiling.
static_assert(figures_of(scheme<"pyramid 15,12,10,8,4">).total_reps.max == 49);

int main(int argc, char** argv) {  // the same parser at run time, on the user's text
  const auto parsed = parse_scheme(argc > 1 ? argv[1] : "3x10-12/leg @301");
  if (!parsed) return std::printf("error at byte %zu: %.*s\n", parsed.error().position,
                                  int(parsed.error().message.size()), parsed.error().message.data()), 2;
  const auto canonical = format(*parsed);
  std::printf("%.*s: %u sets\n", int(canonical.size()), canonical.data(), figures_of(*parsed).total_sets);
}
// [readme-end]
