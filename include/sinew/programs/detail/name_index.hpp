// The index the name matcher reads (programs/exercise_names.hpp): every word
// the built-in exercises' names and aliases use (exercises/aliases.hpp), each
// name as word numbers, the words each exercise's equipment and row allow, and
// for each word the names that use it. Built by make_name_index(); the built-in
// index is generated data (programs/detail/builtin_name_index.hpp) so that an
// include does not evaluate it, and a static test proves the two equal.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/detail/array.hpp>
#include <sinew/detail/ascii.hpp>
#include <sinew/detail/bits.hpp>
#include <sinew/exercises/aliases.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/names.hpp>
#include <sinew/result.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

namespace detail {

inline constexpr std::size_t max_name_words = 16;
inline constexpr std::size_t max_name_chars = 160;

/// The words of a name, lower-case, singular, abbreviations spelled out, filler
/// words ("with", "the") dropped. Words are kept as offsets into `chars`, so
/// that the object can be copied.
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

// Abbreviations and spellings that mean the same word, after the plural is
// dropped.
inline constexpr abbreviation abbreviations[] = {
    {"rdl", {"romanian", "deadlift", {}}},
    {"sldl", {"stiff", "leg", "deadlift"}},
    {"ghr", {"glute", "ham", "raise"}},
    {"bss", {"bulgarian", "split", "squat"}},
    {"db", {"dumbbell", {}, {}}},
    {"bb", {"barbell", {}, {}}},
    {"kb", {"kettlebell", {}, {}}},
    {"bw", {"bodyweight", {}, {}}},
    {"ext", {"extension", {}, {}}},
    {"sl", {"single", "leg", {}}},
    {"legged", {"leg", {}, {}}},
    {"one", {"single", {}, {}}},
    {"ups", {"up", {}, {}}},
    {"calve", {"calf", {}, {}}},
    {"banded", {"band", {}, {}}},
    {"laying", {"lying", {}, {}}},
    {"sitting", {"seated", {}, {}}},
    {"feet", {"foot", {}, {}}},
    {"tib", {"tibialis", {}, {}}},
    {"roller", {"roll", {}, {}}},
    {"rolling", {"roll", {}, {}}},
    {"rfess", {"bulgarian", "split", "squat"}},
};

// Words that say nothing about the movement.
inline constexpr text_view filler_words[] = {"a",  "an",  "the", "with", "on",    "of",
                                             "to", "and", "in",  "from", "using", "exercise"};

// After lowering, a word is a run of ASCII letters and digits.
constexpr bool is_word_char(char c) noexcept { return ascii::is_alnum(c); }

/// "raises" -> "raise", "curls" -> "curl", "touches" -> "touch"; "press",
/// "glutes" -> "glute"; "tibialis" -> "tibiali" (both sides are treated alike,
/// abbreviations' words too).
constexpr text_view singular(text_view w) noexcept {
  if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] == 'e' && w[w.size() - 3] == 'h' &&
      (w[w.size() - 4] == 'c' || w[w.size() - 4] == 's'))
    return w.substr(0, w.size() - 2);  // "touches", "pushes"
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') return w.substr(0, w.size() - 1);
  return w;
}

/// Calls f on each word of lower-case text as the matcher reads it (singular, filler words dropped,
/// abbreviations spelled out when `expand`); returns how many words were written.
template <class F>
constexpr std::size_t for_each_word(text_view lowered, bool expand, F f) noexcept {
  std::size_t i = 0, written = 0;
  const std::size_t n = lowered.size();
  while (i < n) {
    while (i < n && !is_word_char(lowered[i])) ++i;
    const std::size_t start = i;
    while (i < n && is_word_char(lowered[i])) ++i;
    if (i == start) continue;
    ++written;
    const text_view word = singular(lowered.substr(start, i - start));
    bool expanded = false;
    if (expand) {
      for (const auto& filler : filler_words) expanded = expanded || word == filler;
      for (const auto& ab : abbreviations) {
        if (expanded || word != ab.written) continue;
        for (auto w : ab.words)
          if (!w.empty()) f(singular(w));
        expanded = true;
      }
    }
    if (!expanded) f(word);
  }
  return written;
}

constexpr name_words words_of_name(text_view name, bool expand) noexcept {
  name_words out;
  array<char, max_name_chars> lowered{};
  const std::size_t n = name.size() < max_name_chars ? name.size() : max_name_chars;
  if (name.size() > max_name_chars) out.overflow = true;
  for (std::size_t i = 0; i != n; ++i) lowered[i] = ascii::lower(name[i]);
  // Filler words count toward the limit: it is on what was typed.
  if (for_each_word(text_view{lowered.data(), n}, expand, [&](text_view w) { out.add(w); }) > max_name_words)
    out.overflow = true;
  return out;
}

constexpr std::uint32_t word_hash(text_view w) noexcept {
  std::uint32_t h = 2166136261u;
  for (std::size_t i = 0; i != w.size(); ++i) h = (h ^ static_cast<std::uint8_t>(w[i])) * 16777619u;
  return h;
}

inline constexpr std::size_t max_vocabulary = 512;
inline constexpr std::size_t max_alias_words = 8;

/// Which words of the vocabulary a name holds.
struct word_bits {
  array<std::uint64_t, max_vocabulary / 64> w{};
  constexpr void set(std::size_t i) noexcept { w[i / 64] |= std::uint64_t{1} << (i % 64); }
  [[nodiscard]] constexpr bool test(std::size_t i) const noexcept { return (w[i / 64] >> (i % 64)) & 1u; }
};

// The 16-bit tables below hold char16_t (an unsigned 16-bit type, read like
// std::uint16_t) so that the generated index can state them as u"" string
// literals: a compiler reads one literal far faster than a list of numbers.
using index_word = char16_t;

