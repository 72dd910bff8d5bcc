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

#include <sinew/detail/array.hpp>
#include <cstddef>
#include <cstdint>
#include <sinew/text_view.hpp>

#include <sinew/notation/format_scheme.hpp>
#include <sinew/notation/keywords.hpp>
#include <sinew/notation/messages.hpp>
#include <sinew/result.hpp>
#include <sinew/schemes/grouping.hpp>
#include <sinew/schemes/set_scheme.hpp>

namespace sinew {
namespace detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) noexcept { return is_digit(c) || is_alpha(c); }
constexpr char lower(char c) noexcept { return ascii_lower(c); }
constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

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

/// Where a listed element, the tempo, etc. started: to point errors at them.
struct scheme_marks {
  std::size_t start = 0;
  std::size_t load = 0, tempo = 0, hold = 0, pause = 0, drops = 0, quantity = 0;
  detail::array<std::size_t, max_listed_sets> listed{};
};

/// The largest value each numeric field of the notation holds, and the rule
/// that states it (the limits of docs/notation.md).
struct field_limit {
  std::uint32_t most;
  sinew::rule over;
};
inline constexpr field_limit count_limit{9999, rule::number_too_large};  ///< reps, seconds, distances, ...
inline constexpr field_limit sets_limit{max_sets, rule::too_many_sets};
inline constexpr field_limit drops_limit{max_drops, rule::drops_too_many};
inline constexpr field_limit drop_percent_limit{99, rule::drop_percent_too_large};
inline constexpr field_limit absolute_load_limit{65535, rule::load_too_large};  ///< in tenths: 6553.5
inline constexpr field_limit percent_limit{1000, rule::percent_out_of_range};   ///< in tenths: 100%
inline constexpr field_limit rpe_limit{100, rule::rpe_out_of_range};            ///< in tenths: 10
inline constexpr field_limit rir_limit{100, rule::rir_out_of_range};            ///< in tenths: 10

class parser {
 public:
  constexpr parser(text_view text, std::size_t begin, std::size_t end) noexcept
      : text_(text), pos_(begin), end_(end < text.size() ? end : text.size()) {}

  text_view text_;
  std::size_t pos_;
  std::size_t end_;
  error err_{};
  bool failed_ = false;

  // ---- low-level reading ---------------------------------------------------
  [[nodiscard]] constexpr bool at_end() const noexcept { return pos_ >= end_; }
  [[nodiscard]] constexpr char peek(std::size_t k = 0) const noexcept {
    return pos_ + k < end_ ? text_[pos_ + k] : '\0';
  }
  constexpr void skip_blanks() noexcept {
    while (pos_ < end_ && is_blank(text_[pos_])) ++pos_;
  }
  constexpr bool fail(expectation e, std::size_t at) noexcept {
    if (!failed_) err_ = error{expectation_text(e), at};
    failed_ = true;
    return false;
  }
  constexpr bool fail(rule r, std::size_t at) noexcept {
    if (!failed_) err_ = error{rule_text(r), at};
    failed_ = true;
    return false;
  }
  [[nodiscard]] constexpr bool boundary_at(std::size_t p) const noexcept {
    return p >= end_ || !is_alnum(text_[p]);
  }

  /// Matches a keyword pattern at the cursor, case-insensitively, and moves past
  /// it (see notation_keyword for '-' and ' '). The match must end at a word boundary.
  constexpr bool pattern(text_view pat) noexcept {
    std::size_t p = pos_;
    for (std::size_t i = 0; i != pat.size(); ++i) {
      const char c = pat[i];
      if (c == '-') {
        if (p < end_ && (text_[p] == '-' || text_[p] == ' ')) ++p;
      } else if (c == ' ') {
        if (p >= end_ || !is_blank(text_[p])) return false;
        while (p < end_ && is_blank(text_[p])) ++p;
      } else {
        if (p >= end_ || lower(text_[p]) != c) return false;
        ++p;
      }
    }
    if (!boundary_at(p)) return false;
    pos_ = p;
    return true;
  }
  static constexpr const notation_keyword& entry_of(kw k) noexcept { return keyword_table[static_cast<std::size_t>(k)]; }
  /// The keyword `k` at the cursor.
  constexpr bool word(kw k) noexcept { return pattern(entry_of(k).pattern); }
  /// The keyword `k` (letters only) at the cursor with no boundary after it: "RPE8".
  constexpr bool prefix(kw k) noexcept {
    const text_view pat = entry_of(k).pattern;
    if (end_ - pos_ < pat.size()) return false;
    for (std::size_t i = 0; i != pat.size(); ++i)
      if (lower(text_[pos_ + i]) != pat[i]) return false;
    pos_ += pat.size();
    return true;
  }
  /// Like `word`, after skipping blanks; restores the cursor when it does not match.
  constexpr bool keyword(kw k) noexcept {
    const std::size_t save = pos_;
    skip_blanks();
    if (word(k)) return true;
    pos_ = save;
    return false;
  }
  /// The first keyword of `group` at the cursor, after blanks when `blanks`;
  /// nullptr (and the cursor unmoved) when none matches.
  constexpr const notation_keyword* match(keyword_group group, bool blanks = true) noexcept {
    const std::size_t save = pos_;
    if (blanks) skip_blanks();
    for (const auto& k : keyword_table)
      if (k.group == group && pattern(k.pattern)) return &k;
    pos_ = save;
    return nullptr;
  }
  constexpr bool symbol(char c) noexcept {
    const std::size_t save = pos_;
    skip_blanks();
    if (peek() == c) {
      ++pos_;
      return true;
    }
    pos_ = save;
    return false;
  }

