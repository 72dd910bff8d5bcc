// Proves the mechanism every layer uses for its rules (detail/compile_error.hpp):
// reaching rule_broken during constant evaluation stops compilation, and both
// g++ and clang quote the call site, so the rule's text is in the output.
#include <sinew/detail/compile_error.hpp>

namespace {

constexpr int checked(bool ok) {
  if (!ok) sinew::detail::rule_broken("sinew: harness self-check, a broken rule is named");
  return 1;
}

}  // namespace

#ifdef SINEW_COMPILE_FAIL
static_assert(checked(false) == 1);
#else
static_assert(checked(true) == 1);
#endif
