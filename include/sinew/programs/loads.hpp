// Load arithmetic for programs and generators: an estimated 1RM from a set taken
// near failure (Epley 1985; Brzycki 1993), RPE and reps in reserve against a
// share of the 1RM (the Reactive Training Systems chart, Tuchscherer 2008), a
// training max (Wendler 2009), and the loads a user's gym can actually make:
// a barbell with the plates on its shelves, dumbbell racks and machine stacks.
// `resolve` turns a written load ("@80%", "@RPE 8") into kg or lb for a lifter
// whose 1RM is known, rounded to that gym. Everything is integer arithmetic on
// tenths (62.5 kg is 625), so that the same call answers in a static_assert and
// at run time, and every value that cannot be made is an error value naming why.
//
// Sources:
// - Epley B. (1985) Poundage Chart. Boyd Epley Workout. Lincoln, NE: Body Enterprises.
//   1RM = w (1 + r / 30).
// - Brzycki M. (1993) Strength testing: predicting a one-rep max from reps-to-fatigue.
//   JOPERD 64(1):88-90. 1RM = w 36 / (37 - r).
//   Both are fitted to sets of up to about 10 reps; sinew takes 1 to 12 (the RPE
//   chart's columns) and refuses more, rather than extrapolate.
// - Tuchscherer M. (2008) The Reactive Training Manual. Reactive Training Systems.
//   The RPE chart: % of 1RM by reps (1-12) and RPE (6.5-10). Its rows are one
//   curve read at reps plus reps in reserve (RPE 10 - RIR): 5 reps at RPE 8 is
//   the 7-rep column of RPE 10, 81.1 %. sinew stores that curve at every half
//   rep the chart prints (1 to 15.5) and interpolates linearly between them for
//   an RPE given in tenths (8.3); at the chart's half steps the answer is its cell.
// - Wendler J. (2009) 5/3/1: The Simplest and Most Effective Training System for
//   Raw Strength. The training max: 90 % of the 1RM.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include <sinew/detail/array.hpp>
#include <sinew/detail/compile_error.hpp>
#include <sinew/detail/traits.hpp>
#include <sinew/exercises/builtin_exercise.hpp>
#include <sinew/result.hpp>
#include <sinew/schemes/prescription.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// Every rule of load arithmetic, each stated once (sinew/detail/compile_error.hpp).
enum class load_rule : std::uint8_t {
  none,
  estimate_needs_weight,
  estimate_reps,
  load_beyond_limit,
  chart_needs_effort,
  chart_reps,
  chart_effort,
  chart_above_rpe_10,
  chart_below,
  fraction_out_of_range,
  no_max_known,
  lifter_full,
  no_weight_to_resolve,
  gym_malformed,
  implement_missing,
  below_lightest,
  above_heaviest,
  plates_not_exact,
  plates_too_fine,
};

