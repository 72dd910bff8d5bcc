// What one set prescribes: how much (reps, a rep range, per leg or in steps,
// as many as possible, to technical failure, a non-stop total, a distance or a
// time), with what load, at what tempo, with which holds and pauses, and the
// rest after it. The forms are those of the articles (Balanced Leg Muscles; King of Workouts;
// Padron; sinew/sources.hpp): "4x8-12", "3x10-12 per leg", "20 steps (10 each leg)", "3x15 (301
// tempo)", "3x15 with 2 second isometric", "hold every 5th rep at the bottom for a 5 count", "3
// second stretch and squeeze", "3x50 yds", 30 s stretches. Plain aggregates with constexpr
// factories; the rules live in set_scheme.hpp. A factory takes any integer and never wraps it into
// its field: a value its field cannot hold is a compile error naming the rule in constant
// evaluation; at run time it gives a value that validation rejects with that rule (the field's end),
// and the try_ factories return the error itself.
#pragma once

#include <sinew/detail/array.hpp>
#include <sinew/detail/traits.hpp>
#include <cstdint>

#include <sinew/detail/integer_limits.hpp>
#include <sinew/result.hpp>
#include <sinew/schemes/kinds.hpp>
#include <sinew/schemes/rules.hpp>

namespace sinew {

namespace detail {

/// An integer argument on its way into a field of type Field: the value stored
/// and the rule broken when the argument does not fit (rule::none when it does).
template <class Field>
struct field_attempt {
  Field value{};
  rule broken = rule::none;
};

/// -1 below Field's range, 0 inside, 1 above; exact for every integer type.
template <class Field, detail::integral I>
constexpr int compare_with_field(I v) noexcept {
  if constexpr (detail::is_signed_v<I>) {
    if (v < 0) {
      if constexpr (detail::is_signed_v<Field>)
        return static_cast<long long>(v) < static_cast<long long>(integer_min<Field>) ? -1 : 0;
      else
        return -1;
    }
  }
  return static_cast<unsigned long long>(v) > static_cast<unsigned long long>(integer_max<Field>) ? 1 : 0;
}

/// `v` for a Field, or the rule it breaks (`below` or `above`) and the field's
/// end that every rule rejects: a signed field takes the nearer end; an unsigned
/// one its maximum, also for a negative value, as 0 is valid in some fields
/// (rest 0 s) and must not stand for a refused argument.
template <class Field, detail::integral I>
constexpr field_attempt<Field> try_field(I v, rule below, rule above) noexcept {
  switch (compare_with_field<Field>(v)) {
    case -1:
      if constexpr (detail::is_signed_v<Field>) return {integer_min<Field>, below};
      else return {integer_max<Field>, below};
    case 1: return {integer_max<Field>, above};
    default: return {static_cast<Field>(v), rule::none};
  }
}

/// The factories' path: in constant evaluation a refused argument stops
/// compilation on the rule's own line (rules.hpp); at run time it gives the
/// field's end, which validation rejects with the same rule.
template <class Field, detail::integral I>
constexpr Field field(I v, rule below, rule above) noexcept {
  const auto a = try_field<Field>(v, below, above);
  if (a.broken != rule::none) stop_on(a.broken);
  return a.value;
}

}  // namespace detail

enum class time_unit : std::uint8_t { second, minute };
namespace detail { inline constexpr text_view time_unit_names[] = {"s", "min"}; }
/// "s", "min": the JSON documents' unit names.
[[nodiscard]] constexpr text_view name_of(time_unit u) noexcept { return detail::name_in(detail::time_unit_names, u); }

/// A length of time as written (90 s stays 90 s, 2 min stays 2 min).
struct duration {
  std::uint16_t amount = 0;
  time_unit unit = time_unit::second;
  [[nodiscard]] constexpr std::uint32_t in_seconds() const noexcept {
    return unit == time_unit::minute ? std::uint32_t{amount} * 60U : std::uint32_t{amount};
  }
  friend constexpr bool operator==(const duration&, const duration&) noexcept = default;
};
/// A count, time or distance as the notation writes it has at most 4 digits.
inline constexpr std::uint16_t max_amount = 9999;

namespace detail {
template <detail::integral I>
constexpr std::uint16_t amount(I n) noexcept { return field<std::uint16_t>(n, rule::number_too_large, rule::number_too_large); }
/// The try_ factories' path: the amount, or the error naming its limit (9999).
template <class T, detail::integral I>
constexpr result<T> try_amount(I n, T made) noexcept {
  if (compare_with_field<std::uint16_t>(n) != 0 || made.amount > max_amount) return rule_error(rule::number_too_large);
  return made;
}
/// A duration or distance of `n` in `unit`, or the error naming the limit.
template <class T, detail::integral I, class Unit>
constexpr result<T> try_amount_in(I n, Unit unit) noexcept {
  return try_amount(n, T{try_field<std::uint16_t>(n, rule::none, rule::none).value, unit});
}
}  // namespace detail

template <detail::integral I>
[[nodiscard]] constexpr duration seconds(I n) noexcept { return {detail::amount(n), time_unit::second}; }
template <detail::integral I>
[[nodiscard]] constexpr duration minutes(I n) noexcept { return {detail::amount(n), time_unit::minute}; }
/// The duration, or an error when `n` is negative or above 9999.
template <detail::integral I>
[[nodiscard]] constexpr result<duration> try_seconds(I n) noexcept {
  return detail::try_amount_in<duration>(n, time_unit::second);
}
template <detail::integral I>
[[nodiscard]] constexpr result<duration> try_minutes(I n) noexcept {
  return detail::try_amount_in<duration>(n, time_unit::minute);
}

enum class distance_unit : std::uint8_t { metre, yard };
namespace detail { inline constexpr text_view distance_unit_names[] = {"m", "yd"}; }
/// "m", "yd": the JSON documents' unit names.
[[nodiscard]] constexpr text_view name_of(distance_unit u) noexcept { return detail::name_in(detail::distance_unit_names, u); }

/// A distance as written ("3x50 yds" stays in yards).
struct distance {
  std::uint16_t amount = 0;
  distance_unit unit = distance_unit::metre;
  /// In centimetres (1 yd = 91.44 cm), so yards convert without floating point.
  [[nodiscard]] constexpr std::uint32_t in_centimetres() const noexcept {
    return unit == distance_unit::yard ? std::uint32_t{amount} * 9144U / 100U : std::uint32_t{amount} * 100U;
  }
  friend constexpr bool operator==(const distance&, const distance&) noexcept = default;
};
template <detail::integral I>
[[nodiscard]] constexpr distance metres(I n) noexcept { return {detail::amount(n), distance_unit::metre}; }
template <detail::integral I>
[[nodiscard]] constexpr distance yards(I n) noexcept { return {detail::amount(n), distance_unit::yard}; }
/// The distance, or an error when `n` is negative or above 9999.
template <detail::integral I>
[[nodiscard]] constexpr result<distance> try_metres(I n) noexcept {
  return detail::try_amount_in<distance>(n, distance_unit::metre);
}
template <detail::integral I>
[[nodiscard]] constexpr result<distance> try_yards(I n) noexcept {
  return detail::try_amount_in<distance>(n, distance_unit::yard);
}

/// What one set asks for.
enum class quantity_kind : std::uint8_t {
  reps,        ///< a rep count or range: 15, 8-12
  amap,        ///< as many as possible
  to_failure,  ///< to technical failure, optionally aimed at a rep range ("fail between 12 and 15")
  non_stop,    ///< a total done without stopping ("150 lunges, go non-stop")
  distance,    ///< 50 yd
  time,        ///< 30 s
};
namespace detail {
inline constexpr text_view quantity_kind_names[] = {"reps", "amap", "to_failure", "non_stop", "distance", "time"};
}  // namespace detail
[[nodiscard]] constexpr text_view name_of(quantity_kind k) noexcept { return detail::name_in(detail::quantity_kind_names, k); }

/// How reps are counted on a unilateral exercise (per leg, per side, in steps).
enum class rep_count : std::uint8_t {
  both,      ///< bilateral, or not stated
  per_leg,   ///< the count is done by each leg ("10-12 reps per leg")
  per_side,  ///< the count is done on each side
  steps,     ///< alternating steps, both legs counted ("20 steps (10 each leg)")
};
namespace detail {
inline constexpr text_view rep_count_names[] = {"both", "per_leg", "per_side", "steps"};
}  // namespace detail
[[nodiscard]] constexpr text_view name_of(rep_count c) noexcept { return detail::name_in(detail::rep_count_names, c); }

/// The amount of one set. `min`/`max` hold the rep count or range (equal for a
/// fixed count), the failure target range (0-0: none given), the non-stop
/// total, or the distance or time amount; `unit` is a distance_unit or time_unit.
struct quantity {
  quantity_kind kind = quantity_kind::reps;
  std::uint16_t min = 0;
  std::uint16_t max = 0;
  std::uint8_t unit = 0;
  rep_count side = rep_count::both;

