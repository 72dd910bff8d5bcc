// Writing set schemes, groupings and blocks in the canonical notation (the
// scheme itself in format_scheme.hpp): one spelling per value, the
// shortest natural one ("3x10-12/leg", "pyramid 15,12,10,8,4", "4x8 + 2 drops
// -20% @100kg @301 hold 2s rest 90s"), in a fixed order (body, drops, load,
// tempo, hold, pause, stretch and squeeze, rest). parse(format(x)) == x for every
// valid x. No heap: text goes into a fixed_text or a caller's char range.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/notation/format_scheme.hpp>
#include <sinew/notation/parse.hpp>
#include <sinew/notation/text.hpp>
#include <sinew/schemes/grouping.hpp>

namespace sinew {
namespace detail {

constexpr text_view grouping_name(grouping_kind k) noexcept { return name_in(grouping_kind_written, k); }

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

constexpr text_view role_name(block_role r) noexcept { return name_in(block_role_written, r); }

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

[[nodiscard]] constexpr line_text format(const grouping& g) noexcept {
  return detail::write_into<line_text_capacity>([&](detail::text_writer& w) { detail::write_grouping(w, g); });
}
[[nodiscard]] constexpr line_text format(const block& b) noexcept {
  return detail::write_into<line_text_capacity>([&](detail::text_writer& w) { detail::write_block(w, b); });
}

}  // namespace sinew