// clang-format off
constexpr rule_statement statement_of(load_rule r, bool stop = false) noexcept {
  switch (r) {
    case load_rule::none: return {"none", "sinew: no rule broken"};
    SINEW_RULE(load_rule, estimate_needs_weight, "sinew: a 1RM is estimated from a load in kg or lb");
    SINEW_RULE(load_rule, estimate_reps, "sinew: a 1RM is estimated from a set of 1 to 12 reps (Epley, Brzycki)");
    SINEW_RULE(load_rule, load_beyond_limit, "sinew: a computed load is at most 6553.5 kg or lb and above zero");
    SINEW_RULE(load_rule, chart_needs_effort, "sinew: the RPE chart reads an RPE or reps in reserve, and gives a % of 1RM");
    SINEW_RULE(load_rule, chart_reps, "sinew: the RPE chart covers sets of 1 to 12 reps");
    SINEW_RULE(load_rule, chart_effort, "sinew: the RPE chart covers reps plus reps in reserve from 1 to 15.5 (12 reps at RPE 6.5)");
    SINEW_RULE(load_rule, chart_above_rpe_10, "sinew: that share of 1RM is heavier than those reps allow at RPE 10");
    SINEW_RULE(load_rule, chart_below, "sinew: that share of 1RM is lighter than the RPE chart reaches for those reps (RPE 1, or 15.5 reps plus reserve)");
    SINEW_RULE(load_rule, fraction_out_of_range, "sinew: a training max or percentage basis is 1% to 100% of the 1RM");
    SINEW_RULE(load_rule, no_max_known, "sinew: the lifter has no 1RM recorded for that exercise");
    SINEW_RULE(load_rule, lifter_full, "sinew: a lifter records at most 16 maxes, each a load in kg or lb");
    SINEW_RULE(load_rule, no_weight_to_resolve, "sinew: only a load in kg, lb, % of 1RM, RPE or reps in reserve resolves to a weight (not bodyweight, a band, 'heavier' or none)");
    SINEW_RULE(load_rule, gym_malformed, "sinew: a gym weighs in kg or lb, has at most 12 plate sizes whose pairs weigh whole tenths, and racks whose lightest is at most their heaviest");
    SINEW_RULE(load_rule, implement_missing, "sinew: the gym has none of that implement (a step of 0)");
    SINEW_RULE(load_rule, below_lightest, "sinew: the load is lighter than the lightest the gym makes with that implement (the empty bar, the lightest dumbbell, the top of the stack)");
    SINEW_RULE(load_rule, above_heaviest, "sinew: the load is heavier than the gym makes with that implement (every plate on the bar, the heaviest dumbbell, the whole stack)");
    SINEW_RULE(load_rule, plates_not_exact, "sinew: no set of the gym's plates loads the bar to exactly that weight (round it with nearest_load first)");
    SINEW_RULE(load_rule, plates_too_fine, "sinew: the gym's plates are too fine for that load (more than 4096 steps of its smallest common plate a side)");
  }
  return {"unknown", "sinew: unknown rule"};
}
// clang-format on

namespace detail {

/// a / b rounded to the nearest integer, halves up.
constexpr std::uint64_t divide_rounded(std::uint64_t a, std::uint64_t b) noexcept { return (2 * a + b) / (2 * b); }

/// A weight of kind `k` (kg or lb) of `tenths`, or the limit it breaks.
constexpr result<load> weight(load_kind k, std::uint64_t tenths) noexcept {
  if (tenths == 0 || tenths > load::max_tenths) return rule_error(load_rule::load_beyond_limit);
  return load{k, static_cast<std::uint32_t>(tenths)};
}

/// A count argument as a 16-bit field, or 0 (never a valid count here) when it does not fit.
template <detail::integral I>
constexpr std::uint16_t count_argument(I n) noexcept {
  return compare_with_field<std::uint16_t>(n) == 0 ? static_cast<std::uint16_t>(n) : std::uint16_t{0};
}

}  // namespace detail

// ---- estimated 1RM -----------------------------------------------------------

enum class one_rep_max_formula : std::uint8_t { epley, brzycki };
namespace detail { inline constexpr text_view one_rep_max_formula_names[] = {"epley", "brzycki"}; }
[[nodiscard]] constexpr text_view name_of(one_rep_max_formula f) noexcept { return detail::name_in(detail::one_rep_max_formula_names, f); }

/// The most reps a 1RM is estimated from: the RPE chart's last column.
inline constexpr std::uint16_t max_estimate_reps = 12;

/// The 1RM that `lifted` for `reps` reps taken to failure predicts, in the
/// load's own unit, rounded to the tenth (halves up). A single is its own 1RM
/// (Epley's formula would add 3.3 % to it; Brzycki's adds nothing).
[[nodiscard]] constexpr result<load> estimated_1rm(one_rep_max_formula f, load lifted, std::uint16_t reps) noexcept {
  if (!lifted.is_absolute() || lifted.tenths == 0 || lifted.tenths > load::max_tenths)
    return rule_error(load_rule::estimate_needs_weight);
  if (reps == 0 || reps > max_estimate_reps) return rule_error(load_rule::estimate_reps);
  const std::uint64_t w = lifted.tenths;
  if (reps == 1) return lifted;
  if (f == one_rep_max_formula::epley) return detail::weight(lifted.kind, detail::divide_rounded(w * (30U + reps), 30U));
  return detail::weight(lifted.kind, detail::divide_rounded(w * 36U, 37U - reps));
}
template <detail::integral R>
[[nodiscard]] constexpr result<load> epley_1rm(load lifted, R reps) noexcept {
  return estimated_1rm(one_rep_max_formula::epley, lifted, detail::count_argument(reps));
}
template <detail::integral R>
[[nodiscard]] constexpr result<load> brzycki_1rm(load lifted, R reps) noexcept {
  return estimated_1rm(one_rep_max_formula::brzycki, lifted, detail::count_argument(reps));
}

