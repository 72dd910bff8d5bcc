// Figures never wrap. Every figure of every scheme kind, grouping and block is
// compared with an independent computation in 128-bit arithmetic (`truth`
// below, written from docs/notation.md, with no overflow check at all): at the
// largest value of every input field (its type's and the parser's), over
// values drawn from the extremes of every field, and over the round-trip
// generator's schemes. A figure must be exact, or over the limit exactly when
// the true amount exceeds 2^64 - 1, or unknown; and min <= max always.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "../notation/generator.hpp"
#include <sinew/notation.hpp>
#include <sinew/schemes.hpp>

using namespace sinew;

namespace {

__extension__ typedef unsigned __int128 u128;
constexpr u128 limit = ~std::uint64_t{0};

std::string text_of(u128 v) {
  if (v == 0) return "0";
  std::string s;
  for (; v != 0; v /= 10) s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
  return s;
}

/// A figure's true value. Known: the range [lo, hi]. Unknown: `hi` is 0, or a
/// lower bound of its largest value above the limit when a part of it is known
/// to be over the limit (a sum of an unknown part and one over the limit is over).
struct truth {
  bool known = false;
  u128 lo = 0, hi = 0;
};
truth exact(u128 v) { return {true, v, v}; }
truth range(u128 lo, u128 hi) { return lo <= hi ? truth{true, lo, hi} : truth{}; }
truth operator+(truth a, truth b) {
  if (a.known && b.known) return {true, a.lo + b.lo, a.hi + b.hi};
  return {false, 0, (a.hi > limit ? a.hi : 0) + (b.hi > limit ? b.hi : 0)};
}
truth operator*(truth a, truth b) {
  if ((a.known && a.hi == 0) || (b.known && b.hi == 0)) return exact(0);
  if (a.known && b.known) return {true, a.lo * b.lo, a.hi * b.hi};
  return {false, 0, a.hi * b.hi};  // an unknown factor may be 0: nothing known unless both bounds are
}
std::string describe(const truth& t) {
  if (t.hi > limit) return "over the limit (" + text_of(t.hi) + ")";
  if (!t.known) return "unknown";
  return text_of(t.lo) + ".." + text_of(t.hi);
}
std::string describe(const figure& f) {
  std::string s = f.over_the_limit ? "over the limit" : f.known ? "" : "unknown";
  if (f.known) s += text_of(f.min) + ".." + text_of(f.max);
  if ((f.over_the_limit || !f.known) && (f.min != 0 || f.max != 0)) s += " with stray min/max";
  if (f.over_the_limit && f.known) s += " and known";
  return s;
}
/// Does `got` say what `want` is? min <= max in every state.
bool says(const figure& got, const truth& want) {
  if (got.min > got.max) return false;
  if (want.hi > limit) return got.state() == figure_state::over_the_limit && !got.known && got.min == 0 && got.max == 0;
  if (!want.known) return got.state() == figure_state::unknown && got.min == 0 && got.max == 0;
  return got.state() == figure_state::known && got.min == want.lo && got.max == want.hi;
}

struct truths {
  std::uint32_t total_sets = 0;
  truth total_reps, reps_per_side, time_under_tension, duration, volume_load;
  load_kind volume_unit = load_kind::none;
};

u128 rest_of(const rest& r, u128 fallback) {
  if (!r.stated) return fallback;
  return r.length.unit == time_unit::minute ? u128{r.length.amount} * 60 : u128{r.length.amount};
}
u128 gaps_of(u128 n) { return n == 0 ? 0 : n - 1; }

/// Seconds one rep takes: tempo digits (X: the explosive default) or the default pace,
/// plus the hold and twice the stretch and squeeze.
u128 seconds_per_rep(const set_scheme& s, const figure_defaults& d) {
  u128 per = 0;
  if (s.tempo.kind == tempo::mode::digits) {
    for (unsigned i = 0; i < s.tempo.length && i < 4; ++i)
      per += s.tempo.phase[i] == tempo::explosive ? u128{d.explosive_seconds} : u128{s.tempo.phase[i]};
  } else {
    per = d.seconds_per_rep;
  }
  return per + s.hold.seconds + u128{2} * s.stretch_and_squeeze;
}
u128 tension(u128 reps, u128 per, const set_scheme& s) {
  return reps * per + (s.pause.every == 0 ? 0 : reps / s.pause.every * s.pause.seconds);
}
/// The same for a rep count that may be a range or unknown (an inverted range):
/// unknown reps of 0 seconds each, with no pause time, still take 0 seconds.
truth tension(truth reps, u128 per, const set_scheme& s) {
  if (reps.known) return {true, tension(reps.lo, per, s), tension(reps.hi, per, s)};
  const bool no_pause_time = s.pause.every == 0 || s.pause.seconds == 0;
  return per == 0 && no_pause_time ? exact(0) : truth{};
}

truths truth_of(const set_scheme& s, const figure_defaults& d) {
  truths t;
  t.total_sets = s.kind == scheme_kind::strip ? 1U : s.sets;
  const u128 rest = rest_of(s.rest_after, d.rest_between_sets);
  const u128 per = seconds_per_rep(s, d);
  const truth sets = exact(s.sets);
  if (s.kind == scheme_kind::straight || s.kind == scheme_kind::interval) {
    const auto& q = s.per_set;
    const bool rep_target = q.kind == quantity_kind::reps || q.kind == quantity_kind::non_stop ||
                            (q.kind == quantity_kind::to_failure && q.max != 0);
    const u128 sides = q.side == rep_count::per_leg || q.side == rep_count::per_side ? 2 : 1;
    truth reps, one_set;
    if (rep_target) {
      reps = range(q.min, q.max);
      one_set = tension(reps, per, s);
    } else if (q.kind == quantity_kind::time) {
      one_set = exact(q.unit == static_cast<std::uint8_t>(time_unit::minute) ? u128{q.min} * 60 : u128{q.min});
    } else if (q.kind == quantity_kind::distance) {
      const u128 cm = q.unit == static_cast<std::uint8_t>(distance_unit::yard) ? u128{q.min} * 9144 / 100 : u128{q.min} * 100;
      if (d.centimetres_per_second != 0) one_set = exact(cm / d.centimetres_per_second);
    }
    truth per_set = one_set * exact(sides);
    if (s.drops != 0) {
      per_set = per_set * exact(1 + u128{s.drops}) + exact(u128{s.drops} * d.drop_change);
      reps = truth{};
    }
    if (s.last_set_amap) reps = truth{};  // the last set's reps are open; its time is estimated at its count
    t.time_under_tension = per_set * sets;
    t.duration = t.time_under_tension + exact(rest * gaps_of(s.sets));
    if (s.kind == scheme_kind::interval) t.duration = exact(u128{s.total_length.in_seconds()});  // the intervals' total
    t.total_reps = reps * exact(u128{s.sets} * sides);
    if (q.side == rep_count::steps) {
      t.reps_per_side = reps.known ? range(u128{s.sets} * (reps.lo / 2), u128{s.sets} * ((reps.hi + 1) / 2)) : reps * sets;
    } else if (sides == 2) {
      t.reps_per_side = reps * sets;
    }
  } else if (s.kind != scheme_kind::strip) {
    const unsigned n = s.listed_count < max_listed_sets ? s.listed_count : unsigned{max_listed_sets};
    u128 reps = 0, tut = 0;
    for (unsigned i = 0; i != n; ++i) {
      reps += s.listed[i];
      tut += tension(s.listed[i], per, s);
    }
    if (has_mini_sets(s.kind)) {
      const u128 inner = rest_of(s.between_mini_sets, s.kind == scheme_kind::cluster ? d.cluster_rest : d.rest_pause_rest);
      t.total_reps = exact(reps * s.sets);
      t.time_under_tension = exact(tut * s.sets);
      t.duration = exact((tut + inner * gaps_of(n)) * s.sets + rest * gaps_of(s.sets));
    } else {
      const bool sided = s.listed_side == rep_count::per_leg || s.listed_side == rep_count::per_side;
      const u128 sides = sided ? 2 : 1;
      t.total_reps = s.last_set_amap ? truth{} : exact(reps * sides);
      if (sided) t.reps_per_side = s.last_set_amap ? truth{} : exact(reps);
      t.time_under_tension = exact(tut * sides);
      t.duration = exact(tut * sides + rest * gaps_of(s.sets));
    }
  }
  const bool absolute = s.load.kind == load_kind::kg || s.load.kind == load_kind::lb;
  if (absolute && (t.total_reps.known || t.total_reps.hi > limit)) {
    if (s.set_load_count == 0) {
      t.volume_load = t.total_reps * exact(s.load.tenths);
    } else {
      // each set's reps times its own load
      truth v = exact(0);
      for (unsigned i = 0; i != s.set_load_count && i != max_listed_sets; ++i) {
        const truth set_reps = is_listed(s.kind) ? exact(u128{s.listed[i]} * (s.listed_side == rep_count::both ? 1 : 2))
                                                 : range(t.total_reps.lo / s.sets, t.total_reps.hi / s.sets);
        v = v + set_reps * exact(s.set_loads[i]);
      }
      t.volume_load = v;
    }
    t.volume_unit = s.load.kind;
  }
  return t;
}

truths truth_of(const grouping& g, const figure_defaults& d) {
  truths t;
  t.total_reps = t.time_under_tension = t.volume_load = exact(0);
  const unsigned entries = g.size < max_grouping_entries ? g.size : unsigned{max_grouping_entries};
  u128 rounds = 0;
  load_kind unit = load_kind::none;
  bool one_unit = true;
  for (unsigned i = 0; i != entries; ++i) {
    const truths e = truth_of(g.entries[i].scheme, d);
    t.total_sets += e.total_sets;
    t.total_reps = t.total_reps + e.total_reps;
    t.time_under_tension = t.time_under_tension + e.time_under_tension;
    t.volume_load = t.volume_load + e.volume_load;
    if (e.total_sets > rounds) rounds = e.total_sets;
    if (unit == load_kind::none) unit = e.volume_unit;
    else if (e.volume_unit != unit) one_unit = false;
  }
  if (rounds == 0) rounds = 1;
  const u128 between = rest_of(g.between_exercises, g.kind == grouping_kind::circuit ? d.circuit_transition : 0);
  t.duration = t.time_under_tension + exact(between * gaps_of(entries) * rounds + rest_of(g.between_rounds, d.rest_between_sets) * (rounds - 1));
  if (one_unit && unit != load_kind::none && (t.volume_load.known || t.volume_load.hi > limit)) t.volume_unit = unit;
  else t.volume_load = truth{};
  return t;
}

truths truth_of(const block& b, const figure_defaults& d) {
  truths t;
  if (b.content == block_content::scheme) t = truth_of(b.scheme, d);
  if (b.content == block_content::grouping) t = truth_of(b.group, d);
  if (b.content == block_content::rest) t.duration = exact(rest_of(rest::of(b.rest_period.length), 0));
  if (b.min_length != 0) {
    const u128 k = b.length_unit == time_unit::minute ? 60 : 1;
    t.duration = range(u128{b.min_length} * k, u128{b.max_length} * k);
  }
  return t;
}

/// Collects mismatches; reports the first few in full, then the count.
struct judge {
  long compared = 0;
  long wrong = 0;
  void figure_is(const figure& got, const truth& want, std::string_view name, const std::string& what) {
    ++compared;
    if (says(got, want)) return;
    if (++wrong <= 5) FAIL_CHECK(what << ": " << std::string(name) << " is " << describe(got) << ", truly " << describe(want));
  }
  template <class Value>
  void all_figures(const Value& v, const figure_defaults& d, const std::string& what) {
    const figures got = figures_of(v, d);
    const truths want = truth_of(v, d);
    figure_is(got.total_reps, want.total_reps, "total_reps", what);
    figure_is(got.reps_per_side, want.reps_per_side, "reps_per_side", what);
    figure_is(got.time_under_tension, want.time_under_tension, "time_under_tension", what);
    figure_is(got.duration, want.duration, "duration", what);
    figure_is(got.volume_load, want.volume_load, "volume_load", what);
    ++compared;
    if (got.total_sets != want.total_sets || got.volume_unit != want.volume_unit) {
      if (++wrong <= 5) FAIL_CHECK(what << ": total_sets " << got.total_sets << " (truly " << want.total_sets << ") or volume unit differs");
    }
  }
};

constexpr std::uint16_t u16_max = 0xFFFF;
constexpr std::uint32_t u32_max = 0xFFFFFFFF;

/// The defaults at their largest (every uint32_t at its maximum), at zero, and as shipped.
figure_defaults all_max() {
  return {u32_max, u32_max, u32_max, u32_max, u32_max, u32_max, u32_max, u32_max};
}
figure_defaults all_zero() { return {0, 0, 0, 0, 0, 0, 0, 0}; }

/// Every field of a scheme of kind `k` at its type's largest value.
set_scheme type_max_scheme(scheme_kind k, quantity_kind q, rep_count side) {
  set_scheme s;
  s.kind = k;
  s.sets = u16_max;
  s.per_set = {q, u16_max, u16_max, 1, side};
  s.listed_count = max_listed_sets;
  for (auto& v : s.listed) v = u16_max;
  s.between_mini_sets = rest::of(minutes(u16_max));
  s.drops = k == scheme_kind::straight ? std::uint8_t{0xFF} : std::uint8_t{0};
  s.load = {load_kind::kg, u16_max};
  s.tempo = {tempo::mode::digits, 4, {tempo::explosive, tempo::explosive, tempo::explosive, tempo::explosive}};
  s.hold = {u16_max, hold_position::top};
  s.pause = {u16_max, 1, hold_position::bottom};
  s.stretch_and_squeeze = u16_max;
  s.rest_after = rest::of(minutes(u16_max));
  return s;
}

constexpr scheme_kind every_kind[] = {scheme_kind::straight, scheme_kind::pyramid, scheme_kind::reverse_pyramid,
                                      scheme_kind::double_pyramid, scheme_kind::warm_up_ramp, scheme_kind::strip,
                                      scheme_kind::rest_pause, scheme_kind::cluster, scheme_kind::interval};
constexpr quantity_kind every_quantity[] = {quantity_kind::reps, quantity_kind::amap, quantity_kind::to_failure,
                                            quantity_kind::non_stop, quantity_kind::distance, quantity_kind::time};
constexpr rep_count every_side[] = {rep_count::both, rep_count::per_leg, rep_count::per_side, rep_count::steps};

// ---- values drawn from the extremes of every field ----------------------------

template <class T, std::size_t N>
T pick(sinew_test::rng& r, const T (&from)[N]) {
  return from[r.in(0, N - 1)];
}
std::uint16_t extreme16(sinew_test::rng& r) {
  constexpr std::uint16_t v[] = {0, 1, 2, 3, 9998, 9999, 10000, u16_max - 1, u16_max};
  return pick(r, v);
}
rest extreme_rest(sinew_test::rng& r) {
  if (r.chance(30)) return {};
  return rest::of({extreme16(r), r.chance(50) ? time_unit::minute : time_unit::second});
}
set_scheme extreme_scheme(sinew_test::rng& r) {
  set_scheme s;
  s.kind = pick(r, every_kind);
  s.sets = extreme16(r);
  s.per_set = {pick(r, every_quantity), extreme16(r), extreme16(r), static_cast<std::uint8_t>(r.in(0, 1)), pick(r, every_side)};
  if (r.chance(50)) s.per_set.max = s.per_set.min;
  constexpr std::uint8_t counts[] = {0, 1, 2, 3, 15, 16, 17, 255};
  s.listed_count = pick(r, counts);
  for (auto& v : s.listed) v = extreme16(r);
  s.between_mini_sets = extreme_rest(r);
  constexpr std::uint8_t drops[] = {0, 0, 1, 8, 9, 255};
  s.drops = pick(r, drops);
  constexpr load_kind loads[] = {load_kind::none, load_kind::kg, load_kind::lb, load_kind::percent_1rm, load_kind::bodyweight};
  s.load = {pick(r, loads), extreme16(r)};
  constexpr tempo::mode modes[] = {tempo::mode::unstated, tempo::mode::none, tempo::mode::digits};
  constexpr std::uint8_t lengths[] = {0, 3, 4, 5, 255};
  constexpr std::uint8_t digits[] = {0, 1, 9, tempo::explosive, 11, 255};
  s.tempo = {pick(r, modes), pick(r, lengths), {pick(r, digits), pick(r, digits), pick(r, digits), pick(r, digits)}};
  s.hold = {extreme16(r), hold_position::top};
  s.pause = {extreme16(r), extreme16(r), hold_position::bottom};
  s.stretch_and_squeeze = extreme16(r);
  s.rest_after = extreme_rest(r);
  return s;
}
figure_defaults extreme_defaults(sinew_test::rng& r) {
  switch (r.in(0, 3)) {
    case 0: return default_figures;
    case 1: return all_max();
    case 2: return all_zero();
    default: {
      constexpr std::uint32_t v[] = {0, 1, 3, 100, u32_max - 1, u32_max};
      return {pick(r, v), pick(r, v), pick(r, v), pick(r, v), pick(r, v), pick(r, v), pick(r, v), pick(r, v)};
    }
  }
}
grouping extreme_grouping(sinew_test::rng& r) {
  grouping g;
  g.kind = static_cast<grouping_kind>(r.in(0, 4));
  constexpr std::uint8_t sizes[] = {0, 1, 2, 3, 4, 8, 9, 255};
  g.size = pick(r, sizes);
  for (auto& e : g.entries) e = {"squat", extreme_scheme(r)};
  g.between_exercises = extreme_rest(r);
  g.between_rounds = extreme_rest(r);
  return g;
}
block extreme_block(sinew_test::rng& r) {
  block b;
  b.role = static_cast<block_role>(r.in(0, 5));
  b.min_length = r.chance(40) ? std::uint16_t{0} : extreme16(r);
  b.max_length = extreme16(r);
  b.length_unit = r.chance(50) ? time_unit::minute : time_unit::second;
  b.content = static_cast<block_content>(r.in(0, 3));
  b.scheme = extreme_scheme(r);
  b.group = extreme_grouping(r);
  b.rest_period = extreme_rest(r);
  return b;
}

/// Nothing the parser accepts comes near the limit with the shipped defaults
/// (docs/notation.md promises below 2^43).
void stays_below_2_43(const block& b, const std::string& line) {
  const auto f = figures_of(b);
  for (const figure* x : {&f.total_reps, &f.reps_per_side, &f.time_under_tension, &f.duration, &f.volume_load}) {
    CHECK_MESSAGE(!x->over_the_limit, line);
    CHECK_MESSAGE(x->max < (std::uint64_t{1} << 43), line);
  }
}

}  // namespace

