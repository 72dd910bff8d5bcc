// A user's program: it includes sinew's umbrella header from the installed
// package and uses it at compile time and at run time. run.sh also compiles this
// file with only the flags from `pkg-config --cflags sinew`.
#include <sinew/sinew.hpp>
#include <sinew/version.hpp>

#include <cstdio>

static_assert(__cplusplus >= 202002L, "linking sinew::sinew must give its users C++20");
static_assert(sinew::version_major == SINEW_VERSION_MAJOR);

int main() {
  std::printf("sinew %d.%d.%d\n", sinew::version_major, sinew::version_minor, sinew::version_patch);
  return 0;
}
