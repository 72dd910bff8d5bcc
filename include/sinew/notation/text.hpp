// A fixed-capacity text buffer: what `format` writes into, so that formatting
// needs no heap and runs in constant evaluation. Converts to string_view. And
// `locate`, which turns the byte position of an error into the line and column
// a person looks for (text editors count lines from 1 and columns in characters).
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

/// A place in a text: its line and column, both from 1, and the bytes of its line.
struct text_position {
  std::size_t line = 1;        ///< lines end at '\n'
  std::size_t column = 1;      ///< in characters: a UTF-8 sequence ('×', 'é') counts once, a tab once
  std::size_t line_start = 0;  ///< byte offset of the line's first byte
  std::size_t line_end = 0;    ///< byte offset one past its last byte, the '\n' (and a '\r' before it) left out
  friend constexpr bool operator==(const text_position&, const text_position&) noexcept = default;
};

/// Where byte `byte` of `text` lies (an error's `position`, say). A byte past
/// the end (or error::no_position) is placed just after the text's last
/// character, where a missing word was expected; a byte inside a UTF-8
/// sequence, on the character it belongs to. The caret under an error goes
/// under column `column` of text.substr(line_start, line_end - line_start).
[[nodiscard]] constexpr text_position locate(text_view text, std::size_t byte) noexcept {
  const auto continuation = [&](std::size_t i) {
    return (static_cast<unsigned char>(text[i]) & 0xC0U) == 0x80U;
  };
  if (byte > text.size()) byte = text.size();
  while (byte > 0 && byte < text.size() && continuation(byte)) --byte;
  text_position p;
  for (std::size_t i = 0; i != byte; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.line_start = i + 1;
    }
  }
  for (std::size_t i = p.line_start; i != byte; ++i)
    if (!continuation(i)) ++p.column;
  p.line_end = p.line_start;
  while (p.line_end < text.size() && text[p.line_end] != '\n') ++p.line_end;
  if (p.line_end > p.line_start && text[p.line_end - 1] == '\r') --p.line_end;
  return p;
}

}  // namespace sinew
