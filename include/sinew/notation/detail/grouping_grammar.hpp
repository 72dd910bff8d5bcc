// The grammar of groupings and lines (docs/notation.md): a grouping's kind and
// its entries ("tri-set: A squat 3x10; B lunge 3x12/leg; C calf raise 3x15"),
// each an optional label, an exercise name (bare or quoted) and a scheme, then
// its rest clauses; and a line, which is a scheme, a grouping, a rest or a
// block with its role and length ("warm-up 10-15min: ..."). A bare name ends
// where the rest of its entry reads as a scheme, so the entries are read with
// the scheme grammar (scheme_grammar.hpp) itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/text_view.hpp>

#include <sinew/detail/array.hpp>
#include <sinew/notation/detail/scheme_grammar.hpp>
#include <sinew/notation/format_scheme.hpp>
#include <sinew/notation/keywords.hpp>
#include <sinew/notation/messages.hpp>
#include <sinew/schemes/grouping.hpp>
#include <sinew/schemes/rules.hpp>
#include <sinew/schemes/set_scheme.hpp>

namespace sinew::detail {

class parser : public scheme_parser {
 public:
  using scheme_parser::scheme_parser;

  // ---- groupings --------------------------------------------------------------
  constexpr bool grouping_kind_word(grouping_kind& k) noexcept {
    const auto w = match(keyword_group::grouping_kind);
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
      if (i > p && ascii::is_blank(text_[i - 1]) && label_at(text_.substr(0, end_), i)) return i;
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
    const auto between = sub.match(keyword_group::grouping_rest);
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
    if (v != from && !(ascii::is_blank(text_[v - 1]) && !ascii::is_blank(text_[v]))) return false;
    return scheme_starts.has(ascii::lower(text_[v]));
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
      while (ascii::is_digit(text_[pos_])) ++pos_;
      pos_ += 2;
    } else if (pos_ + 1 < end && ascii::lower(text_[pos_]) == static_cast<char>('a' + index)) {
      std::size_t q = pos_ + 1;
      if (q < end && (text_[q] == '.' || text_[q] == ')')) ++q;
      if (q < end && ascii::is_blank(text_[q])) pos_ = q;
    }
    skip_blanks();
    const std::size_t name_start = pos_;
    if (g.size == max_grouping_entries) return fail(rule::grouping_too_large, name_start);
    if (peek() == '"') return quoted_entry(g, end);
    text_view name{};
    set_scheme s{};
    if (!bare_name_then_scheme(name_start, end, name, s)) return false;
    g.entries[g.size++] = grouping_entry{name, s};
    return true;
  }

  /// Reads [name_start, end) as a bare name followed by its scheme (a grouping's
  /// entry, or an exercise line of a program file): the name views the text.
  constexpr bool bare_name_then_scheme(std::size_t name_start, std::size_t end, text_view& name,
                                       set_scheme& scheme) noexcept {
    // The name ends where the rest of the entry reads as a scheme. When no
    // attempt reads past its first word, the entry lacks its sets. A name
    // holds at most max_exercise_name bytes: the search stops at the first
    // byte of the name beyond them, however long the entry.
    const std::size_t longest = name_start + max_exercise_name;
    std::size_t trimmed_end = end;
    while (trimmed_end > name_start && ascii::is_blank(text_[trimmed_end - 1])) --trimmed_end;
    error best = rule_error(expectation::entry, trimmed_end);
    bool progressed = false;
    for (std::size_t w = name_start; w < end; ++w) {
      const bool may_start = scheme_may_start(w, name_start);
      if (may_start) {
        parser sub(text_, w, end);
        set_scheme s{};
        if (sub.scheme(s)) {
          std::size_t name_end = w;
          while (name_end > name_start && ascii::is_blank(text_[name_end - 1])) --name_end;
          if (name_end == name_start) return fail(rule::exercise_name_empty, name_start);
          if (!detail::well_formed_name(text_.substr(name_start, name_end - name_start)))
            return fail(rule::exercise_name_malformed, name_start);
          if (const std::size_t joins = name_tail_joining(name_start, name_end, s); joins != name_end)
            return fail(rule::exercise_name_joins_scheme, joins);
          name = text_.substr(name_start, name_end - name_start);
          scheme = s;
          pos_ = end;
          return true;
        }
        if (sub.err_.position > w && (!progressed || sub.err_.position > best.position)) {
          best = sub.err_;
          progressed = true;
        }
      }
      // w belongs to the name now: past the limit, no later split can help
      if (w >= longest && !ascii::is_blank(text_[w])) {
        if (!progressed) best = rule_error(rule::exercise_name_too_long, longest);
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
    const auto k = match(keyword_group::block_role);
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
      if (ascii::is_digit(peek())) {
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

}  // namespace sinew::detail
