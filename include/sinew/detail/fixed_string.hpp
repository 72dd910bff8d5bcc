// A string usable as a template argument: how entities carry their display name
// in their type (the mp-units "named unit" idiom), so that diagnostics and
// debuggers print the name a coach would use.
#pragma once

#include <cstddef>
#include <sinew/text_view.hpp>

namespace sinew::detail {

template <std::size_t N>
struct fixed_string {
  char data[N + 1]{};

  consteval fixed_string(const char (&text)[N + 1]) noexcept {
    for (std::size_t i = 0; i != N; ++i) data[i] = text[i];
  }

  [[nodiscard]] constexpr text_view view() const noexcept { return {data, N}; }
  [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
};

template <std::size_t M>
fixed_string(const char (&)[M]) -> fixed_string<M - 1>;

}  // namespace sinew::detail
