// Measured properties of a muscle: share of type I (slow-twitch) fibres and
// architecture. Each figure carries its source; unknown figures are negative.
#pragma once

#include <sinew/text_view.hpp>

namespace sinew {

/// A number taken from the literature, or unknown (`known() == false`).
struct measurement {
  double value = -1.0;
  [[nodiscard]] constexpr bool known() const noexcept { return value >= 0.0; }
  friend constexpr bool operator==(measurement, measurement) noexcept = default;
};

struct fiber_type_figures {
  measurement type_i_percent{};  ///< share of type I (slow-twitch) fibres, in percent
  text_view source{};     ///< where the figure comes from
  text_view note{};       ///< other published values, caveats
  friend constexpr bool operator==(const fiber_type_figures&, const fiber_type_figures&) noexcept = default;
};

struct architecture_figures {
  measurement optimal_fiber_length_cm{};
  measurement pcsa_cm2{};       ///< physiological cross-sectional area
  measurement pennation_deg{};  ///< pennation angle at optimal length
  measurement volume_cm3{};     ///< muscle volume in young adults
  text_view source{};
  text_view note{};
  friend constexpr bool operator==(const architecture_figures&, const architecture_figures&) noexcept = default;
};

struct muscle_figures {
  fiber_type_figures fibers{};
  architecture_figures architecture{};
  friend constexpr bool operator==(const muscle_figures&, const muscle_figures&) noexcept = default;
};

}  // namespace sinew