  /// A number of a field: at most `limit.most`, or the rule that states the
  /// limit, at `at` (the number itself when no_position). Reading stops as soon
  /// as the value passes the limit; a fifth digit is refused even under it
  /// (leading zeros): no field is written with more than four.
  constexpr bool number(std::uint32_t& out, field_limit limit = count_limit, std::size_t at = error::no_position) noexcept {
    if (!is_digit(peek())) return fail(expectation::number, pos_);
    const std::size_t start = pos_;
    if (at == error::no_position) at = start;
    std::uint32_t v = 0;
    while (is_digit(peek())) {
      v = v * 10U + static_cast<std::uint32_t>(peek() - '0');
      ++pos_;
      if (v > limit.most) return fail(limit.over, at);
      if (pos_ - start > 4) return fail(expectation::number_too_large, start);
    }
    out = v;
    return true;
  }
  /// A number with at most one decimal, in tenths ("62.5" -> 625), at most `limit.most` tenths.
  constexpr bool tenths(std::uint32_t& out, field_limit limit, std::size_t at) noexcept {
    std::uint32_t whole = 0;
    if (!number(whole, field_limit{limit.most / 10U, limit.over}, at)) return false;
    std::uint32_t frac = 0;
    if (peek() == '.' && is_digit(peek(1))) {
      frac = static_cast<std::uint32_t>(peek(1) - '0');
      pos_ += 2;
      if (is_digit(peek())) return fail(expectation::one_decimal, pos_);
    }
    out = whole * 10U + frac;
    if (out > limit.most) return fail(limit.over, at);
    return true;
  }
  constexpr bool range_dash() noexcept {
    // '-' or the UTF-8 en dash (E2 80 93) that word processors put in "10–15".
    if (peek() == '-' && is_digit(peek(1))) {
      ++pos_;
      return true;
    }
    if (peek() == '\xE2' && peek(1) == '\x80' && peek(2) == '\x93' && is_digit(peek(3))) {
      pos_ += 3;
      return true;
    }
    return false;
  }
  constexpr bool times_sign() noexcept {
    const std::size_t save = pos_;
    skip_blanks();
    if (peek() == 'x' || peek() == 'X') {
      ++pos_;
      if (!is_alpha(peek())) return true;
      // "3xAMAP", "5xfail": a quantity word glued to the sign
      const std::size_t after = pos_;
      if (match(keyword_group::quantity_word, false) != nullptr) {
        pos_ = after;
        return true;
      }
    } else if (peek() == '\xC3' && peek(1) == '\x97') {  // '×' in UTF-8
      pos_ += 2;
      return true;
    }
    pos_ = save;
    return false;
  }
  static constexpr std::uint16_t u16(std::uint32_t v) noexcept { return static_cast<std::uint16_t>(v); }

  // ---- units ----------------------------------------------------------------
  constexpr bool time_unit_word(time_unit& u) noexcept {
    const auto* k = match(keyword_group::time_unit);
    if (k == nullptr) return false;
    u = static_cast<time_unit>(k->value);
    return true;
  }
  constexpr bool distance_unit_word(distance_unit& u) noexcept {
    const auto* k = match(keyword_group::distance_unit);
    if (k == nullptr) return false;
    u = static_cast<distance_unit>(k->value);
    return true;
  }
  /// "90s", "2 min".
  constexpr bool duration_value(duration& d) noexcept {
    skip_blanks();
    const std::size_t at = pos_;
    std::uint32_t n = 0;
    if (!is_digit(peek())) return fail(expectation::duration, at);
    if (!number(n)) return false;
    time_unit u{};
    if (!time_unit_word(u)) return fail(expectation::duration, pos_);
    d = duration{u16(n), u};
    return true;
  }
  /// "2s", "5 seconds", "a 5 count".
  constexpr bool seconds_value(std::uint16_t& s) noexcept {
    skip_blanks();
    const std::size_t at = pos_;
    std::uint32_t n = 0;
    if (!is_digit(peek())) return fail(expectation::seconds, at);
    if (!number(n)) return false;
    const std::size_t save = pos_;
    const auto* unit = match(keyword_group::time_unit);
    if (unit == nullptr || unit->value != static_cast<std::uint8_t>(time_unit::second)) {
      pos_ = save;
      if (match(keyword_group::count_unit) == nullptr) return fail(expectation::seconds, pos_);
    }
    s = u16(n);
    return true;
  }
  constexpr void side_suffix(quantity& q) noexcept {
    const std::size_t save = pos_;
    skip_blanks();
    if (peek() == '/') {
      ++pos_;
      if (const auto* k = match(keyword_group::side_after_slash, false)) {
        q.side = static_cast<rep_count>(k->value);
        return;
      }
    } else if (const auto* k = match(keyword_group::side, false)) {
      q.side = static_cast<rep_count>(k->value);
      return;
    }
    pos_ = save;
  }

