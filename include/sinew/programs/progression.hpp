// Progressions: how one exercise's week-1 set scheme becomes week n's. A
// progression is data (its parameters), so a program can hold it, compare it
// and compute any week in constant evaluation: linear load (+x kg or +x % per
// session or per week, deloading after n failed sessions), double progression
// (reps climb a range, then the load rises and the reps start again), percentage
// waves (5/3/1: weeks of a share of a training max, the last set as many reps
// as possible, the training max raised each cycle: Wendler 2009), and deload
// weeks (fewer sets or less load on every n-th or listed week). The forms are
// those of the apps that store progressions as data (Liftosaur's lp and dp;
// wger's per-field rules). A user's own rule is any callable that takes the
// week-1 scheme and a progression_step (the ProgressionRule concept) and is
// accepted wherever the built-in progression is.
//
// Counting: a progression advances once per session or once per week (its
// `per`); failed sessions (or weeks) are listed by number from 1, and without
// them every session succeeds. A failed session repeats its prescription.
// Deload weeks pause the progression: they neither advance it nor count as
// failures, and the week after one continues where the week before it stopped.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/array.hpp>
#include <sinew/detail/compile_error.hpp>
#include <sinew/detail/traits.hpp>
#include <sinew/result.hpp>
#include <sinew/schemes/set_scheme.hpp>
#include <sinew/span.hpp>

