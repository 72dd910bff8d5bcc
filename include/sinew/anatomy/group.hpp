// Muscle groups as coaches name them (quadriceps, hamstrings, glutes, ...),
// each on a kinetic chain. Membership is declared by the muscles (muscle.hpp):
// a muscle may belong to several groups (gluteus medius is a glute and an abductor).
#pragma once

#include <sinew/anatomy/entity.hpp>
#include <sinew/anatomy/ids.hpp>
#include <sinew/detail/traits.hpp>

namespace sinew {

/// Base of every group: `inline constexpr struct calves final : group<"calves", chain::posterior> {} calves;`
template <detail::fixed_string Id, chain Chain>
struct group : detail::group_base, detail::named<Id> {
  static constexpr sinew::chain on_chain = Chain;
};

template <class T>
concept MuscleGroup = __is_base_of(detail::group_base, T) && __is_empty(T) && requires { T::on_chain; };

}  // namespace sinew
