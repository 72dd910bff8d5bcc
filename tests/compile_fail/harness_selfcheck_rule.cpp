// Proves the mechanism every layer uses for its rules (detail/compile_error.hpp):
// reaching rule_broken during constant evaluation stops compilation, and both
// g++ and clang quote the call site (in harness_selfcheck_rule.hpp), so the
// rule's text is in the output.
#include "harness_selfcheck_rule.hpp"

#ifdef SINEW_COMPILE_FAIL
static_assert(harness_selfcheck::checked(false) == 1);
#else
static_assert(harness_selfcheck::checked(true) == 1);
#endif
