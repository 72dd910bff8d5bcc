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
  }
  return {"unknown", "sinew: unknown rule"};
}
// clang-format on

}  // namespace sinew
