// Writing one set scheme in the canonical notation: the text writer and the
// scheme's spelling, which the parser also uses to test names against the
// canonical scheme (notation/parse.hpp). Groupings and blocks are written by
// notation/format.hpp, which asks the parser whether a name reads back bare.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/traits.hpp>
#include <sinew/text_view.hpp>

#include <sinew/notation/text.hpp>
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

constexpr void write_quantity(text_writer& w, const quantity& q, bool last_set_amap = false) noexcept {
  switch (q.kind) {
    case quantity_kind::reps:
      w.number(q.min);
      if (q.max != q.min) {
        w.put('-');
        w.number(q.max);
      }
      if (last_set_amap) w.put('+');  // "3x5+": the last set as many as possible
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
  // The kind's words and the shape of its body come from its row (schemes/kinds.hpp).
  const scheme_kind_row& row = row_of(s.kind);
  switch (row.layout) {
    case scheme_layout::counted:
      if (s.sets != 1 || s.per_set.kind == quantity_kind::reps) {
        w.number(s.sets);
        w.put('x');
        if (s.per_set.kind == quantity_kind::to_failure) w.put(' ');  // "5x fail 12-15", as coaches write it
      }
      write_quantity(w, s.per_set, s.last_set_amap);
      break;
    case scheme_layout::listed:
      w.put(row.written);
      w.put(' ');
      write_list(w, s, ',');
      if (s.last_set_amap) w.put('+');
      write_side(w, s.listed_side);
      break;
    case scheme_layout::rep_max:
      w.put(row.written);
      w.put(' ');
      w.number(s.per_set.min);
      w.put("RM");
      break;
    case scheme_layout::interval:
      // "EMOM 10min: 5" for one-minute intervals, "every 2min for 20min: 5" otherwise
      if (s.interval_length == duration{1, time_unit::minute}) {
        w.put("EMOM ");
      } else {
        w.put(row.written);
        w.put(' ');
        w.time(s.interval_length);
        w.put(" for ");
      }
      w.time(s.total_length);
      w.put(": ");
      write_quantity(w, s.per_set, s.last_set_amap);
      break;
    case scheme_layout::mini_sets:
      if (s.sets != 1) {
        w.number(s.sets);
        w.put("x ");
      }
      w.put(row.written);
      w.put(' ');
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
    if (s.drop_load_unit != load_kind::none) {
      for (std::uint8_t i = 0; i != s.drops && i != max_drops; ++i) {
        w.put(i == 0 ? ' ' : ',');
        w.tenths(s.drop_loads[i]);
      }
      w.put(s.drop_load_unit == load_kind::lb ? "lb" : "kg");
    }
  }
  if (s.set_load_count != 0) {
    // One load per set: "@60,70,80,90kg", "@65,75,85%", "@RPE7,8,9".
    w.put(" @");
    if (s.load.kind == load_kind::rpe) w.put("RPE");
    for (std::uint8_t i = 0; i != s.set_load_count && i != max_listed_sets; ++i) {
      if (i != 0) w.put(',');
      w.tenths(s.set_loads[i]);
    }
    if (s.load.kind == load_kind::kg) w.put("kg");
    if (s.load.kind == load_kind::lb) w.put("lb");
    if (s.load.kind == load_kind::percent_1rm) w.put('%');
  } else switch (s.load.kind) {
    case load_kind::none: break;
    case load_kind::kg: w.put(" @"); w.tenths(s.load.tenths); w.put("kg"); break;
    case load_kind::lb: w.put(" @"); w.tenths(s.load.tenths); w.put("lb"); break;
    case load_kind::percent_1rm: w.put(" @"); w.tenths(s.load.tenths); w.put('%'); break;
    case load_kind::rpe: w.put(" @RPE"); w.tenths(s.load.tenths); break;
    case load_kind::rir: w.put(" @RIR"); w.tenths(s.load.tenths); break;
    case load_kind::bodyweight: w.put(" @bw"); break;
    case load_kind::heavier: w.put(" @heavier"); break;
    case load_kind::band: w.put(" @band"); break;
    case load_kind::bodyweight_plus_kg: w.put(" @bw+"); w.tenths(s.load.tenths); w.put("kg"); break;
    case load_kind::bodyweight_plus_lb: w.put(" @bw+"); w.tenths(s.load.tenths); w.put("lb"); break;
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

}  // namespace detail

/// Writes the canonical text into [first, last) and returns one past the last
/// character written; when the range is too small the text is cut short and
/// the return value equals `last`.
constexpr char* format_to(char* first, char* last, const set_scheme& s) noexcept {
  detail::text_writer w(first, last);
  detail::write_scheme(w, s);
  return w.out;
}

namespace detail {
/// Runs `write(text_writer&)` into a fixed_text of N characters.
template <std::size_t N, class Write>
constexpr fixed_text<N> write_into(Write&& write) noexcept {
  fixed_text<N> t;
  text_writer w(t.chars.data(), t.chars.data() + N);
  write(w);
  t.length = static_cast<std::size_t>(w.out - w.first);
  t.truncated = w.overflow;
  return t;
}
}  // namespace detail

/// The canonical text of a scheme.
[[nodiscard]] constexpr scheme_text format(const set_scheme& s) noexcept {
  return detail::write_into<scheme_text_capacity>([&](detail::text_writer& w) { detail::write_scheme(w, s); });
}

}  // namespace sinew
