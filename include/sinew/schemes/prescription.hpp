// What one set prescribes: how much (reps, a rep range, per leg or in steps,
// as many as possible, to technical failure, a non-stop total, a distance or a
// time), with what load, at what tempo, with which holds and pauses, and the
// rest after it. The forms are those of the seed articles (domain.md section 3):
// "4x8-12", "3x10-12 per leg", "20 steps (10 each leg)", "3x15 (301 tempo)",
// "3x15 with 2 second isometric", "hold every 5th rep at the bottom for a 5
// count", "3 second stretch and squeeze", "3x50 yds", 30 s stretches.
// Plain aggregates with constexpr factories; the rules live in set_scheme.hpp.
#pragma once

#include <sinew/detail/array.hpp>
#include <cstdint>

#include "sinew/schemes/rules.hpp"

namespace sinew {

enum class time_unit : std::uint8_t { second, minute };

/// A length of time as written (90 s stays 90 s, 2 min stays 2 min).
struct duration {
  std::uint16_t amount = 0;
  time_unit unit = time_unit::second;
  [[nodiscard]] constexpr std::uint32_t in_seconds() const noexcept {
    return unit == time_unit::minute ? std::uint32_t{amount} * 60U : std::uint32_t{amount};
  }
  friend constexpr bool operator==(const duration&, const duration&) noexcept = default;
};
[[nodiscard]] constexpr duration seconds(std::uint16_t n) noexcept { return {n, time_unit::second}; }
[[nodiscard]] constexpr duration minutes(std::uint16_t n) noexcept { return {n, time_unit::minute}; }

enum class distance_unit : std::uint8_t { metre, yard };

/// A distance as written ("3x50 yds" stays in yards).
struct distance {
  std::uint16_t amount = 0;
  distance_unit unit = distance_unit::metre;
  /// In centimetres (1 yd = 91.44 cm), so yards convert without floating point.
  [[nodiscard]] constexpr std::uint32_t in_centimetres() const noexcept {
    return unit == distance_unit::yard ? std::uint32_t{amount} * 9144U / 100U : std::uint32_t{amount} * 100U;
  }
  friend constexpr bool operator==(const distance&, const distance&) noexcept = default;
};
[[nodiscard]] constexpr distance metres(std::uint16_t n) noexcept { return {n, distance_unit::metre}; }
[[nodiscard]] constexpr distance yards(std::uint16_t n) noexcept { return {n, distance_unit::yard}; }

/// What one set asks for.
enum class quantity_kind : std::uint8_t {
  reps,        ///< a rep count or range: 15, 8-12
  amap,        ///< as many as possible
  to_failure,  ///< to technical failure, optionally aimed at a rep range ("fail between 12 and 15")
  non_stop,    ///< a total done without stopping ("150 lunges, go non-stop")
  distance,    ///< 50 yd
  time,        ///< 30 s
};

/// How reps are counted on a unilateral exercise (per leg, per side, in steps).
enum class rep_count : std::uint8_t {
  both,      ///< bilateral, or not stated
  per_leg,   ///< the count is done by each leg ("10-12 reps per leg")
  per_side,  ///< the count is done on each side
  steps,     ///< alternating steps, both legs counted ("20 steps (10 each leg)")
};

/// The amount of one set. `min`/`max` hold the rep count or range (equal for a
/// fixed count), the failure target range (0-0: none given), the non-stop
/// total, or the distance or time amount; `unit` is a distance_unit or time_unit.
struct quantity {
  quantity_kind kind = quantity_kind::reps;
  std::uint16_t min = 0;
  std::uint16_t max = 0;
  std::uint8_t unit = 0;
  rep_count side = rep_count::both;

