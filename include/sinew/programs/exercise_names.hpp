// Finding a built-in exercise from the name a coach writes in a program:
// "Toes Out Dumbbell RDL", "Lying Hamstring Curls", "Standing Calf Raise
// Machine". Case, hyphens, slashes, plurals and the usual abbreviations (RDL,
// SLDL, GHR, BSS, DB, BB, KB, BW) do not matter; the written name matches the
// most specific catalog exercise all of whose words it contains. Constexpr and
// allocation-free: names in programs are checked the same at compile time and
// at run time.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/array.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/result.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

namespace detail {

inline constexpr std::size_t max_name_words = 16;
inline constexpr std::size_t max_name_chars = 160;

/// The words of a name, lower-case, singular, abbreviations spelled out. Words
/// are kept as offsets into `chars`, so that the object can be copied.
struct name_words {
  struct span_of_word {
    std::uint8_t start = 0;
    std::uint8_t size = 0;
  };
  array<char, max_name_chars> chars{};
  array<span_of_word, max_name_words> spans{};
  std::size_t count = 0;
  std::size_t used = 0;
  bool overflow = false;

  [[nodiscard]] constexpr text_view word(std::size_t i) const noexcept {
    return text_view{chars.data() + spans[i].start, spans[i].size};
  }
  constexpr void add(text_view w) noexcept {
    if (w.empty()) return;
    if (count == max_name_words || used + w.size() > max_name_chars) {
      overflow = true;
      return;
    }
    for (std::size_t i = 0; i != w.size(); ++i) chars[used + i] = w[i];
    spans[count++] = span_of_word{static_cast<std::uint8_t>(used), static_cast<std::uint8_t>(w.size())};
    used += w.size();
  }
  [[nodiscard]] constexpr bool contains(text_view w) const noexcept {
    for (std::size_t i = 0; i != count; ++i)
      if (word(i) == w) return true;
    return false;
  }
};

struct abbreviation {
  text_view written;
  text_view words[3];
};

// Coaches' abbreviations, and "hamstring curl" for the leg curl.
inline constexpr abbreviation abbreviations[] = {
    {"rdl", {"romanian", "deadlift", {}}},     {"sldl", {"stiff", "legged", "deadlift"}},
    {"ghr", {"glute", "ham", "raise"}},        {"bss", {"bulgarian", "split", "squat"}},
    {"db", {"dumbbell", {}, {}}},              {"bb", {"barbell", {}, {}}},
    {"kb", {"kettlebell", {}, {}}},            {"bw", {"bodyweight", {}, {}}},
    {"hamstring", {"hamstring", "leg", {}}},   {"ext", {"extension", {}, {}}},
};

constexpr char lower_letter(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool is_word_char(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

/// "raises" -> "raise", "curls" -> "curl"; "press", "glutes" -> "glute" (both sides are treated alike).
constexpr text_view singular(text_view w) noexcept {
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') return w.substr(0, w.size() - 1);
  return w;
}

constexpr name_words words_of_name(text_view name, bool expand) noexcept {
  name_words out;
  array<char, max_name_chars> lowered{};
  const std::size_t n = name.size() < max_name_chars ? name.size() : max_name_chars;
  if (name.size() > max_name_chars) out.overflow = true;
  for (std::size_t i = 0; i != n; ++i) lowered[i] = lower_letter(name[i]);
  std::size_t i = 0;
  while (i < n) {
    while (i < n && !is_word_char(lowered[i])) ++i;
    const std::size_t start = i;
    while (i < n && is_word_char(lowered[i])) ++i;
    if (i == start) continue;
    const text_view word = singular(text_view{lowered.data() + start, i - start});
    bool expanded = false;
    if (expand) {
      for (const auto& a : abbreviations) {
        if (word != a.written) continue;
        for (auto w : a.words) out.add(w);
        expanded = true;
        break;
      }
    }
    if (!expanded) out.add(word);
  }
  return out;
}

}  // namespace detail

/// The built-in exercise a written name means: the catalog exercise with the
/// most words, all of which the name contains (so "toes out dumbbell RDL" is
/// toes_out_dumbbell_romanian_deadlift, not romanian_deadlift). An error when
/// none matches, or when two equally specific ones do.
[[nodiscard]] constexpr result<exercise_id> match_exercise(text_view written) noexcept {
  const auto wanted = detail::words_of_name(written, true);
  if (wanted.overflow) return error{"sinew: an exercise name has at most 16 words and 160 characters"};
  std::size_t best = 0;
  std::size_t best_words = 0;
  bool tie = false;
  for (std::size_t e = 0; e != builtin_exercises.size(); ++e) {
    const auto own = detail::words_of_name(builtin_exercises[e].id, false);
    bool all = own.count != 0;
    for (std::size_t k = 0; all && k != own.count; ++k) all = wanted.contains(own.word(k));
    if (!all || own.count < best_words) continue;
    tie = own.count == best_words;
    best = e;
    best_words = own.count;
  }
  if (best_words == 0) return error{"sinew: no built-in exercise matches this name"};
  if (tie) return error{"sinew: this name matches two built-in exercises equally well; name it more fully"};
  return exercise_id{static_cast<std::uint16_t>(best)};
}

}  // namespace sinew