// ---- the RPE chart -------------------------------------------------------------

namespace detail {
/// Tuchscherer's RPE chart as one curve: tenths of a percent of 1RM at reps plus
/// reps in reserve of 1, 1.5, 2, ... 15.5 (each value a cell of the chart: the
/// RPE 10 row for whole steps, RPE 9.5 for half steps, the last ones from the
/// 12-rep column of RPE 8.5 down to 6.5).
inline constexpr detail::array<std::uint16_t, 30> rpe_curve{
    1000, 978, 955, 939, 922, 907, 892, 878, 863, 850, 837, 824, 811, 799, 786,
    774,  762, 751, 739, 723, 707, 694, 680, 667, 653, 640, 626, 613, 599, 586};
inline constexpr std::uint32_t curve_first = 10;   // tenths of effective reps at index 0
inline constexpr std::uint32_t curve_last = 155;   // and at the last index

/// The curve at `e` tenths of effective reps (curve_first..curve_last), linear between half reps.
constexpr std::uint32_t curve_at(std::uint32_t e) noexcept {
  const std::uint32_t i = (e - curve_first) / 5, part = (e - curve_first) % 5;
  if (part == 0) return rpe_curve[i];
  return static_cast<std::uint32_t>(divide_rounded(std::uint64_t{rpe_curve[i]} * (5 - part) + std::uint64_t{rpe_curve[i + 1]} * part, 5));
}
}  // namespace detail

/// The share of 1RM (a load of kind percent_1rm, in tenths of a percent) that
/// `reps` reps at `effort` (an RPE or reps in reserve) mean on the chart.
[[nodiscard]] constexpr result<load> percent_of_1rm_for(std::uint16_t reps, load effort) noexcept {
  if ((effort.kind != load_kind::rpe && effort.kind != load_kind::rir) || effort.tenths > 100 ||
      (effort.kind == load_kind::rpe && effort.tenths < 10))
    return rule_error(load_rule::chart_needs_effort);
  if (reps == 0 || reps > max_estimate_reps) return rule_error(load_rule::chart_reps);
  const std::uint32_t reserve = effort.kind == load_kind::rpe ? 100U - effort.tenths : effort.tenths;
  const std::uint32_t e = std::uint32_t{reps} * 10U + reserve;
  if (e > detail::curve_last) return rule_error(load_rule::chart_effort);
  return load{load_kind::percent_1rm, detail::curve_at(e)};
}

/// The RPE (tenths, rounded to the nearest) that lifting `share` (a % of 1RM)
/// for `reps` reps means on the chart: the inverse of percent_of_1rm_for.
[[nodiscard]] constexpr result<load> rpe_for(std::uint16_t reps, load share) noexcept {
  if (share.kind != load_kind::percent_1rm || share.tenths == 0 || share.tenths > 1000)
    return rule_error(load_rule::chart_needs_effort);
  if (reps == 0 || reps > max_estimate_reps) return rule_error(load_rule::chart_reps);
  const std::uint32_t p = share.tenths, at_10 = std::uint32_t{reps} * 10U;
  if (p > detail::curve_at(at_10)) return rule_error(load_rule::chart_above_rpe_10);
  if (p < detail::curve_at(detail::curve_last)) return rule_error(load_rule::chart_below);
  // The curve falls strictly: the first half-rep point at or below p bounds the segment.
  std::uint32_t i = 0;
  while (detail::rpe_curve[i + 1] > p) ++i;
  const std::uint32_t hi = detail::rpe_curve[i], lo = detail::rpe_curve[i + 1];
  const std::uint32_t e = detail::curve_first + 5 * i +
                          static_cast<std::uint32_t>(detail::divide_rounded(std::uint64_t{hi - p} * 5, hi - lo));
  const std::uint32_t reserve = e > at_10 ? e - at_10 : 0;
  if (reserve > 90) return rule_error(load_rule::chart_below);
  return load{load_kind::rpe, 100U - reserve};
}

