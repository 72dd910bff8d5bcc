// One table per vocabulary: the snake_case words of an enum, in enum order,
// written once. name_of, parsing and the "expected ..." message listing the
// valid choices all read the same row (the message is built from it at compile
// time), so a new value is one new word and nothing else to keep in step.
#pragma once

#include <cstddef>

#include <sinew/detail/array.hpp>
#include <sinew/result.hpp>
#include <sinew/span.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// The vocabulary of an enum: specialised next to each enum's words
/// (anatomy/names.hpp, exercises/names.hpp) with
///   `static constexpr detail::array<text_view, N> words` (enum order),
///   `static constexpr text_view what` (how an error names it; empty: the choices alone) and,
///   optionally, `static constexpr text_view expected`: the message expected_choices builds
///   from the two, written out so that an include does not build it (the built-in
///   vocabularies do; tests/exercises/static_vocabulary.cpp proves each equal to the built one).
template <class Enum>
struct vocabulary;

template <class Enum>
concept HasVocabulary = requires {
  vocabulary<Enum>::words.size();
  text_view{vocabulary<Enum>::what};
};

namespace detail {

inline constexpr text_view expected_prefix = "sinew: expected ";

template <class Enum>
consteval std::size_t choices_length() noexcept {
  const auto& w = vocabulary<Enum>::words;
  const text_view what = vocabulary<Enum>::what;
  std::size_t n = expected_prefix.size() + (what.empty() ? 0 : what.size() + 2);
  for (std::size_t i = 0; i != w.size(); ++i)
    n += w[i].size() + (i == 0 ? 0 : (i + 1 == w.size() ? 4 : 2));  // ", " or " or "
  return n;
}

template <class Enum>
consteval array<char, choices_length<Enum>()> make_choices() noexcept {
  array<char, choices_length<Enum>()> out{};
  std::size_t at = 0;
  const auto put = [&](text_view t) {
    for (std::size_t i = 0; i != t.size(); ++i) out[at++] = t[i];
  };
  const auto& w = vocabulary<Enum>::words;
  const text_view what = vocabulary<Enum>::what;
  put(expected_prefix);
  if (!what.empty()) {
    put(what);
    put(": ");
  }
  for (std::size_t i = 0; i != w.size(); ++i) {
    if (i != 0) put(i + 1 == w.size() ? text_view{" or "} : text_view{", "});
    put(w[i]);
  }
  return out;
}

template <class Enum>
inline constexpr array<char, choices_length<Enum>()> choices_text = make_choices<Enum>();

/// Whether a vocabulary's written-out message is the one its words and `what` build.
template <class Enum>
consteval bool expected_matches_words() noexcept {
  const text_view written = vocabulary<Enum>::expected;
  return written == text_view{choices_text<Enum>.data(), choices_text<Enum>.size()};
}

}  // namespace detail

/// Every word of the enum's vocabulary, in enum order (the valid choices).
template <HasVocabulary Enum>
[[nodiscard]] constexpr span<const text_view> words_of() noexcept {
  return {vocabulary<Enum>::words.data(), vocabulary<Enum>::words.size()};
}

/// "sinew: expected <what>: a, b or c": the message of a word outside the vocabulary.
template <HasVocabulary Enum>
[[nodiscard]] constexpr text_view expected_choices() noexcept {
  if constexpr (requires { vocabulary<Enum>::expected; })
    return vocabulary<Enum>::expected;
  else
    return {detail::choices_text<Enum>.data(), detail::choices_text<Enum>.size()};
}

/// The word of a value; "unknown" for a value past the enum's (a cast from a
/// number another program wrote), never a read past the table.
template <HasVocabulary Enum>
[[nodiscard]] constexpr text_view word_of(Enum e) noexcept {
  const auto i = static_cast<std::size_t>(e);
  return i < vocabulary<Enum>::words.size() ? vocabulary<Enum>::words[i] : text_view{"unknown"};
}

/// The value a word names, or the error listing every valid choice.
template <HasVocabulary Enum>
[[nodiscard]] constexpr result<Enum> parse_word(text_view text) noexcept {
  const auto& w = vocabulary<Enum>::words;
  for (std::size_t i = 0; i != w.size(); ++i)
    if (w[i] == text) return static_cast<Enum>(i);
  return error{expected_choices<Enum>()};
}

}  // namespace sinew
