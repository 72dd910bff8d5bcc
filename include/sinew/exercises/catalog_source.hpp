// The source of truth for the built-in catalog: each exercise as a coach states
// it (exercise<"id", exercise_spec{...}>, in catalog_source/*.hpp), and their
// order, which defines the built-in ids (catalog_source/order.hpp, generated
// and append-only: tools/catalog_order.py appends each new statement). Not included by
// sinew/exercises.hpp: tools/generators/builtin_catalog.cpp turns these
// statements into the plain data of exercises/detail/builtin_*.hpp, so that an
// include does not instantiate and derive every exercise type, and
// tests/exercises/static_builtin_catalog.cpp proves the data equal to what
// the statements derive.
#pragma once

#include <cstddef>

#include <sinew/detail/array.hpp>
#include <sinew/detail/type_list.hpp>
#include <sinew/exercises/catalog_source/order.hpp>
#include <sinew/exercises/descriptor.hpp>

namespace sinew::catalog_source {

template <class... E>
constexpr sinew::detail::array<exercise_record, sizeof...(E)> records_of(sinew::detail::type_list<E...>) noexcept {
  return {{record_of(E{})...}};
}

/// The record each statement derives, in id order.
inline constexpr auto records = records_of(builtin_types{});

}  // namespace sinew::catalog_source
