// A user's program: it includes sinew's umbrella header from the installed
// package and uses it at compile time and at run time. run.sh also compiles this
// file with only the flags from `pkg-config --cflags sinew`.
#include <sinew/sinew.hpp>
#include <sinew/version.hpp>

#include <cstdio>

static_assert(__cplusplus >= 202002L, "linking sinew::sinew must give its users C++20");
// The library itself, not just its version: a query and a scheme at compile time.
static_assert(sinew::muscles_performing(sinew::knee_flexion).contains(sinew::biceps_femoris_short_head));
static_assert(sinew::figures_of(sinew::scheme<"3x15 @301">).total_sets == 3);

// ... and the same at run time, from text.
static int use_at_run_time() {
  const auto soleus = sinew::lower_body.find_muscle("soleus");
  const auto scheme = sinew::parse_scheme("pyramid 15,12,10,8,4");
  if (!soleus || !scheme || sinew::lower_body.crosses_joint(*soleus, sinew::knee)) return 1;
  return sinew::figures_of(*scheme).total_sets == 5 ? 0 : 1;
}
static_assert(sinew::version_major == SINEW_VERSION_MAJOR);

int main() {
  std::printf("sinew %d.%d.%d\n", sinew::version_major, sinew::version_minor, sinew::version_patch);
  return use_at_run_time();
}
