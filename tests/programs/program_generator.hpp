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
            const program_entry e = any_fitting_entry(r);
            specs[m] = {e.exercise, e.scheme, labelled ? coach_label{label, static_cast<char>('A' + m)} : coach_label{}};
          }
          const rest rounds = any_rest(r, 50);
          const rest between = kind == grouping_kind::circuit ? any_rest(r, 50) : rest{};
          b.group(kind, span<const entry_spec>{specs, n}, rounds, between);
        }
      }
    }
  }
  return b.peek();
}

}  // namespace sinew_test
