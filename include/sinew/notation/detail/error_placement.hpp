// Where a parse error points. The scheme grammar marks where each part of a
// scheme began (its listed sets, load, tempo, hold, pause, drops); a scheme that
// reads but breaks a rule (schemes/rules.hpp) is checked whole, and the error
// goes to the part of the text that broke the rule rather than to the scheme's
// start, so a caret under it shows the coach the set or modifier to change.
#pragma once

#include <cstddef>

#include <sinew/detail/array.hpp>
#include <sinew/schemes/rules.hpp>
#include <sinew/schemes/set_scheme.hpp>

namespace sinew::detail {

/// Where a listed element, the tempo, etc. started: to point errors at them.
struct scheme_marks {
  std::size_t start = 0;
  std::size_t load = 0, tempo = 0, hold = 0, pause = 0, drops = 0, quantity = 0;
  detail::array<std::size_t, max_listed_sets> listed{};
};

/// Points a broken rule at the part of the text that broke it.
constexpr std::size_t scheme_error_position(const rule_check& c, const set_scheme& s, const scheme_marks& m) noexcept {
  switch (c.rule) {
    case rule::pyramid_not_down:
    case rule::reverse_pyramid_not_up:
    case rule::double_pyramid_shape:
    case rule::ramp_reps_rise:
    case rule::list_too_long:
      return c.index < s.listed_count && c.index < max_listed_sets ? m.listed[c.index] : m.start;
    case rule::zero_reps:
      if (c.index != rule_check::no_index && c.index < max_listed_sets) return m.listed[c.index];
      return m.quantity;
    case rule::rep_range_inverted:
    case rule::zero_length:
    case rule::steps_need_reps:
    case rule::strip_needs_rep_max:
    case rule::interval_work_too_long:
      return m.quantity;
    case rule::load_not_positive:
    case rule::percent_out_of_range:
    case rule::rpe_out_of_range:
    case rule::rir_out_of_range:
      return m.load;
    case rule::tempo_length: return m.tempo;
    case rule::tempo_digit:
    case rule::tempo_explosive_out_of_place:
      return m.tempo + (c.index == rule_check::no_index ? 0U : c.index);
    case rule::hold_zero: return s.hold.seconds == 0 && s.hold.position != hold_position::top ? m.hold : m.pause;
    case rule::pause_every_zero:
    case rule::pause_every_beyond_reps:
      return m.pause;
    case rule::drops_only_on_straight_sets:
    case rule::drops_too_many:
    case rule::drop_load_rises:
    case rule::drop_percent_too_large:
    case rule::drop_loads_count:
    case rule::drop_loads_unit:
    case rule::drop_loads_rise:
    case rule::drop_loads_not_below_load:
    case rule::drop_loads_and_percent:
      return m.drops;
    case rule::set_loads_count:
    case rule::set_loads_unit:
      return m.load;
    default: return m.start;
  }
}

}  // namespace sinew::detail
