// The grammar of one set scheme (docs/notation.md): a body - straight sets
// ("3x15", "4x8-12", "3 sets of AMAP", "30s hold"), a listed kind ("pyramid
// 15,12,10"), rest-pause and cluster mini-sets ("8+3+3"), strip sets ("strip
// from 5RM") - then its modifiers in any order, each at most once ("@301",
// "@RPE8", "tempo 3010", "hold 2s", "pause 2s every 5th", "rest 90s",
// "+ 2 drops -20%"). Recursive descent over the lexer (lexer.hpp); a scheme
// read whole is checked against the rules (schemes/rules.hpp) and a broken
// rule is placed by error_placement.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/text_view.hpp>

#include <sinew/notation/detail/error_placement.hpp>
#include <sinew/notation/detail/lexer.hpp>
#include <sinew/notation/keywords.hpp>
#include <sinew/notation/messages.hpp>
#include <sinew/schemes/rules.hpp>
#include <sinew/schemes/set_scheme.hpp>

namespace sinew::detail {

class scheme_parser : public lexer {
 public:
  using lexer::lexer;

  bool last_plus_ = false;  ///< the reps just read end in '+' ("3x5+")

  /// A '+' glued to the reps just read that marks the last set as many as
  /// possible ("3x5+", "5,3,1+"), not the start of drops ("4x8 + 2 drops").
  constexpr bool amap_plus() noexcept {
    if (peek() != '+') return false;
    lexer probe(text_, pos_ + 1, end_);
    probe.skip_blanks();
    if (ascii::is_digit(probe.peek()) || probe.word(kw::double_) || probe.match(keyword_group::drop_count, false) != nullptr ||
        probe.match(keyword_group::drop_word, false) != nullptr)
      return false;
    ++pos_;
    return true;
  }