  // A negative count breaks "at least one rep"; above the field, "at most 9999".
  template <detail::integral I>
  [[nodiscard]] static constexpr std::uint16_t count(I n) noexcept {
    return detail::field<std::uint16_t>(n, rule::zero_reps, rule::number_too_large);
  }
  template <detail::integral I>
  [[nodiscard]] static constexpr quantity reps(I n) noexcept { return {quantity_kind::reps, count(n), count(n), 0, rep_count::both}; }
  template <detail::integral I, detail::integral J>
  [[nodiscard]] static constexpr quantity reps(I lo, J hi) noexcept {
    return {quantity_kind::reps, count(lo), count(hi), 0, rep_count::both};
  }
  template <detail::integral I>
  [[nodiscard]] static constexpr quantity steps(I n) noexcept { return {quantity_kind::reps, count(n), count(n), 0, rep_count::steps}; }
  [[nodiscard]] static constexpr quantity amap() noexcept { return {quantity_kind::amap, 0, 0, 0, rep_count::both}; }
  [[nodiscard]] static constexpr quantity to_failure() noexcept { return {quantity_kind::to_failure, 0, 0, 0, rep_count::both}; }
  template <detail::integral I, detail::integral J>
  [[nodiscard]] static constexpr quantity to_failure(I lo, J hi) noexcept {
    return {quantity_kind::to_failure, count(lo), count(hi), 0, rep_count::both};
  }
  template <detail::integral I>
  [[nodiscard]] static constexpr quantity non_stop(I total) noexcept {
    return {quantity_kind::non_stop, count(total), count(total), 0, rep_count::both};
  }
  [[nodiscard]] static constexpr quantity of(distance d) noexcept {
    return {quantity_kind::distance, d.amount, d.amount, static_cast<std::uint8_t>(d.unit), rep_count::both};
  }
  [[nodiscard]] static constexpr quantity of(duration t) noexcept {
    return {quantity_kind::time, t.amount, t.amount, static_cast<std::uint8_t>(t.unit), rep_count::both};
  }
  /// The same amount, done by each leg (or side).
  [[nodiscard]] constexpr quantity per_leg() const noexcept { return with_side(rep_count::per_leg); }
  [[nodiscard]] constexpr quantity per_side() const noexcept { return with_side(rep_count::per_side); }
  [[nodiscard]] constexpr quantity with_side(rep_count s) const noexcept {
    quantity q = *this;
    q.side = s;
    return q;
  }
  [[nodiscard]] constexpr bool has_rep_target() const noexcept {
    return kind == quantity_kind::reps || kind == quantity_kind::non_stop || (kind == quantity_kind::to_failure && max != 0);
  }
  [[nodiscard]] constexpr distance as_distance() const noexcept { return {min, static_cast<distance_unit>(unit)}; }
  [[nodiscard]] constexpr duration as_duration() const noexcept { return {min, static_cast<time_unit>(unit)}; }
  friend constexpr bool operator==(const quantity&, const quantity&) noexcept = default;
};

enum class load_kind : std::uint8_t {
  none,        ///< not stated
  kg,          ///< absolute, in tenths of a kilogram
  lb,          ///< absolute, in tenths of a pound
  percent_1rm, ///< in tenths of a percent of the one-rep max
  rpe,         ///< rate of perceived exertion, in tenths (8.5 -> 85)
  rir,         ///< reps in reserve, in tenths
  bodyweight,  ///< bodyweight only
  heavier,     ///< heavier than the last set ("increase weight each set")
  band,        ///< a resistance band
  bodyweight_plus_kg,  ///< bodyweight plus an added load, in tenths of a kilogram ("@bw+20kg")
  bodyweight_plus_lb,  ///< bodyweight plus an added load, in tenths of a pound ("@bw+45lb")
};
namespace detail {
inline constexpr text_view load_kind_names[] = {"none", "kg",         "lb",    "percent_1rm", "rpe",
                                                "rir",  "bodyweight", "heavier_than_last_set", "band",
                                                "bodyweight_plus_kg", "bodyweight_plus_lb"};
}  // namespace detail
[[nodiscard]] constexpr text_view name_of(load_kind k) noexcept { return detail::name_in(detail::load_kind_names, k); }

/// The load of a set. Amounts are stored in tenths so that 62.5 kg and RPE 8.5
/// are exact without floating point. The factories take at most 6553.5 (the
/// notation's limit, `max_tenths`) and a tenths digit of 0 to 9; beyond that,
/// see the header's note: at run time a refused amount is stored as it is when
/// it fits (or as 0 for a negative kg or lb load, and `malformed_tenths` for a
/// tenths digit above 9), and validation rejects it.
struct load {
  static constexpr std::uint32_t max_tenths = 65535;
  static constexpr std::uint32_t malformed_tenths = 0xFFFFFFFFU;  ///< a tenths digit outside 0-9
  load_kind kind = load_kind::none;
  std::uint32_t tenths = 0;

