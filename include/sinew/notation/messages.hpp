// What the notation parser says when text does not read as a scheme: one
// sentence per expectation, each naming what would have been valid at the
// error position. Like the scheme rules (schemes/rules.hpp), each sentence is
// both the run-time message and, for a compile-time literal, the text the
// compiler quotes.
#pragma once

#include <cstdint>
#include <sinew/text_view.hpp>

#include <sinew/detail/compile_error.hpp>

namespace sinew {

enum class expectation : std::uint8_t {
  scheme,
  number,
  number_too_large,
  one_decimal,
  quantity,
  modifier,
  load_or_tempo,
  tempo,
  load_unit,
  seconds,
  duration,
  every,
  list,
  mini_sets,
  drops,
  rep_max,
  pyramid,
  colon,
  entry,
  rest_clause,
  duplicate_modifier,
  block_content,
  closing_quote,
  interval,
  end,
};

/// Each expectation's name and sentence, stated as the rules are
/// (detail/compile_error.hpp).
constexpr rule_statement statement_of(expectation e, bool stop = false) noexcept {
  switch (e) {
    SINEW_RULE(expectation, scheme, "sinew: expected a set scheme (3x15, 4x8-12, pyramid 15,12,10, AMAP, 30s hold, ...)");
    SINEW_RULE(expectation, number, "sinew: expected a number");
    SINEW_RULE(expectation, number_too_large, "sinew: expected a number of at most 4 digits");
    SINEW_RULE(expectation, one_decimal, "sinew: expected at most one decimal (62.5kg, RPE8.5)");
    SINEW_RULE(expectation, quantity, "sinew: expected reps (15, 8-12), AMAP, fail, a distance (50yd) or a time (30s) after the sets");
    SINEW_RULE(expectation, modifier, "sinew: expected a modifier (@load, @tempo, no tempo, hold, pause, stretch and squeeze, rest) or the end");
    SINEW_RULE(expectation, load_or_tempo, "sinew: expected a tempo (301, 30X1) or a load (80%, RPE8, RIR2, 100kg, 225lb, bw, band, heavier) after '@'");
    SINEW_RULE(expectation, tempo, "sinew: expected a tempo of 3 or 4 digits or X (301, 30X1)");
    SINEW_RULE(expectation, load_unit, "sinew: expected a load unit (kg, lb or %)");
    SINEW_RULE(expectation, seconds, "sinew: expected seconds (2s)");
    SINEW_RULE(expectation, duration, "sinew: expected a time (90s, 2min)");
    SINEW_RULE(expectation, every, "sinew: expected 'every' and a rep number (pause 5s every 5th)");
    SINEW_RULE(expectation, list, "sinew: expected reps per set separated by commas or slashes (15,12,10,8)");
    SINEW_RULE(expectation, mini_sets, "sinew: expected mini-set reps separated by '+' (8+3+3)");
    SINEW_RULE(expectation, drops, "sinew: expected drops after '+' (+ 2 drops, + double drop-set)");
    SINEW_RULE(expectation, rep_max, "sinew: expected a rep max (strip from 5RM)");
    SINEW_RULE(expectation, pyramid, "sinew: expected 'pyramid'");
    SINEW_RULE(expectation, colon, "sinew: expected ':' after the grouping's kind (tri-set: A ...; B ...; C ...)");
    SINEW_RULE(expectation, entry, "sinew: expected an exercise name followed by its sets (A squat 3x10)");
    SINEW_RULE(expectation, rest_clause, "sinew: expected a rest clause (rest 90s, rest 15s between exercises)");
    SINEW_RULE(expectation, duplicate_modifier, "sinew: expected each modifier at most once");
    SINEW_RULE(expectation, block_content, "sinew: expected ':' and a scheme or grouping after the block");
    SINEW_RULE(expectation, closing_quote, "sinew: expected a closing '\"' after a quoted exercise name (A \"warm-up\" ramp 10,8,5)");
    SINEW_RULE(expectation, interval, "sinew: expected an interval, its total and the work of each (EMOM 10min: 5, E2MOM 20min: 3, every 90s for 15min: 5)");
    SINEW_RULE(expectation, end, "sinew: expected the end of the text");
  }
  return {"", "sinew: unknown expectation"};
}

/// The sentence for an expectation; with `stop`, as statement_of.
constexpr text_view expectation_text(expectation e, bool stop = false) noexcept { return statement_of(e, stop).message; }

}  // namespace sinew
