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
static_assert(keyword_table[static_cast<std::size_t>(kw::fail)].value == static_cast<std::uint8_t>(quantity_kind::to_failure));
static_assert(keyword_table[static_cast<std::size_t>(kw::amap)].value == static_cast<std::uint8_t>(quantity_kind::amap));
static_assert(keyword_table[static_cast<std::size_t>(kw::amrap)].value == static_cast<std::uint8_t>(quantity_kind::amap));
static_assert(keyword_table[static_cast<std::size_t>(kw::as_many_as_possible)].value == static_cast<std::uint8_t>(quantity_kind::amap));
static_assert(keyword_table[static_cast<std::size_t>(kw::max_reps)].value == static_cast<std::uint8_t>(quantity_kind::amap));
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


/// Each scheme kind with words (schemes/kinds.hpp) is read through its first
/// written word, a scheme-name keyword that stands for that kind: a kind added
/// without its keyword does not compile.
constexpr bool every_scheme_kind_has_its_keyword() noexcept {
  for (const scheme_kind_row& row : scheme_kinds()) {
    if (row.layout == scheme_layout::counted) continue;
    const std::size_t blank = row.written.find(' ');
    const text_view first = row.written.substr(0, blank);
    bool found = false;
    for (const notation_keyword& k : keyword_table)
      if (k.group == keyword_group::scheme_name && k.pattern == first && k.value == static_cast<std::uint8_t>(row.kind)) found = true;
    if (!found) return false;
  }
  return true;
}
static_assert(every_scheme_kind_has_its_keyword(),
              "sinew: every scheme kind's first written word is a scheme-name keyword standing for it (notation/keywords.hpp)");

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