  // ---- quantity -------------------------------------------------------------
  /// After "fail": an optional target "12-15" (or "between 12 and 15").
  constexpr bool failure_target(quantity& q) noexcept {
    q = quantity::to_failure();
    const std::size_t save = pos_;
    (void)keyword(kw::between);
    skip_blanks();
    if (!is_digit(peek())) {
      pos_ = save;
      return true;
    }
    const std::size_t at = pos_;
    std::uint32_t lo = 0, hi = 0;
    if (!number(lo)) return false;
    // zero is the value's "no target": a stated 0 would vanish
    if (lo == 0) return fail(rule::zero_reps, at);
    hi = lo;
    if (range_dash() || keyword(kw::and_) || keyword(kw::to)) {
      skip_blanks();
      if (!number(hi)) return false;
    }
    (void)keyword(kw::reps);
    q.min = u16(lo);
    q.max = u16(hi);
    return true;
  }

  /// A quantity that begins with a number or a keyword.
  constexpr bool quantity_value(quantity& q, bool after_sets) noexcept {
    skip_blanks();
    const std::size_t at = pos_;
    if (const auto* k = match(keyword_group::quantity_word, false)) {
      if (k->value == static_cast<std::uint8_t>(quantity_kind::amap)) q = quantity::amap();
      else if (!failure_target(q)) return false;
      side_suffix(q);
      return true;
    }
    if (!is_digit(peek())) return fail(after_sets ? expectation::quantity : expectation::scheme, at);
    std::uint32_t lo = 0, hi = 0;
    if (!number(lo)) return false;
    hi = lo;
    const bool ranged = range_dash();
    if (ranged && !number(hi)) return false;
    if (!ranged) {
      distance_unit du{};
      time_unit tu{};
      if (distance_unit_word(du)) {
        q = quantity::of(distance{u16(lo), du});
        side_suffix(q);
        return true;
      }
      if (time_unit_word(tu)) {
        q = quantity::of(duration{u16(lo), tu});
        // "30s hold" names the timed hold; "hold 2s" after it is a modifier.
        const std::size_t save = pos_;
        if (keyword(kw::hold)) {
          skip_blanks();
          if (is_digit(peek())) pos_ = save;
        }
        side_suffix(q);
        return true;
      }
      if (keyword(kw::non_stop)) {
        q = quantity::non_stop(u16(lo));
        side_suffix(q);
        return true;
      }
    }
    q = quantity::reps(u16(lo), u16(hi));
    if (keyword(kw::steps)) {
      q.side = rep_count::steps;
      return true;
    }
    (void)(keyword(kw::reps) || keyword(kw::rep));
    if (keyword(kw::non_stop)) {
      if (ranged) return fail(expectation::modifier, pos_);
      q = quantity::non_stop(u16(lo));
    }
    side_suffix(q);
    return true;
  }

  // ---- lists ----------------------------------------------------------------
  constexpr bool rep_list(set_scheme& s, scheme_marks& m, char sep) noexcept {
    std::uint8_t n = 0;
    for (;;) {
      skip_blanks();
      if (!is_digit(peek())) return fail(sep == '+' ? expectation::mini_sets : expectation::list, pos_);
      if (n == max_listed_sets) return fail(sep == '+' ? rule::mini_sets_too_few : rule::list_too_long, pos_);
      m.listed[n] = pos_;
      std::uint32_t v = 0;
      if (!number(v)) return false;
      s.listed[n++] = u16(v);
      const std::size_t save = pos_;
      skip_blanks();
      if (sep == '+' ? peek() == '+' : (peek() == ',' || peek() == '/')) {
        ++pos_;
        continue;
      }
      pos_ = save;
      break;
    }
    s.listed_count = n;
    return true;
  }

  // ---- modifiers ------------------------------------------------------------
  /// The end of a run of tempo characters (digits and X) from `p`, reading at
  /// most one past the longest tempo: a longer run is an error either way.
  [[nodiscard]] constexpr std::size_t tempo_run_end(std::size_t p) const noexcept {
    const std::size_t stop = p + 5;
    while (p < end_ && p < stop && (is_digit(text_[p]) || text_[p] == 'x' || text_[p] == 'X')) ++p;
    return p;
  }
  constexpr bool tempo_digits(tempo& t, std::size_t& at) noexcept {
    skip_blanks();
    at = pos_;
    const std::size_t p = tempo_run_end(pos_);
    if (p == pos_) return fail(expectation::tempo, pos_);
    const std::size_t len = p - pos_;
    if (len > 4) return fail(rule::tempo_length, pos_);
    if (!boundary_at(p)) return fail(expectation::tempo, pos_);
    if (len != 3 && len != 4) return fail(rule::tempo_length, pos_);
    t = tempo{tempo::mode::digits, static_cast<std::uint8_t>(len), {}};
    for (std::size_t i = 0; i != len; ++i) {
      const char c = text_[pos_ + i];
      t.phase[i] = is_digit(c) ? static_cast<std::uint8_t>(c - '0') : tempo::explosive;
    }
    pos_ = p;
    return true;
  }

