// One table per vocabulary: for every enum with a vocabulary, each value's word
// reads back as the value, the words are distinct, and the error for a word
// outside the table lists every word of it (the valid choices), in order.
#include <sinew/anatomy.hpp>
#include <sinew/exercises.hpp>

#include <cstddef>

namespace {
using namespace sinew;

constexpr bool contains_at(text_view haystack, text_view needle, std::size_t& from) {
  for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; k != needle.size() && same; ++k) same = haystack[i + k] == needle[k];
    if (same) {
      from = i + needle.size();
      return true;
    }
  }
  return false;
}

template <class Enum>
constexpr bool vocabulary_round_trips() {
  const auto words = words_of<Enum>();
  bool ok = words.size() > 0 && !parse_word<Enum>("no such word");
  std::size_t at = 0;
  const text_view message = expected_choices<Enum>();
  for (std::size_t i = 0; i != words.size(); ++i) {
    const auto e = static_cast<Enum>(i);
    ok = ok && word_of(e) == words[i] && parse_word<Enum>(words[i]) && *parse_word<Enum>(words[i]) == e;
    for (std::size_t k = 0; k != i; ++k) ok = ok && words[k] != words[i];
    ok = ok && contains_at(message, words[i], at);  // every choice, in table order
  }
  // A vocabulary that writes its message out writes the one its words and `what` build.
  if constexpr (requires { vocabulary<Enum>::expected; }) ok = ok && detail::expected_matches_words<Enum>();
  return ok && word_of(static_cast<Enum>(words.size())) == text_view{"unknown"} &&
         message.size() > 16 && message[0] == 's' && parse_word<Enum>("x").error().message == message;
}

static_assert(vocabulary_round_trips<chain>());
static_assert(vocabulary_round_trips<action_role>());
static_assert(vocabulary_round_trips<motion>());
static_assert(vocabulary_round_trips<equipment>());
static_assert(vocabulary_round_trips<movement_pattern>());
static_assert(vocabulary_round_trips<mechanic>());
static_assert(vocabulary_round_trips<laterality>());
static_assert(vocabulary_round_trips<spinal_load>());
static_assert(vocabulary_round_trips<load_peak>());
static_assert(vocabulary_round_trips<difficulty>());
static_assert(vocabulary_round_trips<muscle_role>());
static_assert(vocabulary_round_trips<muscle_length>());
static_assert(vocabulary_round_trips<coverage>());
static_assert(vocabulary_round_trips<exercise_kind>());
static_assert(vocabulary_round_trips<contraction>());
// Every built-in vocabulary writes its message out (an include then builds none), stance's too.
static_assert(detail::expected_matches_words<chain>() && detail::expected_matches_words<action_role>() &&
              detail::expected_matches_words<motion>() && detail::expected_matches_words<equipment>() &&
              detail::expected_matches_words<movement_pattern>() && detail::expected_matches_words<mechanic>() &&
              detail::expected_matches_words<laterality>() && detail::expected_matches_words<spinal_load>() &&
              detail::expected_matches_words<load_peak>() && detail::expected_matches_words<difficulty>() &&
              detail::expected_matches_words<muscle_role>() && detail::expected_matches_words<muscle_length>() &&
              detail::expected_matches_words<coverage>() && detail::expected_matches_words<exercise_kind>() &&
              detail::expected_matches_words<contraction>() && detail::expected_matches_words<stance>());
static_assert(parse_stance("x").error().message == text_view{"sinew: expected a stance: toes_forward, toes_out, wide or knees_past_toes"});

// name_of is the table's word, for the named overloads too.
static_assert(name_of(equipment::trap_bar) == text_view{"trap_bar"});
static_assert(name_of(motion::ulnar_deviation) == text_view{"ulnar_deviation"});
// The messages stay as the CLI and text format have printed them.
static_assert(parse_mechanic("x").error().message == text_view{"sinew: expected compound or isolation"});
static_assert(parse_spinal_load("x").error().message == text_view{"sinew: expected a spinal load: none, low or high"});
// Stance is bit flags: word i names flag 1 << i.
static_assert(name_of(stance::knees_past_toes) == text_view{"knees_past_toes"} &&
              *parse_stance("toes_out") == stance::toes_out && !parse_stance("toes_up"));
}  // namespace
