// Opt-in JSON for schemes, groupings, blocks and their figures: the structure
// the `sinew parse --json` command prints. Field names are snake_case and part
// of the public interface (add, never rename). Uses <string>, so the core
// headers never include it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <sinew/json_text.hpp>
#include <sinew/notation/format.hpp>
#include <sinew/schemes/figures.hpp>

namespace sinew::json {

namespace detail {

inline void tenths(std::string& out, std::uint64_t v) {
  out += std::to_string(v / 10U);
  if (v % 10U != 0) {
    out += '.';
    out += static_cast<char>('0' + v % 10U);
  }
}
inline void time(std::string& out, const duration& d) {
  out += "{\"amount\":" + std::to_string(d.amount) + ",\"unit\":\"" + std::string(name_of(d.unit)) +
         "\",\"seconds\":" + std::to_string(d.in_seconds()) + '}';
}
inline void rest_value(std::string& out, const rest& r) {
  if (!r.stated) out += "null";
  else time(out, r.length);
}
// Each enumerator's JSON name is its name_of, written once beside its enum.
inline std::string_view side_name(rep_count s) { return name_of(s); }
inline std::string_view quantity_name(quantity_kind k) { return name_of(k); }
inline std::string_view scheme_name(scheme_kind k) { return name_of(k); }
inline std::string_view load_name(load_kind k) { return name_of(k); }
inline std::string_view grouping_name(grouping_kind k) { return name_of(k); }
inline std::string_view role_name(block_role r) { return name_of(r); }
inline std::string_view position_name(hold_position p) { return name_of(p); }
/// The largest integer every JSON reader holds exactly (a double's 53 bits,
/// RFC 8259 section 6); a figure above it is reported over the limit.
inline constexpr std::uint64_t max_exact_integer = (std::uint64_t{1} << 53) - 1;
/// Can `f` be written as JSON numbers? (Over the limit: no, nor anything above max_exact_integer.)
inline bool printable(const figure& f) { return f.known && f.max <= max_exact_integer; }
inline bool over_the_limit(const figure& f) { return f.over_the_limit || (f.known && f.max > max_exact_integer); }
inline void range(std::string& out, const figure& f) {
  if (!printable(f)) out += "null";
  else out += "{\"min\":" + std::to_string(f.min) + ",\"max\":" + std::to_string(f.max) + '}';
}

inline void scheme_value(std::string& out, const set_scheme& s) {
  out += "{\"type\":\"";
  out += scheme_name(s.kind);
  out += "\",\"canonical\":";
  append_quoted(out, format(s).view());
  out += ",\"sets\":" + std::to_string(s.sets);
  out += ",\"quantity\":";
  if (s.kind == scheme_kind::straight || s.kind == scheme_kind::strip || s.kind == scheme_kind::interval) {
    out += "{\"kind\":\"";
    out += quantity_name(s.per_set.kind);
    out += "\",\"min\":" + std::to_string(s.per_set.min) + ",\"max\":" + std::to_string(s.per_set.max) + ",\"unit\":";
    if (s.per_set.kind == quantity_kind::distance)
      out += '"' + std::string(name_of(static_cast<distance_unit>(s.per_set.unit))) + '"';
    else if (s.per_set.kind == quantity_kind::time)
      out += '"' + std::string(name_of(static_cast<time_unit>(s.per_set.unit))) + '"';
    else
      out += "null";
    out += ",\"side\":\"";
    out += side_name(s.per_set.side);
    out += "\"}";
  } else {
    out += "null";
  }
  out += ",\"listed_reps\":[";
  for (std::uint8_t i = 0; i != s.listed_count && i != max_listed_sets; ++i) {
    if (i != 0) out += ',';
    out += std::to_string(s.listed[i]);
  }
  out += "],\"rest_between_mini_sets\":";
  rest_value(out, s.between_mini_sets);
  out += ",\"drops\":" + std::to_string(s.drops) + ",\"drop_percent\":" + std::to_string(s.drop_percent);
  out += ",\"load\":";
  if (s.load.kind == load_kind::none) {
    out += "null";
  } else {
    out += "{\"kind\":\"";
    out += load_name(s.load.kind);
    out += "\",\"amount\":";
    // loads listed set by set: the one amount is null, each set's is in set_loads
    if (s.set_load_count != 0) out += "null";
    else tenths(out, s.load.tenths);
    out += '}';
  }
  out += ",\"set_loads\":[";
  for (std::uint8_t i = 0; i != s.set_load_count && i != max_listed_sets; ++i) {
    if (i != 0) out += ',';
    tenths(out, s.set_loads[i]);
  }
  out += "],\"last_set_amap\":";
  out += s.last_set_amap ? "true" : "false";
  out += ",\"listed_side\":\"";
  out += side_name(s.listed_side);
  out += "\",\"drop_loads\":";
  if (s.drop_load_unit == load_kind::none) {
    out += "null";
  } else {
    out += "{\"unit\":\"";
    out += load_name(s.drop_load_unit);
    out += "\",\"amounts\":[";
    for (std::uint8_t i = 0; i != s.drops && i != max_drops; ++i) {
      if (i != 0) out += ',';
      tenths(out, s.drop_loads[i]);
    }
    out += "]}";
  }
  out += ",\"interval\":";
  if (s.kind != scheme_kind::interval) {
    out += "null";
  } else {
    out += "{\"every\":";
    time(out, s.interval_length);
    out += ",\"total\":";
    time(out, s.total_length);
    out += '}';
  }
  out += ",\"tempo\":";
  if (s.tempo.kind == tempo::mode::unstated) out += "null";
  else if (s.tempo.kind == tempo::mode::none) out += "\"none\"";
  else {
    std::string digits;
    for (std::uint8_t i = 0; i != s.tempo.length && i != 4; ++i)
      digits += s.tempo.phase[i] == tempo::explosive ? 'X' : static_cast<char>('0' + s.tempo.phase[i] % 10);
    append_quoted(out, digits);
  }
  out += ",\"hold\":";
  if (s.hold.seconds == 0) out += "null";
  else out += "{\"seconds\":" + std::to_string(s.hold.seconds) + ",\"position\":\"" + std::string(position_name(s.hold.position)) + "\"}";
  out += ",\"pause\":";
  if (s.pause.seconds == 0) out += "null";
  else
    out += "{\"seconds\":" + std::to_string(s.pause.seconds) + ",\"every\":" + std::to_string(s.pause.every) +
           ",\"position\":\"" + std::string(position_name(s.pause.position)) + "\"}";
  out += ",\"stretch_and_squeeze_seconds\":" + std::to_string(s.stretch_and_squeeze);
  out += ",\"rest\":";
  rest_value(out, s.rest_after);
  out += '}';
}

inline void grouping_value(std::string& out, const grouping& g) {
  out += "{\"type\":\"";
  out += grouping_name(g.kind);
  out += "\",\"entries\":[";
  bool first = true;
  for (const auto& e : g) {
    if (!first) out += ',';
    first = false;
    out += "{\"exercise\":";
    append_quoted(out, e.exercise);
    out += ",\"scheme\":";
    scheme_value(out, e.scheme);
    out += '}';
  }
  out += "],\"rest_between_exercises\":";
  rest_value(out, g.between_exercises);
  out += ",\"rest_between_rounds\":";
  rest_value(out, g.between_rounds);
  out += '}';
}

}  // namespace detail

/// The derived figures as a JSON object (times in seconds, volume load in the load's unit).
/// A figure is null when unknown or when it cannot be written exactly; then
/// `over_the_limit` lists its field name, so null with the name listed means
/// "too large to give", null without it "unknown".
inline std::string to_json(const figures& f) {
  std::string out = "{\"total_sets\":" + std::to_string(f.total_sets) + ",\"total_reps\":";
  detail::range(out, f.total_reps);
  out += ",\"reps_per_side\":";
  detail::range(out, f.reps_per_side);
  out += ",\"time_under_tension_seconds\":";
  detail::range(out, f.time_under_tension);
  out += ",\"duration_seconds\":";
  detail::range(out, f.duration);
  out += ",\"volume_load\":";
  if (!detail::printable(f.volume_load)) {
    out += "null";
  } else {
    out += "{\"min\":";
    detail::tenths(out, f.volume_load.min);
    out += ",\"max\":";
    detail::tenths(out, f.volume_load.max);
    out += ",\"unit\":\"";
    out += detail::load_name(f.volume_unit);
    out += "\"}";
  }
  out += ",\"over_the_limit\":[";
  bool first = true;
  const auto list_if_over = [&](std::string_view name, const figure& value) {
    if (!detail::over_the_limit(value)) return;
    if (!first) out += ',';
    first = false;
    append_quoted(out, name);
  };
  list_if_over("total_reps", f.total_reps);
  list_if_over("reps_per_side", f.reps_per_side);
  list_if_over("time_under_tension_seconds", f.time_under_tension);
  list_if_over("duration_seconds", f.duration);
  list_if_over("volume_load", f.volume_load);
  out += "]}";
  return out;
}

inline std::string to_json(const set_scheme& s) {
  std::string out;
  detail::scheme_value(out, s);
  return out;
}
inline std::string to_json(const grouping& g) {
  std::string out;
  detail::grouping_value(out, g);
  return out;
}

/// A parsed line: its canonical text, role and length, content, and figures.
inline std::string to_json(const block& b) {
  std::string out = "{\"canonical\":";
  append_quoted(out, format(b).view());
  out += ",\"role\":\"";
  out += detail::role_name(b.role);
  out += "\",\"length\":";
  if (b.min_length == 0) out += "null";
  else
    out += "{\"min\":" + std::to_string(b.min_length) + ",\"max\":" + std::to_string(b.max_length) + ",\"unit\":\"" +
           (b.length_unit == time_unit::minute ? "min" : "s") + "\"}";
  out += ",\"content\":\"";
  switch (b.content) {
    case block_content::none: out += "none\",\"value\":null"; break;
    case block_content::scheme: out += "scheme\",\"value\":"; detail::scheme_value(out, b.scheme); break;
    case block_content::grouping: out += "grouping\",\"value\":"; detail::grouping_value(out, b.group); break;
    case block_content::rest: out += "rest\",\"value\":"; detail::rest_value(out, b.rest_period); break;
  }
  out += ",\"figures\":" + to_json(figures_of(b)) + '}';
  return out;
}

}  // namespace sinew::json