  constexpr bool at_value(set_scheme& s, scheme_marks& m, unsigned& seen) noexcept {
    // the cursor is just past '@'
    const std::size_t at = pos_;
    skip_blanks();
    auto take_load = [&](load l) {
      if ((seen & 1U) != 0) return fail(expectation::duplicate_modifier, at - 1);
      seen |= 1U;
      m.load = at - 1;
      s.load = l;
      return true;
    };
    const bool rpe = prefix(kw::rpe);
    if (rpe || prefix(kw::rir)) {
      skip_blanks();
      std::uint32_t v = 0;
      if (!tenths(v, rpe ? rpe_limit : rir_limit, at - 1)) return false;
      return take_load(load{rpe ? load_kind::rpe : load_kind::rir, u16(v)});
    }
    if (const auto* k = match(keyword_group::load_word, false)) return take_load(load{static_cast<load_kind>(k->value), 0});
    // A run of digits and X: a tempo unless a load unit or a decimal follows.
    std::size_t p = pos_;
    bool only_digits = true;
    while (p < end_ && (is_digit(text_[p]) || text_[p] == 'x' || text_[p] == 'X')) {
      if (!is_digit(text_[p])) only_digits = false;
      ++p;
    }
    if (p == pos_) return fail(expectation::load_or_tempo, pos_);
    std::size_t unit_at = p;  // "@100 kg": a unit after blanks still makes a load
    const bool decimal = only_digits && unit_at + 1 < end_ && text_[unit_at] == '.' && is_digit(text_[unit_at + 1]);
    if (decimal) {
      unit_at += 2;
      while (unit_at < end_ && is_digit(text_[unit_at])) ++unit_at;
    }
    while (unit_at < end_ && is_blank(text_[unit_at])) ++unit_at;
    const char unit = unit_at < end_ ? lower(text_[unit_at]) : '\0';
    // The unit decides the field, and with it the limit the number is read against.
    load_kind kind = load_kind::none;
    if (unit == '%') {
      kind = load_kind::percent_1rm;
    } else if (only_digits) {
      parser probe(text_, unit_at, end_);
      const auto* k = probe.match(keyword_group::load_unit, false);
      if (k != nullptr && k->value != static_cast<std::uint8_t>(load_kind::percent_1rm)) kind = static_cast<load_kind>(k->value);
    }
    const bool a_load = kind != load_kind::none || decimal || unit == 'k' || unit == 'l' || !boundary_at(p) ||
                        (p < end_ && text_[p] == '.');
    if (!a_load) {
      if ((seen & 2U) != 0) return fail(expectation::duplicate_modifier, at - 1);
      seen |= 2U;
      std::size_t tat = 0;
      if (!tempo_digits(s.tempo, tat)) return false;
      m.tempo = tat;
      return true;
    }
    if (!only_digits) return fail(expectation::load_or_tempo, pos_);
    if (kind == load_kind::none) return fail(expectation::load_unit, unit_at);
    std::uint32_t v = 0;
    if (!tenths(v, kind == load_kind::percent_1rm ? percent_limit : absolute_load_limit, at - 1)) return false;
    skip_blanks();
    if (kind == load_kind::percent_1rm) {
      ++pos_;  // '%'
      (void)(keyword(kw::of_1rm) || keyword(kw::one_rm));
    } else {
      (void)match(keyword_group::load_unit, false);
    }
    return take_load(load{kind, u16(v)});
  }

  constexpr bool position_word(hold_position& p) noexcept {
    const auto* k = match(keyword_group::position);
    if (k == nullptr) return false;
    p = static_cast<hold_position>(k->value);
    return true;
  }

  constexpr bool drops_value(set_scheme& s, scheme_marks& m) noexcept {
    // the cursor is just past '+'
    skip_blanks();
    m.drops = pos_;
    std::uint32_t n = 1;
    if (is_digit(peek())) {
      if (!number(n, drops_limit)) return false;
      skip_blanks();
    } else if (word(kw::double_)) {
      n = 2;
    } else if (const auto* k = match(keyword_group::drop_count, false)) {
      n = k->value;
    }
    skip_blanks();
    if (!word(kw::drop_sets) && !word(kw::drop_set) && !word(kw::drops) && !word(kw::drop))
      return fail(expectation::drops, pos_);
    if (n == 0) return fail(rule::drops_too_many, m.drops);
    s.drops = static_cast<std::uint8_t>(n);
    const std::size_t save = pos_;
    skip_blanks();
    if (peek() == '-' || peek() == '+' || is_digit(peek())) {
      const bool rising = peek() == '+';
      if (!is_digit(peek())) ++pos_;
      const std::size_t pct_at = pos_;
      std::uint32_t pct = 0;
      if (!number(pct, drop_percent_limit)) return false;
      if (peek() != '%') return fail(expectation::load_unit, pos_);
      ++pos_;
      // zero is the value's "not stated": a stated 0% would vanish
      if (pct == 0) return fail(rule::drop_percent_zero, pct_at);
      if (rising) return fail(rule::drop_load_rises, pct_at);
      s.drop_percent = static_cast<std::int8_t>(-static_cast<int>(pct));
    } else {
      pos_ = save;
    }
    (void)keyword(kw::each_set);
    return true;
  }