  template <detail::integral W, detail::integral T = int>
  [[nodiscard]] static constexpr load kilograms(W whole, T tenth = 0) noexcept { return made(load_kind::kg, whole, tenth); }
  template <detail::integral W, detail::integral T = int>
  [[nodiscard]] static constexpr load pounds(W whole, T tenth = 0) noexcept { return made(load_kind::lb, whole, tenth); }
  template <detail::integral P>
  [[nodiscard]] static constexpr load percent_of_1rm(P percent) noexcept { return made(load_kind::percent_1rm, percent, 0); }
  template <detail::integral W, detail::integral T = int>
  [[nodiscard]] static constexpr load rpe(W whole, T tenth = 0) noexcept { return made(load_kind::rpe, whole, tenth); }
  template <detail::integral N>
  [[nodiscard]] static constexpr load reps_in_reserve(N n) noexcept { return made(load_kind::rir, n, 0); }

  /// The same loads, checked: the load, or the error naming the rule it breaks
  /// (a tenths digit, 6553.5 kg or lb, 1-100 %, RPE 1-10, 0-10 reps in reserve).
  template <detail::integral W, detail::integral T = int>
  [[nodiscard]] static constexpr result<load> try_kilograms(W whole, T tenth = 0) noexcept { return tried(load_kind::kg, whole, tenth); }
  template <detail::integral W, detail::integral T = int>
  [[nodiscard]] static constexpr result<load> try_pounds(W whole, T tenth = 0) noexcept { return tried(load_kind::lb, whole, tenth); }
  template <detail::integral P>
  [[nodiscard]] static constexpr result<load> try_percent_of_1rm(P percent) noexcept { return tried(load_kind::percent_1rm, percent, 0); }
  template <detail::integral W, detail::integral T = int>
  [[nodiscard]] static constexpr result<load> try_rpe(W whole, T tenth = 0) noexcept { return tried(load_kind::rpe, whole, tenth); }
  template <detail::integral N>
  [[nodiscard]] static constexpr result<load> try_reps_in_reserve(N n) noexcept { return tried(load_kind::rir, n, 0); }

