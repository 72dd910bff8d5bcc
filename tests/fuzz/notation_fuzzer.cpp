// libFuzzer target for the set notation (parse, parse_scheme, parse_grouping,
// format, format_to, figures_of). Any bytes must either be refused with a
// "sinew:" message at a position inside the input, or read to a valid value
// for which:
//   - the canonical text reads back to the same value and formats to itself;
//   - parse_scheme, parse_grouping and parse agree on what they all read;
//   - format_to writes exactly the canonical text's prefix into any capacity,
//     never a byte past it, and reports a cut (returns `last`) when it is short;
//   - every figure equals a reference computed here in 128-bit arithmetic from
//     the value's fields (so a wrapped number can never pass), min <= max, and
//     the known/unknown state follows from the prescription.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "sinew/notation.hpp"

namespace {

using sinew_fuzz::require;
using u128 = unsigned __int128;

// ---- the 128-bit reference for figures ---------------------------------------------

struct ref_figure {
  bool known = false;
  u128 min = 0;
  u128 max = 0;
  static ref_figure exactly(u128 v) { return {true, v, v}; }
  static ref_figure between(u128 lo, u128 hi) { return {true, lo, hi}; }
  friend ref_figure operator+(ref_figure a, ref_figure b) {
    if (!a.known || !b.known) return {};
    return {true, a.min + b.min, a.max + b.max};
  }
  friend ref_figure operator*(ref_figure a, u128 k) {
    if (!a.known) return {};
    return {true, a.min * k, a.max * k};
  }
};

struct ref_figures {
  u128 total_sets = 0;
  ref_figure total_reps, reps_per_side, time_under_tension, duration, volume_load;
  sinew::load_kind volume_unit = sinew::load_kind::none;
};

// The documented defaults (docs/notation.md), restated here on purpose: if the
// library's defaults change, this reference must be changed with them.
constexpr u128 seconds_per_rep_default = 3, explosive_seconds = 1, rest_between_sets = 90, rest_pause_rest = 15,
               cluster_rest = 20, drop_change = 10, centimetres_per_second = 100, circuit_transition = 15;

u128 seconds_of(const sinew::duration& d) { return d.unit == sinew::time_unit::minute ? u128{d.amount} * 60 : u128{d.amount}; }
u128 rest_or(const sinew::rest& r, u128 fallback) { return r.stated ? seconds_of(r.length) : fallback; }

u128 seconds_per_rep(const sinew::set_scheme& s) {
  u128 per = 0;
  if (s.tempo.kind == sinew::tempo::mode::digits) {
    for (std::size_t i = 0; i != s.tempo.length && i != 4; ++i)
      per += s.tempo.phase[i] == sinew::tempo::explosive ? explosive_seconds : u128{s.tempo.phase[i]};
  } else {
    per = seconds_per_rep_default;
  }
  return per + s.hold.seconds + 2 * u128{s.stretch_and_squeeze};
}

u128 tension_for(u128 reps, const sinew::set_scheme& s) {
  u128 t = reps * seconds_per_rep(s);
  if (s.pause.every != 0) t += (reps / s.pause.every) * s.pause.seconds;
  return t;
}

ref_figures reference(const sinew::set_scheme& s) {
  using sinew::scheme_kind;
  ref_figures f;
  const u128 rest = rest_or(s.rest_after, rest_between_sets);
  f.total_sets = s.kind == scheme_kind::strip ? 1 : u128{s.sets};
  switch (s.kind) {
    case scheme_kind::straight:
    case scheme_kind::interval: {
      const auto& q = s.per_set;
      const u128 sides = q.side == sinew::rep_count::per_leg || q.side == sinew::rep_count::per_side ? 2 : 1;
      ref_figure reps, tension;
      const bool rep_target = q.kind == sinew::quantity_kind::reps || q.kind == sinew::quantity_kind::non_stop ||
                              (q.kind == sinew::quantity_kind::to_failure && q.max != 0);
      if (rep_target) {
        reps = ref_figure::between(q.min, q.max);
        tension = ref_figure::between(tension_for(q.min, s), tension_for(q.max, s));
      } else if (q.kind == sinew::quantity_kind::time) {
        tension = ref_figure::exactly(seconds_of(q.as_duration()));
      } else if (q.kind == sinew::quantity_kind::distance) {
        const u128 cm = q.unit == static_cast<std::uint8_t>(sinew::distance_unit::yard) ? u128{q.min} * 9144 / 100
                                                                                        : u128{q.min} * 100;
        tension = ref_figure::exactly(cm / centimetres_per_second);
      }
      ref_figure per_set = tension * sides;
      if (s.drops != 0) {
        per_set = per_set * (1 + u128{s.drops}) + ref_figure::exactly(s.drops * drop_change);
        reps = {};
      }
      if (s.last_set_amap) reps = {};  // the last set's reps are open
      f.time_under_tension = per_set * s.sets;
      f.duration = f.time_under_tension + ref_figure::exactly(rest * (u128{s.sets} - 1));
      if (s.kind == scheme_kind::interval) f.duration = ref_figure::exactly(seconds_of(s.total_length));
      f.total_reps = reps * (u128{s.sets} * sides);
      // steps split in each set, the odd step to either leg (docs/notation.md: 3x15 steps gives 21-24)
      if (q.side == sinew::rep_count::steps && reps.known)
        f.reps_per_side = ref_figure::between(reps.min / 2, reps.max - reps.max / 2) * s.sets;
      else if (sides == 2)
        f.reps_per_side = reps * s.sets;
      break;
    }
    case scheme_kind::strip: break;
    default: {
      u128 reps = 0, tension = 0;
      for (std::size_t i = 0; i != s.listed_count && i != sinew::max_listed_sets; ++i) {
        reps += s.listed[i];
        tension += tension_for(s.listed[i], s);
      }
      if (s.kind == scheme_kind::rest_pause || s.kind == scheme_kind::cluster) {
        const u128 inner = rest_or(s.between_mini_sets, s.kind == scheme_kind::cluster ? cluster_rest : rest_pause_rest);
        const u128 gaps = s.listed_count > 0 ? u128{s.listed_count} - 1 : 0;
        f.total_reps = ref_figure::exactly(reps * s.sets);
        f.time_under_tension = ref_figure::exactly(tension * s.sets);
        f.duration = ref_figure::exactly((tension + inner * gaps) * s.sets + rest * (u128{s.sets} - 1));
      } else {
        const u128 sides = s.listed_side == sinew::rep_count::both ? 1 : 2;
        f.total_reps = s.last_set_amap ? ref_figure{} : ref_figure::exactly(reps * sides);
        if (sides == 2 && !s.last_set_amap) f.reps_per_side = ref_figure::exactly(reps);
        f.time_under_tension = ref_figure::exactly(tension * sides);
        f.duration = ref_figure::exactly(tension * sides + rest * (u128{s.sets} - 1));
      }
      break;
    }
  }
  if ((s.load.kind == sinew::load_kind::kg || s.load.kind == sinew::load_kind::lb) && f.total_reps.known) {
    if (s.set_load_count == 0) {
      f.volume_load = f.total_reps * s.load.tenths;
    } else {
      // each set's reps times its own load
      ref_figure v = ref_figure::exactly(0);
      const bool listed = sinew::is_listed(s.kind);
      for (std::size_t i = 0; i != s.set_load_count && i != sinew::max_listed_sets; ++i) {
        const ref_figure set_reps = listed ? ref_figure::exactly(u128{s.listed[i]} * (s.listed_side == sinew::rep_count::both ? 1 : 2))
                                           : ref_figure::between(f.total_reps.min / s.sets, f.total_reps.max / s.sets);
        v = v + set_reps * s.set_loads[i];
      }
      f.volume_load = v;
    }
    f.volume_unit = s.load.kind;
  }
  return f;
}

ref_figures reference(const sinew::grouping& g) {
  ref_figures f;
  f.total_reps = f.time_under_tension = f.volume_load = ref_figure::exactly(0);
  u128 rounds = 0;
  sinew::load_kind unit = sinew::load_kind::none;
  bool same_unit = true;
  for (const auto& e : g) {
    const ref_figures ef = reference(e.scheme);
    f.total_sets += ef.total_sets;
    f.total_reps = f.total_reps + ef.total_reps;
    f.time_under_tension = f.time_under_tension + ef.time_under_tension;
    if (ef.total_sets > rounds) rounds = ef.total_sets;
    if (unit == sinew::load_kind::none) unit = ef.volume_unit;
    else if (ef.volume_unit != unit) same_unit = false;
    f.volume_load = f.volume_load + ef.volume_load;
  }
  if (rounds == 0) rounds = 1;
  const u128 between = rest_or(g.between_exercises, g.kind == sinew::grouping_kind::circuit ? circuit_transition : 0);
  const u128 transitions = g.size > 0 ? (u128{g.size} - 1) * rounds : 0;
  f.duration = f.time_under_tension +
               ref_figure::exactly(between * transitions + rest_or(g.between_rounds, rest_between_sets) * (rounds - 1));
  if (same_unit && unit != sinew::load_kind::none && f.volume_load.known) f.volume_unit = unit;
  else f.volume_load = {};
  return f;
}

ref_figures reference(const sinew::block& b) {
  ref_figures f;
  if (b.content == sinew::block_content::scheme) f = reference(b.scheme);
  if (b.content == sinew::block_content::grouping) f = reference(b.group);
  if (b.content == sinew::block_content::rest) f.duration = ref_figure::exactly(seconds_of(b.rest_period.length));
  if (b.min_length != 0) {
    const u128 k = b.length_unit == sinew::time_unit::minute ? 60 : 1;
    f.duration = ref_figure::between(u128{b.min_length} * k, u128{b.max_length} * k);
  }
  return f;
}

// ---- what the library reports --------------------------------------------------------

// What a figure says: unknown, a number (range), or "over the limit" (too large
// for its type). The one place to adapt if figures.hpp names its state otherwise.
struct reported {
  enum class state { unknown, number, over } is = state::unknown;
  u128 min = 0, max = 0, limit = 0;
};
template <class Figure>
reported decode(const Figure& f) {
  reported r;
  r.limit = static_cast<u128>(std::numeric_limits<decltype(f.min)>::max());
  if (f.over_the_limit) {
    r.is = reported::state::over;
    return r;
  }
  if (!f.known) return r;
  r.is = reported::state::number;
  r.min = static_cast<u128>(f.min);
  r.max = static_cast<u128>(f.max);
  return r;
}

template <class Figure>
void check_figure(const Figure& got, const ref_figure& want, const char* unknown_msg, const char* value_msg,
                  const char* over_msg, std::string_view input) {
  const reported r = decode(got);
  if (!want.known) {
    require(r.is == reported::state::unknown, unknown_msg, input);
    return;
  }
  if (want.max > r.limit) {
    // Not representable: the answer must say so, never a (wrapped) number.
    require(r.is == reported::state::over, over_msg, input);
    return;
  }
  require(r.is == reported::state::number, unknown_msg, input);
  require(r.min <= r.max, "figures: a range's minimum is not above its maximum", input);
  require(r.min == want.min && r.max == want.max, value_msg, input);
}

#define SINEW_FUZZ_FIGURE(field)                                                                        \
  check_figure(got.field, want.field, "figures: " #field " is known exactly when the prescription says", \
               "figures: " #field " equals the 128-bit reference", "figures: " #field                   \
               " too large for its type says so (over the limit), never a wrapped number",             \
               input)

template <class Value>
void check_figures(const Value& v, std::string_view input) {
  const sinew::figures got = sinew::figures_of(v);
  const ref_figures want = reference(v);
  require(u128{got.total_sets} == want.total_sets, "figures: total_sets equals the 128-bit reference", input);
  SINEW_FUZZ_FIGURE(total_reps);
  SINEW_FUZZ_FIGURE(reps_per_side);
  SINEW_FUZZ_FIGURE(time_under_tension);
  SINEW_FUZZ_FIGURE(duration);
  SINEW_FUZZ_FIGURE(volume_load);
  if (got.volume_load.known) require(got.volume_unit == want.volume_unit, "figures: the volume's unit is the load's", input);
}
#undef SINEW_FUZZ_FIGURE

// ---- formatting ---------------------------------------------------------------------

// format_to into every capacity from 0 to the text's length + 1 (a sample of them for
// long texts), into a buffer whose other bytes must stay untouched.
template <class Value>
void check_format_to(const Value& v, std::string_view canonical, std::string_view input) {
  constexpr char guard = '\x5A';
  static char buffer[4096];
  const std::size_t len = canonical.size();
  require(len + 17 < sizeof(buffer), "format: a canonical text fits the fuzz buffer", input);
  const auto one = [&](std::size_t capacity) {
    std::memset(buffer, guard, len + 17);
    char* first = buffer + 8;
    char* last = first + capacity;
    char* end = sinew::format_to(first, last, v);
    const std::size_t written = capacity < len ? capacity : len;
    require(end == first + written, "format_to: returns one past the last character written, `last` when cut short", input);
    require(std::memcmp(first, canonical.data(), written) == 0, "format_to: writes the canonical text's prefix", input);
    for (char* p = buffer; p != first; ++p) require(*p == guard, "format_to: writes nothing before `first`", input);
    for (char* p = last; p != buffer + len + 17; ++p) require(*p == guard, "format_to: writes nothing past `last`", input);
  };
  if (len <= 96) {
    for (std::size_t c = 0; c <= len + 1; ++c) one(c);
  } else {
    for (std::size_t c = 0; c <= 16; ++c) one(c);
    for (std::size_t c = 17; c + 2 < len; c += len / 24) one(c);
    for (std::size_t c = len - 2; c <= len + 1; ++c) one(c);
  }
}

// ---- the properties per entry point ------------------------------------------------------

void check_error(const sinew::error& e, std::size_t size, std::string_view input) {
  require(e.position <= size, "parse: an error's position lies inside the input (or at its end)", input);
  require(std::string_view(e.message).substr(0, 7) == "sinew: ", "parse: an error message starts with 'sinew: '", input);
}

template <class Value, class Parse>
void check_round_trip(const Value& v, Parse parse_again, std::string_view input) {
  require(sinew::is_valid(v), "parse: what reads is valid (check() finds no broken rule)", input);
  const auto canonical = sinew::format(v);
  require(!canonical.truncated, "format: the canonical text of a valid value fits format()'s capacity", input);
  const std::string_view text = canonical.view();
  const auto again = parse_again(text);
  require(again.has_value(), "round trip: the canonical text reads back", input);
  require(*again == v, "round trip: parse(format(x)) == x", input);
  require(std::string_view(sinew::format(*again).view()) == text, "round trip: format(parse(format(x))) == format(x)", input);
  check_format_to(v, text, input);
  check_figures(v, input);
}

// ---- values built from the bytes ----------------------------------------------------------
// Text mutation rarely reaches the corners of the value space (every field at its
// limit at once, a name ending in words of the grammar), so the same bytes also
// build a value field by field, biased to each field's limits, and every valid one
// must keep the properties above: format() promises parse(format(x)) == x for every
// valid x, whatever text would produce it.

// Words exercise names are made of: ordinary ones, and every kind of word the
// grammar reads after a name (numbers, units, keywords), which a name must not
// end in where the scheme would absorb it.
constexpr std::string_view name_words[] = {
    "leg", "press", "squat", "lunge", "calf", "raise", "hip", "thrust", "curl", "good", "morning", "step", "up",
    "8", "10", "3", "99", "9999", "12-15", "1.5", "x", "X", "3x", "5x10", "tempo", "no", "sets", "set", "of", "reps",
    "rep", "rest", "hold", "pause", "every", "each", "per", "leg", "side", "steps", "fail", "failure", "amap", "AMAP",
    "non-stop", "drop", "drops", "double", "triple", "strip", "from", "RM", "pyramid", "reverse", "ramp", "cluster",
    "rest-pause", "s", "sec", "min", "m", "yd", "kg", "lb", "bw", "band", "RPE", "RIR", "%", "+", "-", "/leg",
    "stretch", "and", "squeeze", "top", "bottom", "between", "to", "technical", "warm-up", "main", "x5", "2s", "90s",
    "5th", "1st", "×", "(", ")", ",", "A", "B.", "heavier", "301", "20X1"};

std::uint16_t pick(sinew_fuzz::byte_reader& in, std::uint32_t most) {
  switch (in.u8() % 8U) {
    case 0: return 0;
    case 1: return 1;
    case 2: return static_cast<std::uint16_t>(most);
    case 3: return static_cast<std::uint16_t>(most - 1U);
    case 4: return static_cast<std::uint16_t>(most + 1U);
    case 5: return static_cast<std::uint16_t>(in.u8() % 20U);
    default: return static_cast<std::uint16_t>(in.u16() % (most + 2U));
  }
}

sinew::duration any_duration(sinew_fuzz::byte_reader& in) {
  return {pick(in, 9999), (in.u8() & 1U) != 0 ? sinew::time_unit::minute : sinew::time_unit::second};
}
sinew::rest any_rest(sinew_fuzz::byte_reader& in) {
  if ((in.u8() & 3U) == 0) return {};
  return sinew::rest::of(any_duration(in));
}

sinew::set_scheme any_scheme(sinew_fuzz::byte_reader& in) {
  using namespace sinew;
  set_scheme s;
  s.kind = static_cast<scheme_kind>(in.u8() % 8U);
  if (is_listed(s.kind) || has_mini_sets(s.kind)) {
    const std::size_t n = 2 + in.below(15);
    s.listed_count = static_cast<std::uint8_t>(n);
    std::uint32_t v = s.kind == scheme_kind::reverse_pyramid ? 1U + in.u8() % 8U : 9999U - in.u16() % 4000U;
    const std::size_t turn = 1 + in.below(n - 2 == 0 ? 1 : n - 2);
    for (std::size_t i = 0; i != n; ++i) {
      const std::uint32_t step = 1U + in.u8() % 3U;
      switch (s.kind) {
        case scheme_kind::pyramid: v = v > step ? v - step : 1U; break;
        case scheme_kind::reverse_pyramid: v += step * (1U + in.u8() % 600U); break;
        case scheme_kind::warm_up_ramp: v = v > step && (in.u8() & 1U) ? v - step : v; break;
        case scheme_kind::double_pyramid: v = i <= turn ? (v > step ? v - step : 1U) : v + step; break;
        default: v = pick(in, 9999); break;
      }
      s.listed[i] = static_cast<std::uint16_t>(v > 65535U ? 65535U : v);
    }
    s.sets = has_mini_sets(s.kind) ? pick(in, 99) : static_cast<std::uint16_t>(n);
    if (has_mini_sets(s.kind) && (in.u8() & 1U) != 0) s.between_mini_sets = rest::of(any_duration(in));
  } else if (s.kind == scheme_kind::strip) {
    s.per_set = quantity::reps(pick(in, 9999));
  } else {
    s.sets = pick(in, 99);
    auto& q = s.per_set;
    q.kind = static_cast<quantity_kind>(in.u8() % 6U);
    q.min = pick(in, 9999);
    q.max = (in.u8() & 1U) != 0 ? q.min : pick(in, 9999);
    if (q.kind == quantity_kind::amap || (q.kind == quantity_kind::to_failure && (in.u8() & 1U) != 0)) q.min = q.max = 0;
    if (q.kind == quantity_kind::distance || q.kind == quantity_kind::time) q.unit = in.u8() & 1U;
    q.side = static_cast<rep_count>(in.u8() % 4U);
    if ((in.u8() & 3U) == 0) {
      s.drops = static_cast<std::uint8_t>(in.u8() % 10U);
      s.drop_percent = static_cast<std::int8_t>(-static_cast<int>(in.u8() % 100U));
    }
  }
  const auto lk = static_cast<load_kind>(in.u8() % 9U);
  std::uint16_t tenths = 0;
  switch (lk) {
    case load_kind::kg: case load_kind::lb: tenths = pick(in, 65534); break;
    case load_kind::percent_1rm: tenths = static_cast<std::uint16_t>(10U + pick(in, 990)); break;
    case load_kind::rpe: tenths = static_cast<std::uint16_t>(10U + pick(in, 90)); break;
    case load_kind::rir: tenths = pick(in, 100); break;
    default: break;
  }
  s.load = {lk, tenths};
  switch (in.u8() % 3U) {
    case 1: s.tempo = tempo::no_tempo(); break;
    case 2: {
      const bool four = (in.u8() & 1U) != 0;
      s.tempo = four ? tempo::of(in.u8() % 10U, in.u8() % 10U, static_cast<std::uint8_t>(in.u8() % 11U), in.u8() % 10U)
                     : tempo::of(in.u8() % 10U, in.u8() % 10U, static_cast<std::uint8_t>(in.u8() % 11U));
      break;
    }
    default: break;
  }
  if ((in.u8() & 1U) != 0) s.hold = {pick(in, 9999), (in.u8() & 1U) != 0 ? hold_position::bottom : hold_position::top};
  if ((in.u8() & 3U) == 0)
    s.pause = {static_cast<std::uint16_t>(1U + pick(in, 9998)), static_cast<std::uint16_t>(1U + in.u8() % 20U),
               (in.u8() & 1U) != 0 ? hold_position::top : hold_position::bottom};
  if ((in.u8() & 1U) != 0) s.stretch_and_squeeze = pick(in, 9999);
  s.rest_after = any_rest(in);
  return s;
}

sinew::grouping any_grouping(sinew_fuzz::byte_reader& in, std::string (&names)[sinew::max_grouping_entries]) {
  using namespace sinew;
  grouping g;
  g.kind = static_cast<grouping_kind>(in.u8() % 5U);
  switch (g.kind) {
    case grouping_kind::superset: case grouping_kind::compound_set: g.size = 2; break;
    case grouping_kind::tri_set: g.size = 3; break;
    case grouping_kind::giant_set: g.size = static_cast<std::uint8_t>(4U + in.u8() % 5U); break;
    case grouping_kind::circuit: g.size = static_cast<std::uint8_t>(2U + in.u8() % 7U); break;
  }
  for (std::size_t i = 0; i != g.size; ++i) {
    names[i].clear();
    const std::size_t words = 1 + in.below(4);
    for (std::size_t w = 0; w != words; ++w) {
      if (w != 0) names[i] += ' ';
      names[i] += name_words[in.below(sizeof(name_words) / sizeof(name_words[0]))];
    }
    g.entries[i].exercise = text_view(names[i].data(), names[i].size());
    g.entries[i].scheme = any_scheme(in);
  }
  if (g.kind == grouping_kind::circuit) g.between_exercises = any_rest(in);
  g.between_rounds = any_rest(in);
  return g;
}

void check_built_values(const std::uint8_t* data, std::size_t size) {
  sinew_fuzz::byte_reader in(data, size);
  const sinew::set_scheme s = any_scheme(in);
  std::string described = "(a scheme built from the bytes; canonical text: ";
  described += std::string_view(sinew::format(s).view());
  described += ")";
  if (sinew::is_valid(s)) check_round_trip(s, [](sinew::text_view t) { return sinew::parse_scheme(t); }, described);
  static std::string names[sinew::max_grouping_entries];
  const sinew::grouping g = any_grouping(in, names);
  described = "(a grouping built from the bytes; canonical text: ";
  described += std::string_view(sinew::format(g).view());
  described += ")";
  if (sinew::is_valid(g)) check_round_trip(g, [](sinew::text_view t) { return sinew::parse_grouping(t); }, described);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const sinew::text_view text(input.data(), input.size());
  check_built_values(data, size);

  const auto line = sinew::parse(text);
  if (!line) check_error(line.error(), size, input);
  else check_round_trip(*line, [](sinew::text_view t) { return sinew::parse(t); }, input);

  const auto scheme = sinew::parse_scheme(text);
  if (!scheme) {
    check_error(scheme.error(), size, input);
  } else {
    check_round_trip(*scheme, [](sinew::text_view t) { return sinew::parse_scheme(t); }, input);
    // A scheme is also a line.
    require(line.has_value(), "agreement: what parse_scheme reads, parse reads", input);
    require(line->role == sinew::block_role::none && line->content == sinew::block_content::scheme && line->scheme == *scheme,
            "agreement: parse reads a scheme text as that scheme", input);
  }
  if (line && line->role == sinew::block_role::none && line->content == sinew::block_content::scheme)
    require(scheme.has_value() && *scheme == line->scheme, "agreement: a line that is a scheme reads with parse_scheme too", input);

  const auto group = sinew::parse_grouping(text);
  if (!group) {
    check_error(group.error(), size, input);
  } else {
    check_round_trip(*group, [](sinew::text_view t) { return sinew::parse_grouping(t); }, input);
    require(line.has_value(), "agreement: what parse_grouping reads, parse reads", input);
    require(line->role == sinew::block_role::none && line->content == sinew::block_content::grouping && line->group == *group,
            "agreement: parse reads a grouping text as that grouping", input);
  }
  if (line && line->role == sinew::block_role::none && line->content == sinew::block_content::grouping)
    require(group.has_value() && *group == line->group, "agreement: a line that is a grouping reads with parse_grouping too", input);
  return 0;
}