/// One name of one exercise, as word numbers of the vocabulary.
struct alias_entry {
  text_view text;
  std::uint16_t exercise = 0;
  std::uint8_t count = 0;
  bool family = false;
  array<index_word, max_alias_words> words{};
};

/// Every word any exercise's names use, a hash table to find one, and each name
/// as word numbers.
struct name_index {
  static constexpr std::size_t slots = 2048;
  static constexpr std::size_t max_aliases = 768;
  array<char, 4096> chars{};
  std::size_t used = 0;
  array<index_word, max_vocabulary> start{};
  array<std::uint8_t, max_vocabulary> size{};
  std::size_t vocabulary = 0;
  array<index_word, slots> slot{};  // word number + 1; 0 = empty
  array<alias_entry, max_aliases> aliases{};
  std::size_t alias_count = 0;
  array<word_bits, max_builtin_exercises> fits{};  // words true of the exercise beyond its name
  // For each word, the aliases that use it: `postings[first[w] .. first[w +
  // 1])`.
  array<index_word, max_vocabulary + 1> first{};
  array<index_word, max_aliases * 4> postings{};
  bool overflow = false;

  [[nodiscard]] constexpr text_view word(std::size_t i) const noexcept { return {chars.data() + start[i], size[i]}; }
  /// The word's number, or -1 when no exercise's name uses it.
  [[nodiscard]] constexpr int find(text_view w) const noexcept {
    for (std::size_t s = word_hash(w) % slots;; s = (s + 1) % slots) {
      if (slot[s] == 0) return -1;
      if (word(slot[s] - 1u) == w) return slot[s] - 1;
    }
  }
  constexpr int add(text_view w) noexcept {
    std::size_t s = word_hash(w) % slots;
    for (; slot[s] != 0; s = (s + 1) % slots)
      if (word(slot[s] - 1u) == w) return slot[s] - 1;
    if (vocabulary == max_vocabulary || used + w.size() > chars.size()) {
      overflow = true;
      return -1;
    }
    for (std::size_t i = 0; i != w.size(); ++i) chars[used + i] = w[i];
    start[vocabulary] = static_cast<index_word>(used);
    size[vocabulary] = static_cast<std::uint8_t>(w.size());
    used += w.size();
    slot[s] = static_cast<index_word>(vocabulary + 1);
    return static_cast<int>(vocabulary++);
  }
  // The built-in names are lower-case literals: their words are read in place, without a copy.
  constexpr void add_alias(std::size_t e, text_view text, bool family) noexcept {
    if (alias_count == max_aliases) {
      overflow = true;
      return;
    }
    alias_entry a{text, static_cast<std::uint16_t>(e), 0, family, {}};
    for (std::size_t i = 0; i != text.size(); ++i) overflow = overflow || (text[i] >= 'A' && text[i] <= 'Z');
    for_each_word(text, true, [&](text_view w) {
      const int id = add(w);
      if (id < 0 || a.count == max_alias_words) {
        overflow = true;
        return;
      }
      a.words[a.count++] = static_cast<index_word>(id);
    });
    if (a.count != 0) aliases[alias_count++] = a;
  }
  constexpr void add_fits(std::size_t e, text_view text) noexcept {
    for_each_word(text, true, [&](text_view w) {
      const int id = add(w);
      if (id >= 0) fits[e].set(static_cast<std::size_t>(id));
    });
  }
};

/// Calls f on each piece of a list separated by `sep`.
template <class F>
constexpr void for_each_piece(text_view list, char sep, F f) noexcept {
  std::size_t from = 0;
  for (std::size_t i = 0; i <= list.size(); ++i) {
    if (i != list.size() && list[i] != sep) continue;
    if (i > from) f(list.substr(from, i - from));
    from = i + 1;
  }
}

constexpr name_index make_name_index() noexcept {
  name_index x;
  for (std::size_t e = 0; e != builtin_exercises.size(); ++e) {
    const auto &r = builtin_exercises[e];
    const auto &row = builtin_aliases[e];
    x.add_alias(e, r.name, false);
    for_each_piece(row.names, '|', [&](text_view a) { x.add_alias(e, a, false); });
    for_each_piece(row.family, '|', [&](text_view a) { x.add_alias(e, a, true); });
    for (std::size_t q = 0; q != equipment_count; ++q)
      if (r.equipment.contains(static_cast<equipment>(q))) x.add_fits(e, name_of(static_cast<equipment>(q)));
    x.add_fits(e, row.also_fits);
  }
  // The inverted index: count each word's aliases, then place them.
  std::size_t total = 0;
  for (std::size_t a = 0; a != x.alias_count; ++a) total += x.aliases[a].count;
  if (total > x.postings.size()) {
    x.overflow = true;
    return x;
  }
  array<std::uint16_t, max_vocabulary + 1> counts{};
  for (std::size_t a = 0; a != x.alias_count; ++a)
    for (std::size_t k = 0; k != x.aliases[a].count; ++k) ++counts[x.aliases[a].words[k]];
  std::size_t at = 0;
  for (std::size_t w = 0; w != max_vocabulary; ++w) {
    x.first[w] = static_cast<index_word>(at);
    at += counts[w];
  }
  x.first[max_vocabulary] = static_cast<index_word>(at);
  array<std::uint16_t, max_vocabulary> placed{};
  for (std::size_t a = 0; a != x.alias_count; ++a)
    for (std::size_t k = 0; k != x.aliases[a].count; ++k) {
      const std::size_t w = x.aliases[a].words[k];
      x.postings[x.first[w] + placed[w]++] = static_cast<index_word>(a);
    }
  return x;
}

}  // namespace detail
}  // namespace sinew
