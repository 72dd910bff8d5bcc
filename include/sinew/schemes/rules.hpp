// The rules a set scheme, a grouping or a block must keep, each with the one
// sentence that names it. The same sentence is the run-time error message
// (sinew::error::message) and, in constant evaluation, the text the compiler
// quotes when the rule is broken. The rules come from the articles' set schemes
// and programming (Balanced Leg Muscles; King of Workouts; Padron;
// sinew/sources.hpp) and from what the notation needs to stay readable. They are
// stated as every layer states its rules (detail/compile_error.hpp).
#pragma once

#include <cstdint>
#include <sinew/text_view.hpp>

#include <sinew/detail/compile_error.hpp>

namespace sinew {

/// Every rule a scheme value can break. `none` means the value is valid.
enum class rule : std::uint8_t {
  none,
  zero_sets,
  too_many_sets,
  zero_reps,
  rep_range_inverted,
  zero_length,
  steps_need_reps,
  load_not_positive,
  percent_out_of_range,
  rpe_out_of_range,
  rir_out_of_range,
  tempo_length,
  tempo_digit,
  tempo_explosive_out_of_place,
  hold_zero,
  pause_every_zero,
  pause_every_beyond_reps,
  list_too_short,
  list_too_long,
  pyramid_not_down,
  reverse_pyramid_not_up,
  double_pyramid_shape,
  ramp_reps_rise,
  mini_sets_too_few,
  drops_only_on_straight_sets,
  drops_too_many,
  drop_load_rises,
  drop_percent_too_large,
  strip_needs_rep_max,
  superset_size,
  compound_set_size,
  tri_set_size,
  giant_set_size,
  circuit_size,
  grouping_too_large,
  rest_inside_grouping,
  exercise_name_empty,
  exercise_name_malformed,
  exercise_name_joins_scheme,
  compound_set_no_shared_muscle,
  block_range_inverted,
  load_too_large,
  exercise_name_too_long,
  block_length_zero,
  drop_percent_zero,
  stretch_and_squeeze_zero,
  load_tenth_digit,
  set_loads_count,
  set_loads_unit,
  last_set_amap_needs_reps,
  listed_side_kind,
  drop_loads_count,
  drop_loads_unit,
  drop_loads_rise,
  drop_loads_not_below_load,
  drop_loads_and_percent,
  interval_lengths,
  interval_work_too_long,
  interval_rest,
  number_too_large,  ///< stays last: loops over every rule end here
};

/// Each rule's name and sentence, written once (detail/compile_error.hpp): with
/// `stop` set during constant evaluation, the call does not return, and the
/// compiler reports the rule's own line, which holds the sentence.
constexpr rule_statement statement_of(rule r, bool stop = false) noexcept {
  switch (r) {
    case rule::none: return {"none", "sinew: no rule broken"};
    SINEW_RULE(rule, zero_sets, "sinew: a scheme has at least one set");
    SINEW_RULE(rule, too_many_sets, "sinew: a scheme has at most 99 sets");
    SINEW_RULE(rule, zero_reps, "sinew: a set has at least one rep");
    SINEW_RULE(rule, rep_range_inverted, "sinew: a rep range's minimum must not exceed its maximum");
    SINEW_RULE(rule, zero_length, "sinew: a timed or distance set lasts longer than zero");
    SINEW_RULE(rule, steps_need_reps, "sinew: only a rep count can be counted in steps");
    SINEW_RULE(rule, load_not_positive, "sinew: a load in kg or lb is above zero");
    SINEW_RULE(rule, percent_out_of_range, "sinew: a percentage of 1RM runs from 1% to 100%");
    SINEW_RULE(rule, rpe_out_of_range, "sinew: RPE runs from 1 to 10");
    SINEW_RULE(rule, rir_out_of_range, "sinew: reps in reserve run from 0 to 10");
    SINEW_RULE(rule, tempo_length, "sinew: a tempo has 3 or 4 digits (eccentric, pause, concentric, pause)");
    SINEW_RULE(rule, tempo_digit, "sinew: a tempo digit is 0 to 9 seconds or X");
    SINEW_RULE(rule, tempo_explosive_out_of_place, "sinew: X (explosive) belongs only in the concentric digit of a tempo");
    SINEW_RULE(rule, hold_zero, "sinew: a hold or pause lasts at least one second");
    SINEW_RULE(rule, pause_every_zero, "sinew: a pause comes every n-th rep with n of at least 1");
    SINEW_RULE(rule, pause_every_beyond_reps, "sinew: a pause every n-th rep needs at least n reps in the set");
    SINEW_RULE(rule, list_too_short, "sinew: a pyramid or ramp lists at least two sets (a double pyramid three)");
    SINEW_RULE(rule, list_too_long, "sinew: a scheme lists at most 16 sets");
    SINEW_RULE(rule, pyramid_not_down, "sinew: a pyramid's reps go down from set to set");
    SINEW_RULE(rule, reverse_pyramid_not_up, "sinew: a reverse pyramid's reps go up from set to set");
    SINEW_RULE(rule, double_pyramid_shape, "sinew: a double pyramid's reps go down to one lowest set and back up");
    SINEW_RULE(rule, ramp_reps_rise, "sinew: a warm-up ramp's reps never go up");
    SINEW_RULE(rule, mini_sets_too_few, "sinew: a rest-pause or cluster set has 2 to 16 mini-sets");
    SINEW_RULE(rule, drops_only_on_straight_sets, "sinew: drops follow straight sets (4x8 + 2 drops)");
    SINEW_RULE(rule, drops_too_many, "sinew: a drop set has 1 to 8 drops");
    SINEW_RULE(rule, drop_load_rises, "sinew: a drop set's load falls with every drop");
    SINEW_RULE(rule, drop_percent_too_large, "sinew: a drop takes off less than 100% of the load");
    SINEW_RULE(rule, strip_needs_rep_max, "sinew: strip sets start from a rep max of at least 1 rep (strip from 5RM)");
    SINEW_RULE(rule, superset_size, "sinew: a superset pairs exactly two exercises");
    SINEW_RULE(rule, compound_set_size, "sinew: a compound set pairs exactly two exercises");
    SINEW_RULE(rule, tri_set_size, "sinew: a tri-set has exactly three exercises");
    SINEW_RULE(rule, giant_set_size, "sinew: a giant set has at least four exercises");
    SINEW_RULE(rule, circuit_size, "sinew: a circuit has at least two exercises");
    SINEW_RULE(rule, grouping_too_large, "sinew: a grouping holds at most 8 exercises");
    SINEW_RULE(rule, rest_inside_grouping, "sinew: only a circuit rests between its exercises");
    SINEW_RULE(rule, exercise_name_empty, "sinew: every exercise in a grouping has a name");
    SINEW_RULE(rule, exercise_name_malformed, "sinew: an exercise name has at most 64 bytes, no ';', '@', '\"', line break, outer space or coach label (1A.)");
    SINEW_RULE(rule, exercise_name_joins_scheme, "sinew: an exercise name does not end in words its scheme would read as its own (such as a set count: 18x)");
    SINEW_RULE(rule, compound_set_no_shared_muscle, "sinew: the exercises of a compound set share a target muscle");
    SINEW_RULE(rule, block_range_inverted, "sinew: a block's duration range must not have its minimum above its maximum");
    SINEW_RULE(rule, load_too_large, "sinew: a load in kg or lb is at most 6553.5");
    SINEW_RULE(rule, exercise_name_too_long, "sinew: an exercise name has at most 64 bytes");
    SINEW_RULE(rule, block_length_zero, "sinew: a block's stated length is at least 1 (warm-up 10-15min)");
    SINEW_RULE(rule, drop_percent_zero, "sinew: a drop's stated percentage is at least 1% (+ 2 drops -20%); leave it out when not known");
    SINEW_RULE(rule, stretch_and_squeeze_zero, "sinew: a stretch and squeeze lasts at least one second");
    SINEW_RULE(rule, load_tenth_digit, "sinew: the tenths of a load or RPE are one digit, 0 to 9");
    SINEW_RULE(rule, set_loads_count, "sinew: loads listed set by set give one load for each of two or more sets (pyramid 15,12,10,8 @60,70,80,90kg); one set takes the scheme's one load");
    SINEW_RULE(rule, set_loads_unit, "sinew: loads listed set by set are in kg, lb, % of 1RM or RPE, and replace the one load of the scheme");
    SINEW_RULE(rule, last_set_amap_needs_reps, "sinew: only a scheme of rep counts ends in a set of as many reps as possible (3x5+)");
    SINEW_RULE(rule, listed_side_kind, "sinew: only listed sets count per leg or per side as a whole (pyramid 12,10,8/leg); steps are counted per set (3x20 steps)");
    SINEW_RULE(rule, drop_loads_count, "sinew: drops given as loads list one load for each drop (+ drops 60,45,30kg)");
    SINEW_RULE(rule, drop_loads_unit, "sinew: drops given as loads are in kg or lb, each above zero and at most 6553.5");
    SINEW_RULE(rule, drop_loads_rise, "sinew: drops given as loads go down from drop to drop (+ drops 60,45,30kg)");
    SINEW_RULE(rule, drop_loads_not_below_load, "sinew: the first drop's load is below the working load (4x8 @80kg + drops 60,45,30kg)");
    SINEW_RULE(rule, drop_loads_and_percent, "sinew: drops are given as loads or as a percentage, not both");
    SINEW_RULE(rule, interval_lengths, "sinew: an interval lasts at least 1 second and its total is a whole number of intervals, 1 to 99 (every 2min for 20min: 5)");
    SINEW_RULE(rule, interval_work_too_long, "sinew: a timed set done on an interval is shorter than the interval (EMOM 10min: 40s hold)");
    SINEW_RULE(rule, interval_rest, "sinew: an interval's rest is what is left of each interval; it states no rest of its own");
    SINEW_RULE(rule, number_too_large, "sinew: a count, time or distance in a scheme is at most 9999");
  }
  return {"", "sinew: unknown rule"};
}

/// The sentence for a rule; with `stop`, as statement_of.
constexpr text_view rule_text(rule r, bool stop = false) noexcept { return statement_of(r, stop).message; }

/// A broken rule and, for listed sets, the index of the offending set (or
/// entry of a grouping); `index` is no_index when the whole value is at fault.
struct rule_check {
  static constexpr std::uint8_t no_index = 0xFF;
  sinew::rule rule = sinew::rule::none;
  std::uint8_t index = no_index;
  [[nodiscard]] constexpr bool ok() const noexcept { return rule == sinew::rule::none; }
  friend constexpr bool operator==(const rule_check&, const rule_check&) noexcept = default;
};

}  // namespace sinew
