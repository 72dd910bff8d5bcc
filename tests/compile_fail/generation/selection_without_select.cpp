// A selection block that lacks select(): the generator names the block and what it needs.
#include <sinew/generation.hpp>

namespace {
struct no_select {
  int choose() const { return 0; }
};
}  // namespace

#ifdef SINEW_COMPILE_FAIL
const auto p = sinew::generate(sinew::plan_request{}, sinew::builtin_catalog(), sinew::default_parts{}.with_selection(no_select{}));
#else
const auto p = sinew::generate(sinew::plan_request{}, sinew::builtin_catalog(), sinew::default_parts{});
#endif
int main() { return p ? 0 : 1; }