  [[nodiscard]] static constexpr load bodyweight() noexcept { return {load_kind::bodyweight, 0}; }
  [[nodiscard]] static constexpr load heavier_than_last_set() noexcept { return {load_kind::heavier, 0}; }
  [[nodiscard]] static constexpr load band() noexcept { return {load_kind::band, 0}; }
  /// Bodyweight plus an added load ("@bw+20kg", "@bw+45lb").
  template <detail::integral W, detail::integral T = int>
  [[nodiscard]] static constexpr load bodyweight_plus_kilograms(W whole, T tenth = 0) noexcept { return made(load_kind::bodyweight_plus_kg, whole, tenth); }
  template <detail::integral W, detail::integral T = int>
  [[nodiscard]] static constexpr load bodyweight_plus_pounds(W whole, T tenth = 0) noexcept { return made(load_kind::bodyweight_plus_lb, whole, tenth); }
  [[nodiscard]] constexpr bool is_absolute() const noexcept { return kind == load_kind::kg || kind == load_kind::lb; }
  /// A load of plates, a bar, dumbbells or a stack: absolute, or added to bodyweight.
  [[nodiscard]] constexpr bool is_external() const noexcept { return is_absolute() || adds_to_bodyweight(); }
  [[nodiscard]] constexpr bool adds_to_bodyweight() const noexcept {
    return kind == load_kind::bodyweight_plus_kg || kind == load_kind::bodyweight_plus_lb;
  }
  friend constexpr bool operator==(const load&, const load&) noexcept = default;

