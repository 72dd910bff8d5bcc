// A user's program built together with sinew's source tree.
#include <sinew/sinew.hpp>
#include <sinew/version.hpp>

#include <cstdio>

static_assert(__cplusplus >= 202002L, "linking sinew::sinew must give its users C++20");

int main() {
  int level = sinew::version_major;
  {
    // Shadows `level`: warns only under -Wshadow, which is sinew's flag, not
    // this project's. The build fails if sinew leaked its -Wshadow -Werror.
    int level = 1;
    (void)level;
  }
  std::printf("sinew %d.%d.%d\n", level, sinew::version_minor, sinew::version_patch);
  return 0;
}
