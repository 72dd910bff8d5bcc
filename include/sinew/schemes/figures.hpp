// Derived figures of a scheme, a grouping or a block: total sets, total reps,
// time under tension, estimated duration including rest, and volume load. Rep
// ranges give ranges. Where the text leaves something open the estimate uses
// the defaults below (docs/notation.md lists them); a figure that cannot be
// estimated honestly (reps of an AMAP set, of a strip set) is marked unknown.
// Every figure is computed in 64 bits with checked steps (detail/checked.hpp):
// one too large to hold says so (over the limit) instead of wrapping. Figures
// are computed for any value, valid or not; an inverted range gives unknown.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/checked.hpp>

#include <sinew/schemes/grouping.hpp>
#include <sinew/schemes/set_scheme.hpp>

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

/// What a figure says: how much (`known`), nothing (`unknown`: the text leaves
/// it open), or that the true amount exists but exceeds what a figure holds.
enum class figure_state : std::uint8_t { unknown, known, over_the_limit };

/// A figure that may be a range, may be unknown, and may be over the limit
/// (above 2^64 - 1): the one way sinew adds up reps, seconds and loads, here
/// and in every layer that sums figures (weekly volume, session duration).
/// Its operators check every step, so a figure is exact or says it cannot be
/// given, never a wrapped number; the factories keep `min <= max`.
struct figure {
  bool known = false;           ///< min and max hold the figure
  std::uint64_t min = 0;
  std::uint64_t max = 0;
  bool over_the_limit = false;  ///< too large to hold; `known` is false and min, max are 0

  [[nodiscard]] static constexpr figure exactly(std::uint64_t v) noexcept { return {true, v, v, false}; }
  /// A range; an inverted one (lo > hi) states nothing, so it is unknown.
  [[nodiscard]] static constexpr figure between(std::uint64_t lo, std::uint64_t hi) noexcept {
    if (lo > hi) return {};
    return {true, lo, hi, false};
  }
  [[nodiscard]] static constexpr figure unknown() noexcept { return {}; }
  [[nodiscard]] static constexpr figure over_limit() noexcept { return {false, 0, 0, true}; }
  [[nodiscard]] constexpr figure_state state() const noexcept {
    return over_the_limit ? figure_state::over_the_limit : known ? figure_state::known : figure_state::unknown;
  }

