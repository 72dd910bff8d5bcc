// A deterministic generator of valid programs for the text round trip
// (parse_program(format(p)) == p): weeks, days, blocks of every role with and
// without lengths, entries alone and in groupings of every kind, labels as a
// program file writes them (none, "3.", or "2A." "2B." on a grouping), titles,
// rests. Schemes come from the notation's generator and are kept only where
// they fit their exercise, so every program passes check().
#pragma once

#include <cstdint>
#include <string_view>

#include <sinew/programs.hpp>

#include "../notation/generator.hpp"

namespace sinew_test {

inline constexpr std::string_view program_titles[] = {"", "Lower A", "Glutes & hamstrings", "Quads: heavy", "day off? no"};

/// A built-in exercise and a scheme that fits it.
constexpr sinew::program_entry any_fitting_entry(rng& r) noexcept {
  using namespace sinew;
  const auto catalog = builtin_catalog();
  for (;;) {
    const exercise_id e{static_cast<std::uint16_t>(r.in(0, static_cast<std::uint32_t>(catalog.size() - 1)))};
    for (int tries = 0; tries != 12; ++tries) {
      const set_scheme s = any_scheme(r);
      if (is_valid(s) && check_fit(catalog[e.index], s).ok()) return {e, s, no_grouping, {}};
    }
  }
}

/// A load step of either unit.
constexpr sinew::load_step any_step(rng& r) noexcept {
  using namespace sinew;
  return {r.u16(0, r.chance(50) ? 100 : 65535),
          r.chance(30) ? load_step::unit_kind::percent_of_load : load_step::unit_kind::tenths};
}

/// A progression every parameter of which a program file states: each kind with
/// random parameters (5/3/1's weeks or any wave), and a deload schedule or none.
constexpr sinew::progression any_progression(rng& r) noexcept {
  using namespace sinew;
  const auto per = [&] { return r.chance(50) ? progression_period::session : progression_period::week; };
  progression p{};
  switch (r.in(0, 3)) {
    case 0: break;
    case 1:
      p = linear_load(any_step(r), per(), r.chance(50) ? std::uint8_t{0} : static_cast<std::uint8_t>(r.in(1, 255)),
                      r.chance(50) ? std::uint16_t{900} : r.u16(0, 65535));
      break;
    case 2: p = double_progression_of(r.u16(1, r.chance(50) ? 3 : 65535), any_step(r), per()); break;
    default: {
      const std::uint32_t pick = r.in(0, 2);
      const load_kind kind = pick == 0 ? load_kind::kg : pick == 1 ? load_kind::lb : load_kind::percent_1rm;
      const load tm{kind, r.u16(1, kind == load_kind::percent_1rm ? 1000 : 65535)};
      const load step = r.chance(30) ? load{} : load{kind, r.u16(1, 500)};
      percentage_wave w = five_three_one(tm, step);
      if (r.chance(50)) {
        w = {};
        w.training_max = tm;
        w.step_per_cycle = step;
        w.count = static_cast<std::uint8_t>(r.in(1, max_wave_weeks));
        for (std::size_t i = 0; i != w.count; ++i) {
          auto& wk = w.weeks[i];
          wk.count = static_cast<std::uint8_t>(r.in(1, max_listed_sets));
          for (std::size_t j = 0; j != wk.count; ++j) wk.sets[j] = {r.u16(1, 1000), r.u16(1, 9999)};
          wk.last_set_amap = r.chance(50);
        }
      }
      p = wave_of(w);
    }
  }
  if (r.chance(50)) {
    deload_schedule d{};
    if (r.chance(50)) d.every = static_cast<std::uint8_t>(r.in(2, 255));
    if (r.chance(40)) {
      d.listed = static_cast<std::uint8_t>(r.in(1, max_deload_weeks));
      for (std::size_t i = 0; i != d.listed; ++i) d.weeks[i] = r.u16(1, 9999);
    }
    if (r.chance(60)) d.sets_percent = r.u16(10, 1000);
    if (r.chance(60)) d.load_percent = r.u16(10, 1000);
    p = p.with(d);
  }
  return p;
}

template <sinew::program_limits L = sinew::program_limits{}>
constexpr sinew::basic_program<L> any_program(rng& r, std::uint32_t most_weeks = 3) noexcept {
  using namespace sinew;
  basic_program_builder<L> b{r.chance(50) ? text_view{"Generated"} : text_view{}};
  const std::uint32_t weeks = r.in(1, most_weeks);
  std::uint16_t week = 0;
  std::uint8_t label = 0;
  for (std::uint32_t w = 0; w != weeks; ++w) {
    week = static_cast<std::uint16_t>(week + r.in(1, 2));
    b.week(week);
    std::uint8_t day = 0;
    const std::uint32_t sessions = r.in(1, 3);
    for (std::uint32_t s = 0; s != sessions && day < 7; ++s) {
      day = static_cast<std::uint8_t>(day + r.in(day == 0 ? 1U : 0U, 2U));
      if (day > 7) day = 7;
      const auto title = program_titles[r.in(0, 4)];
      b.day(day, text_view{title.data(), title.size()});
      const std::uint32_t blocks = r.in(1, 3);
      for (std::uint32_t k = 0; k != blocks; ++k) {
        const auto role = static_cast<block_role>(r.in(1, 5));
        std::uint16_t lo = 0, hi = 0;
        time_unit unit = time_unit::minute;  // a block with no length has the default unit (none is written)
        if (r.chance(40)) {
          lo = r.u16(1, 90);
          hi = r.chance(50) ? lo : static_cast<std::uint16_t>(lo + r.in(0, 30));
          if (r.chance(20)) unit = time_unit::second;
        }
        b.block(role, lo, hi, unit);
        const std::uint32_t items = r.in(1, 3);
        for (std::uint32_t i = 0; i != items; ++i) {
          if (r.chance(70)) {
            const program_entry e = any_fitting_entry(r);
            coach_label l{};
            if (r.chance(50)) l = {++label, 0};
            b.add(e.exercise, e.scheme, l);
            continue;
          }
          entry_spec specs[max_grouping_entries]{};
          const auto kind = static_cast<grouping_kind>(r.in(0, 4));
          std::size_t n = 2;
          if (kind == grouping_kind::tri_set) n = 3;
          if (kind == grouping_kind::giant_set) n = r.in(4, 6);
          if (kind == grouping_kind::circuit) n = r.in(2, 5);
          const bool labelled = r.chance(50);
          if (labelled) ++label;
          for (std::size_t m = 0; m != n; ++m) {
            program_entry e = any_fitting_entry(r);
            // a compound set's second exercise shares a target muscle with its first
            // (a first with no prime mover, a stretch, is drawn again)
            for (int tries = 0; kind == grouping_kind::compound_set && m == 1 &&
                                !target_muscles(e.exercise).intersects(target_muscles(specs[0].exercise));
                 ++tries) {
              if (tries % 64 == 63) {
                const program_entry first = any_fitting_entry(r);
                specs[0].exercise = first.exercise;
                specs[0].scheme = first.scheme;
              }
              e = any_fitting_entry(r);
            }
            specs[m] = {e.exercise, e.scheme, labelled ? coach_label{label, static_cast<char>('A' + m)} : coach_label{}};
          }
          const rest rounds = any_rest(r, 50);
          const rest between = kind == grouping_kind::circuit ? any_rest(r, 50) : rest{};
          b.group(kind, span<const entry_spec>{specs, n}, rounds, between);
        }
      }
    }
  }
  // a length and progressions, for some of the exercises written
  if (r.chance(40)) b.runs_for(r.u16(1, 520));
  const auto written = b.peek().entries();
  const std::uint32_t progressions = r.chance(50) ? 0U : r.in(1, 4);
  for (std::uint32_t i = 0; i != progressions && !written.empty(); ++i) {
    const exercise_id e = written[r.in(0, static_cast<std::uint32_t>(written.size() - 1))].exercise;
    if (b.peek().progression_of(e) == nullptr) b.progress(e, any_progression(r));
  }
  return b.peek();
}

}  // namespace sinew_test
