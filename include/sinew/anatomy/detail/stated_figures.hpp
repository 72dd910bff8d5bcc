// The rule that every muscle of the built-in model states its figures on its
// declaration (`static constexpr muscle_figures figures{...}`, or
// `literature::not_measured` when the literature has none): a missing one is a
// compile error naming the rule and the muscle, never a silent default.
#pragma once

#include <cstddef>

#include <sinew/anatomy/figures.hpp>
#include <sinew/detail/array.hpp>
#include <sinew/detail/type_list.hpp>

namespace sinew::detail {

// Declared, never defined: named by the compiler when a muscle states no figures.
template <class Muscle>
struct sinew_rule_a_built_in_muscle_states_its_figures_or_literature_not_measured;

template <class M>
concept states_its_figures = requires { muscle_figures{M::figures}; };

template <class M>
consteval muscle_figures stated_figures() noexcept {
  if constexpr (states_its_figures<M>) {
    return M::figures;
  } else {
    (void)sizeof(sinew_rule_a_built_in_muscle_states_its_figures_or_literature_not_measured<M>);
    return {};
  }
}

/// The figures of every muscle of the list, in its order; a muscle without
/// figures does not compile.
template <class... Ms>
consteval array<muscle_figures, sizeof...(Ms)> stated_figures_of(type_list<Ms...>) noexcept {
  return {{stated_figures<Ms>()...}};
}

}  // namespace sinew::detail