  constexpr bool modifiers(set_scheme& s, scheme_marks& m) noexcept {
    unsigned seen = 0;  // load 1, tempo 2, hold 4, pause 8, stretch 16, rest 32, drops 64
    auto once = [&](unsigned bit, std::size_t at) {
      if ((seen & bit) != 0) return fail(expectation::duplicate_modifier, at);
      seen |= bit;
      return true;
    };
    for (;;) {
      skip_blanks();
      if (at_end()) return true;
      const std::size_t at = pos_;
      if (peek() == '@') {
        ++pos_;
        if (!at_value(s, m, seen)) return false;
      } else if (peek() == '+') {
        if (s.kind != scheme_kind::straight) return fail(rule::drops_only_on_straight_sets, at);
        if (!once(64U, at)) return false;
        ++pos_;
        if (!drops_value(s, m)) return false;
      } else if (word(kw::tempo)) {
        if (!once(2U, at)) return false;
        std::size_t tat = 0;
        if (!tempo_digits(s.tempo, tat)) return false;
        m.tempo = tat;
      } else if (word(kw::no_tempo)) {
        if (!once(2U, at)) return false;
        s.tempo = tempo::no_tempo();
      } else if (word(kw::hold)) {
        if (!once(4U, at)) return false;
        m.hold = at;
        if (!seconds_value(s.hold.seconds)) return false;
        if (s.hold.seconds == 0) return fail(rule::hold_zero, at);
        s.hold.position = hold_position::top;
        (void)position_word(s.hold.position);
      } else if (word(kw::pause)) {
        if (!once(8U, at)) return false;
        m.pause = at;
        if (!seconds_value(s.pause.seconds)) return false;
        // zero seconds is the value's "no pause": a stated 0 would vanish
        if (s.pause.seconds == 0) return fail(rule::hold_zero, at);
        if (!keyword(kw::every)) return fail(expectation::every, pos_);
        skip_blanks();
        std::uint32_t n = 0;
        if (!is_digit(peek())) return fail(expectation::every, pos_);
        if (!number(n)) return false;
        (void)match(keyword_group::ordinal, false);
        (void)(keyword(kw::reps) || keyword(kw::rep));
        s.pause.every = u16(n);
        s.pause.position = hold_position::bottom;
        (void)position_word(s.pause.position);
      } else if (word(kw::stretch_and_squeeze) || word(kw::stretch_squeeze)) {
        if (!once(16U, at)) return false;
        if (!seconds_value(s.stretch_and_squeeze)) return false;
        // zero is the value's "none": a stated 0 would vanish
        if (s.stretch_and_squeeze == 0) return fail(rule::stretch_and_squeeze_zero, at);
      } else if (word(kw::rest)) {
        if (!once(32U, at)) return false;
        duration d{};
        if (!duration_value(d)) return false;
        s.rest_after = rest::of(d);
      } else {
        return fail(expectation::modifier, at);
      }
    }
  }

  // ---- a whole scheme -------------------------------------------------------
  constexpr bool mini_set_body(set_scheme& s, scheme_marks& m, scheme_kind k) noexcept {
    s.kind = k;
    if (!rep_list(s, m, '+')) return false;
    const std::size_t save = pos_;
    skip_blanks();
    if (is_digit(peek())) {
      duration d{};
      if (!duration_value(d)) return false;
      s.between_mini_sets = rest::of(d);
    } else {
      pos_ = save;
    }
    return true;
  }

  /// Is the number at the cursor a set count ("3x", "3 sets")? Looks past the
  /// whole digit run, so that an over-long count is reported as a set count.
  [[nodiscard]] constexpr bool set_count_follows() const noexcept {
    parser probe(text_, pos_, end_);
    while (is_digit(probe.peek())) ++probe.pos_;
    return probe.times_sign() || probe.keyword(kw::sets) || probe.keyword(kw::set);
  }

