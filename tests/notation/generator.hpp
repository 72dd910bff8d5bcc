// A deterministic, constexpr generator of valid schemes, groupings and blocks
// for the round-trip property (parse(format(x)) == x). splitmix64: the same
// seed gives the same values on every compiler, in a static_assert or a loop.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include <sinew/schemes.hpp>

namespace sinew_test {

struct rng {
  std::uint64_t state;
  constexpr std::uint64_t next() noexcept {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [lo, hi].
  constexpr std::uint32_t in(std::uint32_t lo, std::uint32_t hi) noexcept {
    return lo + static_cast<std::uint32_t>(next() % (std::uint64_t{hi} - lo + 1U));
  }
  constexpr std::uint16_t u16(std::uint32_t lo, std::uint32_t hi) noexcept { return static_cast<std::uint16_t>(in(lo, hi)); }
  constexpr bool chance(std::uint32_t percent) noexcept { return in(1, 100) <= percent; }
};

constexpr sinew::rep_count any_side(rng& r, bool steps_allowed) noexcept {
  switch (r.in(0, steps_allowed ? 5U : 4U)) {
    case 3: return sinew::rep_count::per_leg;
    case 4: return sinew::rep_count::per_side;
    case 5: return sinew::rep_count::steps;
    default: return sinew::rep_count::both;
  }
}

constexpr sinew::quantity any_quantity(rng& r) noexcept {
  using sinew::quantity;
  switch (r.in(0, 9)) {
    case 0: return quantity::amap().with_side(any_side(r, false));
    case 1: {
      if (r.chance(30)) return quantity::to_failure().with_side(any_side(r, false));
      const auto lo = r.u16(1, 30);
      return quantity::to_failure(lo, static_cast<std::uint16_t>(lo + r.in(0, 10))).with_side(any_side(r, false));
    }
    case 2: return quantity::non_stop(r.u16(1, 300)).with_side(any_side(r, false));
    case 3: return quantity::of(sinew::distance{r.u16(1, 9999), r.chance(50) ? sinew::distance_unit::yard : sinew::distance_unit::metre})
        .with_side(any_side(r, false));
    case 4: return quantity::of(sinew::duration{r.u16(1, 9999), r.chance(70) ? sinew::time_unit::second : sinew::time_unit::minute})
        .with_side(any_side(r, false));
    default: {
      const auto lo = r.u16(1, r.chance(90) ? 30 : 9999);
      const auto hi = r.chance(50) ? lo : static_cast<std::uint16_t>(lo + r.in(0, r.chance(90) ? (lo > 9989 ? 9999U - lo : 10U) : 9999U - lo));
      return quantity::reps(lo, hi).with_side(any_side(r, true));
    }
  }
}

constexpr sinew::load any_load(rng& r) noexcept {
  using sinew::load;
  using sinew::load_kind;
  switch (r.in(0, 10)) {
    case 0: return {load_kind::kg, r.u16(1, 65535)};
    case 1: return {load_kind::lb, r.u16(1, 65535)};
    case 2: return {load_kind::percent_1rm, r.u16(10, 1000)};
    case 3: return {load_kind::rpe, r.u16(10, 100)};
    case 4: return {load_kind::rir, r.u16(0, 100)};
    case 5: return load::bodyweight();
    case 6: return load::heavier_than_last_set();
    case 7: return load::band();
    case 8: return r.chance(50) ? load{load_kind::bodyweight_plus_kg, r.u16(1, 65535)} : load{load_kind::bodyweight_plus_lb, r.u16(1, 65535)};
    default: return {};
  }
}

constexpr sinew::tempo any_tempo(rng& r) noexcept {
  using sinew::tempo;
  switch (r.in(0, 4)) {
    case 0: return tempo::no_tempo();
    case 1:
    case 2: {
      tempo t{tempo::mode::digits, static_cast<std::uint8_t>(r.chance(50) ? 3 : 4), {}};
      for (std::uint8_t i = 0; i != t.length; ++i)
        t.phase[i] = static_cast<std::uint8_t>(i == 2 && r.chance(20) ? tempo::explosive : r.in(0, 9));
      return t;
    }
    default: return {};
  }
}

constexpr sinew::rest any_rest(rng& r, std::uint32_t stated_percent) noexcept {
  if (!r.chance(stated_percent)) return {};
  return sinew::rest::of({r.u16(0, r.chance(80) ? 300 : 9999), r.chance(75) ? sinew::time_unit::second : sinew::time_unit::minute});
}

constexpr sinew::set_scheme any_scheme(rng& r) noexcept {
  using namespace sinew;
  set_scheme s{};
  const auto list = [&](std::uint8_t n) { s.listed_count = n; };
  switch (r.in(0, 14)) {
    case 0: {  // pyramid: strictly down
      const auto n = static_cast<std::uint8_t>(r.in(2, 16));
      std::uint32_t v = r.in(1, 5);
      for (auto i = n; i-- > 0;) { s.listed[i] = static_cast<std::uint16_t>(v); v += r.in(1, 6); }
      s.kind = scheme_kind::pyramid; list(n);
      break;
    }
    case 1: {  // reverse pyramid: strictly up
      const auto n = static_cast<std::uint8_t>(r.in(2, 16));
      std::uint32_t v = r.in(1, 5);
      for (std::uint8_t i = 0; i != n; ++i) { s.listed[i] = static_cast<std::uint16_t>(v); v += r.in(1, 6); }
      s.kind = scheme_kind::reverse_pyramid; list(n);
      break;
    }
    case 2: {  // double pyramid: down to one lowest, back up
      const auto down = r.in(1, 8), up = r.in(1, 15 - down);
      const auto n = static_cast<std::uint8_t>(down + up + 1);
      const auto low = down;
      std::uint32_t v = r.in(1, 5);
      s.listed[low] = static_cast<std::uint16_t>(v);
      for (auto i = low; i-- > 0;) { v += r.in(1, 6); s.listed[i] = static_cast<std::uint16_t>(v); }
      v = s.listed[low];
      for (auto i = low + 1; i < n; ++i) { v += r.in(1, 6); s.listed[i] = static_cast<std::uint16_t>(v); }
      s.kind = scheme_kind::double_pyramid; list(n);
      break;
    }
    case 3: {  // ramp: never up
      const auto n = static_cast<std::uint8_t>(r.in(2, 16));
      std::uint32_t v = r.in(1, 5);
      for (auto i = n; i-- > 0;) { s.listed[i] = static_cast<std::uint16_t>(v); v += r.in(0, 4); }
      s.kind = scheme_kind::warm_up_ramp; list(n);
      break;
    }
    case 4: s = strip_sets(r.u16(1, 30)); break;
    case 5:
    case 6: {
      const auto n = static_cast<std::uint8_t>(r.in(2, 16));
      for (std::uint8_t i = 0; i != n; ++i) s.listed[i] = r.u16(1, 20);
      s.kind = r.chance(50) ? scheme_kind::rest_pause : scheme_kind::cluster;
      list(n);
      s.between_mini_sets = any_rest(r, 60);
      break;
    }
    case 7: {  // intervals: a whole number of them, each's work shorter than it when timed
      const sinew::duration each = r.chance(50) ? sinew::duration{r.u16(1, 5), time_unit::minute}
                                                 : sinew::duration{r.u16(10, 300), time_unit::second};
      const std::uint32_t n = r.in(1, r.chance(90) ? 30 : 99);
      const std::uint32_t total = each.in_seconds() * n;
      const sinew::duration length = total % 60 == 0 && total / 60 <= 9999 && r.chance(70)
                                         ? sinew::duration{static_cast<std::uint16_t>(total / 60), time_unit::minute}
                                         : sinew::duration{static_cast<std::uint16_t>(total <= 9999 ? total : each.in_seconds()),
                                                           time_unit::second};
      quantity q = any_quantity(r);
      if (q.kind == quantity_kind::time) q = quantity::of(sinew::duration{r.u16(1, each.in_seconds() - 1U), time_unit::second}).with_side(q.side);
      s = sinew::every(each, length, q);
      break;
    }
    default:
      s.per_set = any_quantity(r);
      if (r.chance(25)) { s.drops = static_cast<std::uint8_t>(r.in(1, 8)); s.drop_percent = static_cast<std::int8_t>(-static_cast<int>(r.in(0, 99))); }
      break;
  }
  if (is_listed(s.kind)) s.sets = s.listed_count;
  else if (s.kind != scheme_kind::strip && s.kind != scheme_kind::interval) s.sets = r.u16(1, r.chance(90) ? 6 : 99);
  if (r.chance(50)) s.load = any_load(r);
  const bool listed_sets = is_listed(s.kind);
  if (listed_sets && r.chance(20)) s.listed_side = r.chance(70) ? rep_count::per_leg : rep_count::per_side;
  if ((listed_sets || (s.kind == scheme_kind::straight && s.per_set.kind == quantity_kind::reps)) && r.chance(15))
    s.last_set_amap = true;
  if ((listed_sets || s.kind == scheme_kind::straight) && s.sets >= 2 && s.sets <= max_listed_sets && r.chance(15)) {
    // a load per set
    constexpr load_kind kinds[] = {load_kind::kg, load_kind::lb, load_kind::percent_1rm, load_kind::rpe};
    const load_kind k = kinds[r.in(0, 3)];
    s.load = load{k, 0};
    s.set_load_count = static_cast<std::uint8_t>(s.sets);
    for (std::uint8_t i = 0; i != s.set_load_count; ++i)
      s.set_loads[i] = k == load_kind::percent_1rm ? r.u16(10, 1000) : k == load_kind::rpe ? r.u16(10, 100) : r.u16(1, 65535);
  }
  if (s.drops != 0 && r.chance(40)) {
    // drops given as loads, descending, below the working load in the same unit
    const load_kind unit = r.chance(50) ? load_kind::kg : load_kind::lb;
    std::uint32_t top = r.chance(50) ? 65535U : r.in(1, 3000);
    if (s.load.kind == unit && s.set_load_count == 0) top = s.load.tenths - 1U;
    for (std::uint8_t i = 0; i != s.set_load_count; ++i)
      if (s.load.kind == unit && s.set_loads[i] - 1U < top) top = s.set_loads[i] - 1U;
    if (top >= s.drops) {
      s.drop_percent = 0;
      s.drop_load_unit = unit;
      std::uint32_t v = top;
      for (std::uint8_t i = 0; i != s.drops; ++i) {
        v = r.in(s.drops - i, v);  // room left for the drops after this one
        s.drop_loads[i] = static_cast<std::uint16_t>(v);
        --v;
      }
    }
  }
  s.tempo = any_tempo(r);
  if (r.chance(25)) s.hold = {r.u16(1, 30), r.chance(70) ? hold_position::top : hold_position::bottom};
  if (r.chance(20)) {
    const bool reps_bound = s.kind == scheme_kind::straight && s.per_set.kind == quantity_kind::reps;
    s.pause = {r.u16(1, 10), r.u16(1, reps_bound ? s.per_set.max : 10U), r.chance(70) ? hold_position::bottom : hold_position::top};
  }
  if (r.chance(15)) s.stretch_and_squeeze = r.u16(1, 5);
  if (s.kind != scheme_kind::interval) s.rest_after = any_rest(r, 40);
  return s;
}

inline constexpr std::array<std::string_view, 10> exercise_names{
    "back squat",        "toes-out dumbbell RDL",     "lateral single-leg cable glute raise", "lying hamstring curl",
    "leg press",         "standing calf raise machine", "tip toe walk",                        "bodyweight deep squat",
    "Bulgarian split squat", "45 degree leg press"};

constexpr sinew::grouping any_grouping(rng& r) noexcept {
  using namespace sinew;
  grouping g{};
  g.kind = static_cast<grouping_kind>(r.in(0, 4));
  switch (g.kind) {
    case grouping_kind::superset:
    case grouping_kind::compound_set: g.size = 2; break;
    case grouping_kind::tri_set: g.size = 3; break;
    case grouping_kind::giant_set: g.size = static_cast<std::uint8_t>(r.in(4, 8)); break;
    case grouping_kind::circuit: g.size = static_cast<std::uint8_t>(r.in(2, 8)); break;
  }
  for (std::uint8_t i = 0; i != g.size; ++i)
    g.entries[i] = grouping_entry{exercise_names[r.in(0, exercise_names.size() - 1)], any_scheme(r)};
  if (g.kind == grouping_kind::circuit) g.between_exercises = any_rest(r, 50);
  g.between_rounds = any_rest(r, 50);
  return g;
}

constexpr sinew::block any_block(rng& r) noexcept {
  using namespace sinew;
  block b{};
  b.role = static_cast<block_role>(r.in(0, 5));
  if (b.role != block_role::none && r.chance(50)) {
    b.min_length = r.u16(1, 90);
    b.max_length = r.chance(50) ? b.min_length : static_cast<std::uint16_t>(b.min_length + r.in(0, 30));
    b.length_unit = r.chance(80) ? time_unit::minute : time_unit::second;
  }
  switch (r.in(0, 9)) {
    case 0: if (b.role != block_role::none) break; [[fallthrough]];
    case 1: b.content = block_content::rest; b.rest_period = rest::of({r.u16(0, 600), time_unit::second}); break;
    case 2:
    case 3: b.content = block_content::grouping; b.group = any_grouping(r); break;
    default: b.content = block_content::scheme; b.scheme = any_scheme(r); break;
  }
  return b;
}

}  // namespace sinew_test