  [[nodiscard]] static constexpr quantity reps(std::uint16_t n) noexcept { return {quantity_kind::reps, n, n, 0, rep_count::both}; }
  [[nodiscard]] static constexpr quantity reps(std::uint16_t lo, std::uint16_t hi) noexcept {
    return {quantity_kind::reps, lo, hi, 0, rep_count::both};
  }
  [[nodiscard]] static constexpr quantity steps(std::uint16_t n) noexcept { return {quantity_kind::reps, n, n, 0, rep_count::steps}; }
  [[nodiscard]] static constexpr quantity amap() noexcept { return {quantity_kind::amap, 0, 0, 0, rep_count::both}; }
  [[nodiscard]] static constexpr quantity to_failure() noexcept { return {quantity_kind::to_failure, 0, 0, 0, rep_count::both}; }
  [[nodiscard]] static constexpr quantity to_failure(std::uint16_t lo, std::uint16_t hi) noexcept {
    return {quantity_kind::to_failure, lo, hi, 0, rep_count::both};
  }
  [[nodiscard]] static constexpr quantity non_stop(std::uint16_t total) noexcept {
    return {quantity_kind::non_stop, total, total, 0, rep_count::both};
  }
  [[nodiscard]] static constexpr quantity of(distance d) noexcept {
    return {quantity_kind::distance, d.amount, d.amount, static_cast<std::uint8_t>(d.unit), rep_count::both};
  }
  [[nodiscard]] static constexpr quantity of(duration t) noexcept {
    return {quantity_kind::time, t.amount, t.amount, static_cast<std::uint8_t>(t.unit), rep_count::both};
  }
  /// The same amount, done by each leg (or side).
  [[nodiscard]] constexpr quantity per_leg() const noexcept { return with_side(rep_count::per_leg); }
  [[nodiscard]] constexpr quantity per_side() const noexcept { return with_side(rep_count::per_side); }
  [[nodiscard]] constexpr quantity with_side(rep_count s) const noexcept {
    quantity q = *this;
    q.side = s;
    return q;
  }
  [[nodiscard]] constexpr bool has_rep_target() const noexcept {
    return kind == quantity_kind::reps || kind == quantity_kind::non_stop || (kind == quantity_kind::to_failure && max != 0);
  }
  [[nodiscard]] constexpr distance as_distance() const noexcept { return {min, static_cast<distance_unit>(unit)}; }
  [[nodiscard]] constexpr duration as_duration() const noexcept { return {min, static_cast<time_unit>(unit)}; }
  friend constexpr bool operator==(const quantity&, const quantity&) noexcept = default;
};

enum class load_kind : std::uint8_t {
  none,        ///< not stated
  kg,          ///< absolute, in tenths of a kilogram
  lb,          ///< absolute, in tenths of a pound
  percent_1rm, ///< in tenths of a percent of the one-rep max
  rpe,         ///< rate of perceived exertion, in tenths (8.5 -> 85)
  rir,         ///< reps in reserve, in tenths
  bodyweight,  ///< bodyweight only
  heavier,     ///< heavier than the last set ("increase weight each set")
  band,        ///< a resistance band
};

/// The load of a set. Amounts are stored in tenths so that 62.5 kg and RPE 8.5
/// are exact without floating point.
struct load {
  load_kind kind = load_kind::none;
  std::uint16_t tenths = 0;

  [[nodiscard]] static constexpr load kilograms(std::uint16_t whole, std::uint16_t tenth = 0) noexcept {
    return {load_kind::kg, static_cast<std::uint16_t>(whole * 10 + tenth)};
  }
  [[nodiscard]] static constexpr load pounds(std::uint16_t whole, std::uint16_t tenth = 0) noexcept {
    return {load_kind::lb, static_cast<std::uint16_t>(whole * 10 + tenth)};
  }
  [[nodiscard]] static constexpr load percent_of_1rm(std::uint16_t percent) noexcept {
    return {load_kind::percent_1rm, static_cast<std::uint16_t>(percent * 10)};
  }
  [[nodiscard]] static constexpr load rpe(std::uint16_t whole, std::uint16_t tenth = 0) noexcept {
    return {load_kind::rpe, static_cast<std::uint16_t>(whole * 10 + tenth)};
  }
  [[nodiscard]] static constexpr load reps_in_reserve(std::uint16_t n) noexcept {
    return {load_kind::rir, static_cast<std::uint16_t>(n * 10)};
  }
  [[nodiscard]] static constexpr load bodyweight() noexcept { return {load_kind::bodyweight, 0}; }
  [[nodiscard]] static constexpr load heavier_than_last_set() noexcept { return {load_kind::heavier, 0}; }
  [[nodiscard]] static constexpr load band() noexcept { return {load_kind::band, 0}; }
  [[nodiscard]] constexpr bool is_absolute() const noexcept { return kind == load_kind::kg || kind == load_kind::lb; }
  friend constexpr bool operator==(const load&, const load&) noexcept = default;
};

/// Tempo in the 3- or 4-digit notation: eccentric, pause at the bottom,
/// concentric, pause at the top, in seconds; X (explosive) only in the
/// concentric digit. "no tempo" is a stated choice, distinct from "not stated".
struct tempo {
  static constexpr std::uint8_t explosive = 10;  ///< the X digit
  enum class mode : std::uint8_t { unstated, none, digits };
  mode kind = mode::unstated;
  std::uint8_t length = 0;                 ///< 3 or 4 when kind == digits
  detail::array<std::uint8_t, 4> phase{};     ///< seconds, or `explosive`

