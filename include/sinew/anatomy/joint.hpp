// Joints as compile-time entities. A joint knows its id, the complex it moves
// with (talocrural + subtalar = the ankle complex; a complex is a value a model
// may declare, anatomy/ids.hpp) and its degrees of freedom;
// the actions about it are declared as actions (action.hpp), so a new joint
// with new actions is data, not a change to this header.
#pragma once

#include <cstdint>

#include <sinew/anatomy/entity.hpp>
#include <sinew/anatomy/ids.hpp>
#include <sinew/detail/traits.hpp>

namespace sinew {

/// Base of every joint: `inline constexpr struct knee final : joint<"knee", joint_complex::knee, 2> {} knee;`
template <detail::fixed_string Id, joint_complex Complex, std::uint8_t DegreesOfFreedom>
struct joint : detail::joint_base, detail::named<Id> {
  static_assert(DegreesOfFreedom >= 1 && DegreesOfFreedom <= 3,
                "sinew: a joint has one to three rotational degrees of freedom");
  static constexpr joint_complex complex = Complex;
  static constexpr std::uint8_t degrees_of_freedom = DegreesOfFreedom;
};

template <class T>
concept Joint = __is_base_of(detail::joint_base, T) && __is_empty(T) &&
                requires { T::id; T::complex; T::degrees_of_freedom; };

}  // namespace sinew