TEST_CASE("checked arithmetic: the builtins and their portable twins agree at the edges") {
  constexpr std::uint64_t edges[] = {0, 1, 2, 3, 0xFFFF, 0xFFFFFFFF, 0x100000000, 0xFFFFFFFFFFFF,
                                     (std::uint64_t{1} << 63) - 1, std::uint64_t{1} << 63, ~std::uint64_t{0} - 1, ~std::uint64_t{0}};
  for (auto a : edges)
    for (auto b : edges) {
      std::uint64_t x = 0, y = 0;
      CHECK(detail::add_overflows(a, b, x) == detail::portable_add_overflows(a, b, y));
      CHECK(x == y);
      CHECK(detail::add_overflows(a, b, x) == (u128{a} + b > limit));
      CHECK(detail::mul_overflows(a, b, x) == detail::portable_mul_overflows(a, b, y));
      CHECK(x == y);
      CHECK(detail::mul_overflows(a, b, x) == (u128{a} * b > limit));
    }
}

TEST_CASE("figure arithmetic: exact, unknown or over the limit, never wrapped") {
  const figure big = figure::exactly(~std::uint64_t{0});
  CHECK((big + figure::exactly(0)) == big);
  CHECK((big + figure::exactly(1)).state() == figure_state::over_the_limit);
  CHECK((big * 1U) == big);
  CHECK((big * 2U).state() == figure_state::over_the_limit);
  CHECK((figure::exactly(std::uint64_t{1} << 32) * figure::exactly(std::uint64_t{1} << 32)).state() ==
        figure_state::over_the_limit);
  // Only the top of a range overflowing still puts the figure over the limit.
  CHECK((figure::between(1, ~std::uint64_t{0}) + figure::exactly(1)).state() == figure_state::over_the_limit);
  // Over the limit stays over; unknown stays unknown; a sum with a part over the limit is over.
  const figure over = figure::over_limit();
  CHECK((over + figure::exactly(0)).state() == figure_state::over_the_limit);
  CHECK((over + figure::unknown()).state() == figure_state::over_the_limit);
  CHECK((figure::unknown() + figure::exactly(3)).state() == figure_state::unknown);
  // Products: exactly zero times anything is zero; an unknown factor (maybe 0) wins over the limit.
  CHECK((over * 0U) == figure::exactly(0));
  CHECK((figure::unknown() * 0U) == figure::exactly(0));
  CHECK((over * figure::unknown()).state() == figure_state::unknown);
  CHECK((over * 3U).state() == figure_state::over_the_limit);
  // Division by zero states nothing.
  CHECK((figure::exactly(10) / 0U).state() == figure_state::unknown);
  CHECK((figure::between(7, 9) / 2U) == figure::between(3, 4));
  // An inverted range states nothing.
  CHECK(figure::between(9, 8).state() == figure_state::unknown);
  // Over the limit is neither known nor a number.
  CHECK_FALSE(over.known);
  CHECK(over.min == 0);
  CHECK(over.max == 0);
}