  /// `whole` and `tenth` as a load of kind `k`, and the rule they break if they
  /// do not fit its field (none: they fit; the kind's own range is checked later).
  template <detail::integral W, detail::integral T>
  [[nodiscard]] static constexpr detail::field_attempt<load> attempt(load_kind k, W whole, T tenth) noexcept {
    const bool absolute = k == load_kind::kg || k == load_kind::lb || k == load_kind::bodyweight_plus_kg ||
                          k == load_kind::bodyweight_plus_lb;
    const rule beyond = absolute ? rule::load_too_large
                        : k == load_kind::percent_1rm ? rule::percent_out_of_range
                        : k == load_kind::rpe         ? rule::rpe_out_of_range
                                                      : rule::rir_out_of_range;
    if (detail::compare_with_field<std::uint8_t>(tenth) != 0 || tenth > 9) return {{k, malformed_tenths}, rule::load_tenth_digit};
    const auto t = static_cast<std::uint32_t>(tenth);
    switch (detail::compare_with_field<std::uint32_t>(whole)) {
      case -1: return {{k, absolute ? 0U : malformed_tenths - 1U}, absolute ? rule::load_not_positive : beyond};
      case 1: return {{k, malformed_tenths - 1U}, beyond};
      default: break;
    }
    const auto w = static_cast<std::uint32_t>(whole);
    // Scaled to tenths (percentages and reps in reserve are whole numbers), capped below the marker.
    const std::uint32_t most = (malformed_tenths - 1U - 9U) / 10U;
    const std::uint32_t tenths = w > most ? malformed_tenths - 1U : w * 10U + t;
    return {{k, tenths}, tenths > max_tenths ? beyond : rule::none};
  }

 private:
  template <detail::integral W, detail::integral T>
  [[nodiscard]] static constexpr load made(load_kind k, W whole, T tenth) noexcept {
    const auto a = attempt(k, whole, tenth);
    if (a.broken != rule::none) stop_on(a.broken);
    return a.value;
  }
  template <detail::integral W, detail::integral T>
  [[nodiscard]] static constexpr result<load> tried(load_kind k, W whole, T tenth) noexcept;
};

/// Tempo in the 3- or 4-digit notation: eccentric, pause at the bottom,
/// concentric, pause at the top, in seconds; X (explosive) only in the
/// concentric digit. "no tempo" is a stated choice, distinct from "not stated".
struct tempo {
  static constexpr std::uint8_t explosive = 10;  ///< the X digit
  enum class mode : std::uint8_t { unstated, none, digits };
  mode kind = mode::unstated;
  std::uint8_t length = 0;                 ///< 3 or 4 when kind == digits
  detail::array<std::uint8_t, 4> phase{};     ///< seconds, or `explosive`

