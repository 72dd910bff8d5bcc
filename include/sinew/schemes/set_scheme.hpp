// Set schemes: how the sets of one exercise are laid out. Straight sets (with optional
// drops), pyramids, reverse and double pyramids, warm-up ramps, strip sets, rest-pause
// and cluster sets; sets to failure, AMAP and non-stop sets are straight sets whose
// quantity says so. Every form of the articles (Balanced Leg Muscles; King of Workouts;
// Padron) ("4x8-12", "Pyramid 15, 12, 10, 8, 4", "20, 15, 12, 8, 12, 15, 20", "4x8 +
// double drop-set each set", strip sets from a 5-rep max, "5 sets to technical failure")
// is one set_scheme value. Limits: 99 sets, 16 listed sets or mini-sets, 8 drops.
#pragma once

#include <sinew/detail/array.hpp>
#include <sinew/detail/traits.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include <sinew/result.hpp>
#include <sinew/schemes/kinds.hpp>
#include <sinew/schemes/prescription.hpp>

namespace sinew {

inline constexpr std::size_t max_sets = 99;         ///< sets in straight, rest-pause or cluster schemes
inline constexpr std::size_t max_listed_sets = 16;  ///< sets of a pyramid or ramp, mini-sets of rest-pause or cluster
inline constexpr std::size_t max_drops = 8;

// scheme_kind and its rows: schemes/kinds.hpp.

/// One exercise's sets. Fields not used by a kind stay at their defaults, so
/// `==` compares what was prescribed.
struct set_scheme {
  scheme_kind kind = scheme_kind::straight;
  std::uint16_t sets = 1;             ///< straight, rest_pause, cluster: the number of sets
  quantity per_set{};                 ///< straight: each set; strip: the n of the n-rep max
  detail::array<std::uint16_t, max_listed_sets> listed{};  ///< pyramid/ramp reps, or mini-set reps
  std::uint8_t listed_count = 0;
  rest between_mini_sets{};           ///< rest_pause and cluster
  std::uint8_t drops = 0;             ///< straight: drops after each set
  std::int8_t drop_percent = 0;       ///< load change per drop in percent (negative), 0: not stated
  sinew::load load{};
  sinew::tempo tempo{};
  sinew::hold hold{};
  sinew::pause pause{};
  std::uint16_t stretch_and_squeeze = 0;  ///< seconds of stretch at the bottom and squeeze at the top, each rep
  sinew::rest rest_after{};               ///< rest between sets
  /// Each set's own load, in tenths of `load.kind` (kg, lb, % of 1RM or RPE),
  /// one per set ("pyramid 15,12,10,8 @60,70,80,90kg", "3x5 @65,75,85%"); then
  /// `load.tenths` is 0. `set_load_count` 0: one load (`load`) for every set.
  detail::array<std::uint16_t, max_listed_sets> set_loads{};
  std::uint8_t set_load_count = 0;
  /// The last set goes on for as many reps as possible, at least its count
  /// ("3x5+", "pyramid 5,3,1+": the 5/3/1 form).
  bool last_set_amap = false;
  /// Listed sets done by each leg or side ("pyramid 12,10,8/leg"); `both` for
  /// every other kind (a straight set's side is its quantity's).
  rep_count listed_side = rep_count::both;
  /// Drops given as loads ("4x8 @80kg + drops 60,45,30kg"): one per drop, in
  /// tenths of `drop_load_unit` (kg or lb); `drop_load_unit` none: not given.
  detail::array<std::uint16_t, max_drops> drop_loads{};
  load_kind drop_load_unit = load_kind::none;
  /// Intervals: `per_set` is done at the start of every `interval_length`, for
  /// `total_length` ("EMOM 10min: 5"); `sets` is the number of intervals.
  duration interval_length{};
  duration total_length{};

  friend constexpr bool operator==(const set_scheme&, const set_scheme&) noexcept = default;

