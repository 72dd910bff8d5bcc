// Writing set schemes in the canonical notation: one spelling per value, the
// shortest natural one ("3x10-12/leg", "pyramid 15,12,10,8,4", "4x8 + 2 drops
// -20% @100kg @301 hold 2s rest 90s"), in a fixed order (body, drops, load,
// tempo, hold, pause, stretch and squeeze, rest). parse(format(x)) == x for every
// valid x. No heap: text goes into a fixed_text or a caller's char range.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/text_view.hpp>
#include <type_traits>

#include <sinew/notation/text.hpp>
#include <sinew/schemes/grouping.hpp>
#include <sinew/schemes/set_scheme.hpp>

namespace sinew {
namespace detail {

/// Appends into [first, last); remembers when something did not fit.
struct text_writer {
  char* first;
  char* last;
  char* out;
  bool overflow = false;

  constexpr text_writer(char* f, char* l) noexcept : first(f), last(l), out(f) {}
  constexpr void put(char c) noexcept {
    if (out == last) {
      overflow = true;
      return;
    }
    *out++ = c;
  }
  constexpr void put(text_view s) noexcept {
    for (char c : s) put(c);
  }
  constexpr void number(std::uint32_t v) noexcept {
    char digits[10]{};
    int n = 0;
    do {
      digits[n++] = static_cast<char>('0' + v % 10U);
      v /= 10U;
    } while (v != 0 && n < 10);
    while (n > 0) put(digits[--n]);
  }
  constexpr void tenths(std::uint32_t v) noexcept {
    number(v / 10U);
    if (v % 10U != 0) {
      put('.');
      put(static_cast<char>('0' + v % 10U));
    }
  }
  constexpr void time(duration d) noexcept {
    number(d.amount);
    put(d.unit == time_unit::minute ? "min" : "s");
  }
};

constexpr void write_side(text_writer& w, rep_count s) noexcept {
  switch (s) {
    case rep_count::per_leg: w.put("/leg"); break;
    case rep_count::per_side: w.put("/side"); break;
    case rep_count::steps: w.put(" steps"); break;
    case rep_count::both: break;
  }
}

constexpr void write_quantity(text_writer& w, const quantity& q) noexcept {
  switch (q.kind) {
    case quantity_kind::reps:
      w.number(q.min);
      if (q.max != q.min) {
        w.put('-');
        w.number(q.max);
      }
      break;
    case quantity_kind::amap: w.put("AMAP"); break;
    case quantity_kind::to_failure:
      w.put("fail");
      if (q.max != 0) {
        w.put(' ');
        w.number(q.min);
        if (q.max != q.min) {
          w.put('-');
          w.number(q.max);
        }
      }
      break;
    case quantity_kind::non_stop:
      w.number(q.min);
      w.put(" non-stop");
      break;
    case quantity_kind::distance:
      w.number(q.min);
      w.put(q.unit == static_cast<std::uint8_t>(distance_unit::yard) ? "yd" : "m");
      break;
    case quantity_kind::time:
      w.time(q.as_duration());
      w.put(" hold");
      break;
  }
  write_side(w, q.side);
}

constexpr void write_list(text_writer& w, const set_scheme& s, char sep) noexcept {
  for (std::uint8_t i = 0; i != s.listed_count && i != max_listed_sets; ++i) {
    if (i != 0) w.put(sep);
    w.number(s.listed[i]);
  }
}

constexpr void write_position(text_writer& w, hold_position p) noexcept {
  w.put(p == hold_position::top ? " top" : " bottom");
}

constexpr text_view ordinal_suffix(std::uint32_t n) noexcept {
  if (n % 100U >= 11U && n % 100U <= 13U) return "th";
  switch (n % 10U) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
  }
}

constexpr void write_scheme(text_writer& w, const set_scheme& s) noexcept {
  switch (s.kind) {
    case scheme_kind::straight:
      if (s.sets != 1 || s.per_set.kind == quantity_kind::reps) {
        w.number(s.sets);
        w.put('x');
        if (s.per_set.kind == quantity_kind::to_failure) w.put(' ');  // "5x fail 12-15", as coaches write it
      }
      write_quantity(w, s.per_set);
      break;
    case scheme_kind::pyramid: w.put("pyramid "); write_list(w, s, ','); break;
    case scheme_kind::reverse_pyramid: w.put("reverse pyramid "); write_list(w, s, ','); break;
    case scheme_kind::double_pyramid: w.put("double pyramid "); write_list(w, s, ','); break;
    case scheme_kind::warm_up_ramp: w.put("ramp "); write_list(w, s, ','); break;
    case scheme_kind::strip:
      w.put("strip from ");
      w.number(s.per_set.min);
      w.put("RM");
      break;
    case scheme_kind::rest_pause:
    case scheme_kind::cluster:
      if (s.sets != 1) {
        w.number(s.sets);
        w.put("x ");
      }
      w.put(s.kind == scheme_kind::rest_pause ? "rest-pause " : "cluster ");
      write_list(w, s, '+');
      if (s.between_mini_sets.stated) {
        w.put(' ');
        w.time(s.between_mini_sets.length);
      }
      break;
  }
  if (s.drops != 0) {
    w.put(" + ");
    w.number(s.drops);
    w.put(s.drops == 1 ? " drop" : " drops");
    if (s.drop_percent != 0) {
      w.put(s.drop_percent < 0 ? " -" : " +");
      w.number(static_cast<std::uint32_t>(s.drop_percent < 0 ? -s.drop_percent : s.drop_percent));
      w.put('%');
    }
  }
  switch (s.load.kind) {
    case load_kind::none: break;
    case load_kind::kg: w.put(" @"); w.tenths(s.load.tenths); w.put("kg"); break;
    case load_kind::lb: w.put(" @"); w.tenths(s.load.tenths); w.put("lb"); break;
    case load_kind::percent_1rm: w.put(" @"); w.tenths(s.load.tenths); w.put('%'); break;
    case load_kind::rpe: w.put(" @RPE"); w.tenths(s.load.tenths); break;
    case load_kind::rir: w.put(" @RIR"); w.tenths(s.load.tenths); break;
    case load_kind::bodyweight: w.put(" @bw"); break;
    case load_kind::heavier: w.put(" @heavier"); break;
    case load_kind::band: w.put(" @band"); break;
  }
  if (s.tempo.kind == tempo::mode::none) w.put(" no tempo");
  if (s.tempo.kind == tempo::mode::digits) {
    w.put(" @");
    for (std::uint8_t i = 0; i != s.tempo.length && i != 4; ++i)
      w.put(s.tempo.phase[i] == tempo::explosive ? 'X' : static_cast<char>('0' + s.tempo.phase[i] % 10));
  }
  if (s.hold.seconds != 0) {
    w.put(" hold ");
    w.number(s.hold.seconds);
    w.put('s');
    if (s.hold.position != hold_position::top) write_position(w, s.hold.position);
  }
  if (s.pause.seconds != 0) {
    w.put(" pause ");
    w.number(s.pause.seconds);
    w.put("s every ");
    w.number(s.pause.every);
    w.put(ordinal_suffix(s.pause.every));
    if (s.pause.position != hold_position::bottom) write_position(w, s.pause.position);
  }
  if (s.stretch_and_squeeze != 0) {
    w.put(" stretch and squeeze ");
    w.number(s.stretch_and_squeeze);
    w.put('s');
  }
  if (s.rest_after.stated) {
    w.put(" rest ");
    w.time(s.rest_after.length);
  }
}

constexpr text_view grouping_name(grouping_kind k) noexcept {
  switch (k) {
    case grouping_kind::superset: return "superset";
    case grouping_kind::compound_set: return "compound set";
    case grouping_kind::tri_set: return "tri-set";
    case grouping_kind::giant_set: return "giant set";
    case grouping_kind::circuit: return "circuit";
  }
  return "";
}

// Defined in parse.hpp (included at the end of this header): does the name,
// written bare before its canonical scheme, read back as itself and that scheme?
constexpr bool bare_name_reads_back(text_view name, const set_scheme& s, std::size_t index) noexcept;

constexpr void write_grouping(text_writer& w, const grouping& g) noexcept {
  w.put(grouping_name(g.kind));
  w.put(':');
  for (std::uint8_t i = 0; i != g.size && i != max_grouping_entries; ++i) {
    if (i != 0) w.put(';');
    w.put(' ');
    w.put(static_cast<char>('A' + i));
    w.put(' ');
    // A name is quoted exactly when written bare it would not read back ("warm-up"
    // before "ramp 10,8,5" would read as the scheme "warm-up ramp 10,8,5").
    // Names hold no '"' (well_formed_name), so a quoted one needs no escapes.
    const bool quoted = !bare_name_reads_back(g.entries[i].exercise, g.entries[i].scheme, i);
    if (quoted) w.put('"');
    w.put(g.entries[i].exercise);
    if (quoted) w.put('"');
    w.put(' ');
    write_scheme(w, g.entries[i].scheme);
  }
  if (g.between_exercises.stated) {
    w.put("; rest ");
    w.time(g.between_exercises.length);
    w.put(" between exercises");
  }
  if (g.between_rounds.stated) {
    w.put("; rest ");
    w.time(g.between_rounds.length);
  }
}

constexpr text_view role_name(block_role r) noexcept {
  switch (r) {
    case block_role::none: return "";
    case block_role::warm_up: return "warm-up";
    case block_role::priming: return "priming";
    case block_role::working: return "working";
    case block_role::finishing: return "finishing";
    case block_role::cool_down: return "cool-down";
  }
  return "";
}

constexpr void write_block(text_writer& w, const block& b) noexcept {
  w.put(role_name(b.role));
  if (b.role != block_role::none && b.min_length != 0) {
    w.put(' ');
    w.number(b.min_length);
    if (b.max_length != b.min_length) {
      w.put('-');
      w.number(b.max_length);
    }
    w.put(b.length_unit == time_unit::minute ? "min" : "s");
  }
  const bool roled = b.role != block_role::none;
  switch (b.content) {
    case block_content::none: break;
    case block_content::scheme:
      if (roled) w.put(": ");
      write_scheme(w, b.scheme);
      break;
    case block_content::grouping:
      if (roled) w.put(' ');
      write_grouping(w, b.group);
      break;
    case block_content::rest:
      if (roled) w.put(": ");
      w.put("rest ");
      w.time(b.rest_period.length);
      break;
  }
}

}  // namespace detail

