// The snake_case names of the anatomy's enumerations, as the CLI, JSON exports
// and generated tables spell them. Stable: they are part of sinew's interface.
// One vocabulary table per enum (detail/vocabulary.hpp) feeds name_of, parsing
// and the error listing the valid choices; joint_complex keeps its switch until
// it stops being a closed enum.
#pragma once

#include <sinew/anatomy/ids.hpp>
#include <sinew/text_view.hpp>
#include <sinew/detail/array.hpp>
#include <sinew/detail/vocabulary.hpp>
#include <sinew/result.hpp>

namespace sinew {

// --- the vocabularies: each enum's words, once, in enum order ---------------------
template <>
struct vocabulary<chain> {
  static constexpr detail::array<text_view, 4> words{"anterior", "posterior", "medial", "lateral"};
  static constexpr text_view what = "a chain";
  static constexpr text_view expected = "sinew: expected a chain: anterior, posterior, medial or lateral";
};
template <>
struct vocabulary<action_role> {
  static constexpr detail::array<text_view, 2> words{"primary", "secondary"};
  static constexpr text_view what = "";
  static constexpr text_view expected = "sinew: expected primary or secondary";
};
template <>
struct vocabulary<motion> {
  static constexpr detail::array<text_view, 26> words{
      "flexion",           "extension",          "abduction",       "adduction",        "internal_rotation",
      "external_rotation", "plantar_flexion",    "dorsiflexion",    "inversion",        "eversion",
      "lateral_flexion_left", "lateral_flexion_right", "rotation_left", "rotation_right", "horizontal_abduction",
      "horizontal_adduction", "elevation",        "depression",      "protraction",      "retraction",
      "upward_rotation",   "downward_rotation",  "pronation",       "supination",       "radial_deviation",
      "ulnar_deviation"};
  static constexpr text_view what = "a motion";
  static constexpr text_view expected =
      "sinew: expected a motion: flexion, extension, abduction, adduction, internal_rotation, "
      "external_rotation, plantar_flexion, dorsiflexion, inversion, eversion, lateral_flexion_left, "
      "lateral_flexion_right, rotation_left, rotation_right, horizontal_abduction, horizontal_adduction, "
      "elevation, depression, protraction, retraction, upward_rotation, downward_rotation, pronation, "
      "supination, radial_deviation or ulnar_deviation";
};
static_assert(vocabulary<motion>::words.size() == static_cast<std::size_t>(motion::ulnar_deviation) + 1,
              "sinew: every motion has its word");

/// The word of a value; "unknown" past the enum (a cast from another program's number).
[[nodiscard]] constexpr text_view name_of(chain c) noexcept { return word_of(c); }
[[nodiscard]] constexpr text_view name_of(action_role r) noexcept { return word_of(r); }
[[nodiscard]] constexpr text_view name_of(motion m) noexcept { return word_of(m); }

[[nodiscard]] constexpr result<chain> parse_chain(text_view t) noexcept { return parse_word<chain>(t); }
[[nodiscard]] constexpr result<action_role> parse_action_role(text_view t) noexcept { return parse_word<action_role>(t); }
[[nodiscard]] constexpr result<motion> parse_motion(text_view t) noexcept { return parse_word<motion>(t); }

/// A complex's id ("hip"; a model's own, "shoulder"); "" for the empty value.
[[nodiscard]] constexpr text_view name_of(const joint_complex& c) noexcept { return text_view{c.letters, c.length}; }

}  // namespace sinew
