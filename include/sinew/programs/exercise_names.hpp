// Finding a built-in exercise from the name a coach writes or another app
// exports: "Toes Out Dumbbell RDL", "Squat (Barbell)", "Lunges, Dumbbell", "hex
// bar", "nordics". Case, separators, plurals and the usual abbreviations (RDL,
// SLDL, GHR, BSS, DB, BB, KB, BW) do not matter. A name resolves to an exercise
// when one of the exercise's names (its own or an alias, exercises/aliases.hpp)
// has all its words in the name and every other word of the name is true of
// that exercise (its equipment, or a word its row allows): a word the name
// states (calf, seated, single leg, an implement) is honoured or the name does
// not resolve, so a name never resolves to a different movement. The longest
// such alias wins; two exercises fitting equally make the name ambiguous.
// Otherwise the answer lists the closest exercises. Constexpr and
// allocation-free: names are checked the same at compile time and at run time.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/array.hpp>
#include <sinew/detail/bits.hpp>
#include <sinew/exercises/aliases.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/names.hpp>
#include <sinew/programs/detail/builtin_name_index.hpp>
#include <sinew/programs/detail/name_index.hpp>
#include <sinew/result.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// How a written name relates to the built-in catalog (match_exercise_name).
enum class name_match : std::uint8_t {
  found,      ///< exactly one exercise fits best
  ambiguous,  ///< two or more exercises fit equally well: `tied` lists them
  not_found,  ///< no exercise fits every word of the name: `candidates` lists
              ///< the closest
  too_long,   ///< more than 16 words or 160 characters
};

/// An exercise a name may mean, and how sure: 50..100 when every word of the
/// name fits it, below 50 when it is only close.
struct name_candidate {
  exercise_id exercise{};
  std::uint8_t confidence = 0;
  friend constexpr bool operator==(name_candidate, name_candidate) noexcept = default;
};

/// The answer of match_exercise_name: the exercise, or why there is none.
/// `confidence` is 100 for the exercise's own name or an alias said exactly,
/// less for each extra word that only fits it (its equipment: "Squat
/// (Barbell)") and for a bare family name ("squat"). `alias` is the name of the
/// exercise that matched, `family` whether it was a bare family name.
/// `candidates` are the runners-up (on not_found: the closest exercises), best
/// first, at most five. On `ambiguous`, `tied` holds the first `max_listed` of
/// the `tied_count` equally fitting exercises, in catalog order.
struct exercise_name_match {
  static constexpr std::size_t max_listed = 8;
  static constexpr std::size_t max_candidates = 5;
  name_match kind = name_match::not_found;
  exercise_id exercise{};
  std::uint8_t confidence = 0;
  text_view alias{};
  bool family = false;
  detail::array<exercise_id, max_listed> tied{};
  std::size_t tied_count = 0;
  detail::array<name_candidate, max_candidates> candidates{};
  std::size_t candidate_count = 0;

  [[nodiscard]] constexpr bool found() const noexcept { return kind == name_match::found; }
  [[nodiscard]] constexpr std::size_t listed() const noexcept {
    return tied_count < max_listed ? tied_count : max_listed;
  }
};

namespace detail {
constexpr void rank_candidate(exercise_name_match &m, name_candidate c) noexcept {
  std::size_t at = m.candidate_count;
  while (at != 0 && m.candidates[at - 1].confidence < c.confidence) --at;
  if (at == exercise_name_match::max_candidates) return;
  const std::size_t last = m.candidate_count < exercise_name_match::max_candidates
                               ? m.candidate_count
                               : exercise_name_match::max_candidates - 1;
  for (std::size_t k = last; k > at; --k) m.candidates[k] = m.candidates[k - 1];
  m.candidates[at] = c;
  if (m.candidate_count < exercise_name_match::max_candidates) ++m.candidate_count;
}
}  // namespace detail