  // Fluent modifiers, each returning a copy.
  [[nodiscard]] constexpr set_scheme at(sinew::load l) const noexcept { auto s = *this; s.load = l; return s; }
  [[nodiscard]] constexpr set_scheme with(sinew::tempo t) const noexcept { auto s = *this; s.tempo = t; return s; }
  [[nodiscard]] constexpr set_scheme with(sinew::hold h) const noexcept { auto s = *this; s.hold = h; return s; }
  [[nodiscard]] constexpr set_scheme with(sinew::pause p) const noexcept { auto s = *this; s.pause = p; return s; }
  template <detail::integral I>
  [[nodiscard]] constexpr set_scheme with_stretch_and_squeeze(I secs) const noexcept {
    auto s = *this;
    s.stretch_and_squeeze = detail::field<std::uint16_t>(secs, rule::hold_zero, rule::number_too_large);
    return s;
  }
  [[nodiscard]] constexpr set_scheme resting(duration d) const noexcept { auto s = *this; s.rest_after = rest::of(d); return s; }
  /// "+ n drops", each taking `percent` (negative, 0: not stated) off the load.
  template <detail::integral N, detail::integral P = int>
  [[nodiscard]] constexpr set_scheme plus_drops(N n, P percent = 0) const noexcept {
    auto s = *this;
    s.drops = detail::field<std::uint8_t>(n, rule::drops_too_many, rule::drops_too_many);
    s.drop_percent = detail::field<std::int8_t>(percent, rule::drop_percent_too_large, rule::drop_load_rises);
    return s;
  }
};

// ---- factories: one per kind, in the trainer's words ----------------------

namespace detail {
template <detail::integral I>
constexpr std::uint16_t set_count(I n) noexcept { return field<std::uint16_t>(n, rule::zero_sets, rule::too_many_sets); }
}  // namespace detail

template <detail::integral S>
[[nodiscard]] constexpr set_scheme straight_sets(S sets, quantity q) noexcept {
  set_scheme s;
  s.sets = detail::set_count(sets);
  s.per_set = q;
  return s;
}
template <detail::integral S, detail::integral R>
[[nodiscard]] constexpr set_scheme straight_sets(S sets, R reps) noexcept {
  return straight_sets(sets, quantity::reps(reps));
}
template <detail::integral S, detail::integral L, detail::integral H>
[[nodiscard]] constexpr set_scheme sets_to_failure(S sets, L lo, H hi) noexcept {
  return straight_sets(sets, quantity::to_failure(lo, hi));
}
template <detail::integral N, detail::integral P = int>
[[nodiscard]] constexpr set_scheme drop_set(set_scheme straight, N drops, P percent = 0) noexcept {
  return straight.plus_drops(drops, percent);
}

namespace detail {
constexpr set_scheme listed_scheme(scheme_kind k, std::initializer_list<std::uint16_t> reps) noexcept {
  set_scheme s;
  s.kind = k;
  std::size_t i = 0;
  for (auto r : reps) {
    if (i < max_listed_sets) s.listed[i] = r;
    ++i;
  }
  // One past the capacity is kept as a marker, so that validation reports the limit.
  s.listed_count = static_cast<std::uint8_t>(i > max_listed_sets ? max_listed_sets + 1 : i);
  s.sets = static_cast<std::uint16_t>(k == scheme_kind::rest_pause || k == scheme_kind::cluster ? 1 : s.listed_count);
  return s;
}
}  // namespace detail

[[nodiscard]] constexpr set_scheme pyramid(std::initializer_list<std::uint16_t> reps) noexcept {
  return detail::listed_scheme(scheme_kind::pyramid, reps);
}
[[nodiscard]] constexpr set_scheme reverse_pyramid(std::initializer_list<std::uint16_t> reps) noexcept {
  return detail::listed_scheme(scheme_kind::reverse_pyramid, reps);
}
[[nodiscard]] constexpr set_scheme double_pyramid(std::initializer_list<std::uint16_t> reps) noexcept {
  return detail::listed_scheme(scheme_kind::double_pyramid, reps);
}
[[nodiscard]] constexpr set_scheme warm_up_ramp(std::initializer_list<std::uint16_t> reps) noexcept {
  return detail::listed_scheme(scheme_kind::warm_up_ramp, reps);
}
/// Strip sets from an n-rep max until no weight remains.
template <detail::integral R>
[[nodiscard]] constexpr set_scheme strip_sets(R rep_max) noexcept {
  set_scheme s;
  s.kind = scheme_kind::strip;
  s.per_set = quantity::reps(rep_max);
  return s;
}
template <detail::integral S>
[[nodiscard]] constexpr set_scheme rest_pause(S sets, std::initializer_list<std::uint16_t> mini_sets,
                                              rest between = {}) noexcept {
  auto s = detail::listed_scheme(scheme_kind::rest_pause, mini_sets);
  s.sets = detail::set_count(sets);
  s.between_mini_sets = between;
  return s;
}
template <detail::integral S>
[[nodiscard]] constexpr set_scheme cluster(S sets, std::initializer_list<std::uint16_t> mini_sets,
                                           rest between = {}) noexcept {
  auto s = detail::listed_scheme(scheme_kind::cluster, mini_sets);
  s.sets = detail::set_count(sets);
  s.between_mini_sets = between;
  return s;
}

/// Work at the start of every interval for a total length ("EMOM 10min: 5" is
/// every(minutes(1), minutes(10), quantity::reps(5))); the sets are the intervals.
[[nodiscard]] constexpr set_scheme every(duration interval, duration total, quantity work) noexcept {
  set_scheme s;
  s.kind = scheme_kind::interval;
  s.interval_length = interval;
  s.total_length = total;
  s.per_set = work;
  const std::uint32_t i = interval.in_seconds(), t = total.in_seconds();
  s.sets = static_cast<std::uint16_t>(i == 0 || t / i > 0xFFFFU ? 0U : t / i);
  return s;
}

// ---- the rules --------------------------------------------------------------

[[nodiscard]] constexpr bool is_listed(scheme_kind k) noexcept { return row_of(k).layout == scheme_layout::listed; }
[[nodiscard]] constexpr bool has_mini_sets(scheme_kind k) noexcept { return row_of(k).layout == scheme_layout::mini_sets; }

/// The first rule `s` breaks, with the index of the offending listed set if any.
[[nodiscard]] constexpr rule_check check(const set_scheme& s) noexcept {
  if (s.kind == scheme_kind::interval) {
    const std::uint32_t every = s.interval_length.in_seconds(), total = s.total_length.in_seconds();
    if (every == 0 || total == 0 || total % every != 0 || total / every > max_sets || s.sets != total / every)
      return {rule::interval_lengths};
    if (s.rest_after.stated) return {rule::interval_rest};
  } else if (s.interval_length != duration{} || s.total_length != duration{}) {
    return {rule::interval_lengths};
  }
  if (s.sets == 0) return {rule::zero_sets};
  if (s.sets > max_sets) return {rule::too_many_sets};
  const auto n = s.listed_count;
  if (is_listed(s.kind) || has_mini_sets(s.kind)) {
    if (n > max_listed_sets) return {rule::list_too_long, static_cast<std::uint8_t>(max_listed_sets)};
    if (has_mini_sets(s.kind)) {
      if (n < 2) return {rule::mini_sets_too_few};
    } else {
      if (n < (s.kind == scheme_kind::double_pyramid ? 3 : 2)) return {rule::list_too_short};
      if (s.sets != n) return {rule::list_too_short};
    }
    for (std::uint8_t i = 0; i != n; ++i)
      if (s.listed[i] == 0) return {rule::zero_reps, i};
    std::uint8_t lowest = 0;  // double pyramid: where the reps turn
    for (std::uint8_t i = 1; i != n; ++i) {
      const auto prev = s.listed[i - 1], cur = s.listed[i];
      switch (s.kind) {
        case scheme_kind::pyramid:
          if (cur >= prev) return {rule::pyramid_not_down, i};
          break;
        case scheme_kind::reverse_pyramid:
          if (cur <= prev) return {rule::reverse_pyramid_not_up, i};
          break;
        case scheme_kind::warm_up_ramp:
          if (cur > prev) return {rule::ramp_reps_rise, i};
          break;
        case scheme_kind::double_pyramid:
          if (lowest == i - 1 && cur < prev) lowest = i;
          else if (cur <= prev) return {rule::double_pyramid_shape, i};
          break;
        default: break;
      }
    }
    if (s.kind == scheme_kind::double_pyramid && (lowest == 0 || lowest == n - 1))
      return {rule::double_pyramid_shape, lowest};
    for (auto i = n; i < max_listed_sets; ++i)
      if (s.listed[i] != 0) return {rule::list_too_long, i};
  } else if (n != 0) {
    return {rule::list_too_long, 0};
  }
  if (s.kind == scheme_kind::straight || s.kind == scheme_kind::interval) {
    if (auto c = detail::check_quantity(s.per_set); !c.ok()) return c;
    if (s.kind == scheme_kind::interval && s.per_set.kind == quantity_kind::time &&
        s.per_set.as_duration().in_seconds() >= s.interval_length.in_seconds())
      return {rule::interval_work_too_long};
  } else if (s.kind == scheme_kind::strip) {
    if (s.per_set.kind != quantity_kind::reps || s.per_set.min == 0 || s.per_set.min != s.per_set.max ||
        s.per_set.side != rep_count::both || s.sets != 1)
      return {rule::strip_needs_rep_max};
  } else if (s.per_set != quantity{}) {
    return {rule::zero_reps};
  }
  if (s.drops != 0 || s.drop_percent != 0) {
    if (s.kind != scheme_kind::straight) return {rule::drops_only_on_straight_sets};
    if (s.drops == 0 || s.drops > max_drops) return {rule::drops_too_many};
    if (s.drop_percent > 0) return {rule::drop_load_rises};
    if (s.drop_percent <= -100) return {rule::drop_percent_too_large};
  }
  if (s.drop_load_unit != load_kind::none) {
    if (s.drop_load_unit != load_kind::kg && s.drop_load_unit != load_kind::lb) return {rule::drop_loads_unit};
    if (s.drops == 0) return {rule::drop_loads_count};
    if (s.drop_percent != 0) return {rule::drop_loads_and_percent};
    for (std::uint8_t i = 0; i != s.drops && i != max_drops; ++i) {
      if (s.drop_loads[i] == 0) return {rule::drop_loads_unit, i};
      if (i != 0 && s.drop_loads[i] >= s.drop_loads[i - 1]) return {rule::drop_loads_rise, i};
    }
    // The working load each drop follows: the scheme's, or the lightest set's.
    const auto unit = s.drop_load_unit;
    std::uint32_t working = 0;
    if (s.load.kind == unit && s.set_load_count == 0) working = s.load.tenths;
    if (s.load.kind == unit && s.set_load_count != 0) {
      working = 0xFFFFFFFFU;
      for (std::uint8_t i = 0; i != s.set_load_count && i != max_listed_sets; ++i)
        if (s.set_loads[i] < working) working = s.set_loads[i];
    }
    if (working != 0 && s.drop_loads[0] >= working) return {rule::drop_loads_not_below_load, 0};
  }
  for (std::size_t i = s.drop_load_unit == load_kind::none ? 0U : s.drops; i < max_drops; ++i)
    if (s.drop_loads[i] != 0) return {rule::drop_loads_count, static_cast<std::uint8_t>(i)};
  if (s.listed_side != rep_count::both &&
      (!is_listed(s.kind) || (s.listed_side != rep_count::per_leg && s.listed_side != rep_count::per_side)))
    return {rule::listed_side_kind};
  if (s.set_load_count != 0) {
    const bool listed_sets = is_listed(s.kind);
    if (!listed_sets && s.kind != scheme_kind::straight) return {rule::set_loads_count};
    if (s.set_load_count > max_listed_sets) return {rule::set_loads_count};
    if (s.set_load_count != (listed_sets ? s.listed_count : s.sets)) return {rule::set_loads_count};
    // One set takes the one load: a list of one would write as it ("1x5 @80kg").
    if (s.set_load_count < 2) return {rule::set_loads_count};
    const auto k = s.load.kind;
    if ((k != load_kind::kg && k != load_kind::lb && k != load_kind::percent_1rm && k != load_kind::rpe) ||
        s.load.tenths != 0)
      return {rule::set_loads_unit};
    for (std::uint8_t i = 0; i != s.set_load_count; ++i)
      if (auto c = detail::check_load(load{k, s.set_loads[i]}); !c.ok()) return {c.rule, i};
  } else if (auto c = detail::check_load(s.load); !c.ok()) {
    return c;
  }
  for (auto i = s.set_load_count; i < max_listed_sets; ++i)
    if (s.set_loads[i] != 0) return {rule::set_loads_count, i};
  if (s.last_set_amap && !(is_listed(s.kind) || (s.kind == scheme_kind::straight && s.per_set.kind == quantity_kind::reps)))
    return {rule::last_set_amap_needs_reps};
  if (auto c = detail::check_tempo(s.tempo); !c.ok()) return c;
  if (s.hold.position != hold_position::top && s.hold.seconds == 0) return {rule::hold_zero};
  if (s.pause.seconds != 0 || s.pause.every != 0) {
    if (s.pause.seconds == 0) return {rule::hold_zero};
    if (s.pause.every == 0) return {rule::pause_every_zero};
    if (s.kind == scheme_kind::straight && s.per_set.kind == quantity_kind::reps && s.per_set.max < s.pause.every)
      return {rule::pause_every_beyond_reps};
  }
  if (!has_mini_sets(s.kind) && s.between_mini_sets != rest{}) return {rule::mini_sets_too_few};
  // What the notation can write: at most 4 digits (load amounts are tenths up to 6553.5).
  constexpr std::uint16_t most = 9999;
  for (auto v : s.listed)
    if (v > most) return {rule::number_too_large};
  if (s.interval_length.amount > most || s.total_length.amount > most) return {rule::number_too_large};
  if (s.per_set.max > most || s.hold.seconds > most || s.pause.seconds > most || s.pause.every > most ||
      s.stretch_and_squeeze > most || s.rest_after.length.amount > most || s.between_mini_sets.length.amount > most)
    return {rule::number_too_large};
  return {};
}

[[nodiscard]] constexpr bool is_valid(const set_scheme& s) noexcept { return check(s).ok(); }

/// The scheme, or the error naming the first rule it breaks.
[[nodiscard]] constexpr result<set_scheme> validate(const set_scheme& s) noexcept {
  const auto c = check(s);
  if (!c.ok()) return rule_error(c.rule);
  return s;
}

/// Anything that describes one exercise's sets: a set_scheme, or a type that
/// converts to one through `to_set_scheme()`.
template <class T>
concept SetScheme = detail::same_as<T, set_scheme> || requires(const T& t) {
  { t.to_set_scheme() } -> detail::same_as<set_scheme>;
};

template <SetScheme T>
[[nodiscard]] constexpr set_scheme as_set_scheme(const T& t) noexcept {
  if constexpr (detail::same_as<T, set_scheme>) return t;
  else return t.to_set_scheme();
}

/// Compile-time checked scheme: a broken rule stops compilation with its sentence.
template <SetScheme T>
[[nodiscard]] consteval set_scheme checked(const T& t) noexcept {
  const set_scheme s = as_set_scheme(t);
  if (const auto c = check(s); !c.ok()) stop_on(c.rule);
  return s;
}

}  // namespace sinew