  constexpr bool scheme_body(set_scheme& s, scheme_marks& m) noexcept {
    skip_blanks();
    m.start = pos_;
    if (const auto* k = match(keyword_group::scheme_name, false)) {
      const auto kind = static_cast<scheme_kind>(k->value);
      switch (kind) {
        case scheme_kind::reverse_pyramid:
        case scheme_kind::double_pyramid:
          if (!keyword(kw::pyramid)) return fail(expectation::pyramid, pos_);
          [[fallthrough]];
        case scheme_kind::pyramid:
        case scheme_kind::warm_up_ramp:
          s.kind = kind;
          break;
        case scheme_kind::strip: {
          s.kind = scheme_kind::strip;
          (void)(keyword(kw::sets) || keyword(kw::set));
          if (!keyword(kw::from)) return fail(expectation::rep_max, pos_);
          skip_blanks();
          m.quantity = pos_;
          std::uint32_t n = 0;
          if (!is_digit(peek())) return fail(expectation::rep_max, pos_);
          if (!number(n)) return false;
          if (!keyword(kw::rm) && !keyword(kw::rep_max)) return fail(expectation::rep_max, pos_);
          s.per_set = quantity::reps(u16(n));
          return true;
        }
        case scheme_kind::rest_pause:
        case scheme_kind::cluster: return mini_set_body(s, m, kind);
        case scheme_kind::straight: break;
      }
    } else {
      // [sets ("x" | "sets of")] quantity
      std::uint32_t sets = 1;
      if (is_digit(peek()) && set_count_follows()) {
        if (!number(sets, sets_limit)) return false;
        if (!times_sign()) {
          (void)(keyword(kw::sets) || keyword(kw::set));
          (void)keyword(kw::of);
        }
        skip_blanks();
        const bool rest_pause = word(kw::rest_pause);
        if (rest_pause || word(kw::cluster)) {
          if (!mini_set_body(s, m, rest_pause ? scheme_kind::rest_pause : scheme_kind::cluster)) return false;
          s.sets = u16(sets);
          return true;
        }
        (void)keyword(kw::to_technical);
      }
      m.quantity = pos_;
      s.kind = scheme_kind::straight;
      s.sets = u16(sets);
      return quantity_value(s.per_set, pos_ != m.start);
    }
    // the listed kinds
    if (!rep_list(s, m, ',')) return false;
    (void)(keyword(kw::reps) || keyword(kw::rep));
    s.sets = s.listed_count;
    return true;
  }

