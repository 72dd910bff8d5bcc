// Derived figures of a scheme, a grouping or a block: total sets, total reps,
// time under tension, estimated duration including rest, and volume load. Rep
// ranges give ranges. Where the text leaves something open the estimate uses
// the defaults below (docs/notation.md lists them); a figure that cannot be
// estimated honestly (reps of an AMAP set, of a strip set) is marked unknown.
#pragma once

#include <cstdint>

#include "sinew/schemes/grouping.hpp"
#include "sinew/schemes/set_scheme.hpp"

namespace sinew {

/// Assumptions used when the prescription does not say.
struct figure_defaults {
  std::uint32_t seconds_per_rep = 3;        ///< no tempo stated: 2 s down, 1 s up (a common 2-0-1-0)
  std::uint32_t explosive_seconds = 1;      ///< an X tempo digit counts as 1 s
  std::uint32_t rest_between_sets = 90;     ///< seconds, when no rest is stated
  std::uint32_t rest_pause_rest = 15;       ///< seconds between rest-pause mini-sets
  std::uint32_t cluster_rest = 20;          ///< seconds between cluster mini-sets
  std::uint32_t drop_change = 10;           ///< seconds to strip the load for a drop
  std::uint32_t centimetres_per_second = 100;  ///< loaded walks and lunges, 1 m/s
  std::uint32_t circuit_transition = 15;    ///< seconds to move between circuit stations
};
inline constexpr figure_defaults default_figures{};

/// A figure that may be a range and may be unknown.
struct figure {
  bool known = false;
  std::uint32_t min = 0;
  std::uint32_t max = 0;
  [[nodiscard]] static constexpr figure exactly(std::uint32_t v) noexcept { return {true, v, v}; }
  [[nodiscard]] static constexpr figure between(std::uint32_t lo, std::uint32_t hi) noexcept { return {true, lo, hi}; }
  friend constexpr figure operator+(figure a, figure b) noexcept {
    if (!a.known || !b.known) return {};
    return {true, a.min + b.min, a.max + b.max};
  }
  friend constexpr figure operator*(figure a, std::uint32_t k) noexcept {
    if (!a.known) return {};
    return {true, a.min * k, a.max * k};
  }
  friend constexpr bool operator==(const figure&, const figure&) noexcept = default;
};

struct figures {
  std::uint32_t total_sets = 0;   ///< work sets (a drop set, strip set or rest-pause set counts once)
  figure total_reps{};            ///< every rep performed, both legs counted
  figure reps_per_side{};         ///< unilateral work: reps done by each leg (or side); unknown otherwise
  figure time_under_tension{};    ///< seconds
  figure duration{};              ///< seconds, including rest between sets
  figure volume_load{};           ///< total reps x load, in tenths of `volume_unit`
  load_kind volume_unit = load_kind::none;
  friend constexpr bool operator==(const figures&, const figures&) noexcept = default;
};

namespace detail {

constexpr std::uint32_t seconds_per_rep(const set_scheme& s, const figure_defaults& d) noexcept {
  std::uint32_t per = 0;
  if (s.tempo.stated()) {
    for (std::uint8_t i = 0; i != s.tempo.length; ++i)
      per += s.tempo.phase[i] == tempo::explosive ? d.explosive_seconds : s.tempo.phase[i];
  } else {
    per = d.seconds_per_rep;
  }
  return per + s.hold.seconds + 2U * s.stretch_and_squeeze;
}

/// Seconds under tension for `reps` reps of one side.
constexpr std::uint32_t tension_for(std::uint32_t reps, const set_scheme& s, const figure_defaults& d) noexcept {
  std::uint32_t t = reps * seconds_per_rep(s, d);
  if (s.pause.every != 0) t += (reps / s.pause.every) * s.pause.seconds;
  return t;
}

constexpr std::uint32_t rest_seconds(const rest& r, std::uint32_t fallback) noexcept {
  return r.stated ? r.length.in_seconds() : fallback;
}

}  // namespace detail

[[nodiscard]] constexpr figures figures_of(const set_scheme& s, const figure_defaults& d = default_figures) noexcept {
  figures f;
  const std::uint32_t rest = detail::rest_seconds(s.rest_after, d.rest_between_sets);
  f.total_sets = s.kind == scheme_kind::strip ? 1U : s.sets;
  figure one_set_reps{};   // reps of one set, one side
  figure one_set_tension{};
  std::uint32_t sides = 1;
  switch (s.kind) {
    case scheme_kind::straight: {
      const auto& q = s.per_set;
      sides = (q.side == rep_count::per_leg || q.side == rep_count::per_side) ? 2U : 1U;
      if (q.has_rep_target()) {
        one_set_reps = figure::between(q.min, q.max);
        one_set_tension = figure::between(detail::tension_for(q.min, s, d), detail::tension_for(q.max, s, d));
      } else if (q.kind == quantity_kind::time) {
        one_set_tension = figure::exactly(q.as_duration().in_seconds());
      } else if (q.kind == quantity_kind::distance) {
        one_set_tension = figure::exactly(q.as_distance().in_centimetres() / d.centimetres_per_second);
      }
      const std::uint32_t work_sets = s.sets;
      figure per_set_tension = one_set_tension * sides;
      if (s.drops != 0) {
        // Drops are estimated at the set's own reps; the reps themselves stay unknown.
        per_set_tension = per_set_tension * (1U + s.drops) + figure::exactly(s.drops * d.drop_change);
        one_set_reps = {};
      }
      f.time_under_tension = per_set_tension * work_sets;
      f.duration = f.time_under_tension + figure::exactly(rest * (work_sets - 1U));
      f.total_reps = one_set_reps * (work_sets * sides);
      if (q.side == rep_count::steps && f.total_reps.known)
        f.reps_per_side = figure::between(f.total_reps.min / 2, (f.total_reps.max + 1) / 2);
      else if (sides == 2)
        f.reps_per_side = one_set_reps * work_sets;
      break;
    }
    case scheme_kind::pyramid:
    case scheme_kind::reverse_pyramid:
    case scheme_kind::double_pyramid:
    case scheme_kind::warm_up_ramp:
    case scheme_kind::rest_pause:
    case scheme_kind::cluster: {
      std::uint32_t reps = 0, tension = 0;
      for (std::uint8_t i = 0; i != s.listed_count && i != max_listed_sets; ++i) {
        reps += s.listed[i];
        tension += detail::tension_for(s.listed[i], s, d);
      }
      if (has_mini_sets(s.kind)) {
        const std::uint32_t inner =
            detail::rest_seconds(s.between_mini_sets, s.kind == scheme_kind::cluster ? d.cluster_rest : d.rest_pause_rest);
        const std::uint32_t gaps = s.listed_count > 0 ? s.listed_count - 1U : 0U;
        f.total_reps = figure::exactly(reps * s.sets);
        f.time_under_tension = figure::exactly(tension * s.sets);
        f.duration = figure::exactly((tension + inner * gaps) * s.sets + rest * (s.sets - 1U));
      } else {
        f.total_reps = figure::exactly(reps);
        f.time_under_tension = figure::exactly(tension);
        f.duration = figure::exactly(tension + rest * (s.sets - 1U));
      }
      break;
    }
    case scheme_kind::strip: break;  // how many strips depends on the plates: unknown
  }
  if (s.load.is_absolute() && f.total_reps.known) {
    f.volume_load = f.total_reps * s.load.tenths;
    f.volume_unit = s.load.kind;
  }
  return f;
}

template <SetScheme T>
  requires(!std::same_as<T, set_scheme>)
[[nodiscard]] constexpr figures figures_of(const T& t, const figure_defaults& d = default_figures) noexcept {
  return figures_of(as_set_scheme(t), d);
}

/// A grouping runs in rounds: one set of each exercise, then the round rest.
[[nodiscard]] constexpr figures figures_of(const grouping& g, const figure_defaults& d = default_figures) noexcept {
  figures f;
  f.total_reps = figure::exactly(0);
  f.time_under_tension = figure::exactly(0);
  f.volume_load = figure::exactly(0);
  std::uint32_t rounds = 0;
  load_kind unit = load_kind::none;
  bool same_unit = true;
  for (const auto& e : g) {
    const figures ef = figures_of(e.scheme, d);
    f.total_sets += ef.total_sets;
    f.total_reps = f.total_reps + ef.total_reps;
    f.time_under_tension = f.time_under_tension + ef.time_under_tension;
    if (ef.total_sets > rounds) rounds = ef.total_sets;
    if (unit == load_kind::none) unit = ef.volume_unit;
    else if (ef.volume_unit != unit) same_unit = false;
    f.volume_load = f.volume_load + ef.volume_load;
  }
  if (rounds == 0) rounds = 1;
  const std::uint32_t between_exercises =
      g.kind == grouping_kind::circuit ? detail::rest_seconds(g.between_exercises, d.circuit_transition)
                                       : detail::rest_seconds(g.between_exercises, 0);
  const std::uint32_t transitions = g.size > 0 ? (g.size - 1U) * rounds : 0U;
  f.duration = f.time_under_tension +
               figure::exactly(between_exercises * transitions +
                               detail::rest_seconds(g.between_rounds, d.rest_between_sets) * (rounds - 1U));
  if (same_unit && unit != load_kind::none && f.volume_load.known) f.volume_unit = unit;
  else f.volume_load = {};
  return f;
}

/// A block with a stated length lasts that long; otherwise as long as its content.
[[nodiscard]] constexpr figures figures_of(const block& b, const figure_defaults& d = default_figures) noexcept {
  figures f;
  if (b.content == block_content::scheme) f = figures_of(b.scheme, d);
  if (b.content == block_content::grouping) f = figures_of(b.group, d);
  if (b.content == block_content::rest) f.duration = figure::exactly(b.rest_period.length.in_seconds());
  if (b.min_length != 0) {
    const std::uint32_t k = b.length_unit == time_unit::minute ? 60U : 1U;
    f.duration = figure::between(b.min_length * k, b.max_length * k);
  }
  return f;
}

}  // namespace sinew
