// The notation's lexer: a cursor over the text that reads its tokens, with no
// allocation and every read bounds-checked. It matches the words of the keyword
// table (keywords.hpp) case-insensitively at word boundaries, reads numbers
// against the limit of their field (docs/notation.md, each limit with the rule
// that states it), the range dash, the set count's 'x' or '×', and the units
// of times, distances and sides. It records the first failure and where it
// happened; the grammars (scheme_grammar.hpp, grouping_grammar.hpp) build on it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/text_view.hpp>

#include <sinew/detail/ascii.hpp>
#include <sinew/notation/keywords.hpp>
#include <sinew/notation/messages.hpp>
#include <sinew/result.hpp>
#include <sinew/schemes/rules.hpp>
#include <sinew/schemes/set_scheme.hpp>

namespace sinew::detail {

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

/// A keyword `lexer::match` found, or none: a row of the table, held by index.
/// Not a pointer: g++ with -fsanitize=null (part of -fsanitize=undefined) does not
/// fold a table row's address compared with nullptr in constant evaluation, and
/// `scheme<"...">` and `static_assert`s parse in it.
struct keyword_match {
  static constexpr std::uint8_t none = 0xFF;
  std::uint8_t row = none;
  constexpr explicit operator bool() const noexcept { return row != none; }
  constexpr const notation_keyword* operator->() const noexcept { return &keyword_table[row]; }
  friend constexpr bool operator==(keyword_match m, decltype(nullptr)) noexcept { return m.row == none; }
};
static_assert(sizeof(keyword_table) / sizeof(keyword_table[0]) < keyword_match::none);

class lexer {
 public:
  constexpr lexer(text_view text, std::size_t begin, std::size_t end) noexcept
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
    while (pos_ < end_ && ascii::is_blank(text_[pos_])) ++pos_;
  }
  constexpr bool fail(expectation e, std::size_t at) noexcept {
    if (!failed_) err_ = rule_error(e, at);
    failed_ = true;
    return false;
  }
  constexpr bool fail(rule r, std::size_t at) noexcept {
    if (!failed_) err_ = rule_error(r, at);
    failed_ = true;
    return false;
  }
  [[nodiscard]] constexpr bool boundary_at(std::size_t p) const noexcept {
    return p >= end_ || !ascii::is_alnum(text_[p]);
  }

  /// Matches a keyword pattern at the cursor, case-insensitively, and moves past
  /// it (see notation_keyword for '-' and ' '). The match must end at a word boundary.
  constexpr bool pattern(text_view pat) noexcept {
    std::size_t p = pos_;
    for (std::size_t i = 0; i != pat.size(); ++i) {
      const char c = pat[i];
      if (c == '-') {
        if (p < end_ && text_[p] == '-')
          ++p;
        else
          while (p < end_ && ascii::is_blank(text_[p])) ++p;
      } else if (c == ' ') {
        if (p >= end_ || !ascii::is_blank(text_[p])) return false;
        while (p < end_ && ascii::is_blank(text_[p])) ++p;
      } else {
        if (p >= end_ || ascii::lower(text_[p]) != c) return false;
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
      if (ascii::lower(text_[pos_ + i]) != pat[i]) return false;
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
  /// none (and the cursor unmoved) when none matches.
  constexpr keyword_match match(keyword_group group, bool blanks = true) noexcept {
    const std::size_t save = pos_;
    if (blanks) skip_blanks();
    for (std::size_t i = 0; i != sizeof(keyword_table) / sizeof(keyword_table[0]); ++i)
      if (keyword_table[i].group == group && pattern(keyword_table[i].pattern)) return keyword_match{static_cast<std::uint8_t>(i)};
    pos_ = save;
    return {};
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
    if (!ascii::is_digit(peek())) return fail(expectation::number, pos_);
    const std::size_t start = pos_;
    if (at == error::no_position) at = start;
    std::uint32_t v = 0;
    while (ascii::is_digit(peek())) {
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
    if (peek() == '.' && ascii::is_digit(peek(1))) {
      frac = static_cast<std::uint32_t>(peek(1) - '0');
      pos_ += 2;
      if (ascii::is_digit(peek())) return fail(expectation::one_decimal, pos_);
    }
    out = whole * 10U + frac;
    if (out > limit.most) return fail(limit.over, at);
    return true;
  }
  constexpr bool range_dash() noexcept {
    // '-' or the UTF-8 en dash (E2 80 93) that word processors put in "10–15".
    if (peek() == '-' && ascii::is_digit(peek(1))) {
      ++pos_;
      return true;
    }
    if (peek() == '\xE2' && peek(1) == '\x80' && peek(2) == '\x93' && ascii::is_digit(peek(3))) {
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
      if (!ascii::is_letter(peek())) return true;
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
    const auto k = match(keyword_group::time_unit);
    if (k == nullptr) return false;
    u = static_cast<time_unit>(k->value);
    return true;
  }
  constexpr bool distance_unit_word(distance_unit& u) noexcept {
    const auto k = match(keyword_group::distance_unit);
    if (k == nullptr) return false;
    u = static_cast<distance_unit>(k->value);
    return true;
  }
  /// "90s", "2 min".
  constexpr bool duration_value(duration& d) noexcept {
    skip_blanks();
    const std::size_t at = pos_;
    std::uint32_t n = 0;
    if (!ascii::is_digit(peek())) return fail(expectation::duration, at);
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
    if (!ascii::is_digit(peek())) return fail(expectation::seconds, at);
    if (!number(n)) return false;
    const std::size_t save = pos_;
    const auto unit = match(keyword_group::time_unit);
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
      if (const auto k = match(keyword_group::side_after_slash, false)) {
        q.side = static_cast<rep_count>(k->value);
        return;
      }
    } else if (const auto k = match(keyword_group::side, false)) {
      q.side = static_cast<rep_count>(k->value);
      return;
    }
    pos_ = save;
  }
};

}  // namespace sinew::detail