  /// Points a broken rule at the part of the text that broke it.
  static constexpr std::size_t where(const rule_check& c, const set_scheme& s, const scheme_marks& m) noexcept {
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
        return m.drops;
      default: return m.start;
    }
  }

  constexpr bool scheme(set_scheme& s) noexcept {
    scheme_marks m{};
    s = set_scheme{};
    if (!scheme_body(s, m)) return false;
    if (!modifiers(s, m)) return false;
    const rule_check c = check(s);
    if (!c.ok()) return fail(c.rule, where(c, s, m));
    return true;
  }

  // ---- groupings --------------------------------------------------------------

  // ---- groupings --------------------------------------------------------------
  constexpr bool grouping_kind_word(grouping_kind& k) noexcept {
    const auto* w = match(keyword_group::grouping_kind);
    if (w == nullptr) return false;
    k = static_cast<grouping_kind>(w->value);
    return true;
  }

  /// The end of the entry starting at `p`: a ';', a line break, or the next
  /// coach label ("1B.") at the start of a word.
  [[nodiscard]] constexpr std::size_t entry_end(std::size_t p) const noexcept {
    for (std::size_t i = p; i < end_; ++i) {
      const char c = text_[i];
      if (c == ';' || c == '\n') return i;
      if (i > p && is_blank(text_[i - 1]) && label_at(text_.substr(0, end_), i)) return i;
    }
    return end_;
  }

  /// A rest clause of a grouping: "rest 90s" or "rest 15s between exercises".
  constexpr bool rest_clause(grouping& g, std::size_t end) noexcept {
    parser sub(text_, pos_, end);
    if (!sub.keyword(kw::rest)) return false;
    duration d{};
    if (!sub.duration_value(d)) {
      err_ = sub.err_;
      failed_ = true;
      return true;  // it was a rest clause, and a broken one
    }
    const auto* between = sub.match(keyword_group::grouping_rest);
    if (between != nullptr && between->pattern == entry_of(kw::between_exercises).pattern) {
      if (g.between_exercises.stated) {
        (void)fail(expectation::duplicate_modifier, pos_);
        return true;
      }
      g.between_exercises = rest::of(d);
    } else {
      if (g.between_rounds.stated) {
        (void)fail(expectation::duplicate_modifier, pos_);
        return true;
      }
      g.between_rounds = rest::of(d);
    }
    sub.skip_blanks();
    if (!sub.at_end()) (void)fail(expectation::rest_clause, sub.pos_);
    return true;
  }

  /// Can a scheme begin at `v`: at the start of a word, with a character that
  /// begins a scheme (keywords.hpp, derived from the keyword table).
  [[nodiscard]] constexpr bool scheme_may_start(std::size_t v, std::size_t from) const noexcept {
    if (v != from && !(is_blank(text_[v - 1]) && !is_blank(text_[v]))) return false;
    return scheme_starts.has(lower(text_[v]));
  }

  // Written back as "name canonical-scheme", an entry must read the same: no
  // tail of the name may join the canonical scheme into another scheme ("leg
  // press 8 tempo" with "10x5" would read back as "leg press" with 1x8 @10X5;
  // "squat 18x" with "56s hold" as "squat" with 18x56s). Every tail that could
  // begin a scheme is read, with the same test that ends names when reading,
  // so whatever the grammar lets a scheme begin or continue with is covered.
  // Returns where the first such tail starts, or name_end when none does.
  constexpr std::size_t name_tail_joining(std::size_t name_start, std::size_t name_end, const set_scheme& s) const noexcept {
    scheme_text canonical{};
    bool written = false;
    for (std::size_t v = name_start; v < name_end; ++v) {
      if (!scheme_may_start(v, name_start)) continue;
      if (!written) canonical = format(s);  // only names with a candidate tail pay for it
      written = true;
      detail::array<char, max_exercise_name + 1 + scheme_text_capacity> joined{};
      std::size_t n = 0;
      for (std::size_t i = v; i != name_end && n != max_exercise_name; ++i) joined[n++] = text_[i];
      joined[n++] = ' ';
      for (char c : canonical.view()) joined[n++] = c;
      parser sub(text_view{joined.data(), n}, 0, n);
      set_scheme merged{};
      if (sub.scheme(merged)) return v;
    }
    return name_end;
  }

  /// An entry whose name is quoted: `"warm-up" ramp 10,8,5`. The name is the
  /// text between the quotes, verbatim (no tail of it can join the scheme), and
  /// the scheme follows the closing quote. The search for the closing quote
  /// stops at the name's byte limit.
  constexpr bool quoted_entry(grouping& g, std::size_t end) noexcept {
    const std::size_t open = pos_;
    const std::size_t name_start = open + 1;
    std::size_t close = name_start;
    while (close < end && text_[close] != '"') {
      if (close - name_start == max_exercise_name) return fail(rule::exercise_name_too_long, close);
      ++close;
    }
    if (close >= end) return fail(expectation::closing_quote, open);
    const text_view name = text_.substr(name_start, close - name_start);
    if (name.empty()) return fail(rule::exercise_name_empty, open);
    if (!detail::well_formed_name(name)) return fail(rule::exercise_name_malformed, name_start);
    parser sub(text_, close + 1, end);
    set_scheme s{};
    if (!sub.scheme(s)) {
      if (!failed_) err_ = sub.err_;
      failed_ = true;
      return false;
    }
    g.entries[g.size++] = grouping_entry{name, s};
    pos_ = end;
    return true;
  }

  constexpr bool entry(grouping& g, std::size_t end) noexcept {
    const std::uint8_t index = g.size;
    skip_blanks();
    // optional label: a coach's "1A." or "1A)" (any number and letter), or the
    // entry's own letter: "A", "A.", "A)" followed by a blank
    if (label_at(text_.substr(0, end), pos_)) {
      while (is_digit(text_[pos_])) ++pos_;
      pos_ += 2;
    } else if (pos_ + 1 < end && lower(text_[pos_]) == static_cast<char>('a' + index)) {
      std::size_t q = pos_ + 1;
      if (q < end && (text_[q] == '.' || text_[q] == ')')) ++q;
      if (q < end && is_blank(text_[q])) pos_ = q;
    }
    skip_blanks();
    const std::size_t name_start = pos_;
    if (g.size == max_grouping_entries) return fail(rule::grouping_too_large, name_start);
    if (peek() == '"') return quoted_entry(g, end);
    // The name ends where the rest of the entry reads as a scheme. When no
    // attempt reads past its first word, the entry lacks its sets. A name
    // holds at most max_exercise_name bytes: the search stops at the first
    // byte of the name beyond them, however long the entry.
    const std::size_t longest = name_start + max_exercise_name;
    std::size_t trimmed_end = end;
    while (trimmed_end > name_start && is_blank(text_[trimmed_end - 1])) --trimmed_end;
    error best{expectation_text(expectation::entry), trimmed_end};
    bool progressed = false;
    for (std::size_t w = name_start; w < end; ++w) {
      const bool may_start = scheme_may_start(w, name_start);
      if (may_start) {
        parser sub(text_, w, end);
        set_scheme s{};
        if (sub.scheme(s)) {
          std::size_t name_end = w;
          while (name_end > name_start && is_blank(text_[name_end - 1])) --name_end;
          if (name_end == name_start) return fail(rule::exercise_name_empty, name_start);
          if (!detail::well_formed_name(text_.substr(name_start, name_end - name_start)))
            return fail(rule::exercise_name_malformed, name_start);
          if (const std::size_t joins = name_tail_joining(name_start, name_end, s); joins != name_end)
            return fail(rule::exercise_name_joins_scheme, joins);
          g.entries[g.size++] = grouping_entry{text_.substr(name_start, name_end - name_start), s};
          pos_ = end;
          return true;
        }
        if (sub.err_.position > w && (!progressed || sub.err_.position > best.position)) {
          best = sub.err_;
          progressed = true;
        }
      }
      // w belongs to the name now: past the limit, no later split can help
      if (w >= longest && !is_blank(text_[w])) {
        if (!progressed) best = error{rule_text(rule::exercise_name_too_long), longest};
        break;
      }
    }
    if (!failed_) err_ = best;
    failed_ = true;
    return false;
  }

  constexpr bool grouping_body(grouping& g) noexcept {
    skip_blanks();
    const std::size_t kind_at = pos_;
    if (!grouping_kind_word(g.kind)) return fail(expectation::scheme, kind_at);
    if (!symbol(':')) return fail(expectation::colon, pos_);
    bool rests_started = false;
    for (;;) {
      skip_blanks();
      if (at_end()) break;
      const std::size_t end = entry_end(pos_);
      if (end == pos_) {  // an empty segment: ";;" or a trailing ';'
        ++pos_;
        continue;
      }
      if (rest_clause(g, end)) {
        if (failed_) return false;
        rests_started = true;
        pos_ = end;
      } else {
        if (rests_started) return fail(expectation::rest_clause, pos_);
        if (!entry(g, end)) return false;
      }
      if (pos_ < end_ && (text_[pos_] == ';' || text_[pos_] == '\n')) ++pos_;
    }
    const rule_check c = check_grouping_shape(g, false);  // each entry's scheme was checked as it was read
    if (!c.ok()) return fail(c.rule, kind_at);
    return true;
  }

  // ---- a line -----------------------------------------------------------------
  constexpr bool role_word(block_role& r) noexcept {
    const std::size_t save = pos_;
    const auto* k = match(keyword_group::block_role);
    if (k == nullptr) return false;
    // "warm-up ramp 10,8,5" is a ramp, not a warm-up block
    if (k->value == static_cast<std::uint8_t>(block_role::warm_up) && keyword(kw::ramp)) {
      pos_ = save;
      return false;
    }
    r = static_cast<block_role>(k->value);
    return true;
  }

  constexpr bool content(block& b) noexcept {
    skip_blanks();
    const std::size_t save = pos_;
    grouping_kind k{};
    if (grouping_kind_word(k)) {
      pos_ = save;
      b.content = block_content::grouping;
      return grouping_body(b.group);
    }
    // "rest 90s", but not "rest-pause 8+3+3"
    if (!word(kw::rest_pause) && word(kw::rest)) {
      duration d{};
      if (!duration_value(d)) return false;
      b.content = block_content::rest;
      b.rest_period = rest::of(d);
      skip_blanks();
      if (!at_end()) return fail(expectation::end, pos_);
      return true;
    }
    pos_ = save;
    b.content = block_content::scheme;
    return scheme(b.scheme);
  }

  constexpr bool line(block& b) noexcept {
    skip_blanks();
    if (at_end()) return fail(expectation::scheme, pos_);
    const std::size_t line_start = pos_;
    if (role_word(b.role)) {
      // optional length: "10-15min", "60-75 minutes", "90s"
      const std::size_t save = pos_;
      skip_blanks();
      if (is_digit(peek())) {
        std::uint32_t lo = 0, hi = 0;
        const std::size_t at = pos_;
        if (!number(lo)) return false;
        hi = lo;
        if (range_dash() && !number(hi)) return false;
        time_unit u{};
        if (time_unit_word(u)) {
          // zero is the value's "no length stated": a stated 0 would vanish
          if (lo == 0) return fail(rule::block_length_zero, at);
          if (lo > hi) return fail(rule::block_range_inverted, at);
          b.min_length = u16(lo);
          b.max_length = u16(hi);
          b.length_unit = u;
        } else {
          pos_ = save;
        }
      }
      skip_blanks();
      if (at_end()) return true;
      (void)symbol(':');
      skip_blanks();
      if (at_end()) return true;
      return content(b);
    }
    pos_ = line_start;
    return content(b);
  }
};

/// Would `name` written bare, as entry `index` ("B name scheme"), read back as
/// that name and scheme? The formatter quotes the names for which it would not
/// (format.hpp). The test is the parser's own: the entry is written as the
/// formatter writes it and read as parse_grouping reads it, so whatever the
/// grammar would take from a bare name (a tail joining the scheme, a label,
/// the entry's letter) is covered, now and as the grammar grows.
constexpr bool bare_name_reads_back(text_view name, const set_scheme& s, std::size_t index) noexcept {
  if (index >= max_grouping_entries || name.size() > max_exercise_name) return false;
  const scheme_text canonical = format(s);
  if (canonical.truncated) return false;
  detail::array<char, 2 + max_exercise_name + 1 + scheme_text_capacity> text{};
  std::size_t n = 0;
  text[n++] = static_cast<char>('A' + index);
  text[n++] = ' ';
  for (char c : name) text[n++] = c;
  text[n++] = ' ';
  for (char c : canonical.view()) text[n++] = c;
  parser p(text_view{text.data(), n}, 0, n);
  grouping g{};
  g.size = static_cast<std::uint8_t>(index);
  if (!p.entry(g, n) || g.size != index + 1) return false;
  return g.entries[index].exercise == name && g.entries[index].scheme == s;
}

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