  [[nodiscard]] static constexpr tempo of(std::uint8_t eccentric, std::uint8_t pause, std::uint8_t concentric) noexcept {
    return {mode::digits, 3, {eccentric, pause, concentric, 0}};
  }
  [[nodiscard]] static constexpr tempo of(std::uint8_t eccentric, std::uint8_t bottom, std::uint8_t concentric,
                                          std::uint8_t top) noexcept {
    return {mode::digits, 4, {eccentric, bottom, concentric, top}};
  }
  [[nodiscard]] static constexpr tempo no_tempo() noexcept { return {mode::none, 0, {}}; }
  [[nodiscard]] constexpr bool stated() const noexcept { return kind == mode::digits; }
  friend constexpr bool operator==(const tempo&, const tempo&) noexcept = default;
};

enum class hold_position : std::uint8_t { top, bottom };

/// An isometric hold on every rep ("3x15 with 2 second isometric"); seconds 0: none.
struct hold {
  std::uint16_t seconds = 0;
  hold_position position = hold_position::top;
  friend constexpr bool operator==(const hold&, const hold&) noexcept = default;
};

/// A pause on every n-th rep ("hold every 5th rep at the bottom for a 5 count"); seconds 0: none.
struct pause {
  std::uint16_t seconds = 0;
  std::uint16_t every = 0;
  hold_position position = hold_position::bottom;
  friend constexpr bool operator==(const pause&, const pause&) noexcept = default;
};

/// A rest that may or may not be stated ("rest 90s"; "rest 0s" is stated).
struct rest {
  bool stated = false;
  duration length{};
  [[nodiscard]] static constexpr rest of(duration d) noexcept { return {true, d}; }
  friend constexpr bool operator==(const rest&, const rest&) noexcept = default;
};

namespace detail {

constexpr rule_check check_quantity(const quantity& q) noexcept {
  switch (q.kind) {
    case quantity_kind::reps:
      if (q.max == 0) return {rule::zero_reps};
      if (q.min == 0) return {rule::zero_reps};
      if (q.min > q.max) return {rule::rep_range_inverted};
      break;
    case quantity_kind::to_failure:
      if (q.min > q.max) return {rule::rep_range_inverted};
      if (q.max != 0 && q.min == 0) return {rule::zero_reps};
      break;
    case quantity_kind::non_stop:
      if (q.min == 0 || q.min != q.max) return {rule::zero_reps};
      break;
    case quantity_kind::distance:
    case quantity_kind::time:
      if (q.min == 0 || q.min != q.max) return {rule::zero_length};
      break;
    case quantity_kind::amap: break;
  }
  if (q.side == rep_count::steps && q.kind != quantity_kind::reps) return {rule::steps_need_reps};
  return {};
}

constexpr rule_check check_load(const load& l) noexcept {
  switch (l.kind) {
    case load_kind::kg:
    case load_kind::lb:
      if (l.tenths == 0) return {rule::load_not_positive};
      break;
    case load_kind::percent_1rm:
      if (l.tenths < 10 || l.tenths > 1000) return {rule::percent_out_of_range};
      break;
    case load_kind::rpe:
      if (l.tenths < 10 || l.tenths > 100) return {rule::rpe_out_of_range};
      break;
    case load_kind::rir:
      if (l.tenths > 100) return {rule::rir_out_of_range};
      break;
    default:
      if (l.tenths != 0) return {rule::load_not_positive};
      break;
  }
  return {};
}

constexpr rule_check check_tempo(const tempo& t) noexcept {
  if (t.kind != tempo::mode::digits) return {};
  if (t.length != 3 && t.length != 4) return {rule::tempo_length};
  if (t.length == 3 && t.phase[3] != 0) return {rule::tempo_digit, 3};
  for (std::uint8_t i = 0; i != t.length; ++i) {
    if (t.phase[i] > tempo::explosive) return {rule::tempo_digit, i};
    if (t.phase[i] == tempo::explosive && i != 2) return {rule::tempo_explosive_out_of_place, i};
  }
  return {};
}

}  // namespace detail
}  // namespace sinew
