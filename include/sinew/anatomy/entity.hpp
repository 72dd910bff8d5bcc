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

/// The display name of an id, computed only where some code asks for it.
template <fixed_string Id>
inline constexpr auto display_name = words_of(Id);

template <fixed_string Id>
struct named {
  static_assert(Id.size() > 0, "sinew: an entity needs a non-empty id");

  /// The stable snake_case id ("vastus_medialis"): what files, JSON and the CLI use.
  static constexpr text_view id = Id.view();
  /// The name a coach would write ("vastus medialis"). A function, so that the
  /// words are computed only for the entities whose name is asked for.
  [[nodiscard]] static constexpr text_view name() noexcept { return display_name<Id>.view(); }
};

}  // namespace sinew::detail
