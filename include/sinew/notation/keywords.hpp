// The notation's vocabulary: every keyword the parser (parse.hpp) can match, in
// one table, each with the part of the grammar it belongs to (docs/notation.md)
// and the value it stands for. The parser matches words only through this
// table, so what it knows and what the table lists cannot differ; everything
// derived from the vocabulary (which letters can begin a scheme, the fuzzing
// dictionary tests/fuzz/notation.dict, the round-trip enumeration of the tests)
// is computed from it, never written by hand. Punctuation is listed separately.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/detail/ascii.hpp>
#include <sinew/schemes/kinds.hpp>
#include <sinew/span.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// The part of the grammar a keyword belongs to; the parser tries a group's
/// keywords in table order.
enum class keyword_group : std::uint8_t {
  scheme_name,    ///< begins a scheme body (pyramid, strip, rest-pause, ...); value: scheme_kind
  quantity_word,  ///< begins a quantity (AMAP, fail); value: quantity_kind
  set_word,       ///< between a set count and its quantity (sets of, to technical)
  quantity_tail,  ///< after a quantity's number (reps, steps, non-stop, between 12 and 15)
  time_unit,      ///< value: time_unit
  count_unit,     ///< "a 5 count": seconds only
  distance_unit,  ///< value: distance_unit
  side,           ///< per leg, each side; value: rep_count
  side_after_slash,  ///< "/leg", "/side"; value: rep_count
  strip_word,     ///< strip from 5RM
  modifier,       ///< begins a modifier (tempo, hold, pause, rest, ...)
  position,       ///< top, bottom; value: hold_position
  pause_word,     ///< pause 5s every 5th (its word "every" also begins an interval: listed as a scheme_name)
  ordinal,        ///< the suffix of 5th
  load_word,      ///< after '@' (RPE, bw, band, ...); value: load_kind
  load_unit,      ///< after a load's number; value: load_kind
  drop_count,     ///< single, double, triple drop-set; value: the count
  drop_word,      ///< drop, drops, drop-set, each set
  grouping_kind,  ///< superset, tri-set, ...; value: grouping_kind
  grouping_rest,  ///< rest 15s between exercises / between rounds
  block_role,     ///< warm-up, priming, ...; value: block_role
};

/// One keyword. In `pattern`, '-' matches '-', a run of blanks or nothing
/// ("rest-pause", "rest  pause", "restpause"); ' ' matches one or more blanks.
struct notation_keyword {
  text_view pattern;
  keyword_group group;
  std::uint8_t value = 0;
};