  // ---- quantity -------------------------------------------------------------
  /// After "fail": an optional target "12-15" (or "between 12 and 15").
  constexpr bool failure_target(quantity& q) noexcept {
    q = quantity::to_failure();
    const std::size_t save = pos_;
    (void)keyword(kw::between);
    skip_blanks();
    if (!ascii::is_digit(peek())) {
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
    if (const auto k = match(keyword_group::quantity_word, false)) {
      if (k->value == static_cast<std::uint8_t>(quantity_kind::amap)) {
        q = quantity::amap();
        (void)keyword(kw::reps);  // "AMRAP reps"
      } else if (!failure_target(q)) {
        return false;
      }
      side_suffix(q);
      return true;
    }
    if (!ascii::is_digit(peek())) return fail(after_sets ? expectation::quantity : expectation::scheme, at);
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
          if (ascii::is_digit(peek())) pos_ = save;
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
    last_plus_ = amap_plus();
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
      if (!ascii::is_digit(peek())) return fail(sep == '+' ? expectation::mini_sets : expectation::list, pos_);
      if (n == max_listed_sets) return fail(sep == '+' ? rule::mini_sets_too_few : rule::list_too_long, pos_);
      m.listed[n] = pos_;
      std::uint32_t v = 0;
      if (!number(v)) return false;
      s.listed[n++] = u16(v);
      if (sep == ',' && amap_plus()) {
        last_plus_ = true;
        break;
      }
      const std::size_t save = pos_;
      skip_blanks();
      // "12,10,8/leg": a '/' before a word is the side, not a separator
      if (sep == '+' ? peek() == '+' : (peek() == ',' || (peek() == '/' && !ascii::is_letter(peek(1))))) {
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
    while (p < end_ && p < stop && (ascii::is_digit(text_[p]) || text_[p] == 'x' || text_[p] == 'X')) ++p;
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
      t.phase[i] = ascii::is_digit(c) ? static_cast<std::uint8_t>(c - '0') : tempo::explosive;
    }
    pos_ = p;
    return true;
  }

  /// Does a list of loads continue at `p` (",70", ", 70")?
  [[nodiscard]] constexpr bool list_follows(std::size_t p) const noexcept {
    lexer probe(text_, p, end_);
    if (probe.peek() != ',') return false;
    ++probe.pos_;
    probe.skip_blanks();
    return ascii::is_digit(probe.peek());
  }
  /// The kg or lb unit at `p`, after blanks (none: no such unit).
  [[nodiscard]] constexpr load_kind absolute_unit_at(std::size_t p, std::size_t& after) const noexcept {
    lexer probe(text_, p, end_);
    const auto k = probe.match(keyword_group::load_unit);
    if (k == nullptr || k->value == static_cast<std::uint8_t>(load_kind::percent_1rm)) return load_kind::none;
    after = probe.pos_;
    return static_cast<load_kind>(k->value);
  }

  /// Amounts separated by ',' after the first (`first`, in tenths), at most
  /// `most` of them, each read against the widest limit; the caller checks
  /// each against its unit's.
  constexpr bool amount_list(detail::array<std::uint16_t, max_listed_sets>& v, std::uint8_t& n, std::uint32_t first,
                             std::uint8_t most, rule too_many, std::size_t mark) noexcept {
    n = 0;
    std::uint32_t amount = first;
    for (;;) {
      if (n == most) return fail(too_many, mark);
      v[n++] = u16(amount);
      if (!list_follows(pos_)) return true;
      ++pos_;
      skip_blanks();
      if (!tenths(amount, absolute_load_limit, pos_)) return false;
    }
  }

  /// A load per set after its first amount: "@60,70,80,90kg", "@65,75,85%",
  /// "@RPE7,8,9" (`kind` rpe: the unit came first).
  constexpr bool load_list(set_scheme& s, std::size_t mark, std::uint32_t first, load_kind kind) noexcept {
    detail::array<std::uint16_t, max_listed_sets> v{};
    std::uint8_t n = 0;
    if (!amount_list(v, n, first, max_listed_sets, rule::set_loads_count, mark)) return false;
    if (kind == load_kind::none) {
      skip_blanks();
      std::size_t after = 0;
      if (peek() == '%') {
        ++pos_;
        kind = load_kind::percent_1rm;
        (void)(keyword(kw::of_1rm) || keyword(kw::one_rm));
      } else if ((kind = absolute_unit_at(pos_, after)) != load_kind::none) {
        pos_ = after;
      } else {
        return fail(expectation::load_unit, pos_);
      }
    }
    const field_limit limit = kind == load_kind::percent_1rm ? percent_limit : kind == load_kind::rpe ? rpe_limit : absolute_load_limit;
    for (std::uint8_t i = 0; i != n; ++i)
      if (v[i] > limit.most) return fail(limit.over, mark);
    s.set_loads = v;
    s.set_load_count = n;
    s.load = load{kind, 0};
    return true;
  }

  /// "@bw+20kg", "bodyweight + 10 lb": after the bodyweight word, an added load
  /// in kg or lb; false (the cursor unmoved) when what follows is not one.
  constexpr bool added_load(load& l, std::size_t mark) noexcept {
    lexer probe(text_, pos_, end_);
    probe.skip_blanks();
    if (probe.peek() != '+') return false;
    ++probe.pos_;
    probe.skip_blanks();
    if (!ascii::is_digit(probe.peek())) return false;
    std::uint32_t v = 0;
    const std::size_t number_at = probe.pos_;
    if (!probe.tenths(v, absolute_load_limit, mark)) {
      // a number too large or malformed: an error when a unit follows the digits
      std::size_t q = number_at, after = 0;
      while (q < end_ && (ascii::is_digit(text_[q]) || text_[q] == '.')) ++q;
      if (absolute_unit_at(q, after) == load_kind::none) return false;
      err_ = probe.err_;
      failed_ = true;
      return false;
    }
    std::size_t after = 0;
    const load_kind unit = absolute_unit_at(probe.pos_, after);
    if (unit == load_kind::none) return false;
    pos_ = after;
    l = load{unit == load_kind::kg ? load_kind::bodyweight_plus_kg : load_kind::bodyweight_plus_lb, v};
    return true;
  }

  /// A load or tempo after '@' (the cursor just past it), or a load written
  /// without one ("80%", "RPE 8", "60 kg", "bw"); `mark` is where it began.
  constexpr bool at_value(set_scheme& s, scheme_marks& m, unsigned& seen, std::size_t mark) noexcept {
    skip_blanks();
    auto claim_load = [&]() {
      if ((seen & 1U) != 0) return fail(expectation::duplicate_modifier, mark);
      seen |= 1U;
      m.load = mark;
      return true;
    };
    auto take_load = [&](load l) {
      if (!claim_load()) return false;
      s.load = l;
      return true;
    };
    const bool rpe = prefix(kw::rpe);
    if (rpe || prefix(kw::rir)) {
      skip_blanks();
      std::uint32_t v = 0;
      if (!tenths(v, rpe ? rpe_limit : rir_limit, mark)) return false;
      if (rpe && list_follows(pos_)) return claim_load() && load_list(s, mark, v, load_kind::rpe);
      return take_load(load{rpe ? load_kind::rpe : load_kind::rir, u16(v)});
    }
    if (const auto k = match(keyword_group::load_word, false)) {
      load l{static_cast<load_kind>(k->value), 0};
      if (l.kind == load_kind::bodyweight) {
        (void)added_load(l, mark);
        if (failed_) return false;
      }
      return take_load(l);
    }
    if (ascii::is_digit(peek())) {
      // "@60,70,80,90kg": a load per set
      lexer probe(text_, pos_, end_);
      std::uint32_t first = 0;
      if (probe.tenths(first, absolute_load_limit, mark) && list_follows(probe.pos_)) {
        pos_ = probe.pos_;
        return claim_load() && load_list(s, mark, first, load_kind::none);
      }
    }
    // A run of digits and X: a tempo unless a load unit or a decimal follows.
    std::size_t p = pos_;
    bool only_digits = true;
    while (p < end_ && (ascii::is_digit(text_[p]) || text_[p] == 'x' || text_[p] == 'X')) {
      if (!ascii::is_digit(text_[p])) only_digits = false;
      ++p;
    }
    if (p == pos_) return fail(expectation::load_or_tempo, pos_);
    std::size_t unit_at = p;  // "@100 kg": a unit after blanks still makes a load
    const bool decimal = only_digits && unit_at + 1 < end_ && text_[unit_at] == '.' && ascii::is_digit(text_[unit_at + 1]);
    if (decimal) {
      unit_at += 2;
      while (unit_at < end_ && ascii::is_digit(text_[unit_at])) ++unit_at;
    }
    while (unit_at < end_ && ascii::is_blank(text_[unit_at])) ++unit_at;
    const char unit = unit_at < end_ ? ascii::lower(text_[unit_at]) : '\0';
    // The unit decides the field, and with it the limit the number is read against.
    load_kind kind = load_kind::none;
    if (unit == '%') {
      kind = load_kind::percent_1rm;
    } else if (only_digits) {
      lexer probe(text_, unit_at, end_);
      const auto k = probe.match(keyword_group::load_unit, false);
      if (k != nullptr && k->value != static_cast<std::uint8_t>(load_kind::percent_1rm)) kind = static_cast<load_kind>(k->value);
    }
    const bool a_load = kind != load_kind::none || decimal || unit == 'k' || unit == 'l' || !boundary_at(p) ||
                        (p < end_ && text_[p] == '.');
    if (!a_load) {
      if ((seen & 2U) != 0) return fail(expectation::duplicate_modifier, mark);
      seen |= 2U;
      std::size_t tat = 0;
      if (!tempo_digits(s.tempo, tat)) return false;
      m.tempo = tat;
      return true;
    }
    if (!only_digits) return fail(expectation::load_or_tempo, pos_);
    if (kind == load_kind::none) return fail(expectation::load_unit, unit_at);
    std::uint32_t v = 0;
    if (!tenths(v, kind == load_kind::percent_1rm ? percent_limit : absolute_load_limit, mark)) return false;
    skip_blanks();
    if (kind == load_kind::percent_1rm) {
      ++pos_;  // '%'
      (void)(keyword(kw::of_1rm) || keyword(kw::one_rm));
    } else {
      (void)match(keyword_group::load_unit, false);
    }
    return take_load(load{kind, u16(v)});
  }

  /// Does a load written without '@' begin at the cursor ("80%", "60 kg",
  /// "60,70kg", "RPE 8", "RIR2", "bw", "bodyweight + 20kg")?
  [[nodiscard]] constexpr bool bare_load_follows() const noexcept {
    lexer probe(text_, pos_, end_);
    if (probe.prefix(kw::rpe) || probe.prefix(kw::rir)) {
      probe.skip_blanks();
      return ascii::is_digit(probe.peek());
    }
    if (const auto k = probe.match(keyword_group::load_word, false))
      return k->value != static_cast<std::uint8_t>(load_kind::rpe) && k->value != static_cast<std::uint8_t>(load_kind::rir);
    std::uint32_t v = 0;
    if (!ascii::is_digit(probe.peek()) || !probe.tenths(v, absolute_load_limit, probe.pos_)) return false;
    if (list_follows(probe.pos_)) return true;
    probe.skip_blanks();
    std::size_t after = 0;
    return probe.peek() == '%' || absolute_unit_at(probe.pos_, after) != load_kind::none;
  }

  constexpr bool position_word(hold_position& p) noexcept {
    const auto k = match(keyword_group::position);
    if (k == nullptr) return false;
    p = static_cast<hold_position>(k->value);
    return true;
  }

  /// Drops given as loads follow: "60,45,30kg", "60 kg".
  [[nodiscard]] constexpr bool drop_loads_follow() const noexcept {
    lexer probe(text_, pos_, end_);
    std::uint32_t v = 0;
    if (!probe.tenths(v, absolute_load_limit, probe.pos_)) return false;
    std::size_t after = 0;
    return list_follows(probe.pos_) || absolute_unit_at(probe.pos_, after) != load_kind::none;
  }
  /// "+ drops 60,45,30kg": a load per drop, in kg or lb; a stated count
  /// ("+ 3 drops") must match the loads.
  constexpr bool drop_loads(set_scheme& s, scheme_marks& m, bool counted) noexcept {
    detail::array<std::uint16_t, max_listed_sets> v{};
    std::uint8_t n = 0;
    std::uint32_t first = 0;
    if (!tenths(first, absolute_load_limit, pos_)) return false;
    if (!amount_list(v, n, first, max_drops, rule::drops_too_many, m.drops)) return false;
    std::size_t after = 0;
    const load_kind unit = absolute_unit_at(pos_, after);
    if (unit == load_kind::none) return fail(expectation::load_unit, pos_);
    pos_ = after;
    if (counted && n != s.drops) return fail(rule::drop_loads_count, m.drops);
    s.drops = n;
    for (std::uint8_t i = 0; i != n; ++i) s.drop_loads[i] = v[i];
    s.drop_load_unit = unit;
    (void)keyword(kw::each_set);
    return true;
  }

  constexpr bool drops_value(set_scheme& s, scheme_marks& m) noexcept {
    // the cursor is just past '+'
    skip_blanks();
    m.drops = pos_;
    std::uint32_t n = 1;
    bool counted = true;
    if (ascii::is_digit(peek())) {
      if (!number(n, drops_limit)) return false;
      skip_blanks();
    } else if (word(kw::double_)) {
      n = 2;
    } else if (const auto k = match(keyword_group::drop_count, false)) {
      n = k->value;
    } else {
      counted = false;
    }
    skip_blanks();
    if (!word(kw::drop_sets) && !word(kw::drop_set) && !word(kw::drops) && !word(kw::drop))
      return fail(expectation::drops, pos_);
    if (n == 0) return fail(rule::drops_too_many, m.drops);
    s.drops = static_cast<std::uint8_t>(n);
    const std::size_t save = pos_;
    skip_blanks();
    if (ascii::is_digit(peek()) && drop_loads_follow()) return drop_loads(s, m, counted);
    if (peek() == '-' || peek() == '+' || ascii::is_digit(peek())) {
      const bool rising = peek() == '+';
      if (!ascii::is_digit(peek())) ++pos_;
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
      if (peek() == ',') {  // "3x8, 80%", "3x8, rest 90s"
        ++pos_;
        skip_blanks();
        if (at_end()) return fail(expectation::modifier, pos_);
      }
      const std::size_t at = pos_;
      if (peek() == '@') {
        ++pos_;
        if (!at_value(s, m, seen, at)) return false;
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
        if (!ascii::is_digit(peek())) return fail(expectation::every, pos_);
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
      } else if (bare_load_follows()) {
        if (!at_value(s, m, seen, at)) return false;
      } else {
        // a bare number after the reps ("3x8 80") could be a load or a tempo: refused
        return fail(ascii::is_digit(peek()) ? expectation::load_unit : expectation::modifier, at);
      }
    }
  }

  // ---- a whole scheme -------------------------------------------------------
  constexpr bool mini_set_body(set_scheme& s, scheme_marks& m, scheme_kind k) noexcept {
    s.kind = k;
    if (!rep_list(s, m, '+')) return false;
    const std::size_t save = pos_;
    skip_blanks();
    if (ascii::is_digit(peek())) {
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
    lexer probe(text_, pos_, end_);
    while (ascii::is_digit(probe.peek())) ++probe.pos_;
    return probe.times_sign() || probe.keyword(kw::sets) || probe.keyword(kw::set);
  }

  /// After a kind's keyword `matched`, the rest of the kind's written words
  /// (`written`: "reverse" is followed by "pyramid"); nothing to read when the
  /// keyword is not the first of them ("warm-up ramp" for "ramp").
  constexpr bool rest_of_written(text_view written, text_view matched) noexcept {
    if (!written.starts_with(matched) || written.size() == matched.size() || written[matched.size()] != ' ') return true;
    const std::size_t save = pos_;
    skip_blanks();
    if (pattern(written.substr(matched.size() + 1))) return true;
    pos_ = save;
    return false;
  }

  /// "E2MOM", "E3MOM": every n minutes on the minute; n, or 0 (the cursor
  /// unmoved) when the word is not there.
  constexpr std::uint32_t enmom() noexcept {
    if (ascii::lower(peek()) != 'e' || !ascii::is_digit(peek(1))) return 0;
    lexer probe(text_, pos_ + 1, end_);
    std::uint32_t n = 0;
    if (!probe.number(n) || n == 0 || !probe.word(kw::mom)) return 0;
    pos_ = probe.pos_;
    return n;
  }

  /// An interval's lengths and the work of each: "EMOM 10min: 5", "E2MOM 20min 3
  /// reps", "every 90s for 15min: 5" (`minutes`: the n of EnMOM, 0 after "every").
  constexpr bool interval_body(set_scheme& s, scheme_marks& m, std::uint32_t minutes_each) noexcept {
    s.kind = scheme_kind::interval;
    duration every{}, total{};
    if (minutes_each != 0) {
      every = duration{u16(minutes_each), time_unit::minute};
    } else {
      if (!duration_value(every)) return false;
      if (!keyword(kw::for_)) return fail(expectation::interval, pos_);
    }
    if (!duration_value(total)) return false;
    if (!symbol(':')) (void)times_sign();
    skip_blanks();
    m.quantity = pos_;
    if (!quantity_value(s.per_set, true)) return false;
    s.last_set_amap = last_plus_;
    s.interval_length = every;
    s.total_length = total;
    const std::uint32_t i = every.in_seconds(), t = total.in_seconds();
    // lengths that make no whole number of intervals leave 0 sets, which the rule names
    s.sets = u16(i == 0 || t % i != 0 || t / i > max_sets ? 0U : t / i);
    return true;
  }

  constexpr bool scheme_body(set_scheme& s, scheme_marks& m) noexcept {
    skip_blanks();
    m.start = pos_;
    if (const std::uint32_t n = enmom(); n != 0) return interval_body(s, m, n);
    if (const auto k = match(keyword_group::scheme_name, false)) {
      // The kind's row (schemes/kinds.hpp) says what follows its keyword.
      const auto kind = static_cast<scheme_kind>(k->value);
      const scheme_kind_row& row = row_of(kind);
      switch (row.layout) {
        case scheme_layout::listed:
          if (!rest_of_written(row.written, k->pattern)) return fail(expectation::pyramid, pos_);
          s.kind = kind;
          break;
        case scheme_layout::rep_max: {
          s.kind = kind;
          (void)(keyword(kw::sets) || keyword(kw::set));
          if (!keyword(kw::from)) return fail(expectation::rep_max, pos_);
          skip_blanks();
          m.quantity = pos_;
          std::uint32_t n = 0;
          if (!ascii::is_digit(peek())) return fail(expectation::rep_max, pos_);
          if (!number(n)) return false;
          if (!keyword(kw::rm) && !keyword(kw::rep_max)) return fail(expectation::rep_max, pos_);
          s.per_set = quantity::reps(u16(n));
          return true;
        }
        case scheme_layout::mini_sets: return mini_set_body(s, m, kind);
        case scheme_layout::interval: return interval_body(s, m, k->pattern == entry_of(kw::emom).pattern ? 1U : 0U);
        case scheme_layout::counted: break;
      }
    } else if (ascii::is_digit(peek()) && bare_list_follows()) {
      // "5,3,1+": the listed reps alone, the kind read from their shape
      s.kind = scheme_kind::pyramid;
      if (!listed_body(s, m)) return false;
      s.kind = listed_shape(s);
      return true;
    } else {
      // [sets ("x" | "sets of")] quantity
      std::uint32_t sets = 1;
      if (ascii::is_digit(peek()) && set_count_follows()) {
        if (!number(sets, sets_limit)) return false;
        if (!times_sign()) {
          (void)(keyword(kw::sets) || keyword(kw::set));
          if (!times_sign()) (void)keyword(kw::of);  // "3 sets x 12 reps", "3 sets of 12"
        }
        skip_blanks();
        const std::size_t kind_at = pos_;
        if (const auto named = match(keyword_group::scheme_name, false)) {
          // "3x rest-pause 8+3+3": a set count only before a kind of mini-sets
          const auto kind = static_cast<scheme_kind>(named->value);
          if (row_of(kind).layout == scheme_layout::mini_sets) {
            if (!mini_set_body(s, m, kind)) return false;
            s.sets = u16(sets);
            return true;
          }
          pos_ = kind_at;
        }
        (void)keyword(kw::to_technical);
      }
      m.quantity = pos_;
      s.kind = scheme_kind::straight;
      s.sets = u16(sets);
      if (!quantity_value(s.per_set, pos_ != m.start)) return false;
      s.last_set_amap = last_plus_;
      return true;
    }
    // the listed kinds
    return listed_body(s, m);
  }

  /// The reps of a listed kind, an optional '+' on the last, "reps" and a side.
  constexpr bool listed_body(set_scheme& s, scheme_marks& m) noexcept {
    if (!rep_list(s, m, ',')) return false;
    s.last_set_amap = last_plus_;
    (void)(keyword(kw::reps) || keyword(kw::rep));
    quantity side{};
    side_suffix(side);
    s.listed_side = side.side;
    s.sets = s.listed_count;
    return true;
  }

  /// Does a bare list of reps begin at the cursor ("5,3,1+", "15, 12, 10")?
  [[nodiscard]] constexpr bool bare_list_follows() const noexcept {
    lexer probe(text_, pos_, end_);
    std::uint32_t v = 0;
    return probe.number(v) && list_follows(probe.pos_);
  }

  /// The kind a bare list's shape names: reps down, a pyramid; up, a reverse
  /// pyramid; down then up, a double pyramid; any other shape is read as a
  /// pyramid, whose rule then names the set that breaks it.
  [[nodiscard]] static constexpr scheme_kind listed_shape(const set_scheme& s) noexcept {
    const std::uint8_t n = s.listed_count;
    std::uint8_t i = 1;
    while (i < n && s.listed[i] < s.listed[i - 1]) ++i;
    if (i == n) return scheme_kind::pyramid;
    const std::uint8_t low = static_cast<std::uint8_t>(i - 1);
    while (i < n && s.listed[i] > s.listed[i - 1]) ++i;
    if (i != n) return scheme_kind::pyramid;
    return low == 0 ? scheme_kind::reverse_pyramid : scheme_kind::double_pyramid;
  }


  constexpr bool scheme(set_scheme& s) noexcept {
    scheme_marks m{};
    s = set_scheme{};
    if (!scheme_body(s, m)) return false;
    if (!modifiers(s, m)) return false;
    const rule_check c = check(s);
    if (!c.ok()) return fail(c.rule, scheme_error_position(c, s, m));
    return true;
  }
};

}  // namespace sinew::detail
