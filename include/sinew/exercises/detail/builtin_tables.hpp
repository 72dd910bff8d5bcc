// The shape of the built-in catalog's precomputed indexes. The generated
// exercises/detail/builtin_index.hpp states, per built-in exercise and by
// name, how far it covers each action and each group (one letter per entity)
// and the muscles it involves with their derived role and emphasis; the sets
// the queries read (`builtin_exercise_index`) are those rows turned into
// bitsets once, by index_builtin_catalog below. So a changed statement shows
// in a diff as its own row, not as changed hex words.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/anatomy.hpp>
#include <sinew/detail/array.hpp>
#include <sinew/detail/bits.hpp>
#include <sinew/exercises/builtin_exercise.hpp>
#include <sinew/text_view.hpp>

namespace sinew::detail {

/// The words of an exercise_set (exercise_set::from_words makes the set).
using exercise_words = array<std::uint64_t, exercise_set::word_count>;

struct builtin_sets {
  array<array<exercise_words, 3>, lower_body_model::action_count> by_action{};  ///< [action][coverage]
  /// [muscle][r - 1]: the exercises where the muscle's derived role is at least
  /// r (treated, stabilizer, synergist, prime mover): its roles and its coverage.
  array<array<exercise_words, 4>, lower_body_model::muscle_count> by_muscle{};
  array<array<exercise_words, 3>, lower_body_model::group_count> by_group{};  ///< [group][coverage]
  array<exercise_words, equipment_count> needs{};
  array<exercise_words, movement_pattern_count> by_pattern{};
  exercise_words all{}, spine_free{}, unilateral{}, bilateral{}, compound{}, isolation{}, stretched{};
  array<exercise_words, exercise_kind_count> by_kind{};  ///< [kind]: what filters' kind sets read
  friend constexpr bool operator==(const builtin_sets&, const builtin_sets&) noexcept = default;
};

/// One involved muscle of a built-in exercise: its derived role and emphasis.
struct muscle_emphasis {
  std::uint8_t muscle = 0;
  float emphasis = 0.0F;
  muscle_role role = muscle_role::none;
};

/// The involved muscles of the built-in exercises as the generated
/// builtin_index.hpp spells them: one U"" string literal, three code units per
/// muscle (its index, its derived role, the bits of its emphasis as a float),
/// which the compiler reads at a fraction of the cost of as many brace-initialised
/// structs; entry k reads back as the muscle_emphasis it packs, exactly.
struct packed_emphasis {
  const char32_t* units = nullptr;  ///< 3 * size() code units
  std::size_t count = 0;

  [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
  [[nodiscard]] constexpr muscle_emphasis operator[](std::size_t k) const noexcept {
    return {static_cast<std::uint8_t>(units[3U * k]), detail::bit_cast<float>(static_cast<std::uint32_t>(units[3U * k + 2U])),
            static_cast<muscle_role>(units[3U * k + 1U])};
  }
};

/// The packed_emphasis over a U"" literal of N code units (the last is its terminating zero).
template <std::size_t N>
[[nodiscard]] consteval packed_emphasis pack_emphasis(const char32_t (&units)[N]) noexcept {
  static_assert((N - 1U) % 3U == 0U, "sinew: a packed emphasis table holds three code units per muscle");
  return {units, (N - 1U) / 3U};
}

/// How far one built-in exercise covers each action and each group of the
/// built-in model, one letter per entity in the model's order: 'P' at
/// coverage::prime (and so at working and any), 'W' at working (and any),
/// 'A' at any only, '.' not at all.
struct builtin_coverage_row {
  text_view actions;
  text_view groups;
};

/// The coverage rows as the generated builtin_index.hpp spells them: one string
/// literal, one line per exercise of the action letters, a blank and the group
/// letters (a literal costs the compiler a fraction of as many structs); row e
/// reads back as its builtin_coverage_row.
struct packed_coverage {
  static constexpr std::size_t width = lower_body_model::action_count + 1U + lower_body_model::group_count;
  const char* letters = nullptr;  ///< width * size() letters
  std::size_t count = 0;