TEST_CASE("regression: figures past 2^32 (issue 7)") {
  SUBCASE("99x9999 @6553.5kg: 6,487,316,203.5 kg, not 44,865,259.5") {
    const auto f = figures_of(*parse_scheme("99x9999 @6553.5kg"));
    CHECK(f.total_reps == figure::exactly(989'901));
    CHECK(f.volume_load == figure::exactly(64'873'162'035));  // tenths of kg
    CHECK(f.volume_unit == load_kind::kg);
  }
  SUBCASE("99x100-9999/leg @6553.5kg: a range with its minimum below its maximum") {
    const auto f = figures_of(*parse_scheme("99x100-9999/leg @6553.5kg"));
    CHECK(f.total_reps == figure::between(19'800, 1'979'802));
    CHECK(f.reps_per_side == figure::between(9'900, 989'901));
    CHECK(f.volume_load == figure::between(1'297'593'000, 129'746'324'070));
    CHECK(f.volume_load.min <= f.volume_load.max);
  }
  SUBCASE("99x9999/leg @9999 hold 9999s stretch and squeeze 9999s: about 990,989,891 min under tension") {
    const auto f = figures_of(*parse_scheme("99x9999/leg @9999 hold 9999s stretch and squeeze 9999s"));
    // 99 sets x 9999 reps x 2 legs x (36 + 9999 + 2 x 9999) s a rep
    CHECK(f.time_under_tension == figure::exactly(std::uint64_t{99} * 9999 * 2 * 30033));
    CHECK(f.time_under_tension.max / 60 == 990'989'891);
    CHECK(f.duration == figure::exactly(std::uint64_t{99} * 9999 * 2 * 30033 + 98 * 90));
  }
}

TEST_CASE("steps per side: each set splits its steps, the odd step to either leg") {
  // Even counts split evenly.
  CHECK(figures_of(straight_sets(3, quantity::steps(20))).reps_per_side == figure::exactly(30));
  CHECK(figures_of(straight_sets(1, quantity::steps(2))).reps_per_side == figure::exactly(1));
  // Odd counts: one leg takes 7, the other 8 in each set of 15; which leg leads is not written.
  CHECK(figures_of(straight_sets(1, quantity::steps(15))).reps_per_side == figure::between(7, 8));
  CHECK(figures_of(straight_sets(3, quantity::steps(15))).reps_per_side == figure::between(21, 24));
  CHECK(figures_of(straight_sets(1, quantity::steps(1))).reps_per_side == figure::between(0, 1));
  // A range of steps: the fewest steps rounded down, the most rounded up.
  CHECK(figures_of(straight_sets(2, quantity::reps(15, 20).with_side(rep_count::steps))).reps_per_side ==
        figure::between(14, 20));
  CHECK(figures_of(straight_sets(2, quantity::reps(14, 21).with_side(rep_count::steps))).reps_per_side ==
        figure::between(14, 22));
  // Both legs together do every step.
  CHECK(figures_of(straight_sets(3, quantity::steps(15))).total_reps == figure::exactly(45));
}

TEST_CASE("every field at the largest value the parser accepts: figures exact") {
  figure_defaults d = default_figures;
  judge j;
  const char* const lines[] = {
      "99x9999/leg @6553.5kg @9999 hold 9999s pause 9999s every 1st stretch and squeeze 9999s rest 9999min",
      "99x9999 steps @6553.5lb @99X9 hold 9999s pause 9999s every 1st stretch and squeeze 9999s rest 9999min",
      "99x9999 + 8 drops @6553.5kg @9999 hold 9999s pause 9999s every 1st stretch and squeeze 9999s rest 9999min",
      "99x9999 non-stop/side @6553.5kg @9999 hold 9999s rest 9999min",
      "99x fail 9999-9999/leg @6553.5kg @9999 hold 9999s rest 9999min",
      "99x9999yd/leg + 8 drops rest 9999min",
      "99x9999m rest 9999min",
      "99x9999min hold/side + 8 drops rest 9999min",
      "99xAMAP/leg @6553.5kg rest 9999min",
      "pyramid 9999,9998,9997,9996,9995,9994,9993,9992,9991,9990,9989,9988,9987,9986,9985,9984 @6553.5kg @9999 hold 9999s "
      "pause 9999s every 1st stretch and squeeze 9999s rest 9999min",
      "reverse pyramid 9984,9985,9986,9987,9988,9989,9990,9991,9992,9993,9994,9995,9996,9997,9998,9999 @6553.5kg @9999 rest 9999min",
      "double pyramid 9999,9998,9997,9996,9995,9994,9993,9992,9991,9992,9993,9994,9995,9996,9997,9998 @6553.5kg @9999",
      "ramp 9999,9999,9999,9999,9999,9999,9999,9999,9999,9999,9999,9999,9999,9999,9999,9999 @6553.5kg @9999 rest 9999min",
      "99x rest-pause 9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999 9999min @6553.5kg @9999 "
      "hold 9999s pause 9999s every 1st stretch and squeeze 9999s rest 9999min",
      "99x cluster 9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999+9999 9999min @6553.5lb @9999 rest 9999min",
      "strip from 9999RM @6553.5kg @9999 rest 9999min",
      "rest 9999min",
      "warm-up 9999-9999min",
      "cool-down 9999min: 99x9999 @6553.5kg",
  };
  for (const char* line : lines) {
    const auto b = parse(line);
    REQUIRE_MESSAGE(b, line, ": ", (b ? "" : b.error().message));
    j.all_figures(*b, d, line);
    stays_below_2_43(*b, line);
  }
  // The largest grouping: 8 entries, each at the parser's limits, the longest rests.
  std::string giant = "giant set: ";
  std::string circuit = "circuit: ";
  for (char label = 'A'; label != 'I'; ++label) {
    const std::string entry = std::string(1, label) + " squat 99x9999/leg @6553.5kg @9999 hold 9999s pause 9999s every 1st "
                                                      "stretch and squeeze 9999s rest 9999min; ";
    giant += entry;
    circuit += entry;
  }
  giant += "rest 9999min";
  circuit += "rest 9999min between exercises; rest 9999min";
  for (const auto& line : {giant, circuit}) {
    const auto b = parse(line);
    REQUIRE_MESSAGE(b, line, ": ", (b ? "" : b.error().message));
    j.all_figures(*b, d, line);
    j.all_figures(*b, all_max(), line + " (largest defaults)");
    stays_below_2_43(*b, line);
  }
  CHECK(j.wrong == 0);
  CHECK(j.compared > 100);
}

TEST_CASE("every field at its type's largest value: over the limit where the truth is") {
  judge j;
  for (auto k : every_kind)
    for (auto q : every_quantity)
      for (auto side : every_side) {
        const set_scheme s = type_max_scheme(k, q, side);
        for (const auto& d : {default_figures, all_max(), all_zero()}) {
          j.all_figures(s, d, "largest " + std::to_string(static_cast<int>(k)) + "/" + std::to_string(static_cast<int>(q)) +
                                  "/" + std::to_string(static_cast<int>(side)));
          block b;
          b.content = block_content::scheme;
          b.scheme = s;
          j.all_figures(b, d, "block of a largest scheme");
        }
      }
  // The worst case is over the limit, and says so rather than wrap.
  const auto worst = figures_of(type_max_scheme(scheme_kind::straight, quantity_kind::reps, rep_count::per_leg), all_max());
  CHECK(worst.time_under_tension.state() == figure_state::over_the_limit);
  CHECK(worst.duration.state() == figure_state::over_the_limit);
  CHECK(worst.total_reps.state() == figure_state::unknown);  // drops leave the reps unknown
  const auto no_drops = figures_of(type_max_scheme(scheme_kind::straight, quantity_kind::reps, rep_count::per_leg).plus_drops(0));
  CHECK(no_drops.total_reps == figure::exactly(std::uint64_t{u16_max} * u16_max * 2));
  CHECK(no_drops.volume_load == figure::exactly(std::uint64_t{u16_max} * u16_max * 2 * u16_max));

  // Groupings of 8 such entries, and blocks of the longest length.
  for (auto kind : {grouping_kind::superset, grouping_kind::giant_set, grouping_kind::circuit}) {
    grouping g;
    g.kind = kind;
    g.size = 8;
    for (auto& e : g.entries) e = {"squat", type_max_scheme(scheme_kind::rest_pause, quantity_kind::reps, rep_count::both)};
    g.between_exercises = rest::of(minutes(u16_max));
    g.between_rounds = rest::of(minutes(u16_max));
    for (const auto& d : {default_figures, all_max()}) j.all_figures(g, d, "largest grouping");
    g.size = 0xFF;  // one past the capacity and beyond: only the held entries count
    j.all_figures(g, default_figures, "grouping marked too large");
  }
  block longest;
  longest.min_length = u16_max;
  longest.max_length = u16_max;
  j.all_figures(longest, default_figures, "longest block");
  CHECK(figures_of(longest).duration == figure::exactly(std::uint64_t{u16_max} * 60));
  CHECK(j.wrong == 0);
}

TEST_CASE("values from the extremes of every field match the 128-bit truth") {
  sinew_test::rng r{0x5EED'F16E'0001ULL};
  judge j;
  for (int i = 0; i != 20000; ++i) {
    const auto d = extreme_defaults(r);
    j.all_figures(extreme_scheme(r), d, "extreme scheme " + std::to_string(i));
    if (i % 4 == 0) j.all_figures(extreme_grouping(r), d, "extreme grouping " + std::to_string(i));
    if (i % 4 == 1) j.all_figures(extreme_block(r), d, "extreme block " + std::to_string(i));
  }
  CHECK(j.wrong == 0);
  CHECK(j.compared > 100000);
}

TEST_CASE("the round-trip generator's values: figures equal the 128-bit truth") {
  sinew_test::rng r{0xF16'0000'0007ULL};
  judge j;
  for (int i = 0; i != 20000; ++i) {
    const block b = sinew_test::any_block(r);
    j.all_figures(b, default_figures, "generated block " + std::to_string(i));
  }
  CHECK(j.wrong == 0);
}

TEST_CASE("nonsense inputs give unknown, not a number") {
  // An inverted rep range (it breaks a rule, but figures_of takes any value).
  const auto inverted = figures_of(straight_sets(3, quantity::reps(12, 8)));
  CHECK(inverted.total_reps.state() == figure_state::unknown);
  CHECK(inverted.time_under_tension.state() == figure_state::unknown);
  // No pace for distance work: the time is unknown (not a division by zero).
  figure_defaults still = default_figures;
  still.centimetres_per_second = 0;
  CHECK(figures_of(straight_sets(3, quantity::of(metres(50))), still).time_under_tension.state() == figure_state::unknown);
  // Zero sets: no rest between sets (the count of gaps does not wrap below zero).
  CHECK(figures_of(straight_sets(0, 10)).duration == figure::exactly(0));
  CHECK(figures_of(pyramid({15, 12})).duration == figure::exactly(27 * 3 + 90));
  // A tempo longer than its four digits reads only those four.
  set_scheme long_tempo = straight_sets(1, 1);
  long_tempo.tempo = {tempo::mode::digits, 200, {1, 1, 1, 1}};
  CHECK(figures_of(long_tempo).time_under_tension == figure::exactly(4));
  // An inverted block length.
  block b;
  b.min_length = 15;
  b.max_length = 10;
  CHECK(figures_of(b).duration.state() == figure_state::unknown);
}

TEST_CASE("plain straight sets read with another side equal figures_of of the scheme with that side") {
  // The program analysis reads a unilateral exercise's "3x10" as "3x10 per leg"
  // through plain_straight_figures, without copying the scheme: the same figures
  // as the checked steps give (a 0 s pause sends figures_of down those).
  const std::uint16_t counts[] = {0, 1, 7, 65535};
  for (const std::uint16_t n : counts)
    for (const std::uint16_t reps : counts)
      for (const rep_count written : {rep_count::both, rep_count::per_leg, rep_count::per_side, rep_count::steps})
        for (const rep_count side : {rep_count::both, rep_count::per_leg, rep_count::per_side}) {
          set_scheme s = straight_sets(n, quantity::reps(1, reps));
          s.per_set.side = written;
          s.hold.seconds = reps;
          s.stretch_and_squeeze = n;
          s.rest_after = rest::of(duration{n, time_unit::minute});
          s.load = load::kilograms(reps % 6000U);
          set_scheme with_side = s;
          with_side.per_set.side = side;
          with_side.pause.every = 65535;  // a pause of 0 s: the same figures, by the checked steps
          with_side.pause.seconds = 0;
          CHECK(detail::plain_straight(s, default_figures) == (reps >= 1 && written != rep_count::steps));
          if (detail::plain_straight(s, default_figures))
            CHECK(detail::plain_straight_figures(s, side, default_figures) == figures_of(with_side));
        }
}
