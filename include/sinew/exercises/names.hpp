// The words of the exercise vocabulary as text: the snake_case names that
// JSON, the text format and the command line use, both ways. One vocabulary
// table per enum (sinew::vocabulary, detail/vocabulary.hpp): name_of, the
// parse_ functions, the error listing the valid choices (expected_choices) and
// words_of for a CLI's help all read it, so each word is written once.
#pragma once

#include <sinew/detail/array.hpp>
#include <cstddef>
#include <sinew/text_view.hpp>

#include <sinew/exercises/derivation.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/result.hpp>
#include <sinew/detail/vocabulary.hpp>

namespace sinew {

// --- the vocabularies: each enum's words, once, in enum order ---------------------
template <>
struct vocabulary<equipment> {
  static constexpr detail::array<text_view, equipment_count> words{
      "barbell", "dumbbell", "kettlebell", "cable", "machine", "band", "bodyweight", "sled", "trap_bar", "foam_roller"};
  static constexpr text_view what = "equipment";
  static constexpr text_view expected =
      "sinew: expected equipment: barbell, dumbbell, kettlebell, cable, machine, band, bodyweight, sled, "
      "trap_bar or foam_roller";
};
template <>
struct vocabulary<movement_pattern> {
  static constexpr detail::array<text_view, movement_pattern_count> words{
      "squat", "hinge",  "lunge", "step",   "press", "curl", "extension", "raise",
      "abduction", "adduction", "carry", "sprint", "stretch", "jump", "mobility", "cardio"};
  static constexpr text_view what = "a pattern";
  static constexpr text_view expected =
      "sinew: expected a pattern: squat, hinge, lunge, step, press, curl, extension, raise, abduction, "
      "adduction, carry, sprint, stretch, jump, mobility or cardio";
};
template <>
struct vocabulary<mechanic> {
  static constexpr detail::array<text_view, 2> words{"compound", "isolation"};
  static constexpr text_view what = "";
  static constexpr text_view expected = "sinew: expected compound or isolation";
};
template <>
struct vocabulary<laterality> {
  static constexpr detail::array<text_view, 2> words{"bilateral", "unilateral"};
  static constexpr text_view what = "";
  static constexpr text_view expected = "sinew: expected bilateral or unilateral";
};
template <>
struct vocabulary<spinal_load> {
  static constexpr detail::array<text_view, 3> words{"none", "low", "high"};
  static constexpr text_view what = "a spinal load";
  static constexpr text_view expected = "sinew: expected a spinal load: none, low or high";
};
template <>
struct vocabulary<load_peak> {
  static constexpr detail::array<text_view, 3> words{"stretched", "mid_range", "shortened"};
  static constexpr text_view what = "";
  static constexpr text_view expected = "sinew: expected stretched, mid_range or shortened";
};
template <>
struct vocabulary<difficulty> {
  static constexpr detail::array<text_view, 3> words{"beginner", "intermediate", "advanced"};
  static constexpr text_view what = "";
  static constexpr text_view expected = "sinew: expected beginner, intermediate or advanced";
};
template <>
struct vocabulary<muscle_role> {
  static constexpr detail::array<text_view, 5> words{"none", "treated", "stabilizer", "synergist", "prime_mover"};
  static constexpr text_view what = "a muscle role";
  static constexpr text_view expected =
      "sinew: expected a muscle role: none, treated, stabilizer, synergist or prime_mover";
};
template <>
struct vocabulary<muscle_length> {
  static constexpr detail::array<text_view, 3> words{"shortened", "mid_range", "lengthened"};
  static constexpr text_view what = "a muscle length";
  static constexpr text_view expected = "sinew: expected a muscle length: shortened, mid_range or lengthened";
};
template <>
struct vocabulary<coverage> {
  static constexpr detail::array<text_view, 3> words{"prime", "working", "any"};
  static constexpr text_view what = "a coverage";
  static constexpr text_view expected = "sinew: expected a coverage: prime, working or any";
};
template <>
struct vocabulary<exercise_kind> {
  static constexpr detail::array<text_view, exercise_kind_count> words{"strength", "power",   "conditioning",
                                                                        "mobility", "stretch", "soft_tissue"};
  static constexpr text_view what = "a kind";
  static constexpr text_view expected =
      "sinew: expected a kind: strength, power, conditioning, mobility, stretch or soft_tissue";
};
template <>
struct vocabulary<contraction> {
  static constexpr detail::array<text_view, contraction_count> words{"dynamic", "isometric", "locomotion"};
  static constexpr text_view what = "a contraction";
  static constexpr text_view expected = "sinew: expected a contraction: dynamic, isometric or locomotion";
};
/// Stance details are bit flags: word i names the flag 1 << i.
template <>
struct vocabulary<stance> {
  static constexpr detail::array<text_view, 4> words{"toes_forward", "toes_out", "wide", "knees_past_toes"};
  static constexpr text_view what = "a stance";
  static constexpr text_view expected =
      "sinew: expected a stance: toes_forward, toes_out, wide or knees_past_toes";
};

namespace detail {
// The tables under their former names, for code that reads them.
inline constexpr const auto& equipment_names = vocabulary<equipment>::words;
inline constexpr const auto& pattern_names = vocabulary<movement_pattern>::words;
inline constexpr const auto& mechanic_names = vocabulary<mechanic>::words;
inline constexpr const auto& laterality_names = vocabulary<laterality>::words;
inline constexpr const auto& spinal_load_names = vocabulary<spinal_load>::words;
inline constexpr const auto& load_peak_names = vocabulary<load_peak>::words;
inline constexpr const auto& difficulty_names = vocabulary<difficulty>::words;
inline constexpr const auto& muscle_role_names = vocabulary<muscle_role>::words;
inline constexpr const auto& muscle_length_names = vocabulary<muscle_length>::words;
inline constexpr const auto& coverage_names = vocabulary<coverage>::words;
inline constexpr const auto& exercise_kind_names = vocabulary<exercise_kind>::words;
inline constexpr const auto& contraction_names = vocabulary<contraction>::words;

/// The word for an enum value; "unknown" for a value past the enum's (a cast
/// from a number another program wrote), never a read past the table.
template <std::size_t N, class Enum>
[[nodiscard]] constexpr text_view word_of(const detail::array<text_view, N>& names, Enum e) noexcept {
  const auto i = static_cast<std::size_t>(e);
  return i < N ? names[i] : text_view{"unknown"};
}

template <class Enum, std::size_t N>
[[nodiscard]] constexpr result<Enum> enum_from(const detail::array<text_view, N>& names, text_view text,
                                               text_view unknown_message) noexcept {
  for (std::size_t i = 0; i != N; ++i)
    if (names[i] == text) return static_cast<Enum>(i);
  return error{unknown_message};
}
}  // namespace detail

[[nodiscard]] constexpr text_view name_of(equipment e) noexcept { return word_of(e); }
[[nodiscard]] constexpr text_view name_of(movement_pattern p) noexcept { return word_of(p); }
[[nodiscard]] constexpr text_view name_of(mechanic m) noexcept { return word_of(m); }
[[nodiscard]] constexpr text_view name_of(laterality l) noexcept { return word_of(l); }
[[nodiscard]] constexpr text_view name_of(spinal_load s) noexcept { return word_of(s); }
[[nodiscard]] constexpr text_view name_of(load_peak p) noexcept { return word_of(p); }
[[nodiscard]] constexpr text_view name_of(difficulty d) noexcept { return word_of(d); }
[[nodiscard]] constexpr text_view name_of(muscle_role r) noexcept { return word_of(r); }
[[nodiscard]] constexpr text_view name_of(muscle_length l) noexcept { return word_of(l); }
[[nodiscard]] constexpr text_view name_of(coverage c) noexcept { return word_of(c); }
/// The word of one stance flag; "unknown" for anything but a single known flag.
[[nodiscard]] constexpr text_view name_of(stance s) noexcept {
  const auto bits = static_cast<unsigned>(s);
  for (std::size_t i = 0; i != vocabulary<stance>::words.size(); ++i)
    if (bits == (1U << i)) return vocabulary<stance>::words[i];
  return "unknown";
}
[[nodiscard]] constexpr text_view name_of(exercise_kind k) noexcept { return word_of(k); }
[[nodiscard]] constexpr text_view name_of(contraction c) noexcept { return word_of(c); }

[[nodiscard]] constexpr result<equipment> parse_equipment(text_view t) noexcept { return parse_word<equipment>(t); }
[[nodiscard]] constexpr result<movement_pattern> parse_pattern(text_view t) noexcept {
  return parse_word<movement_pattern>(t);
}
[[nodiscard]] constexpr result<mechanic> parse_mechanic(text_view t) noexcept { return parse_word<mechanic>(t); }
[[nodiscard]] constexpr result<laterality> parse_laterality(text_view t) noexcept { return parse_word<laterality>(t); }
[[nodiscard]] constexpr result<spinal_load> parse_spinal_load(text_view t) noexcept { return parse_word<spinal_load>(t); }
[[nodiscard]] constexpr result<load_peak> parse_load_peak(text_view t) noexcept { return parse_word<load_peak>(t); }
[[nodiscard]] constexpr result<difficulty> parse_difficulty(text_view t) noexcept { return parse_word<difficulty>(t); }
[[nodiscard]] constexpr result<muscle_role> parse_muscle_role(text_view t) noexcept { return parse_word<muscle_role>(t); }
[[nodiscard]] constexpr result<coverage> parse_coverage(text_view t) noexcept { return parse_word<coverage>(t); }
/// One stance flag by its word.
[[nodiscard]] constexpr result<stance> parse_stance(text_view t) noexcept {
  for (std::size_t i = 0; i != vocabulary<stance>::words.size(); ++i)
    if (vocabulary<stance>::words[i] == t) return static_cast<stance>(1U << i);
  return error{expected_choices<stance>()};
}
[[nodiscard]] constexpr result<exercise_kind> parse_exercise_kind(text_view t) noexcept { return parse_word<exercise_kind>(t); }
[[nodiscard]] constexpr result<contraction> parse_contraction(text_view t) noexcept { return parse_word<contraction>(t); }

}  // namespace sinew
