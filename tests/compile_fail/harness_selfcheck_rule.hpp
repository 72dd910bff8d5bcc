// The rule the harness self-check breaks, in a header: the compiler quotes
// this call site, and the case's regex may not match the case's own source.
#pragma once

#include <sinew/detail/compile_error.hpp>

namespace harness_selfcheck {

constexpr int checked(bool ok) {
  if (!ok) sinew::detail::rule_broken("sinew: harness self-check, a broken rule is named");
  return 1;
}

}  // namespace harness_selfcheck
