// Reading set schemes as coaches write them: "3x15 @301", "4x8-12",
// "3x10-12/leg", "pyramid 15, 12, 10, 8, 4", "4x8 + double drop-set",
// "tri-set: A ...; B ...; C ...". The grammar is in docs/notation.md. The parser
// is a hand-written recursive descent over a string_view: no allocation, no
// exceptions, every read bounds-checked, constexpr throughout. Keywords are
// ASCII case-insensitive; 'x' and the UTF-8 '×' both separate sets from reps.
// Errors carry the byte position and say what was expected there; a value that
// reads but breaks a rule (schemes/rules.hpp) reports that rule's sentence, and
// a number over its field's limit reports the rule that states the limit. Every
// word is matched through the keyword table (keywords.hpp).
#pragma once

// The parser is split by job, each file under notation/detail/: the lexer
// (lexer.hpp), the scheme grammar (scheme_grammar.hpp), where an error points
// (error_placement.hpp) and the grouping and line grammar (grouping_grammar.hpp).
// This header is the one users include.
#include <cstddef>
#include <cstdint>
#include <sinew/text_view.hpp>

#include <sinew/notation/detail/grouping_grammar.hpp>
#include <sinew/notation/keywords.hpp>
#include <sinew/result.hpp>
#include <sinew/schemes/grouping.hpp>
#include <sinew/schemes/set_scheme.hpp>

namespace sinew {
namespace detail {

// The keyword table's values are the schemes layer's enumerators.
static_assert(keyword_table[static_cast<std::size_t>(kw::cluster)].value == static_cast<std::uint8_t>(scheme_kind::cluster));
static_assert(keyword_table[static_cast<std::size_t>(kw::strip)].value == static_cast<std::uint8_t>(scheme_kind::strip));
static_assert(keyword_table[static_cast<std::size_t>(kw::double_)].value == static_cast<std::uint8_t>(scheme_kind::double_pyramid));
static_assert(keyword_table[static_cast<std::size_t>(kw::warm_up_ramp)].value == static_cast<std::uint8_t>(scheme_kind::warm_up_ramp));
static_assert(keyword_table[static_cast<std::size_t>(kw::fail)].value == static_cast<std::uint8_t>(quantity_kind::to_failure));
static_assert(keyword_table[static_cast<std::size_t>(kw::amap)].value == static_cast<std::uint8_t>(quantity_kind::amap));
static_assert(keyword_table[static_cast<std::size_t>(kw::min)].value == static_cast<std::uint8_t>(time_unit::minute));
static_assert(keyword_table[static_cast<std::size_t>(kw::s)].value == static_cast<std::uint8_t>(time_unit::second));
static_assert(keyword_table[static_cast<std::size_t>(kw::yd)].value == static_cast<std::uint8_t>(distance_unit::yard));
static_assert(keyword_table[static_cast<std::size_t>(kw::m)].value == static_cast<std::uint8_t>(distance_unit::metre));
static_assert(keyword_table[static_cast<std::size_t>(kw::each_leg)].value == static_cast<std::uint8_t>(rep_count::per_leg));
static_assert(keyword_table[static_cast<std::size_t>(kw::side)].value == static_cast<std::uint8_t>(rep_count::per_side));
static_assert(keyword_table[static_cast<std::size_t>(kw::bottom)].value == static_cast<std::uint8_t>(hold_position::bottom));
static_assert(keyword_table[static_cast<std::size_t>(kw::top)].value == static_cast<std::uint8_t>(hold_position::top));
static_assert(keyword_table[static_cast<std::size_t>(kw::rpe)].value == static_cast<std::uint8_t>(load_kind::rpe));
static_assert(keyword_table[static_cast<std::size_t>(kw::rir)].value == static_cast<std::uint8_t>(load_kind::rir));
static_assert(keyword_table[static_cast<std::size_t>(kw::bw)].value == static_cast<std::uint8_t>(load_kind::bodyweight));
static_assert(keyword_table[static_cast<std::size_t>(kw::band)].value == static_cast<std::uint8_t>(load_kind::band));
static_assert(keyword_table[static_cast<std::size_t>(kw::heavier)].value == static_cast<std::uint8_t>(load_kind::heavier));
static_assert(keyword_table[static_cast<std::size_t>(kw::kg)].value == static_cast<std::uint8_t>(load_kind::kg));
static_assert(keyword_table[static_cast<std::size_t>(kw::lb)].value == static_cast<std::uint8_t>(load_kind::lb));
static_assert(keyword_table[static_cast<std::size_t>(kw::one_rm)].value == static_cast<std::uint8_t>(load_kind::percent_1rm));
static_assert(keyword_table[static_cast<std::size_t>(kw::circuit)].value == static_cast<std::uint8_t>(grouping_kind::circuit));
static_assert(keyword_table[static_cast<std::size_t>(kw::giant_set)].value == static_cast<std::uint8_t>(grouping_kind::giant_set));
static_assert(keyword_table[static_cast<std::size_t>(kw::cool_down)].value == static_cast<std::uint8_t>(block_role::cool_down));
static_assert(keyword_table[static_cast<std::size_t>(kw::warm_up)].value == static_cast<std::uint8_t>(block_role::warm_up));

}  // namespace detail

/// Reads one set scheme ("3x15 @301", "pyramid 15,12,10,8,4", "4x8 + 2 drops").
[[nodiscard]] constexpr result<set_scheme> parse_scheme(text_view text) noexcept {
  detail::parser p(text, 0, text.size());
  set_scheme s{};
  if (!p.scheme(s)) return p.err_;
  return s;
}

/// Reads a grouping ("tri-set: A squat 3x10; B lunge 3x12/leg; C calf raise 3x15").
/// The exercise names view `text`, which must outlive the result.
[[nodiscard]] constexpr result<grouping> parse_grouping(text_view text) noexcept {
  detail::parser p(text, 0, text.size());
  grouping g{};
  if (!p.grouping_body(g)) return p.err_;
  return g;
}

/// Reads any line: a scheme, a grouping, a rest or a block ("warm-up 10-15min",
/// "priming tri-set: ..."). Names in groupings view `text`.
[[nodiscard]] constexpr result<block> parse(text_view text) noexcept {
  detail::parser p(text, 0, text.size());
  block b{};
  if (!p.line(b)) return p.err_;
  return b;
}

}  // namespace sinew
