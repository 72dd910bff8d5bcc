// The snake_case names of the anatomy's enumerations, as the CLI, JSON exports
// and generated tables spell them. Stable: they are part of sinew's interface.
#pragma once

#include <sinew/anatomy/ids.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

[[nodiscard]] constexpr text_view name_of(chain c) noexcept {
  switch (c) {
    case chain::anterior: return "anterior";
    case chain::posterior: return "posterior";
    case chain::medial: return "medial";
    case chain::lateral: return "lateral";
  }
  return "?";
}

/// A complex's id ("hip"; a model's own, "shoulder"); "" for the empty value.
[[nodiscard]] constexpr text_view name_of(const joint_complex& c) noexcept { return text_view{c.letters, c.length}; }

[[nodiscard]] constexpr text_view name_of(action_role r) noexcept {
  return r == action_role::primary ? text_view{"primary"} : text_view{"secondary"};
}

[[nodiscard]] constexpr text_view name_of(motion m) noexcept {
  constexpr text_view names[] = {
      "flexion",           "extension",          "abduction",       "adduction",        "internal_rotation",
      "external_rotation", "plantar_flexion",    "dorsiflexion",    "inversion",        "eversion",
      "lateral_flexion_left", "lateral_flexion_right", "rotation_left", "rotation_right", "horizontal_abduction",
      "horizontal_adduction", "elevation",        "depression",      "protraction",      "retraction",
      "upward_rotation",   "downward_rotation",  "pronation",       "supination",       "radial_deviation",
      "ulnar_deviation"};
  const auto i = static_cast<std::size_t>(m);
  return i < sizeof(names) / sizeof(names[0]) ? names[i] : text_view{"?"};
}

}  // namespace sinew
