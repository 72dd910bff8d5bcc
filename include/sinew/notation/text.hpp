// A fixed-capacity text buffer: what `format` writes into, so that formatting
// needs no heap and runs in constant evaluation. Converts to string_view.
#pragma once

#include <sinew/detail/array.hpp>
#include <cstddef>
#include <sinew/text_view.hpp>

namespace sinew {

template <std::size_t Capacity>
struct fixed_text {
  detail::array<char, Capacity> chars{};
  std::size_t length = 0;
  bool truncated = false;  ///< set when the text did not fit

  [[nodiscard]] constexpr text_view view() const noexcept { return {chars.data(), length}; }
  constexpr operator text_view() const noexcept { return view(); }  // NOLINT: implicit by design
  [[nodiscard]] constexpr std::size_t size() const noexcept { return length; }
  [[nodiscard]] constexpr const char* data() const noexcept { return chars.data(); }
  friend constexpr bool operator==(const fixed_text& a, text_view b) noexcept { return a.view() == b; }
};

inline constexpr std::size_t scheme_text_capacity = 256;   ///< any valid set_scheme fits
inline constexpr std::size_t line_text_capacity = 2560;    ///< any valid grouping or block fits
using scheme_text = fixed_text<scheme_text_capacity>;
using line_text = fixed_text<line_text_capacity>;

}  // namespace sinew