namespace sinew {

/// Every rule a progression can break, each stated once (sinew/detail/compile_error.hpp).
enum class progression_rule : std::uint8_t {
  none,
  week_zero,
  session_outside_week,
  load_beyond,
  reps_beyond,
  needs_load,
  needs_rep_range,
  rep_step_zero,
  wave_shape,
  wave_training_max,
  deload_factor,
  deload_needs_load,
  deload_keeps_shape,
};

// clang-format off
constexpr rule_statement statement_of(progression_rule r, bool stop = false) noexcept {
  switch (r) {
    case progression_rule::none: return {"none", "sinew: no rule broken"};
    SINEW_RULE(progression_rule, week_zero, "sinew: a program's weeks are counted from 1");
    SINEW_RULE(progression_rule, session_outside_week, "sinew: a week has at least one session, numbered from 0 to one less than the sessions per week");
    SINEW_RULE(progression_rule, load_beyond, "sinew: a progressed load stays above zero and at most 6553.5 kg or lb, or 100% of 1RM");
    SINEW_RULE(progression_rule, reps_beyond, "sinew: progressed reps stay at most 9999");
    SINEW_RULE(progression_rule, needs_load, "sinew: a load progression needs a week-1 load in kg, lb or % of 1RM (one, or one per set)");
    SINEW_RULE(progression_rule, needs_rep_range, "sinew: a double progression needs straight sets of a rep count or range (3x8-12)");
    SINEW_RULE(progression_rule, rep_step_zero, "sinew: a double progression raises the reps by at least 1");
    SINEW_RULE(progression_rule, wave_shape, "sinew: a percentage wave has 1 to 6 weeks of 1 to 16 sets, each a share of 1% to 100% and 1 to 9999 reps, listed reps all equal, falling or rising");
    SINEW_RULE(progression_rule, wave_training_max, "sinew: a percentage wave needs a training max in kg, lb or % of 1RM, and raises it in the same unit");
    SINEW_RULE(progression_rule, deload_factor, "sinew: a deload keeps 1% to 100% of the sets or the load, every 2nd week or more seldom, on at most 8 listed weeks");
    SINEW_RULE(progression_rule, deload_needs_load, "sinew: a load deload needs a load in kg, lb or % of 1RM (one, or one per set)");
    SINEW_RULE(progression_rule, deload_keeps_shape, "sinew: a volume deload shortens straight sets, pyramids and ramps, not a double pyramid (its reps must come back up)");
  }
  return {"unknown", "sinew: unknown rule"};
}
// clang-format on

/// Where a progression is asked for a prescription: which week (from 1), which
/// session of it (from 0), how many sessions a week, and the failed sessions
/// (or weeks, for a progression per week), numbered from 1.
struct progression_step {
  std::uint16_t week = 1;
  std::uint8_t session = 0;
  std::uint8_t sessions_per_week = 1;
  span<const std::uint16_t> failed{};
};

enum class progression_period : std::uint8_t { session, week };

/// A load increment: in tenths of the load's own unit (25: +2.5 kg, +2.5 lb or
/// +2.5 % of 1RM) or in tenths of a percent of the load (25: +2.5 %).
struct load_step {
  enum class unit_kind : std::uint8_t { tenths, percent_of_load };
  std::uint16_t amount = 0;
  unit_kind unit = unit_kind::tenths;
  friend constexpr bool operator==(const load_step&, const load_step&) noexcept = default;
};

/// +step each session or week; after `deload_after` failures in a row the load
/// drops to `deload_to` (tenths of a percent of it: 900 = 90 %); 0: never.
struct linear_progression {
  load_step step{};
  progression_period per = progression_period::session;
  std::uint8_t deload_after = 0;
  std::uint16_t deload_to = 900;
  friend constexpr bool operator==(const linear_progression&, const linear_progression&) noexcept = default;
};

/// Reps climb from the bottom of the week-1 range by `rep_step` each session or
/// week; a session at the top raises the load by `step` and the reps start at
/// the bottom again.
struct double_progression {
  std::uint16_t rep_step = 1;
  load_step step{};
  progression_period per = progression_period::session;
  friend constexpr bool operator==(const double_progression&, const double_progression&) noexcept = default;
};

inline constexpr std::size_t max_wave_weeks = 6;

/// One set of a wave: a share of the training max (tenths of a percent) and reps.
struct wave_set {
  std::uint16_t percent = 0;
  std::uint16_t reps = 0;
  friend constexpr bool operator==(const wave_set&, const wave_set&) noexcept = default;
};
/// One week of a wave: its sets, and whether the last goes for as many reps as possible.
struct wave_week {
  detail::array<wave_set, max_listed_sets> sets{};
  std::uint8_t count = 0;
  bool last_set_amap = false;
  friend constexpr bool operator==(const wave_week&, const wave_week&) noexcept = default;
};
/// A cycle of weeks of shares of a training max (kg, lb, or % of 1RM), the
/// training max raised by `step_per_cycle` (its unit) after every cycle.
struct percentage_wave {
  detail::array<wave_week, max_wave_weeks> weeks{};
  std::uint8_t count = 0;
  load training_max{};
  load step_per_cycle{};
  friend constexpr bool operator==(const percentage_wave&, const percentage_wave&) noexcept = default;
};

inline constexpr std::size_t max_deload_weeks = 8;

/// Deload weeks: every `every`-th week (0: none) and the listed weeks keep
/// `sets_percent` of the sets (at least the scheme's minimum) and `load_percent`
/// of the load, each in tenths of a percent (1000: unchanged).
struct deload_schedule {
  std::uint8_t every = 0;
  detail::array<std::uint16_t, max_deload_weeks> weeks{};
  std::uint8_t listed = 0;
  std::uint16_t sets_percent = 1000;
  std::uint16_t load_percent = 1000;
  [[nodiscard]] constexpr bool is_deload_week(std::uint16_t week) const noexcept {
    if (every != 0 && week % every == 0) return true;
    for (std::size_t i = 0; i != listed && i != max_deload_weeks; ++i)
      if (weeks[i] == week) return true;
    return false;
  }
  friend constexpr bool operator==(const deload_schedule&, const deload_schedule&) noexcept = default;
};

enum class progression_kind : std::uint8_t { none, linear, double_progression, percentage_wave };
namespace detail {
inline constexpr text_view progression_kind_names[] = {"none", "linear", "double_progression", "percentage_wave"};
}  // namespace detail
[[nodiscard]] constexpr text_view name_of(progression_kind k) noexcept { return detail::name_in(detail::progression_kind_names, k); }

struct progression;
namespace detail {
constexpr result<set_scheme> apply(const progression& p, const set_scheme& week1, const progression_step& at) noexcept;
}  // namespace detail

/// One exercise's progression: its kind and that kind's parameters, plus deload
/// weeks (with kind none: the week-1 scheme, deloaded on its deload weeks).
struct progression {
  progression_kind kind = progression_kind::none;
  linear_progression linear{};
  double_progression reps_then_load{};
  percentage_wave wave{};
  deload_schedule deload{};

