// compile_time.sh: a translation unit that uses every layer, as an application
// would - anatomy queries, exercise queries and derivation, scheme literals,
// parsing and formatting - at compile time and at run time.
#include <sinew/sinew.hpp>

using namespace sinew;

static_assert(muscles_performing(knee_flexion, role_filter::primary).size() == 4);
static_assert(!crosses_joint(soleus, knee) && is_two_joint(rectus_femoris));
static_assert(exercises_covering(soleus, coverage::prime).contains(seated_calf_raise));
static_assert(figures_of(scheme<"pyramid 15,12,10,8,4">).total_sets == 5);
static_assert(parse_scheme("4x8 + 2 drops").has_value());

int main(int argc, char** argv) {
  const text_view input = argc > 1 ? argv[1] : "3x10-12/leg @301";
  const auto scheme_read = parse_scheme(input);
  const auto muscle = lower_body.find_muscle(input);
  std::size_t n = 0;
  if (muscle) n += exercises_covering(*muscle, coverage::working).size();
  if (scheme_read) n += format(*scheme_read).size() + figures_of(*scheme_read).total_sets;
  n += static_cast<std::size_t>(role_in(exercise_id{seated_calf_raise}, muscle_id{soleus}));
  n += antagonists_of(hip_abduction).size() + members_of(hamstrings).size();
  return static_cast<int>(n % 2);
}