namespace detail {

/// The keywords by name, in the order of `notation_keywords`.
enum class kw : std::uint8_t {
  pyramid, reverse, double_, ramp, warm_up_ramp, strip, rest_pause, cluster,
  amap, failure, fail,
  sets, set, of, to_technical,
  steps, reps, rep, non_stop, between, and_, to,
  minutes, minute, mins, min, seconds, second, secs, sec, s,
  count,
  yards, yard, yds, yd, metres, metre, meters, meter, m,
  per_leg, each_leg, per_side, each_side,
  leg, side,
  from, rm, rep_max,
  tempo, no_tempo, hold, pause, stretch_and_squeeze, stretch_squeeze, rest,
  at_the_top, top, at_the_bottom, bottom,
  every, st, nd, rd, th,
  rpe, rir, bodyweight, bw, band, heavier,
  kg, kgs, lbs, lb, of_1rm, one_rm,
  single, triple,
  drop_sets, drop_set, drops, drop, each_set,
  super_sets, super_set, compound_sets, compound_set, tri_sets, tri_set, giant_sets, giant_set, circuits, circuit,
  between_exercises, between_rounds,
  warm_up, priming, primer, working, main, finishing, finisher, cool_down,
  amrap, as_many_as_possible, max_reps,
  emom, for_, mom,
  count_of_keywords
};

// Values are the enumerators' numbers of the schemes layer. A scheme kind's
// are its enumerator, from the kind's row (schemes/kinds.hpp, whose first
// written word must be one of these: parse.hpp checks it); the others (quantity_kind,
// time_unit, ...) are written as numbers so that this header needs none of
// their headers, and parse.hpp checks each against its enumerator.
namespace keyword_data {
using g = keyword_group;
constexpr std::uint8_t k(scheme_kind kind) noexcept { return static_cast<std::uint8_t>(kind); }
inline constexpr notation_keyword keyword_table[] = {
    {"pyramid", g::scheme_name, k(scheme_kind::pyramid)}, {"reverse", g::scheme_name, k(scheme_kind::reverse_pyramid)},
    {"double", g::scheme_name, k(scheme_kind::double_pyramid)}, {"ramp", g::scheme_name, k(scheme_kind::warm_up_ramp)},
    {"warm-up ramp", g::scheme_name, k(scheme_kind::warm_up_ramp)}, {"strip", g::scheme_name, k(scheme_kind::strip)},
    {"rest-pause", g::scheme_name, k(scheme_kind::rest_pause)}, {"cluster", g::scheme_name, k(scheme_kind::cluster)},
    {"amap", g::quantity_word, 1}, {"failure", g::quantity_word, 2}, {"fail", g::quantity_word, 2},
    {"sets", g::set_word}, {"set", g::set_word}, {"of", g::set_word}, {"to technical", g::set_word},
    {"steps", g::quantity_tail}, {"reps", g::quantity_tail}, {"rep", g::quantity_tail}, {"non-stop", g::quantity_tail},
    {"between", g::quantity_tail}, {"and", g::quantity_tail}, {"to", g::quantity_tail},
    {"minutes", g::time_unit, 1}, {"minute", g::time_unit, 1}, {"mins", g::time_unit, 1}, {"min", g::time_unit, 1},
    {"seconds", g::time_unit, 0}, {"second", g::time_unit, 0}, {"secs", g::time_unit, 0}, {"sec", g::time_unit, 0},
    {"s", g::time_unit, 0},
    {"count", g::count_unit},
    {"yards", g::distance_unit, 1}, {"yard", g::distance_unit, 1}, {"yds", g::distance_unit, 1}, {"yd", g::distance_unit, 1},
    {"metres", g::distance_unit, 0}, {"metre", g::distance_unit, 0}, {"meters", g::distance_unit, 0},
    {"meter", g::distance_unit, 0}, {"m", g::distance_unit, 0},
    {"per leg", g::side, 1}, {"each leg", g::side, 1}, {"per side", g::side, 2}, {"each side", g::side, 2},
    {"leg", g::side_after_slash, 1}, {"side", g::side_after_slash, 2},
    {"from", g::strip_word}, {"rm", g::strip_word}, {"rep max", g::strip_word},
    {"tempo", g::modifier}, {"no tempo", g::modifier}, {"hold", g::modifier}, {"pause", g::modifier},
    {"stretch and squeeze", g::modifier}, {"stretch-squeeze", g::modifier}, {"rest", g::modifier},
    {"at the top", g::position, 0}, {"top", g::position, 0}, {"at the bottom", g::position, 1}, {"bottom", g::position, 1},
    {"every", g::scheme_name, k(scheme_kind::interval)}, {"st", g::ordinal}, {"nd", g::ordinal}, {"rd", g::ordinal}, {"th", g::ordinal},
    {"rpe", g::load_word, 4}, {"rir", g::load_word, 5}, {"bodyweight", g::load_word, 6}, {"bw", g::load_word, 6},
    {"band", g::load_word, 8}, {"heavier", g::load_word, 7},
    {"kg", g::load_unit, 1}, {"kgs", g::load_unit, 1}, {"lbs", g::load_unit, 2}, {"lb", g::load_unit, 2},
    {"of 1rm", g::load_unit, 3}, {"1rm", g::load_unit, 3},
    {"single", g::drop_count, 1}, {"triple", g::drop_count, 3},
    {"drop-sets", g::drop_word}, {"drop-set", g::drop_word}, {"drops", g::drop_word}, {"drop", g::drop_word},
    {"each set", g::drop_word},
    {"super-sets", g::grouping_kind, 0}, {"super-set", g::grouping_kind, 0},
    {"compound-sets", g::grouping_kind, 1}, {"compound-set", g::grouping_kind, 1},
    {"tri-sets", g::grouping_kind, 2}, {"tri-set", g::grouping_kind, 2},
    {"giant-sets", g::grouping_kind, 3}, {"giant-set", g::grouping_kind, 3},
    {"circuits", g::grouping_kind, 4}, {"circuit", g::grouping_kind, 4},
    {"between exercises", g::grouping_rest, 0}, {"between rounds", g::grouping_rest, 1},
    {"warm-up", g::block_role, 1}, {"priming", g::block_role, 2}, {"primer", g::block_role, 2},
    {"working", g::block_role, 3}, {"main", g::block_role, 3}, {"finishing", g::block_role, 4},
    {"finisher", g::block_role, 4}, {"cool-down", g::block_role, 5},
    {"amrap", g::quantity_word, 1}, {"as many as possible", g::quantity_word, 1}, {"max reps", g::quantity_word, 1},
    {"emom", g::scheme_name, k(scheme_kind::interval)},
    {"for", g::set_word}, {"mom", g::set_word},
};
}  // namespace keyword_data
using keyword_data::keyword_table;
static_assert(sizeof(keyword_table) / sizeof(keyword_table[0]) == static_cast<std::size_t>(kw::count_of_keywords),
              "sinew: one table entry per keyword");

/// A set of ASCII characters.
struct char_set {
  std::uint64_t bits[2]{};
  constexpr void add(char c) noexcept {
    const auto u = static_cast<unsigned char>(c);
    if (u < 128) bits[u / 64] |= std::uint64_t{1} << (u % 64);
  }
  [[nodiscard]] constexpr bool has(char c) const noexcept {
    const auto u = static_cast<unsigned char>(c);
    return u < 128 && (bits[u / 64] >> (u % 64) & 1U) != 0;
  }
};

/// The letters the keywords of a group begin with.
constexpr char_set first_letters(keyword_group group) noexcept {
  char_set set;
  for (const auto& k : keyword_table)
    if (k.group == group) set.add(ascii::lower(k.pattern[0]));
  return set;
}

/// What can begin a scheme: a digit, or the first letter of a word that begins
/// a scheme body or a quantity. An exercise name in a grouping ends only where
/// a scheme can begin, and no tail of a name may begin one that absorbs the
/// name's scheme; both rules use this set, so they agree for every keyword.
inline constexpr char_set scheme_starts = [] {
  char_set set = first_letters(keyword_group::scheme_name);
  const char_set q = first_letters(keyword_group::quantity_word);
  set.bits[0] |= q.bits[0];
  set.bits[1] |= q.bits[1];
  for (char c = '0'; c <= '9'; ++c) set.add(c);
  return set;
}();

}  // namespace detail

/// Every keyword the notation knows, in the order the parser tries them.
[[nodiscard]] constexpr span<const notation_keyword> notation_keywords() noexcept { return detail::keyword_table; }

namespace detail {
inline constexpr text_view symbol_table[] = {
    "x", "X", "\xC3\x97", "-", "\xE2\x80\x93", ",", "/", "+", "@", "%", ".", ":", ";", ")", "\n", "\t", "\"",
};
}  // namespace detail

/// Every punctuation mark and symbol of the grammar, as UTF-8 text: the set
/// count's "x" and "×", the range dash and en dash, the list and mini-set
/// separators, '@' of loads and tempos, '+' of drops, '%', the decimal point,
/// the grouping's ':' and ';', the labels' '.' and ')', the blanks that end
/// a grouping's entry or separate words, and the '"' around a quoted name.
[[nodiscard]] constexpr span<const text_view> notation_symbols() noexcept { return detail::symbol_table; }

}  // namespace sinew