  [[nodiscard]] constexpr result<set_scheme> operator()(const set_scheme& week1, const progression_step& at) const noexcept {
    return detail::apply(*this, week1, at);
  }
  [[nodiscard]] constexpr progression with(deload_schedule d) const noexcept {
    auto p = *this;
    p.deload = d;
    return p;
  }
  friend constexpr bool operator==(const progression&, const progression&) noexcept = default;
};

/// Anything that computes week n of an exercise from its week-1 scheme: the
/// built-in `progression`, or a user's own rule.
template <class R>
concept ProgressionRule = requires(const R& rule, const set_scheme& week1, const progression_step& at) {
  { rule(week1, at) } -> detail::convertible_to<result<set_scheme>>;
};

// ---- factories -------------------------------------------------------------------

[[nodiscard]] constexpr progression linear_load(load_step step, progression_period per = progression_period::session,
                                                std::uint8_t deload_after = 0, std::uint16_t deload_to = 900) noexcept {
  progression p;
  p.kind = progression_kind::linear;
  p.linear = {step, per, deload_after, deload_to};
  return p;
}
[[nodiscard]] constexpr progression double_progression_of(std::uint16_t rep_step, load_step step,
                                                          progression_period per = progression_period::session) noexcept {
  progression p;
  p.kind = progression_kind::double_progression;
  p.reps_then_load = {rep_step, step, per};
  return p;
}
[[nodiscard]] constexpr progression wave_of(const percentage_wave& w) noexcept {
  progression p;
  p.kind = progression_kind::percentage_wave;
  p.wave = w;
  return p;
}

/// 5/3/1's increments per cycle (Wendler 2009): +5 lb on the upper-body lifts,
/// +10 lb on the squat and deadlift; in kg gyms commonly +2.5 and +5 kg.
inline constexpr load five_three_one_upper_body_step{load_kind::lb, 50};
inline constexpr load five_three_one_lower_body_step{load_kind::lb, 100};
inline constexpr load five_three_one_upper_body_step_kg{load_kind::kg, 25};
inline constexpr load five_three_one_lower_body_step_kg{load_kind::kg, 50};

/// 5/3/1's four-week cycle of shares of the training max (Wendler 2009):
/// 65/75/85 % x 5,5,5+; 70/80/90 % x 3,3,3+; 75/85/95 % x 5,3,1+; deload
/// 40/50/60 % x 5.
[[nodiscard]] constexpr percentage_wave five_three_one(load training_max, load step_per_cycle) noexcept {
  percentage_wave w;
  w.count = 4;
  w.weeks[0] = {{{{650, 5}, {750, 5}, {850, 5}}}, 3, true};
  w.weeks[1] = {{{{700, 3}, {800, 3}, {900, 3}}}, 3, true};
  w.weeks[2] = {{{{750, 5}, {850, 3}, {950, 1}}}, 3, true};
  w.weeks[3] = {{{{400, 5}, {500, 5}, {600, 5}}}, 3, false};
  w.training_max = training_max;
  w.step_per_cycle = step_per_cycle;
  return w;
}

// ---- computing week n ------------------------------------------------------------

namespace detail {

/// The largest value of a load kind a progression may reach.
constexpr std::uint32_t load_ceiling(load_kind k) noexcept {
  return k == load_kind::percent_1rm ? 1000U : k == load_kind::kg || k == load_kind::lb ? load::max_tenths : 0U;
}

constexpr bool failed_attempt(const span<const std::uint16_t>& failed, std::uint32_t n) noexcept {
  for (auto f : failed)
    if (f == n) return true;
  return false;
}

/// `v` with `s` added, or 0 when the result leaves 1..ceiling.
constexpr std::uint32_t stepped(std::uint32_t v, load_step s, std::uint32_t ceiling) noexcept {
  const std::uint64_t out = s.unit == load_step::unit_kind::tenths
                                ? std::uint64_t{v} + s.amount
                                : (2 * std::uint64_t{v} * (1000U + s.amount) + 1000U) / 2000U;
  return out == 0 || out > ceiling ? 0U : static_cast<std::uint32_t>(out);
}
constexpr std::uint32_t scaled(std::uint32_t v, std::uint32_t per_mille) noexcept {
  return static_cast<std::uint32_t>((2 * std::uint64_t{v} * per_mille + 1000U) / 2000U);
}

/// How many sessions (or weeks) of progress lie before the asked session:
/// weeks before it that are not deload weeks, times sessions a week.
constexpr std::uint32_t attempts_before(const progression& p, const progression_step& at, progression_period per) noexcept {
  std::uint32_t weeks = 0;
  for (std::uint16_t w = 1; w < at.week; ++w)
    if (!p.deload.is_deload_week(w)) ++weeks;
  return per == progression_period::week ? weeks : weeks * at.sessions_per_week + at.session;
}

/// Calls `f(value&)` on the scheme's load or each of its set loads (kg, lb, % of
/// 1RM); false when the scheme has no such load or `f` refuses a value.
template <class F>
constexpr bool each_load(set_scheme& s, F f) noexcept {
  const auto k = s.load.kind;
  if (k != load_kind::kg && k != load_kind::lb && k != load_kind::percent_1rm) return false;
  if (s.set_load_count == 0) return f(s.load.tenths);
  for (std::size_t i = 0; i != s.set_load_count && i != max_listed_sets; ++i) {
    std::uint32_t v = s.set_loads[i];
    if (!f(v)) return false;
    s.set_loads[i] = static_cast<std::uint16_t>(v);
  }
  return true;
}

constexpr result<set_scheme> linear(const progression& p, const set_scheme& week1, const progression_step& at) noexcept {
  const auto& lp = p.linear;
  const std::uint32_t n = attempts_before(p, at, lp.per), ceiling = load_ceiling(week1.load.kind);
  set_scheme s = week1;
  bool beyond = false;
  const bool loaded = each_load(s, [&](std::uint32_t& v) {
    std::uint32_t fails = 0;
    for (std::uint32_t a = 1; a <= n && !beyond; ++a) {
      if (failed_attempt(at.failed, a)) {
        if (lp.deload_after != 0 && ++fails == lp.deload_after) {
          v = scaled(v, lp.deload_to);
          fails = 0;
          if (v == 0) beyond = true;
        }
      } else {
        fails = 0;
        v = stepped(v, lp.step, ceiling);
        if (v == 0) beyond = true;
      }
    }
    return !beyond;
  });
  if (beyond) return rule_error(progression_rule::load_beyond);
  if (!loaded) return rule_error(progression_rule::needs_load);
  return s;
}

constexpr result<set_scheme> reps_then_load(const progression& p, const set_scheme& week1, const progression_step& at) noexcept {
  const auto& dp = p.reps_then_load;
  const auto q = week1.per_set;
  if (week1.kind != scheme_kind::straight || q.kind != quantity_kind::reps) return rule_error(progression_rule::needs_rep_range);
  if (dp.rep_step == 0) return rule_error(progression_rule::rep_step_zero);
  const std::uint32_t n = attempts_before(p, at, dp.per);
  // Walk the attempts once: how many times the load rose, and the reps now.
  std::uint32_t reps = q.min, rises = 0;
  for (std::uint32_t a = 1; a <= n; ++a) {
    if (failed_attempt(at.failed, a)) continue;
    if (reps >= q.max) {
      reps = q.min;
      ++rises;
    } else {
      reps = reps + dp.rep_step < q.max ? reps + dp.rep_step : q.max;
    }
  }
  set_scheme s = week1;
  s.per_set.min = s.per_set.max = static_cast<std::uint16_t>(reps);
  if (rises != 0 && dp.step.amount != 0) {
    const std::uint32_t ceiling = load_ceiling(s.load.kind);
    bool beyond = false;
    const bool loaded = each_load(s, [&](std::uint32_t& v) {
      for (std::uint32_t i = 0; i != rises && !beyond; ++i) {
        v = stepped(v, dp.step, ceiling);
        beyond = v == 0;
      }
      return !beyond;
    });
    if (beyond) return rule_error(progression_rule::load_beyond);
    if (!loaded) return rule_error(progression_rule::needs_load);
  }
  return s;
}

constexpr result<set_scheme> wave(const progression& p, const set_scheme& week1, const progression_step& at) noexcept {
  const auto& w = p.wave;
  const auto tm = w.training_max;
  const std::uint32_t ceiling = load_ceiling(tm.kind);
  if (ceiling == 0 || tm.tenths == 0 || tm.tenths > ceiling ||
      (w.step_per_cycle.kind != tm.kind && w.step_per_cycle != load{}))
    return rule_error(progression_rule::wave_training_max);
  if (w.count == 0 || w.count > max_wave_weeks) return rule_error(progression_rule::wave_shape);
  const std::uint32_t i = attempts_before(p, at, progression_period::week);
  const std::uint32_t cycle = i / w.count;
  const wave_week& week = w.weeks[i % w.count];
  if (week.count == 0 || week.count > max_listed_sets) return rule_error(progression_rule::wave_shape);
  const std::uint64_t max_now = std::uint64_t{tm.tenths} + std::uint64_t{cycle} * w.step_per_cycle.tenths;
  if (max_now > ceiling) return rule_error(progression_rule::load_beyond);
  set_scheme s;
  s.tempo = week1.tempo;
  s.rest_after = week1.rest_after;
  s.load = {tm.kind, 0};
  s.last_set_amap = week.last_set_amap;
  bool equal = true, falling = true, rising = true;
  for (std::size_t k = 0; k != week.count; ++k) {
    const auto set = week.sets[k];
    if (set.percent == 0 || set.percent > 1000 || set.reps == 0) return rule_error(progression_rule::wave_shape);
    if (set.reps > max_amount) return rule_error(progression_rule::reps_beyond);
    const std::uint64_t v = (2 * max_now * set.percent + 1000U) / 2000U;
    if (v == 0 || v > ceiling) return rule_error(progression_rule::load_beyond);
    s.set_loads[k] = static_cast<std::uint16_t>(v);
    s.listed[k] = set.reps;
    if (k != 0) {
      const auto prev = week.sets[k - 1].reps;
      equal = equal && set.reps == prev;
      falling = falling && set.reps < prev;
      rising = rising && set.reps > prev;
    }
  }
  s.set_load_count = week.count;
  if (equal) {
    s.kind = scheme_kind::straight;
    s.sets = week.count;
    s.per_set = quantity::reps(week.sets[0].reps);
    s.listed = {};
  } else if (falling || rising) {
    s.kind = falling ? scheme_kind::pyramid : scheme_kind::reverse_pyramid;
    s.sets = s.listed_count = week.count;
  } else {
    return rule_error(progression_rule::wave_shape);
  }
  return s;
}

/// The deload of `s`: fewer sets, less load, as the schedule says.
constexpr result<set_scheme> deloaded(const deload_schedule& d, set_scheme s) noexcept {
  if (d.sets_percent < 10 || d.sets_percent > 1000 || d.load_percent < 10 || d.load_percent > 1000)
    return rule_error(progression_rule::deload_factor);
  if (d.sets_percent != 1000) {
    if (s.kind == scheme_kind::double_pyramid) return rule_error(progression_rule::deload_keeps_shape);
    if (is_listed(s.kind)) {
      const std::uint32_t keep = scaled(s.listed_count, d.sets_percent);
      const std::uint8_t n = static_cast<std::uint8_t>(keep < 2 ? 2 : keep);
      if (n < s.listed_count) {
        for (std::size_t i = n; i != max_listed_sets; ++i) s.listed[i] = 0;
        if (s.set_load_count != 0) {
          for (std::size_t i = n; i != max_listed_sets; ++i) s.set_loads[i] = 0;
          s.set_load_count = n;
        }
        s.listed_count = n;
        s.sets = n;
      }
    } else {
      const std::uint32_t keep = scaled(s.sets, d.sets_percent);
      s.sets = static_cast<std::uint16_t>(keep < 1 ? 1 : keep);
      if (s.set_load_count > s.sets) {
        for (std::size_t i = s.sets; i != max_listed_sets; ++i) s.set_loads[i] = 0;
        s.set_load_count = static_cast<std::uint8_t>(s.sets);
      }
    }
  }
  if (d.load_percent != 1000) {
    bool zero = false;
    const bool loaded = each_load(s, [&](std::uint32_t& v) {
      v = scaled(v, d.load_percent);
      zero = zero || v == 0;
      return !zero;
    });
    if (zero) return rule_error(progression_rule::load_beyond);
    if (!loaded) return rule_error(progression_rule::deload_needs_load);
  }
  return s;
}

constexpr result<set_scheme> apply(const progression& p, const set_scheme& week1, const progression_step& at) noexcept {
  if (const auto c = check(week1); !c.ok()) return rule_error(c.rule);
  if (p.deload.listed > max_deload_weeks || p.deload.every == 1) return rule_error(progression_rule::deload_factor);
  result<set_scheme> s = week1;
  switch (p.kind) {
    case progression_kind::none: break;
    case progression_kind::linear: s = linear(p, week1, at); break;
    case progression_kind::double_progression: s = reps_then_load(p, week1, at); break;
    case progression_kind::percentage_wave: s = wave(p, week1, at); break;
  }
  if (!s) return s;
  if (p.deload.is_deload_week(at.week)) s = deloaded(p.deload, *s);
  if (!s) return s;
  if (const auto c = check(*s); !c.ok()) return rule_error(c.rule);
  return s;
}

}  // namespace detail

/// Week `at.week`, session `at.session` of an exercise whose week 1 is `week1`,
/// under `rule`: the built-in progression or a user's own. A week 0 or a session
/// outside the week is an error, as is any limit the progression reaches.
template <ProgressionRule R>
[[nodiscard]] constexpr result<set_scheme> progressed(const R& rule, const set_scheme& week1, const progression_step& at) noexcept {
  if (at.week == 0) return rule_error(progression_rule::week_zero);
  if (at.sessions_per_week == 0 || at.session >= at.sessions_per_week) return rule_error(progression_rule::session_outside_week);
  return result<set_scheme>(rule(week1, at));
}

/// The first session of week `week`, with `sessions_per_week` sessions a week
/// and the listed failed sessions (none: every session succeeds).
template <ProgressionRule R>
[[nodiscard]] constexpr result<set_scheme> progressed(const R& rule, const set_scheme& week1, std::uint16_t week,
                                                      std::uint8_t sessions_per_week = 1,
                                                      span<const std::uint16_t> failed = {}) noexcept {
  return progressed(rule, week1, progression_step{week, 0, sessions_per_week, failed});
}

}  // namespace sinew
