// The rules of the programs layer, each stated once (sinew/detail/compile_error.hpp):
// the ones a line needs anatomy for (a compound set's exercises share a target
// muscle) and the ones a whole program keeps (its limits, its days, the
// exercises it names). Schemes and groupings keep their own rules
// (schemes/rules.hpp), and a scheme that does not fit its exercise breaks a
// fit_rule (programs/scheme_fit.hpp).
#pragma once

#include <cstdint>

#include <sinew/detail/compile_error.hpp>

namespace sinew {

enum class program_rule : std::uint8_t {
  none,
  compound_set_name_ambiguous,  ///< a compound set's exercise name fits two exercises equally
  compound_set_name_unknown,    ///< a compound set names an exercise sinew does not know
  too_many_weeks,               ///< more weeks than the program's limits hold
  too_many_sessions,
  too_many_blocks,
  too_many_entries,
  too_many_groupings,
  week_number_zero,             ///< weeks count from 1
  weeks_out_of_order,           ///< week numbers rise through the program
  day_outside_week,             ///< a session's day is 1 (Monday) to 7 (Sunday)
  days_out_of_order,            ///< a week's sessions go forward through the week
  session_empty,                ///< a session holds at least one exercise
  block_empty,                  ///< a block holds at least one exercise
  exercise_not_in_catalog,      ///< an entry's exercise id is beyond the catalog
  grouping_split,               ///< a grouping's entries follow each other in one block
  too_many_progressions,
  progression_twice,            ///< one progression per exercise
  program_too_long,             ///< at most 520 weeks (10 years)
  week_outside_program,         ///< week_of: a week from 1 to the program's length
  // what a program file cannot state: check() refuses it, so every valid program round-trips
  text_unwritable,              ///< a name or title holds '#' or a line break, or starts or ends with a blank
  block_role_none,              ///< a block has a role
  block_unit_without_length,    ///< a block with no length keeps the default unit (minutes)
  label_malformed,              ///< a label is 1..255 with an optional letter A..Z
  grouping_labels,              ///< a grouping's entries are labelled NA., NB., ... in order, or not at all
  label_joins_run,              ///< an entry alone is not labelled as the next letter of the entry before it
  week_number_too_large,        ///< weeks are numbered up to 9999
  progression_unused_parameters,///< a progression holds only its own kind's parameters
  progression_unwritable,       ///< a wave or deload holds nothing beyond its counted weeks and sets
  exercise_id_unwritable,       ///< an exercise the program names has an id a program file can write
};

// clang-format off
constexpr rule_statement statement_of(program_rule r, bool stop = false) noexcept {
  switch (r) {
    case program_rule::none: return {"none", "sinew: no rule broken"};
    SINEW_RULE(program_rule, compound_set_name_ambiguous, "sinew: a compound set names each exercise so that it fits one exercise only, to compare their target muscles");
    SINEW_RULE(program_rule, compound_set_name_unknown, "sinew: a compound set names exercises sinew knows, to compare their target muscles");
    SINEW_RULE(program_rule, too_many_weeks, "sinew: a program holds at most the weeks its limits allow (program_limits::weeks)");
    SINEW_RULE(program_rule, too_many_sessions, "sinew: a program holds at most the sessions its limits allow (program_limits::sessions)");
    SINEW_RULE(program_rule, too_many_blocks, "sinew: a program holds at most the blocks its limits allow (program_limits::blocks)");
    SINEW_RULE(program_rule, too_many_entries, "sinew: a program holds at most the exercise entries its limits allow (program_limits::entries)");
    SINEW_RULE(program_rule, too_many_groupings, "sinew: a program holds at most the groupings its limits allow (program_limits::groupings)");
    SINEW_RULE(program_rule, week_number_zero, "sinew: weeks are numbered from 1");
    SINEW_RULE(program_rule, weeks_out_of_order, "sinew: week numbers rise through a program (week 1, week 2, ...)");
    SINEW_RULE(program_rule, day_outside_week, "sinew: a session's day is 1 to 7 (Monday to Sunday)");
    SINEW_RULE(program_rule, days_out_of_order, "sinew: the sessions of a week go forward through the week (day 1 before day 3)");
    SINEW_RULE(program_rule, session_empty, "sinew: a session holds at least one exercise");
    SINEW_RULE(program_rule, block_empty, "sinew: a block holds at least one exercise");
    SINEW_RULE(program_rule, exercise_not_in_catalog, "sinew: every exercise of a program is in the catalog it is read with");
    SINEW_RULE(program_rule, grouping_split, "sinew: the exercises of a grouping follow each other in one block");
    SINEW_RULE(program_rule, too_many_progressions, "sinew: a program holds at most the progressions its limits allow (program_limits::progressions)");
    SINEW_RULE(program_rule, progression_twice, "sinew: an exercise progresses by one rule: state its progression once");
    SINEW_RULE(program_rule, program_too_long, "sinew: a program runs for at most 520 weeks");
    SINEW_RULE(program_rule, week_outside_program, "sinew: a program's weeks run from 1 to its length");
    SINEW_RULE(program_rule, text_unwritable, "sinew: a program's name and a session's title hold no '#' or line break and neither start nor end with a blank");
    SINEW_RULE(program_rule, block_role_none, "sinew: a block has a role (warm-up, priming, working, finishing, cool-down)");
    SINEW_RULE(program_rule, block_unit_without_length, "sinew: a block with no length keeps the unit minutes: a unit alone states nothing");
    SINEW_RULE(program_rule, label_malformed, "sinew: a coach's label is a number from 1 to 255 and an optional capital letter A to Z (a letter needs a number)");
    SINEW_RULE(program_rule, grouping_labels, "sinew: a grouping's exercises are labelled with one number and the letters A, B, C, ... in order (2A., 2B.), or not at all");
    SINEW_RULE(program_rule, label_joins_run, "sinew: an exercise alone is not labelled with the next letter after the exercise before it (2A. then 2B. form a grouping)");
    SINEW_RULE(program_rule, week_number_too_large, "sinew: weeks are numbered up to 9999");
    SINEW_RULE(program_rule, progression_unused_parameters, "sinew: a progression holds only the parameters of its kind (a linear one no wave, ...)");
    SINEW_RULE(program_rule, progression_unwritable, "sinew: a progression's wave has 1 to 6 weeks of 1 to 16 sets of 0.1% to 100% and 1 to 9999 reps, nothing stored past them, and its deload lists at most 8 weeks, nothing stored past them");
    SINEW_RULE(program_rule, exercise_id_unwritable, "sinew: an exercise a program names has an id a program file can write: 1 to 64 bytes, with no ';', '@', '\"', '#', line break, blank at either end or coach label (1A.)");
  }
  return {"unknown", "sinew: unknown rule"};
}
// clang-format on

}  // namespace sinew
