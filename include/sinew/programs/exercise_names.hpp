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
#include <sinew/detail/ascii.hpp>
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

// After lowering, a word is a run of ASCII letters and digits.
constexpr bool is_word_char(char c) noexcept { return ascii::is_alnum(c); }

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
  for (std::size_t i = 0; i != n; ++i) lowered[i] = ascii::lower(name[i]);
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

/// How a written name relates to the built-in catalog (match_exercise_name).
enum class name_match : std::uint8_t {
  found,      ///< exactly one most specific exercise
  ambiguous,  ///< two or more exercises fit equally well: `tied` lists them
  not_found,  ///< no exercise has all its words in the name
  too_long,   ///< more than 16 words or 160 characters
};

/// The answer of match_exercise_name: the exercise, or why there is none. On
/// `ambiguous`, `tied` holds the first `max_listed` of the `tied_count`
/// equally specific exercises, in catalog order.
struct exercise_name_match {
  static constexpr std::size_t max_listed = 8;
  name_match kind = name_match::not_found;
  exercise_id exercise{};
  detail::array<exercise_id, max_listed> tied{};
  std::size_t tied_count = 0;

  [[nodiscard]] constexpr bool found() const noexcept { return kind == name_match::found; }
  [[nodiscard]] constexpr std::size_t listed() const noexcept {
    return tied_count < max_listed ? tied_count : max_listed;
  }
};

/// The built-in exercise a written name means: the catalog exercise with the
/// most words, all of which the name contains (so "toes out dumbbell RDL" is
/// toes_out_dumbbell_romanian_deadlift, not romanian_deadlift). When several
/// exercises have that many words ("seated lying leg curl"), the name is
/// ambiguous and the answer lists them; it never picks one.
[[nodiscard]] constexpr exercise_name_match match_exercise_name(text_view written) noexcept {
  exercise_name_match out;
  const auto wanted = detail::words_of_name(written, true);
  if (wanted.overflow) {
    out.kind = name_match::too_long;
    return out;
  }
  std::size_t best_words = 0;
  for (std::size_t e = 0; e != builtin_exercises.size(); ++e) {
    const auto own = detail::words_of_name(builtin_exercises[e].id, false);
    bool all = own.count != 0;
    for (std::size_t k = 0; all && k != own.count; ++k) all = wanted.contains(own.word(k));
    if (!all || own.count < best_words) continue;
    if (own.count > best_words) {  // a more specific match: the earlier ones no longer tie
      best_words = own.count;
      out.tied_count = 0;
    }
    if (out.tied_count < exercise_name_match::max_listed)
      out.tied[out.tied_count] = exercise_id{static_cast<std::uint16_t>(e)};
    ++out.tied_count;
  }
  if (out.tied_count == 0) {
    out.kind = name_match::not_found;
  } else if (out.tied_count == 1) {
    out.kind = name_match::found;
    out.exercise = out.tied[0];
    out.tied_count = 0;
    out.tied = {};
  } else {
    out.kind = name_match::ambiguous;
  }
  return out;
}

/// match_exercise_name as a result: the exercise, or an error whose message
/// says which of the three failures it is.
[[nodiscard]] constexpr result<exercise_id> match_exercise(text_view written) noexcept {
  const auto m = match_exercise_name(written);
  switch (m.kind) {
    case name_match::found: return m.exercise;
    case name_match::too_long: return error{"sinew: an exercise name has at most 16 words and 160 characters"};
    case name_match::ambiguous:
      return error{"sinew: this name matches two built-in exercises equally well; name it more fully"};
    case name_match::not_found: break;
  }
  return error{"sinew: no built-in exercise matches this name"};
}

}  // namespace sinew