/// Writes the canonical text into [first, last) and returns one past the last
/// character written; when the range is too small the text is cut short and
/// the return value equals `last`.
constexpr char* format_to(char* first, char* last, const set_scheme& s) noexcept {
  detail::text_writer w(first, last);
  detail::write_scheme(w, s);
  return w.out;
}
constexpr char* format_to(char* first, char* last, const grouping& g) noexcept {
  detail::text_writer w(first, last);
  detail::write_grouping(w, g);
  return w.out;
}
constexpr char* format_to(char* first, char* last, const block& b) noexcept {
  detail::text_writer w(first, last);
  detail::write_block(w, b);
  return w.out;
}

namespace detail {
template <std::size_t N, class T>
constexpr fixed_text<N> format_into(const T& value) noexcept {
  fixed_text<N> t;
  text_writer w(t.chars.data(), t.chars.data() + N);
  if constexpr (std::is_same_v<T, set_scheme>) write_scheme(w, value);
  else if constexpr (std::is_same_v<T, grouping>) write_grouping(w, value);
  else write_block(w, value);
  t.length = static_cast<std::size_t>(w.out - w.first);
  t.truncated = w.overflow;
  return t;
}
}  // namespace detail

/// The canonical text of a scheme.
[[nodiscard]] constexpr scheme_text format(const set_scheme& s) noexcept {
  return detail::format_into<scheme_text_capacity>(s);
}
[[nodiscard]] constexpr line_text format(const grouping& g) noexcept {
  return detail::format_into<line_text_capacity>(g);
}
[[nodiscard]] constexpr line_text format(const block& b) noexcept {
  return detail::format_into<line_text_capacity>(b);
}

}  // namespace sinew

// The grouping writer asks the parser whether a name reads back bare; parse.hpp
// includes this header first, so either order of inclusion sees both.
#include "sinew/notation/parse.hpp"  // IWYU pragma: export