  [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
  [[nodiscard]] constexpr builtin_coverage_row operator[](std::size_t e) const noexcept {
    return {text_view{letters + e * width, lower_body_model::action_count},
            text_view{letters + e * width + lower_body_model::action_count + 1U, lower_body_model::group_count}};
  }
};

/// The packed_coverage over a string literal of N chars (the last is its terminating zero).
template <std::size_t N>
[[nodiscard]] consteval packed_coverage pack_coverage(const char (&letters)[N]) noexcept {
  static_assert((N - 1U) % packed_coverage::width == 0U,
                "sinew: a packed coverage table holds one letter per action, a blank and one per group, per exercise");
  return {letters, (N - 1U) / packed_coverage::width};
}

/// The coverages a letter of builtin_coverage_row includes, from `any` down:
/// 'P' three (prime, working, any), 'W' two, 'A' one, anything else none.
[[nodiscard]] constexpr std::size_t coverages_of(char letter) noexcept {
  return letter == 'P' ? 3U : letter == 'W' ? 2U : letter == 'A' ? 1U : 0U;
}

constexpr void insert_exercise(exercise_words& w, std::size_t e) noexcept {
  w[e / 64U] |= std::uint64_t{1} << (e % 64U);
}

/// The sets the built-in queries read, from the records, the coverage rows and
/// the involved muscles: what builtin_index_words.hpp spells as words
/// (tests/exercises/static_builtin_catalog.cpp proves the two equal, and both
/// equal to what the statements derive). Too slow to run on every include.
template <std::size_t N>
[[nodiscard]] consteval builtin_sets index_builtin_catalog(const array<exercise_record, N>& records,
                                                           const packed_coverage& rows,
                                                           const array<std::uint16_t, N + 1>& begin,
                                                           const packed_emphasis& involved) noexcept {
  builtin_sets t{};
  for (std::size_t e = 0; e != N; ++e) {
    const exercise_record& r = records[e];
    insert_exercise(t.all, e);
    for (std::size_t a = 0; a != lower_body_model::action_count && a != rows[e].actions.size(); ++a)
      for (std::size_t k = 0; k != coverages_of(rows[e].actions[a]); ++k) insert_exercise(t.by_action[a][2U - k], e);
    for (std::size_t g = 0; g != lower_body_model::group_count && g != rows[e].groups.size(); ++g)
      for (std::size_t k = 0; k != coverages_of(rows[e].groups[g]); ++k) insert_exercise(t.by_group[g][2U - k], e);
    for (std::size_t i = begin[e]; i != begin[e + 1U]; ++i)
      for (std::size_t role = 1; role <= static_cast<std::size_t>(involved[i].role) && role <= 4U; ++role)
        insert_exercise(t.by_muscle[involved[i].muscle][role - 1U], e);
    for (std::size_t q = 0; q != equipment_count; ++q)
      if (r.equipment.contains(static_cast<equipment>(q))) insert_exercise(t.needs[q], e);
    if (static_cast<std::size_t>(r.pattern) < movement_pattern_count)
      insert_exercise(t.by_pattern[static_cast<std::size_t>(r.pattern)], e);
    if (r.spinal_load == spinal_load::none) insert_exercise(t.spine_free, e);
    insert_exercise(r.laterality == laterality::unilateral ? t.unilateral : t.bilateral, e);
    insert_exercise(r.mechanic == mechanic::compound ? t.compound : t.isolation, e);
    if (r.loaded_at == load_peak::stretched) insert_exercise(t.stretched, e);
    if (static_cast<std::size_t>(r.kind) < exercise_kind_count) insert_exercise(t.by_kind[static_cast<std::size_t>(r.kind)], e);
  }
  return t;
}

}  // namespace sinew::detail
