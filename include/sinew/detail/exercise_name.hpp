// What an exercise's name or id may hold so that every text format of sinew
// can write it and read it back: the notation's groupings ("superset: A name
// 3x10; B ..."), program files (one entry per line, '#' starts a comment) and
// the exercise statements of parse_exercise (';' ends an entry). One rule for
// the three; the layers that read names (exercises, schemes, programs) share it.
#pragma once

#include <cstddef>
#include <sinew/detail/ascii.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// The longest exercise name (or id) a grouping or a program file holds, in bytes.
inline constexpr std::size_t max_exercise_name = 64;

namespace detail {

/// Does a coach's label ("1A.", "2C)") start at `i`? Such a label ends an entry.
constexpr bool label_at(text_view t, std::size_t i) noexcept {
  std::size_t j = i;
  while (j < t.size() && ascii::is_digit(t[j])) ++j;
  if (j == i || j + 1 >= t.size()) return false;
  const char letter = t[j], mark = t[j + 1];
  return ascii::is_letter(letter) && (mark == '.' || mark == ')');
}

/// A name a grouping can hold: at most max_exercise_name bytes, no blank at
/// either end, no ';' (ends an entry), '@' (starts a load or tempo, so it could
/// run into the scheme), '"' (quotes a name: "warm-up" ramp 10,8,5), line break
/// or NUL, and no coach label at the start of a word.
constexpr bool well_formed_name(text_view n) noexcept {
  if (n.size() > max_exercise_name || ascii::is_blank(n.front()) || ascii::is_blank(n.back())) return false;
  for (std::size_t i = 0; i != n.size(); ++i) {
    const char c = n[i];
    if (c == ';' || c == '@' || c == '"' || c == '\n' || c == '\r' || c == '\0') return false;
    if ((i == 0 || ascii::is_blank(n[i - 1])) && label_at(n, i)) return false;
  }
  return true;
}

/// An exercise's id or name as a catalog may hold it: not empty, well formed,
/// and without '#', which a program file reads as the start of a comment.
constexpr bool writable_exercise_name(text_view n) noexcept {
  if (n.empty() || !well_formed_name(n)) return false;
  for (const char c : n)
    if (c == '#') return false;
  return true;
}

}  // namespace detail
}  // namespace sinew