/// The built-in exercise a written name means (see the top of this header).
[[nodiscard]] constexpr exercise_name_match match_exercise_name(text_view written) noexcept {
  const auto &index = detail::builtin_name_index;
  exercise_name_match out;
  const auto wanted = detail::words_of_name(written, true);
  if (wanted.overflow) {
    out.kind = name_match::too_long;
    return out;
  }
  detail::word_bits name{};
  std::size_t unknown = 0, distinct = 0;
  for (std::size_t i = 0; i != wanted.count; ++i) {
    const int id = index.find(wanted.word(i));
    if (id < 0) {
      ++unknown;
    } else if (!name.test(static_cast<std::size_t>(id))) {
      name.set(static_cast<std::size_t>(id));
      ++distinct;
    }
  }
  struct fit {
    std::uint8_t words = 0;  // words of the best alias that fits every word of the name; 0: none
    std::uint8_t confidence = 0;
    std::uint16_t alias = 0;
  };
  // How many of each alias's words the name holds, from the aliases each of its
  // words is in.
  detail::array<std::uint8_t, detail::name_index::max_aliases> shared{};
  detail::array<std::uint16_t, detail::name_index::max_aliases> touched;  // only the first touched_count are read
  std::size_t touched_count = 0;
  for (std::size_t b = 0; b != name.w.size(); ++b)
    for (std::uint64_t bits = name.w[b]; bits != 0; bits &= bits - 1) {
      const std::size_t w = b * 64 + static_cast<std::size_t>(detail::countr_zero(bits));
      for (std::size_t p = index.first[w]; p != index.first[w + 1]; ++p) {
        const std::uint16_t a = index.postings[p];
        if (shared[a]++ == 0) touched[touched_count++] = a;
      }
    }
  detail::array<fit, max_builtin_exercises> fits{};
  detail::array<std::uint8_t, max_builtin_exercises> closeness{};
  detail::array<std::uint64_t, max_builtin_exercises / 64> near{};  // the exercises sharing a word with the name
  for (std::size_t t = 0; t != touched_count; ++t) {
    const std::uint16_t a = touched[t];
    const auto &al = index.aliases[a];
    const std::size_t n_shared = shared[a];
    const std::size_t union_size = al.count + distinct + unknown - n_shared;
    const auto close = static_cast<std::uint8_t>(49 * n_shared / union_size);
    if (close > closeness[al.exercise]) closeness[al.exercise] = close;
    near[al.exercise / 64u] |= std::uint64_t{1} << (al.exercise % 64u);
    if (n_shared != al.count || unknown != 0) continue;
    // Every other word of the name must be true of the exercise.
    std::size_t extra = 0;
    bool honoured = true;
    const std::size_t blocks = (index.vocabulary + 63) / 64;
    for (std::size_t b = 0; honoured && b != blocks; ++b) {
      std::uint64_t mine = 0;  // the alias's own words in this block
      for (std::size_t k = 0; k != al.count; ++k)
        if (al.words[k] / 64u == b) mine |= std::uint64_t{1} << (al.words[k] % 64u);
      const std::uint64_t rest = name.w[b] & ~mine & ~index.fits[al.exercise].w[b];
      honoured = rest == 0;
      for (std::uint64_t also = name.w[b] & ~mine & index.fits[al.exercise].w[b]; also != 0; also &= also - 1) ++extra;
    }
    if (!honoured) continue;
    int confidence = 100 - 5 * static_cast<int>(extra) - (al.family ? 20 : 0);
    if (confidence < 50) confidence = 50;
    auto &f = fits[al.exercise];
    const bool better = al.count > f.words || (al.count == f.words && confidence > f.confidence);
    if (better) f = fit{al.count, static_cast<std::uint8_t>(confidence), a};
  }
  // The most specific fit wins; equally specific fits of two exercises tie.
  fit best{};
  for (std::size_t b = 0; b != near.size(); ++b)
    for (std::uint64_t bits = near[b]; bits != 0; bits &= bits - 1) {
      const std::size_t e = b * 64 + static_cast<std::size_t>(detail::countr_zero(bits));
      if (fits[e].words == 0 || fits[e].words < best.words) continue;
      if (fits[e].words > best.words) {
        best = fits[e];
        out.tied_count = 0;
      }
      if (out.tied_count < exercise_name_match::max_listed)
        out.tied[out.tied_count] = exercise_id{static_cast<std::uint16_t>(e)};
      ++out.tied_count;
    }
  if (out.tied_count == 1) {
    out.kind = name_match::found;
    out.exercise = out.tied[0];
    out.confidence = best.confidence;
    out.alias = index.aliases[best.alias].text;
    out.family = index.aliases[best.alias].family;
    out.tied_count = 0;
    out.tied = {};
  } else {
    out.kind = out.tied_count == 0 ? name_match::not_found : name_match::ambiguous;
  }
  for (std::size_t b = 0; b != near.size(); ++b)
    for (std::uint64_t bits = near[b]; bits != 0; bits &= bits - 1) {
      const std::size_t e = b * 64 + static_cast<std::size_t>(detail::countr_zero(bits));
      const exercise_id id{static_cast<std::uint16_t>(e)};
      if (out.kind == name_match::found && id == out.exercise) continue;
      const std::uint8_t c = fits[e].words != 0 ? fits[e].confidence : closeness[e];
      if (c != 0) detail::rank_candidate(out, name_candidate{id, c});
    }
  return out;
}

/// match_exercise_name as a result: the exercise, or an error whose message
/// says which of the three failures it is.
[[nodiscard]] constexpr result<exercise_id> match_exercise(text_view written) noexcept {
  const auto m = match_exercise_name(written);
  switch (m.kind) {
    case name_match::found:
      return m.exercise;
    case name_match::too_long:
      return error{"sinew: an exercise name has at most 16 words and 160 characters"};
    case name_match::ambiguous:
      return error{
          "sinew: this name matches two built-in exercises equally "
          "well; name it more fully"};
    case name_match::not_found:
      break;
  }
  return error{"sinew: no built-in exercise matches this name"};
}

}  // namespace sinew
