// What every anatomical entity has: a snake_case id carried in its type (so
// diagnostics and debuggers print it) and a display name derived from it.
#pragma once

#include <cstddef>
#include <sinew/text_view.hpp>

#include <sinew/detail/fixed_string.hpp>

namespace sinew::detail {

/// "biceps_femoris_long_head" -> "biceps femoris long head", computed once per entity.
template <std::size_t N>
consteval fixed_string<N> words_of(const fixed_string<N>& id) noexcept {
  fixed_string<N> out = id;
  for (std::size_t i = 0; i != N; ++i)
    if (out.data[i] == '_') out.data[i] = ' ';
  return out;
}

template <fixed_string Id>
struct named {
  static_assert(Id.size() > 0, "sinew: an entity needs a non-empty id");
  static constexpr auto name_storage = words_of(Id);

  /// The stable snake_case id ("vastus_medialis"): what files, JSON and the CLI use.
  static constexpr text_view id = Id.view();
  /// The name a coach would write ("vastus medialis").
  static constexpr text_view name = name_storage.view();
};

}  // namespace sinew::detail
