// ASCII text as sinew's readers see it: the notation parser, the exercise
// statement parser, exercise names and groupings' exercise names. Only ASCII
// letters fold case and only ASCII blanks trim; every other byte (UTF-8 '×',
// 'é') is kept as it is, so each reader agrees with the others on what a
// letter, a digit and a blank are. Constexpr, no locale (std::tolower's
// answer depends on one at run time and is not constexpr).
#pragma once

#include <cstddef>
#include <sinew/text_view.hpp>

namespace sinew::detail::ascii {

[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
[[nodiscard]] constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] constexpr bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
[[nodiscard]] constexpr bool is_letter(char c) noexcept { return is_lower(c) || is_upper(c); }
[[nodiscard]] constexpr bool is_alnum(char c) noexcept { return is_digit(c) || is_letter(c); }
/// A blank separates words: space, tab, carriage return, line feed.
[[nodiscard]] constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// 'A'-'Z' to 'a'-'z'; every other byte unchanged.
[[nodiscard]] constexpr char lower(char c) noexcept { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

/// Equal once ASCII letters are folded to lower case.
[[nodiscard]] constexpr bool equal_ignoring_case(text_view a, text_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i != a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

/// The bytes [begin, end) of `text` without the blanks at either end, and
/// where they start in `text`.
struct trimmed {
  text_view text{};
  std::size_t position = 0;
};
[[nodiscard]] constexpr trimmed trim(text_view text, std::size_t begin, std::size_t end) noexcept {
  while (begin < end && is_blank(text[begin])) ++begin;
  while (end > begin && is_blank(text[end - 1])) --end;
  return {text.substr(begin, end - begin), begin};
}
[[nodiscard]] constexpr text_view trim(text_view text) noexcept { return trim(text, 0, text.size()).text; }

}  // namespace sinew::detail::ascii