/// The reps in reserve (tenths) that lifting `share` for `reps` reps means on the chart.
[[nodiscard]] constexpr result<load> reps_in_reserve_for(std::uint16_t reps, load share) noexcept {
  const auto r = rpe_for(reps, share);
  if (!r) return r.error();
  return load{load_kind::rir, 100U - r->tenths};
}

// ---- training max --------------------------------------------------------------

/// 5/3/1's training max: 90 % of the 1RM (Wendler 2009).
inline constexpr load five_three_one_training_max_share{load_kind::percent_1rm, 900};

/// `share` (a % of 1RM, 1 % to 100 %) of `one_rep_max`, rounded to the tenth (halves up).
[[nodiscard]] constexpr result<load> training_max(load one_rep_max, load share = five_three_one_training_max_share) noexcept {
  if (!one_rep_max.is_absolute() || one_rep_max.tenths > load::max_tenths) return rule_error(load_rule::estimate_needs_weight);
  if (share.kind != load_kind::percent_1rm || share.tenths < 10 || share.tenths > 1000)
    return rule_error(load_rule::fraction_out_of_range);
  return detail::weight(one_rep_max.kind, detail::divide_rounded(std::uint64_t{one_rep_max.tenths} * share.tenths, 1000));
}

// ---- kg and lb -----------------------------------------------------------------

/// `l` (kg or lb) in `unit` (kg or lb), rounded to the tenth: 1 lb = 0.45359237 kg exactly.
[[nodiscard]] constexpr result<load> in_unit(load l, load_kind unit) noexcept {
  if (!l.is_absolute() || (unit != load_kind::kg && unit != load_kind::lb)) return rule_error(load_rule::estimate_needs_weight);
  if (l.kind == unit) return detail::weight(unit, l.tenths);
  const std::uint64_t t = l.tenths;
  return detail::weight(unit, unit == load_kind::kg ? detail::divide_rounded(t * 45359237U, 100000000U)
                                                    : detail::divide_rounded(t * 100000000U, 45359237U));
}

// ---- a gym's increments --------------------------------------------------------

/// One size of plate: its weight in hundredths of the gym's unit (1.25 kg is
/// 125), and how many pairs the gym has.
struct plate_size {
  std::uint16_t hundredths = 0;
  std::uint8_t pairs = 0;
  friend constexpr bool operator==(const plate_size&, const plate_size&) noexcept = default;
};

/// A rack or stack: every load from `lightest` to `heaviest` (tenths) in steps
/// of `step`; a step of 0: the gym has none.
struct load_steps {
  std::uint16_t lightest = 0;
  std::uint16_t step = 0;
  std::uint16_t heaviest = 0;
  friend constexpr bool operator==(const load_steps&, const load_steps&) noexcept = default;
};

inline constexpr std::size_t max_plate_sizes = 12;

/// What a gym can load, in one unit (kg or lb): a barbell and its plates, a
/// dumbbell rack (a dumbbell's own weight) and machine stacks. Stored as whole
/// tenths and hundredths: no floating point in the values.
struct gym {
  load_kind unit = load_kind::kg;
  std::uint16_t bar = 0;  ///< the empty bar, tenths
  detail::array<plate_size, max_plate_sizes> plates{};
  std::uint8_t plate_sizes = 0;
  load_steps dumbbells{};
  load_steps stacks{};
  friend constexpr bool operator==(const gym&, const gym&) noexcept = default;
};

enum class implement : std::uint8_t { barbell, dumbbell, machine };
namespace detail { inline constexpr text_view implement_names[] = {"barbell", "dumbbell", "machine"}; }
[[nodiscard]] constexpr text_view name_of(implement i) noexcept { return detail::name_in(detail::implement_names, i); }

/// A typical commercial gym in kg (an example and a default, not a standard):
/// a 20 kg bar, pairs of 25 to 1.25 kg plates, dumbbells 2 to 50 kg by 2,
/// stacks 5 to 100 kg by 5.
inline constexpr gym commercial_gym_kg{load_kind::kg, 200,
                                       {{{2500, 4}, {2000, 2}, {1500, 2}, {1000, 2}, {500, 2}, {250, 2}, {125, 2}}},
                                       7, {20, 20, 500}, {50, 50, 1000}};
