// Reading set schemes as coaches write them: "3x15 @301", "4x8-12",
// "3x10-12/leg", "pyramid 15, 12, 10, 8, 4", "4x8 + double drop-set",
// "tri-set: A ...; B ...; C ...". The grammar is in docs/notation.md. The parser
// is a hand-written recursive descent over a string_view: no allocation, no
// exceptions, every read bounds-checked, constexpr throughout. Keywords are
// ASCII case-insensitive; 'x' and the UTF-8 '×' both separate sets from reps.
// Errors carry the byte position and say what was expected there; a value that
// reads but breaks a rule (schemes/rules.hpp) reports that rule's sentence.
#pragma once

#include <sinew/detail/array.hpp>
#include <cstddef>
#include <cstdint>
#include <sinew/text_view.hpp>

#include "sinew/notation/format.hpp"
#include "sinew/notation/messages.hpp"
#include "sinew/result.hpp"
#include "sinew/schemes/grouping.hpp"
#include "sinew/schemes/set_scheme.hpp"

namespace sinew {
namespace detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) noexcept { return is_digit(c) || is_alpha(c); }
constexpr char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// Where a listed element, the tempo, etc. started: to point errors at them.
struct scheme_marks {
  std::size_t start = 0;
  std::size_t load = 0, tempo = 0, hold = 0, pause = 0, drops = 0, quantity = 0;
  detail::array<std::size_t, max_listed_sets> listed{};
};

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
  /// The next non-blank character, lower-cased ('\0' at the end): lets the
  /// parser skip keyword groups that cannot match, which keeps it fast.
  [[nodiscard]] constexpr char next_lower() const noexcept {
    std::size_t p = pos_;
    while (p < end_ && is_blank(text_[p])) ++p;
    return p < end_ ? lower(text_[p]) : '\0';
  }
  static constexpr bool one_of(char c, text_view set) noexcept {
    for (char x : set)
      if (x == c) return true;
    return false;
  }
  [[nodiscard]] constexpr bool boundary_at(std::size_t p) const noexcept {
    return p >= end_ || !is_alnum(text_[p]);
  }

  /// Matches a keyword pattern at the cursor, case-insensitively, and moves past
  /// it. In the pattern, '-' matches '-', one blank or nothing ("rest-pause",
  /// "rest pause", "restpause"); ' ' matches one or more blanks. The match must
  /// end at a word boundary.
  constexpr bool word(text_view pattern) noexcept {
    std::size_t p = pos_;
    for (std::size_t i = 0; i != pattern.size(); ++i) {
      const char c = pattern[i];
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
  /// Matches `pattern` (letters only) at the cursor with no boundary after it: "RPE8".
  constexpr bool prefix(text_view pattern) noexcept {
    if (end_ - pos_ < pattern.size()) return false;
    for (std::size_t i = 0; i != pattern.size(); ++i)
      if (lower(text_[pos_ + i]) != pattern[i]) return false;
    pos_ += pattern.size();
    return true;
  }
  /// Like `word`, after skipping blanks; restores the cursor when it does not match.
  constexpr bool keyword(text_view pattern) noexcept {
    const std::size_t save = pos_;
    skip_blanks();
    if (word(pattern)) return true;
    pos_ = save;
    return false;
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

  /// An unsigned number of at most 4 digits.
  constexpr bool number(std::uint32_t& out) noexcept {
    if (!is_digit(peek())) return fail(expectation::number, pos_);
    const std::size_t start = pos_;
    std::uint32_t v = 0;
    while (is_digit(peek())) {
      if (pos_ - start == 4) return fail(expectation::number_too_large, start);
      v = v * 10U + static_cast<std::uint32_t>(peek() - '0');
      ++pos_;
    }
    out = v;
    return true;
  }
  /// A number with at most one decimal, in tenths ("62.5" -> 625).
  constexpr bool tenths(std::uint32_t& out) noexcept {
    std::uint32_t whole = 0;
    if (!number(whole)) return false;
    std::uint32_t frac = 0;
    if (peek() == '.' && is_digit(peek(1))) {
      frac = static_cast<std::uint32_t>(peek(1) - '0');
      pos_ += 2;
      if (is_digit(peek())) return fail(expectation::number_too_large, pos_);
    }
    out = whole * 10U + frac;
    if (out > 65535U) return fail(expectation::number_too_large, pos_);
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
    if ((peek() == 'x' || peek() == 'X') && !is_alpha(peek(1)) ) {
      ++pos_;
      return true;
    }
    if ((peek() == 'x' || peek() == 'X') && (peek(1) == 'A' || peek(1) == 'a') && (peek(2) == 'M' || peek(2) == 'm')) {
      ++pos_;  // "3xAMAP"
      return true;
    }
    if ((peek() == 'x' || peek() == 'X') && (peek(1) == 'F' || peek(1) == 'f')) {
      ++pos_;  // "5xfail"
      return true;
    }
    if (peek() == '\xC3' && peek(1) == '\x97') {  // '×' in UTF-8
      pos_ += 2;
      return true;
    }
    pos_ = save;
    return false;
  }
  static constexpr std::uint16_t u16(std::uint32_t v) noexcept { return static_cast<std::uint16_t>(v); }

  // ---- units ----------------------------------------------------------------
  constexpr bool time_unit_word(time_unit& u) noexcept {
    const char c = next_lower();
    if (c != 'm' && c != 's') return false;
    const std::size_t save = pos_;
    skip_blanks();
    if (word("minutes") || word("minute") || word("mins") || word("min")) {
      u = time_unit::minute;
      return true;
    }
    if (word("seconds") || word("second") || word("secs") || word("sec") || word("s")) {
      u = time_unit::second;
      return true;
    }
    pos_ = save;
    return false;
  }
  constexpr bool distance_unit_word(distance_unit& u) noexcept {
    const char c = next_lower();
    if (c != 'm' && c != 'y') return false;
    const std::size_t save = pos_;
    skip_blanks();
    if (word("yards") || word("yard") || word("yds") || word("yd")) {
      u = distance_unit::yard;
      return true;
    }
    if (word("metres") || word("metre") || word("meters") || word("meter") || word("m")) {
      u = distance_unit::metre;
      return true;
    }
    pos_ = save;
    return false;
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
    skip_blanks();
    if (!(word("seconds") || word("second") || word("secs") || word("sec") || word("s") || word("count"))) {
      pos_ = save;
      return fail(expectation::seconds, pos_);
    }
    s = u16(n);
    return true;
  }
  constexpr void side_suffix(quantity& q) noexcept {
    if (!one_of(next_lower(), "/pe")) return;
    const std::size_t save = pos_;
    skip_blanks();
    if (peek() == '/') {
      ++pos_;
      if (word("leg")) { q.side = rep_count::per_leg; return; }
      if (word("side")) { q.side = rep_count::per_side; return; }
    } else if (word("per leg") || word("each leg")) {
      q.side = rep_count::per_leg;
      return;
    } else if (word("per side") || word("each side")) {
      q.side = rep_count::per_side;
      return;
    }
    pos_ = save;
  }

  // ---- quantity -------------------------------------------------------------
  /// After "fail": an optional target "12-15" (or "between 12 and 15").
  constexpr bool failure_target(quantity& q) noexcept {
    q = quantity::to_failure();
    const std::size_t save = pos_;
    skip_blanks();
    (void)(word("between"));
    skip_blanks();
    if (!is_digit(peek())) {
      pos_ = save;
      return true;
    }
    std::uint32_t lo = 0, hi = 0;
    if (!number(lo)) return false;
    hi = lo;
    if (range_dash() || keyword("and") || keyword("to")) {
      skip_blanks();
      if (!number(hi)) return false;
    }
    (void)keyword("reps");
    q.min = u16(lo);
    q.max = u16(hi);
    return true;
  }

  /// A quantity that begins with a number or a keyword.
  constexpr bool quantity_value(quantity& q, bool after_sets) noexcept {
    skip_blanks();
    const std::size_t at = pos_;
    if (word("amap")) {
      q = quantity::amap();
      side_suffix(q);
      return true;
    }
    if (word("failure") || word("fail")) {
      if (!failure_target(q)) return false;
      side_suffix(q);
      return true;
    }
    if (!is_digit(peek())) return fail(after_sets ? expectation::quantity : expectation::scheme, at);
    std::uint32_t lo = 0, hi = 0;
    if (!number(lo)) return false;
    hi = lo;
    const bool ranged = range_dash();
    if (ranged && !number(hi)) return false;
    if (!ranged && one_of(next_lower(), "mysn")) {
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
        if (keyword("hold")) {
          skip_blanks();
          if (is_digit(peek())) pos_ = save;
        }
        side_suffix(q);
        return true;
      }
      if (keyword("non-stop")) {
        q = quantity::non_stop(u16(lo));
        side_suffix(q);
        return true;
      }
    }
    q = quantity::reps(u16(lo), u16(hi));
    if (!one_of(next_lower(), "snr/pe")) return true;
    if (keyword("steps")) {
      q.side = rep_count::steps;
      return true;
    }
    (void)(keyword("reps") || keyword("rep"));
    if (keyword("non-stop")) {
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
      if (n == max_listed_sets) return fail(rule::list_too_long, pos_);
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
  constexpr bool tempo_digits(tempo& t, std::size_t& at) noexcept {
    skip_blanks();
    at = pos_;
    std::size_t p = pos_;
    while (p < end_ && (is_digit(text_[p]) || text_[p] == 'x' || text_[p] == 'X')) ++p;
    if (p == pos_ || !boundary_at(p)) return fail(expectation::tempo, pos_);
    const std::size_t len = p - pos_;
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
    if (prefix("rpe")) {
      skip_blanks();
      std::uint32_t v = 0;
      if (!tenths(v)) return false;
      return take_load(load{load_kind::rpe, u16(v)});
    }
    if (prefix("rir")) {
      skip_blanks();
      std::uint32_t v = 0;
      if (!tenths(v)) return false;
      return take_load(load{load_kind::rir, u16(v)});
    }
    if (word("bodyweight") || word("bw")) return take_load(load::bodyweight());
    if (word("band")) return take_load(load::band());
    if (word("heavier")) return take_load(load::heavier_than_last_set());
    // A run of digits and X: a tempo unless a load unit follows.
    std::size_t p = pos_;
    bool only_digits = true;
    while (p < end_ && (is_digit(text_[p]) || text_[p] == 'x' || text_[p] == 'X')) {
      if (!is_digit(text_[p])) only_digits = false;
      ++p;
    }
    if (p == pos_) return fail(expectation::load_or_tempo, pos_);
    std::size_t unit_at = p;  // "@100 kg": a unit after blanks still makes a load
    while (unit_at < end_ && is_blank(text_[unit_at])) ++unit_at;
    const bool unit_follows =
        unit_at < end_ && (lower(text_[unit_at]) == 'k' || lower(text_[unit_at]) == 'l' || text_[unit_at] == '%');
    if (boundary_at(p) && !unit_follows && (p >= end_ || text_[p] != '.')) {
      if ((seen & 2U) != 0) return fail(expectation::duplicate_modifier, at - 1);
      seen |= 2U;
      std::size_t tat = 0;
      if (!tempo_digits(s.tempo, tat)) return false;
      m.tempo = tat;
      return true;
    }
    if (!only_digits) return fail(expectation::load_or_tempo, pos_);
    std::uint32_t v = 0;
    if (!tenths(v)) return false;
    if (peek() == '%') {
      ++pos_;
      (void)(keyword("of 1rm") || keyword("1rm"));
      return take_load(load{load_kind::percent_1rm, u16(v)});
    }
    const std::size_t save = pos_;
    skip_blanks();
    if (word("kg") || word("kgs")) return take_load(load{load_kind::kg, u16(v)});
    if (word("lbs") || word("lb")) return take_load(load{load_kind::lb, u16(v)});
    const std::size_t unit_pos = pos_;
    pos_ = save;
    return fail(expectation::load_unit, unit_pos);
  }

  constexpr bool position_word(hold_position& p) noexcept {
    if (keyword("at the top") || keyword("top")) {
      p = hold_position::top;
      return true;
    }
    if (keyword("at the bottom") || keyword("bottom")) {
      p = hold_position::bottom;
      return true;
    }
    return false;
  }

  constexpr bool drops_value(set_scheme& s, scheme_marks& m) noexcept {
    // the cursor is just past '+'
    skip_blanks();
    m.drops = pos_;
    std::uint32_t n = 1;
    if (is_digit(peek())) {
      if (!number(n)) return false;
      skip_blanks();
    } else if (word("single")) {
      n = 1;
    } else if (word("double")) {
      n = 2;
    } else if (word("triple")) {
      n = 3;
    }
    skip_blanks();
    if (!word("drop-sets") && !word("drop-set") && !word("drops") && !word("drop"))
      return fail(expectation::drops, pos_);
    if (n == 0 || n > max_drops) return fail(rule::drops_too_many, m.drops);
    s.drops = static_cast<std::uint8_t>(n);
    const std::size_t save = pos_;
    skip_blanks();
    if (peek() == '-' || peek() == '+' || is_digit(peek())) {
      const bool rising = peek() == '+';
      if (!is_digit(peek())) ++pos_;
      const std::size_t pct_at = pos_;
      std::uint32_t pct = 0;
      if (!number(pct)) return false;
      if (peek() != '%') return fail(expectation::load_unit, pos_);
      ++pos_;
      if (pct >= 100) return fail(rule::drop_percent_too_large, pct_at);
      if (rising && pct != 0) return fail(rule::drop_load_rises, pct_at);
      s.drop_percent = static_cast<std::int8_t>(-static_cast<int>(pct));
    } else {
      pos_ = save;
    }
    (void)keyword("each set");
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
      } else if (word("tempo")) {
        if (!once(2U, at)) return false;
        std::size_t tat = 0;
        if (!tempo_digits(s.tempo, tat)) return false;
        m.tempo = tat;
      } else if (word("no tempo")) {
        if (!once(2U, at)) return false;
        s.tempo = tempo::no_tempo();
      } else if (word("hold")) {
        if (!once(4U, at)) return false;
        m.hold = at;
        if (!seconds_value(s.hold.seconds)) return false;
        if (s.hold.seconds == 0) return fail(rule::hold_zero, at);
        s.hold.position = hold_position::top;
        (void)position_word(s.hold.position);
      } else if (word("pause")) {
        if (!once(8U, at)) return false;
        m.pause = at;
        if (!seconds_value(s.pause.seconds)) return false;
        if (!keyword("every")) return fail(expectation::every, pos_);
        skip_blanks();
        std::uint32_t n = 0;
        if (!is_digit(peek())) return fail(expectation::every, pos_);
        if (!number(n)) return false;
        (void)(word("st") || word("nd") || word("rd") || word("th"));
        (void)(keyword("reps") || keyword("rep"));
        s.pause.every = u16(n);
        s.pause.position = hold_position::bottom;
        (void)position_word(s.pause.position);
      } else if (word("stretch and squeeze") || word("stretch-squeeze")) {
        if (!once(16U, at)) return false;
        if (!seconds_value(s.stretch_and_squeeze)) return false;
      } else if (word("rest")) {
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

  constexpr bool scheme_body(set_scheme& s, scheme_marks& m) noexcept {
    skip_blanks();
    m.start = pos_;
    // Only these letters start a keyword form; digits, AMAP and fail go straight below.
    const bool named = one_of(lower(peek()), "prdwsc");
    if (named && word("pyramid")) {
      s.kind = scheme_kind::pyramid;
    } else if (named && (word("reverse"))) {
      if (!keyword("pyramid")) return fail(expectation::pyramid, pos_);
      s.kind = scheme_kind::reverse_pyramid;
    } else if (named && (word("double"))) {
      if (!keyword("pyramid")) return fail(expectation::pyramid, pos_);
      s.kind = scheme_kind::double_pyramid;
    } else if (named && (word("ramp") || word("warm-up ramp"))) {
      s.kind = scheme_kind::warm_up_ramp;
    } else if (named && (word("strip"))) {
      s.kind = scheme_kind::strip;
      (void)(keyword("sets") || keyword("set"));
      if (!keyword("from")) return fail(expectation::rep_max, pos_);
      skip_blanks();
      m.quantity = pos_;
      std::uint32_t n = 0;
      if (!number(n)) return fail(expectation::rep_max, pos_);
      if (!keyword("rm") && !keyword("rep max")) return fail(expectation::rep_max, pos_);
      s.per_set = quantity::reps(u16(n));
      return true;
    } else if (named && (word("rest-pause"))) {
      return mini_set_body(s, m, scheme_kind::rest_pause);
    } else if (named && (word("cluster"))) {
      return mini_set_body(s, m, scheme_kind::cluster);
    } else {
      // [sets ("x" | "sets of")] quantity
      std::uint32_t sets = 1;
      const std::size_t save = pos_;
      if (is_digit(peek())) {
        if (!number(sets)) return false;
        bool has_sets = times_sign();
        if (!has_sets && (keyword("sets") || keyword("set"))) {
          has_sets = true;
          (void)keyword("of");
        }
        if (has_sets) {
          skip_blanks();
          if (word("rest-pause")) {
            if (!mini_set_body(s, m, scheme_kind::rest_pause)) return false;
            s.sets = u16(sets);
            return true;
          }
          if (word("cluster")) {
            if (!mini_set_body(s, m, scheme_kind::cluster)) return false;
            s.sets = u16(sets);
            return true;
          }
          (void)keyword("to technical");
        } else {
          pos_ = save;
          sets = 1;
        }
      }
      m.quantity = pos_;
      s.kind = scheme_kind::straight;
      s.sets = u16(sets);
      return quantity_value(s.per_set, pos_ != m.start);
    }
    // the listed kinds
    if (!rep_list(s, m, ',')) return false;
    (void)(keyword("reps") || keyword("rep"));
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
  constexpr bool grouping_kind_word(grouping_kind& k) noexcept {
    if (!one_of(next_lower(), "sctg")) return false;
    if (keyword("super-sets") || keyword("super-set")) k = grouping_kind::superset;
    else if (keyword("compound-sets") || keyword("compound-set")) k = grouping_kind::compound_set;
    else if (keyword("tri-sets") || keyword("tri-set")) k = grouping_kind::tri_set;
    else if (keyword("giant-sets") || keyword("giant-set")) k = grouping_kind::giant_set;
    else if (keyword("circuits") || keyword("circuit")) k = grouping_kind::circuit;
    else return false;
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
    if (!sub.keyword("rest")) return false;
    duration d{};
    if (!sub.duration_value(d)) {
      err_ = sub.err_;
      failed_ = true;
      return true;  // it was a rest clause, and a broken one
    }
    if (sub.keyword("between exercises")) {
      if (g.between_exercises.stated) {
        (void)fail(expectation::duplicate_modifier, pos_);
        return true;
      }
      g.between_exercises = rest::of(d);
    } else {
      (void)sub.keyword("between rounds");
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

  // Written back as "name canonical-scheme", an entry must read the same: no
  // tail of the name may join the canonical scheme into another scheme ("squat
  // 18x" with "56s hold" would read back as "squat" with 18x56s). Returns where
  // the first such tail starts, or name_end when none does.
  constexpr std::size_t name_tail_joining(std::size_t name_start, std::size_t name_end, const set_scheme& s) const noexcept {
    // A scheme written with its own set count ("3x10") cannot take a word in
    // front of it; only the forms written without one ("56s", "AMAP", "fail
    // 12-15", "150 non-stop", "pyramid ...") can, so only those are tried. The
    // test mirrors write_scheme (format.hpp), which writes the count exactly then.
    if (s.kind == scheme_kind::straight && (s.sets != 1 || s.per_set.kind == quantity_kind::reps)) return name_end;
    const auto canonical = format(s);
    for (std::size_t v = name_start; v < name_end; ++v) {
      if (v != name_start && !(is_blank(text_[v - 1]) && !is_blank(text_[v]))) continue;
      if (!is_digit(text_[v]) && !one_of(lower(text_[v]), "prdwsacf")) continue;  // cannot start a scheme
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
    // The name ends where the rest of the entry reads as a scheme. When no
    // attempt reads past its first word, the entry lacks its sets.
    std::size_t trimmed_end = end;
    while (trimmed_end > name_start && is_blank(text_[trimmed_end - 1])) --trimmed_end;
    error best{expectation_text(expectation::entry), trimmed_end};
    bool progressed = false;
    for (std::size_t w = name_start; w < end; ++w) {
      if (w != name_start && !(is_blank(text_[w - 1]) && !is_blank(text_[w]))) continue;
      if (!is_digit(text_[w]) && !one_of(lower(text_[w]), "prdwsacf")) continue;  // cannot start a scheme
      parser sub(text_, w, end);
      set_scheme s{};
      if (sub.scheme(s)) {
        sub.skip_blanks();
        std::size_t name_end = w;
        while (name_end > name_start && is_blank(text_[name_end - 1])) --name_end;
        if (name_end == name_start) return fail(rule::exercise_name_empty, name_start);
        if (!detail::well_formed_name(text_.substr(name_start, name_end - name_start)))
          return fail(rule::exercise_name_malformed, name_start);
        if (const std::size_t joins = name_tail_joining(name_start, name_end, s); joins != name_end)
          return fail(rule::exercise_name_joins_scheme, joins);
        if (g.size == max_grouping_entries) return fail(rule::grouping_too_large, name_start);
        g.entries[g.size++] = grouping_entry{text_.substr(name_start, name_end - name_start), s};
        pos_ = end;
        return true;
      }
      if (sub.err_.position > w && (!progressed || sub.err_.position > best.position)) {
        best = sub.err_;
        progressed = true;
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
    if (!one_of(next_lower(), "wpmfc")) return false;
    const std::size_t save = pos_;
    if (keyword("warm-up")) {
      // "warm-up ramp 10,8,5" is a ramp, not a warm-up block
      if (keyword("ramp")) {
        pos_ = save;
        return false;
      }
      r = block_role::warm_up;
    } else if (keyword("priming") || keyword("primer")) {
      r = block_role::priming;
    } else if (keyword("working") || keyword("main")) {
      r = block_role::working;
    } else if (keyword("finishing") || keyword("finisher")) {
      r = block_role::finishing;
    } else if (keyword("cool-down")) {
      r = block_role::cool_down;
    } else {
      return false;
    }
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
    if (next_lower() == 'r' && word("rest") && !word("-pause")) {
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
          b.min_length = u16(lo);
          b.max_length = u16(hi);
          b.length_unit = u;
          if (b.min_length == 0) return fail(rule::block_range_inverted, at);
          if (lo > hi) return fail(rule::block_range_inverted, at);
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
