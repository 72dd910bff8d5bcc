// How a rule broken during constant evaluation becomes a compiler error that
// names the rule. `rule_broken` is deliberately not constexpr: reaching it while
// evaluating a constant stops compilation, and both g++ and clang quote the
// calling line, so the call site must pass the rule as a string literal
// ("sinew: ..."), one call per rule, never a computed message.
#pragma once

namespace sinew::detail {

inline void rule_broken(const char* /*rule*/) noexcept {}

}  // namespace sinew::detail