  template <detail::integral I>
  [[nodiscard]] static constexpr std::uint8_t digit(I d) noexcept {
    return detail::field<std::uint8_t>(d, rule::tempo_digit, rule::tempo_digit);
  }
  template <detail::integral A, detail::integral B, detail::integral C>
  [[nodiscard]] static constexpr tempo of(A eccentric, B pause, C concentric) noexcept {
    return {mode::digits, 3, {digit(eccentric), digit(pause), digit(concentric), 0}};
  }
  template <detail::integral A, detail::integral B, detail::integral C, detail::integral D>
  [[nodiscard]] static constexpr tempo of(A eccentric, B bottom, C concentric, D top) noexcept {
    return {mode::digits, 4, {digit(eccentric), digit(bottom), digit(concentric), digit(top)}};
  }
  [[nodiscard]] static constexpr tempo no_tempo() noexcept { return {mode::none, 0, {}}; }
  [[nodiscard]] constexpr bool stated() const noexcept { return kind == mode::digits; }
  friend constexpr bool operator==(const tempo&, const tempo&) noexcept = default;
};

enum class hold_position : std::uint8_t { top, bottom };
namespace detail { inline constexpr text_view hold_position_names[] = {"top", "bottom"}; }
[[nodiscard]] constexpr text_view name_of(hold_position p) noexcept { return detail::name_in(detail::hold_position_names, p); }

/// An isometric hold on every rep ("3x15 with 2 second isometric"); seconds 0: none.
struct hold {
  std::uint16_t seconds = 0;
  hold_position position = hold_position::top;
  friend constexpr bool operator==(const hold&, const hold&) noexcept = default;
};

/// A pause on every n-th rep ("hold every 5th rep at the bottom for a 5 count"); seconds 0: none.
struct pause {
  std::uint16_t seconds = 0;
  std::uint16_t every = 0;
  hold_position position = hold_position::bottom;
  friend constexpr bool operator==(const pause&, const pause&) noexcept = default;
};

/// A rest that may or may not be stated ("rest 90s"; "rest 0s" is stated).
struct rest {
  bool stated = false;
  duration length{};
  [[nodiscard]] static constexpr rest of(duration d) noexcept { return {true, d}; }
  friend constexpr bool operator==(const rest&, const rest&) noexcept = default;
};

namespace detail {

constexpr rule_check check_quantity(const quantity& q) noexcept {
  switch (q.kind) {
    case quantity_kind::reps:
      if (q.max == 0) return {rule::zero_reps};
      if (q.min == 0) return {rule::zero_reps};
      if (q.min > q.max) return {rule::rep_range_inverted};
      break;
    case quantity_kind::to_failure:
      if (q.min > q.max) return {rule::rep_range_inverted};
      if (q.max != 0 && q.min == 0) return {rule::zero_reps};
      break;
    case quantity_kind::non_stop:
      if (q.min == 0 || q.min != q.max) return {rule::zero_reps};
      break;
    case quantity_kind::distance:
    case quantity_kind::time:
      if (q.min == 0 || q.min != q.max) return {rule::zero_length};
      break;
    case quantity_kind::amap: break;
  }
  if (q.side == rep_count::steps && q.kind != quantity_kind::reps) return {rule::steps_need_reps};
  return {};
}

constexpr rule_check check_load(const load& l) noexcept {
  if (l.kind != load_kind::none && l.tenths == load::malformed_tenths) return {rule::load_tenth_digit};
  switch (l.kind) {
    case load_kind::kg:
    case load_kind::lb:
    case load_kind::bodyweight_plus_kg:
    case load_kind::bodyweight_plus_lb:
      if (l.tenths == 0) return {rule::load_not_positive};
      if (l.tenths > load::max_tenths) return {rule::load_too_large};
      break;
    case load_kind::percent_1rm:
      if (l.tenths < 10 || l.tenths > 1000) return {rule::percent_out_of_range};
      break;
    case load_kind::rpe:
      if (l.tenths < 10 || l.tenths > 100) return {rule::rpe_out_of_range};
      break;
    case load_kind::rir:
      if (l.tenths > 100) return {rule::rir_out_of_range};
      break;
    default:
      if (l.tenths != 0) return {rule::load_not_positive};
      break;
  }
  return {};
}

constexpr rule_check check_tempo(const tempo& t) noexcept {
  if (t.kind != tempo::mode::digits) return {};
  if (t.length != 3 && t.length != 4) return {rule::tempo_length};
  if (t.length == 3 && t.phase[3] != 0) return {rule::tempo_digit, 3};
  for (std::uint8_t i = 0; i != t.length; ++i) {
    if (t.phase[i] > tempo::explosive) return {rule::tempo_digit, i};
    if (t.phase[i] == tempo::explosive && i != 2) return {rule::tempo_explosive_out_of_place, i};
  }
  return {};
}

}  // namespace detail

template <detail::integral W, detail::integral T>
constexpr result<load> load::tried(load_kind k, W whole, T tenth) noexcept {
  const auto a = attempt(k, whole, tenth);
  if (a.broken != rule::none) return rule_error(a.broken);
  if (const auto c = detail::check_load(a.value); !c.ok()) return rule_error(c.rule);
  return a.value;
}

}  // namespace sinew