  /// An unknown part leaves the sum unknown, but a part over the limit puts it over.
  [[gnu::always_inline]] friend constexpr figure operator+(figure a, figure b) noexcept {
    if (a.over_the_limit || b.over_the_limit) return over_limit();
    if (!a.known || !b.known) return {};
    figure r{true, 0, 0, false};
    if (detail::add_overflows(a.min, b.min, r.min) || detail::add_overflows(a.max, b.max, r.max)) return over_limit();
    return r;
  }
  /// Figures are never negative, so a range times a range is [min x min, max x max].
  /// Exactly zero times anything is zero; otherwise unknown wins (it may be 0), then over.
  [[gnu::always_inline]] friend constexpr figure operator*(figure a, figure b) noexcept {
    if ((a.known && a.max == 0) || (b.known && b.max == 0)) return exactly(0);
    if (!a.known && !a.over_the_limit) return {};
    if (!b.known && !b.over_the_limit) return {};
    if (a.over_the_limit || b.over_the_limit) return over_limit();
    figure r{true, 0, 0, false};
    if (detail::mul_overflows(a.min, b.min, r.min) || detail::mul_overflows(a.max, b.max, r.max)) return over_limit();
    return r;
  }
  [[gnu::always_inline]] friend constexpr figure operator*(figure a, std::uint64_t k) noexcept { return a * exactly(k); }
  /// Whole parts of `k` (reps / pause interval, centimetres / pace); by 0: unknown.
  friend constexpr figure operator/(figure a, std::uint64_t k) noexcept {
    if (k == 0) return {};
    if (!a.known) return a;
    return {true, a.min / k, a.max / k, false};
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

constexpr figure seconds_per_rep(const set_scheme& s, const figure_defaults& d) noexcept {
  figure per = figure::exactly(0);
  if (s.tempo.stated()) {
    // A length above 4 breaks a rule; only the four digits that exist are read.
    for (std::uint8_t i = 0; i != s.tempo.length && i != 4; ++i)
      per = per + figure::exactly(s.tempo.phase[i] == tempo::explosive ? d.explosive_seconds : s.tempo.phase[i]);
  } else {
    per = figure::exactly(d.seconds_per_rep);
  }
  return per + figure::exactly(s.hold.seconds) + figure::exactly(s.stretch_and_squeeze) * 2U;
}

/// Seconds under tension for `reps` reps of one side, at `per` seconds a rep.
[[gnu::always_inline]] constexpr figure tension_for(figure reps, figure per, const set_scheme& s) noexcept {
  figure t = reps * per;
  if (s.pause.every != 0) t = t + (reps / s.pause.every) * s.pause.seconds;
  return t;
}

constexpr std::uint32_t rest_seconds(const rest& r, std::uint32_t fallback) noexcept {
  return r.stated ? r.length.in_seconds() : fallback;
}

/// The rests between `n` things in a row.
constexpr std::uint64_t gaps(std::uint64_t n) noexcept { return n == 0 ? 0 : n - 1; }

}  // namespace detail

namespace detail {

/// The volume load of `f` (its total reps known or over), from the scheme's load.
constexpr void add_volume_load(figures& f, const set_scheme& s) noexcept {
  if (s.load.is_absolute() && f.total_reps.state() != figure_state::unknown) {
    if (s.set_load_count == 0) {
      f.volume_load = f.total_reps * s.load.tenths;
    } else {
      // A load per set: each set's reps times its own load.
      figure v = figure::exactly(0);
      const std::uint8_t n = s.set_load_count < max_listed_sets ? s.set_load_count : std::uint8_t{max_listed_sets};
      for (std::uint8_t i = 0; i != n; ++i) {
        const figure set_reps = is_listed(s.kind) ? figure::exactly(s.listed[i]) *
                                                        (s.listed_side == rep_count::both ? 1U : 2U)
                                                  : (s.sets == 0 ? figure{} : f.total_reps / s.sets);
        v = v + set_reps * s.set_loads[i];
      }
      f.volume_load = v;
    }
    f.volume_unit = s.load.kind;
  }
}

/// Whether figures_of can take the plain path: straight sets of a rep range
/// ("4x8-12", per leg or not) with no tempo, pause, drops or open last set, and
/// a default rep length small enough that no figure can pass 2^53.
constexpr bool plain_straight(const set_scheme& s, const figure_defaults& d) noexcept {
  const quantity& q = s.per_set;
  return s.kind == scheme_kind::straight && q.has_rep_target() && q.min <= q.max && q.side != rep_count::steps &&
         !s.tempo.stated() && s.pause.every == 0 && s.drops == 0 && !s.last_set_amap && d.seconds_per_rep <= 0xFFFFU;
}

/// figures_of(s) for a scheme plain_straight accepts, its count read as `side`
/// (not steps) in place of s.per_set.side, written into every field of `f`
/// (plain_straight_figures returns it). Every figure is known and in range
/// (reps < 2^16, a rep < 2^18 s, sets < 2^16, rest < 2^32), so plain arithmetic
/// gives what figures_of's checked steps give, at a fraction of the cost: the
/// program analysis reads one such scheme per entry.
constexpr void plain_straight_into(figures& f, const set_scheme& s, rep_count side, const figure_defaults& d) noexcept {
  const std::uint64_t sides = side == rep_count::per_leg || side == rep_count::per_side ? 2U : 1U;
  const std::uint64_t per_rep = std::uint64_t{d.seconds_per_rep} + s.hold.seconds + std::uint64_t{s.stretch_and_squeeze} * 2U;
  const std::uint64_t sets = s.sets;
  const std::uint64_t rest = rest_seconds(s.rest_after, d.rest_between_sets);
  const std::uint64_t lo = s.per_set.min, hi = s.per_set.max;
  f.total_sets = s.sets;
  f.time_under_tension = figure{true, lo * per_rep * sides * sets, hi * per_rep * sides * sets, false};
  const std::uint64_t rests = rest * gaps(sets);
  f.duration = figure{true, f.time_under_tension.min + rests, f.time_under_tension.max + rests, false};
  f.total_reps = figure{true, lo * sets * sides, hi * sets * sides, false};
  f.reps_per_side = side != rep_count::both ? figure{true, lo * sets, hi * sets, false} : figure{};
  f.volume_load = {};
  f.volume_unit = load_kind::none;
  if (s.load.is_absolute()) add_volume_load(f, s);  // its first test, made here: no call for a set without a load in kg or lb
}
constexpr figures plain_straight_figures(const set_scheme& s, rep_count side, const figure_defaults& d) noexcept {
  figures f;
  plain_straight_into(f, s, side, d);
  return f;
}

}  // namespace detail

[[nodiscard]] constexpr figures figures_of(const set_scheme& s, const figure_defaults& d = default_figures) noexcept {
  if (detail::plain_straight(s, d)) return detail::plain_straight_figures(s, s.per_set.side, d);
  figures f;
  const figure rest = figure::exactly(detail::rest_seconds(s.rest_after, d.rest_between_sets));
  const figure sets = figure::exactly(s.sets);
  const figure per_rep = detail::seconds_per_rep(s, d);
  f.total_sets = s.kind == scheme_kind::strip ? 1U : s.sets;
  switch (s.kind) {
    case scheme_kind::straight:
    case scheme_kind::interval: {
      const auto& q = s.per_set;
      const figure sides = figure::exactly(q.side == rep_count::per_leg || q.side == rep_count::per_side ? 2U : 1U);
      figure one_set_reps{};  // reps of one set, one side
      figure one_set_tension{};
      if (q.has_rep_target()) {
        one_set_reps = figure::between(q.min, q.max);
        one_set_tension = detail::tension_for(one_set_reps, per_rep, s);
      } else if (q.kind == quantity_kind::time) {
        one_set_tension = figure::exactly(q.as_duration().in_seconds());
      } else if (q.kind == quantity_kind::distance) {
        one_set_tension = figure::exactly(q.as_distance().in_centimetres()) / d.centimetres_per_second;
      }
      figure per_set_tension = one_set_tension * sides;
      if (s.drops != 0) {
        // Drops are estimated at the set's own reps; the reps themselves stay unknown.
        per_set_tension = per_set_tension * (1U + s.drops) + figure::exactly(s.drops) * d.drop_change;
        one_set_reps = {};
      }
      // "3x5+": the last set is estimated at its count, as drops are; its reps are open.
      if (s.last_set_amap) one_set_reps = {};
      f.time_under_tension = per_set_tension * sets;
      f.duration = f.time_under_tension + rest * detail::gaps(s.sets);
      // intervals last their total: each one's work and what is left of it
      if (s.kind == scheme_kind::interval) f.duration = figure::exactly(s.total_length.in_seconds());
      f.total_reps = one_set_reps * sets * sides;
      if (q.side == rep_count::steps) {
        // Each set splits its steps between the legs, one leg taking the odd step;
        // which leg leads each set is not written, so both extremes are possible.
        const figure halves = one_set_reps.known ? figure::between(one_set_reps.min / 2, one_set_reps.max - one_set_reps.max / 2)
                                                 : one_set_reps;
        f.reps_per_side = halves * sets;
      } else if (q.side != rep_count::both) {
        f.reps_per_side = one_set_reps * sets;
      }
      break;
    }
    case scheme_kind::pyramid:
    case scheme_kind::reverse_pyramid:
    case scheme_kind::double_pyramid:
    case scheme_kind::warm_up_ramp:
    case scheme_kind::rest_pause:
    case scheme_kind::cluster: {
      // One past the capacity marks a list that was too long: only what is held counts.
      const std::uint8_t n = s.listed_count < max_listed_sets ? s.listed_count : std::uint8_t{max_listed_sets};
      figure reps = figure::exactly(0), tension = figure::exactly(0);
      for (std::uint8_t i = 0; i != n; ++i) {
        reps = reps + figure::exactly(s.listed[i]);
        tension = tension + detail::tension_for(figure::exactly(s.listed[i]), per_rep, s);
      }
      // "pyramid 12,10,8/leg": each leg does the listed reps.
      const bool sided = s.listed_side == rep_count::per_leg || s.listed_side == rep_count::per_side;
      if (sided) f.reps_per_side = s.last_set_amap ? figure{} : reps;
      const std::uint64_t sides = sided ? 2U : 1U;
      reps = reps * sides;
      tension = tension * sides;
      // "pyramid 5,3,1+": the last set is estimated at its count; its reps are open.
      if (s.last_set_amap) reps = {};
      const figure between_sets = rest * detail::gaps(s.sets);
      if (has_mini_sets(s.kind)) {
        const figure inner = figure::exactly(
            detail::rest_seconds(s.between_mini_sets, s.kind == scheme_kind::cluster ? d.cluster_rest : d.rest_pause_rest));
        f.total_reps = reps * sets;
        f.time_under_tension = tension * sets;
        f.duration = (tension + inner * detail::gaps(n)) * sets + between_sets;
      } else {
        f.total_reps = reps;
        f.time_under_tension = tension;
        f.duration = tension + between_sets;
      }
      break;
    }
    case scheme_kind::strip: break;  // how many strips depends on the plates: unknown
  }
  detail::add_volume_load(f, s);
  return f;
}

template <SetScheme T>
  requires(!detail::same_as<T, set_scheme>)
[[nodiscard]] constexpr figures figures_of(const T& t, const figure_defaults& d = default_figures) noexcept {
  return figures_of(as_set_scheme(t), d);
}

namespace detail {

/// A grouping's figures from its entries' own figures (`entry(i)`: figures_of
/// the i-th entry's scheme, i < n), so a caller that has them already (the
/// program analysis) does not compute them twice.
template <class EntryFigures>
constexpr figures figures_of_rounds(std::size_t n, EntryFigures&& entry, grouping_kind kind, const rest& between_exercises_rest,
                                    const rest& between_rounds_rest, const figure_defaults& d) noexcept {
  figures f;
  f.total_reps = figure::exactly(0);
  f.time_under_tension = figure::exactly(0);
  f.volume_load = figure::exactly(0);
  std::uint32_t rounds = 0;  // at most 65535 sets of one entry
  std::uint32_t entries = 0;
  load_kind unit = load_kind::none;
  bool same_unit = true;
  // total_sets: at most 8 entries of 65535 sets each, so a uint32_t never wraps.
  static_assert(max_grouping_entries * 0xFFFFULL <= 0xFFFFFFFFULL);
  for (std::size_t i = 0; i != n; ++i) {
    const figures& ef = entry(i);
    ++entries;
    f.total_sets += ef.total_sets;
    f.total_reps = f.total_reps + ef.total_reps;
    f.time_under_tension = f.time_under_tension + ef.time_under_tension;
    if (ef.total_sets > rounds) rounds = ef.total_sets;
    if (unit == load_kind::none) unit = ef.volume_unit;
    else if (ef.volume_unit != unit) same_unit = false;
    f.volume_load = f.volume_load + ef.volume_load;
  }
  if (rounds == 0) rounds = 1;
  const std::uint32_t between_exercises = kind == grouping_kind::circuit
                                              ? rest_seconds(between_exercises_rest, d.circuit_transition)
                                              : rest_seconds(between_exercises_rest, 0);
  const figure transitions = figure::exactly(gaps(entries)) * rounds;
  f.duration = f.time_under_tension + figure::exactly(between_exercises) * transitions +
               figure::exactly(rest_seconds(between_rounds_rest, d.rest_between_sets)) * gaps(rounds);
  if (same_unit && unit != load_kind::none && f.volume_load.state() != figure_state::unknown) f.volume_unit = unit;
  else f.volume_load = {};
  return f;
}

}  // namespace detail

/// A grouping runs in rounds: one set of each exercise, then the round rest.
[[nodiscard]] constexpr figures figures_of(const grouping& g, const figure_defaults& d = default_figures) noexcept {
  const grouping_entry* first = g.begin();
  return detail::figures_of_rounds(
      static_cast<std::size_t>(g.end() - first), [&](std::size_t i) { return figures_of(first[i].scheme, d); }, g.kind,
      g.between_exercises, g.between_rounds, d);
}

/// A block with a stated length lasts that long; otherwise as long as its content.
[[nodiscard]] constexpr figures figures_of(const block& b, const figure_defaults& d = default_figures) noexcept {
  figures f;
  if (b.content == block_content::scheme) f = figures_of(b.scheme, d);
  if (b.content == block_content::grouping) f = figures_of(b.group, d);
  if (b.content == block_content::rest) f.duration = figure::exactly(b.rest_period.length.in_seconds());
  if (b.min_length != 0)
    f.duration = figure::between(b.min_length, b.max_length) * (b.length_unit == time_unit::minute ? 60U : 1U);
  return f;
}

}  // namespace sinew