/// The same in lb: a 45 lb bar, pairs of 45 to 2.5 lb, dumbbells 5 to 120 lb by 5, stacks 10 to 250 lb by 10.
inline constexpr gym commercial_gym_lb{load_kind::lb, 450,
                                       {{{4500, 6}, {3500, 2}, {2500, 2}, {1000, 2}, {500, 2}, {250, 2}}},
                                       6, {50, 50, 1200}, {100, 100, 2500}};

[[nodiscard]] constexpr bool is_valid(const gym& g) noexcept {
  if (g.unit != load_kind::kg && g.unit != load_kind::lb) return false;
  if (g.plate_sizes > max_plate_sizes) return false;
  for (std::size_t i = 0; i != g.plate_sizes; ++i)
    if (g.plates[i].hundredths == 0 || g.plates[i].hundredths % 5 != 0) return false;
  for (const auto& s : {g.dumbbells, g.stacks})
    if (s.step != 0 && (s.lightest == 0 || s.lightest > s.heaviest)) return false;
  return true;
}

namespace detail {

inline constexpr std::size_t plate_words = 64;  // 4096 steps a side

struct plate_bits {
  detail::array<std::uint64_t, plate_words> w{};
  [[nodiscard]] constexpr bool has(std::size_t i) const noexcept { return (w[i / 64] >> (i % 64)) & 1U; }
  constexpr void set(std::size_t i) noexcept { w[i / 64] |= std::uint64_t{1} << (i % 64); }
  /// this |= from << by, in the first `used` words
  constexpr void add_shifted(const plate_bits& from, std::size_t by, std::size_t used) noexcept {
    const std::size_t words = by / 64, bits = by % 64;
    for (std::size_t i = used; i-- > words;) {
      std::uint64_t v = from.w[i - words] << bits;
      if (bits != 0 && i - words > 0) v |= from.w[i - words - 1] >> (64 - bits);
      w[i] |= v;
    }
  }
};

constexpr std::uint32_t gcd(std::uint32_t a, std::uint32_t b) noexcept {
  while (b != 0) {
    const auto t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/// The sums a side of the bar can take with the plates from size k on (heaviest
/// first), in steps of the plates' common divisor: reach[k] for k = 0..n.
struct plate_reach {
  detail::array<plate_size, max_plate_sizes> sizes{};  // heaviest first, pairs > 0
  std::size_t n = 0;
  std::uint32_t unit = 0;      // hundredths per step; 0: no plates
  std::uint32_t most = 0;      // steps every plate makes together
  detail::array<plate_bits, max_plate_sizes + 1> reach{};
};

constexpr plate_reach reach_of(const gym& g) noexcept {
  plate_reach r;
  for (std::size_t i = 0; i != g.plate_sizes; ++i) {
    const auto p = g.plates[i];
    if (p.pairs == 0) continue;
    std::size_t j = r.n++;
    while (j > 0 && r.sizes[j - 1].hundredths < p.hundredths) {
      r.sizes[j] = r.sizes[j - 1];
      --j;
    }
    r.sizes[j] = p;
    r.unit = gcd(r.unit, p.hundredths);
  }
  for (std::size_t k = 0; k != r.n; ++k) r.most += r.sizes[k].hundredths / r.unit * r.sizes[k].pairs;
  return r;
}

/// Fills the sums up to `last` steps (the rest of each layer stays empty).
constexpr void fill_reach(plate_reach& r, std::uint64_t last) noexcept {
  const std::size_t used = static_cast<std::size_t>(last / 64 + 1);
  r.reach[r.n].set(0);
  for (std::size_t k = r.n; k-- > 0;) {
    const std::size_t step = r.sizes[k].hundredths / r.unit;
    for (std::size_t i = 0; i != used; ++i) r.reach[k].w[i] = r.reach[k + 1].w[i];
    for (std::size_t c = 1; c <= r.sizes[k].pairs && c * step < used * 64; ++c) r.reach[k].add_shifted(r.reach[k + 1], c * step, used);
  }
}

}  // namespace detail

/// The achievable load nearest to `target` with `with` in gym `g`, in the gym's
/// unit (a target in the other unit is converted first). Halfway between two
/// achievable loads, it rounds down. A target below the lightest or above the
/// heaviest achievable load is an error, never clamped.
[[nodiscard]] constexpr result<load> nearest_load(const gym& g, implement with, load target) noexcept {
  if (!is_valid(g)) return rule_error(load_rule::gym_malformed);
  const auto in_gym = in_unit(target, g.unit);
  if (!in_gym) return in_gym.error();
  const std::uint32_t t = in_gym->tenths;
  if (with != implement::barbell) {
    const load_steps s = with == implement::dumbbell ? g.dumbbells : g.stacks;
    if (s.step == 0) return rule_error(load_rule::implement_missing);
    if (t < s.lightest) return rule_error(load_rule::below_lightest);
    const std::uint32_t top = s.lightest + (std::uint32_t{s.heaviest} - s.lightest) / s.step * s.step;
    if (t > top) return rule_error(load_rule::above_heaviest);
    const std::uint32_t below = s.lightest + (t - s.lightest) / s.step * s.step;
    const std::uint32_t above = below == t ? t : below + s.step;
    return detail::weight(g.unit, t - below <= above - t ? below : above);
  }
  if (t < g.bar) return rule_error(load_rule::below_lightest);
  auto r = detail::reach_of(g);
  if (r.n == 0) {
    if (t != g.bar) return rule_error(load_rule::above_heaviest);
    return detail::weight(g.unit, t);
  }
  // A side of the bar in hundredths; a step of plates (r.unit hundredths a side) adds r.unit / 5 tenths to the bar.
  const std::uint64_t side = std::uint64_t{t - g.bar} * 5U;
  if (side > std::uint64_t{r.most} * r.unit) return rule_error(load_rule::above_heaviest);
  const std::uint64_t floor_steps = side / r.unit;
  if (floor_steps >= detail::plate_words * 64 - 1) return rule_error(load_rule::plates_too_fine);
  // The nearest sum above is less than one plate above the target (take one plate off it).
  const std::uint64_t window = floor_steps + r.sizes[0].hundredths / r.unit;
  detail::fill_reach(r, window < detail::plate_words * 64 ? window : detail::plate_words * 64 - 1);
  std::uint64_t down = floor_steps;
  while (!r.reach[0].has(down)) --down;  // 0 is always reachable
  std::uint64_t up = floor_steps + (side % r.unit != 0 ? 1U : 0U);
  while (up <= r.most && up < detail::plate_words * 64 && !r.reach[0].has(up)) ++up;
  const std::uint64_t low = g.bar + down * r.unit / 5U;
  if (up > r.most) return detail::weight(g.unit, low);
  if (up >= detail::plate_words * 64) return rule_error(load_rule::plates_too_fine);
  const std::uint64_t high = g.bar + up * r.unit / 5U;
  return detail::weight(g.unit, t - low <= high - t ? low : high);
}

/// The plates on each side of the bar, heaviest first: each size used and how
/// many of it go on one side (`pairs`: one plate of each pair per side).
struct plate_loading {
  detail::array<plate_size, max_plate_sizes> per_side{};
  std::uint8_t sizes = 0;
  friend constexpr bool operator==(const plate_loading&, const plate_loading&) noexcept = default;
};

/// The plates that load the bar to exactly `target`, as many of the heaviest
/// plates as the rest allows; an error when no set of plates makes it.
[[nodiscard]] constexpr result<plate_loading> plates_per_side(const gym& g, load target) noexcept {
  if (!is_valid(g)) return rule_error(load_rule::gym_malformed);
  const auto in_gym = in_unit(target, g.unit);
  if (!in_gym) return in_gym.error();
  const std::uint32_t t = in_gym->tenths;
  if (t < g.bar) return rule_error(load_rule::below_lightest);
  if (t == g.bar) return plate_loading{};
  auto r = detail::reach_of(g);
  if (r.n == 0) return rule_error(load_rule::above_heaviest);
  const std::uint64_t side = std::uint64_t{t - g.bar} * 5U;
  if (side > std::uint64_t{r.most} * r.unit) return rule_error(load_rule::above_heaviest);
  if (side % r.unit != 0) return rule_error(load_rule::plates_not_exact);
  std::uint64_t left = side / r.unit;
  if (left >= detail::plate_words * 64) return rule_error(load_rule::plates_too_fine);
  detail::fill_reach(r, left);
  if (!r.reach[0].has(left)) return rule_error(load_rule::plates_not_exact);
  plate_loading out;
  for (std::size_t k = 0; k != r.n && left != 0; ++k) {
    const std::uint64_t step = r.sizes[k].hundredths / r.unit;
    std::uint64_t c = left / step < r.sizes[k].pairs ? left / step : r.sizes[k].pairs;
    while (c > 0 && !r.reach[k + 1].has(left - c * step)) --c;
    if (c == 0) continue;
    out.per_side[out.sizes++] = {r.sizes[k].hundredths, static_cast<std::uint8_t>(c)};
    left -= c * step;
  }
  return out;
}

// ---- a lifter's maxes, and resolving a written load ------------------------------

inline constexpr std::size_t max_lifter_maxes = 16;

/// One exercise's 1RM, in tenths of the lifter's unit.
struct lift_max {
  exercise_id exercise{};
  std::uint16_t one_rep_max = 0;
  friend constexpr bool operator==(const lift_max&, const lift_max&) noexcept = default;
};

/// What a lifter can lift: a 1RM per exercise (at most 16), in one unit, and
/// the share of it that percentages are taken of: 100 % (the default) reads
/// "@80%" as 80 % of the 1RM; 90 % as 80 % of a 5/3/1 training max.
struct lifter {
  load_kind unit = load_kind::kg;
  detail::array<lift_max, max_lifter_maxes> maxes{};
  std::uint8_t count = 0;
  load percent_basis{load_kind::percent_1rm, 1000};

  /// The same lifter with `one_rep_max` recorded for `e` (replacing an earlier one).
  [[nodiscard]] constexpr result<lifter> with_max(exercise_id e, load one_rep_max) const noexcept {
    const auto m = in_unit(one_rep_max, unit);
    if (!m) return rule_error(load_rule::lifter_full);
    lifter out = *this;
    for (std::size_t i = 0; i != count; ++i)
      if (out.maxes[i].exercise == e) {
        out.maxes[i].one_rep_max = static_cast<std::uint16_t>(m->tenths);
        return out;
      }
    if (count >= max_lifter_maxes) return rule_error(load_rule::lifter_full);
    out.maxes[out.count++] = {e, static_cast<std::uint16_t>(m->tenths)};
    return out;
  }
  /// The 1RM recorded for `e`, or the error naming its absence.
  [[nodiscard]] constexpr result<load> one_rep_max(exercise_id e) const noexcept {
    for (std::size_t i = 0; i != count && i != max_lifter_maxes; ++i)
      if (maxes[i].exercise == e) return load{unit, maxes[i].one_rep_max};
    return rule_error(load_rule::no_max_known);
  }
  friend constexpr bool operator==(const lifter&, const lifter&) noexcept = default;
};

/// Where a written load is lifted: the gym and the implement it is rounded to.
struct lifting_place {
  gym where = commercial_gym_kg;
  implement with = implement::barbell;
};

/// The weight a written load means for `who` doing `e` for `reps` reps, rounded
/// to the gym: kg and lb as written (converted to the gym's unit), % of 1RM of
/// the lifter's percent basis, RPE and reps in reserve through the RPE chart
/// at `reps` (of the true 1RM: the chart is a share of the 1RM).
[[nodiscard]] constexpr result<load> resolve(const load& written, std::uint16_t reps, const lifter& who, exercise_id e,
                                             const lifting_place& place) noexcept {
  switch (written.kind) {
    case load_kind::kg:
    case load_kind::lb: return nearest_load(place.where, place.with, written);
    case load_kind::percent_1rm:
    case load_kind::rpe:
    case load_kind::rir: break;
    default: return rule_error(load_rule::no_weight_to_resolve);
  }
  const auto max = who.one_rep_max(e);
  if (!max) return max.error();
  load share = written;
  load basis = *max;
  if (written.kind == load_kind::percent_1rm) {
    if (written.tenths == 0 || written.tenths > 1000) return rule_error(load_rule::fraction_out_of_range);
    const auto b = training_max(*max, who.percent_basis);
    if (!b) return b.error();
    basis = *b;
  } else {
    const auto s = percent_of_1rm_for(reps, written);
    if (!s) return s.error();
    share = *s;
  }
  const auto target = detail::weight(basis.kind, detail::divide_rounded(std::uint64_t{basis.tenths} * share.tenths, 1000));
  if (!target) return target.error();
  return nearest_load(place.where, place.with, *target);
}

}  // namespace sinew
