// Whether a set scheme fits the exercise it is prescribed for. The schemes
// layer checks a scheme on its own (a pyramid's reps go down); what it cannot
// know is the exercise's kind and contraction (exercises/kinds.hpp): a wall
// sit is held, so "pyramid 15,12,10,8 @301" is not a wall sit; a sprint
// travels; a drop set needs a load to take off; a stretch is held for time
// (Balanced Leg Muscles' 30 s cool-down stretches), never taken to failure.
// Each rule has a stable name and one sentence, the run-time error message and,
// in constant evaluation, the text the compiler quotes. Reps on a unilateral
// exercise count each leg unless the scheme counts steps, the total of both
// legs ("20 steps (10 each leg)", Padron): as_prescribed_for makes that
// explicit, so a scheme's figures count both legs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/text_view.hpp>

#include <sinew/detail/compile_error.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/kinds.hpp>
#include <sinew/programs/exercise_names.hpp>
#include <sinew/result.hpp>
#include <sinew/schemes/grouping.hpp>
#include <sinew/schemes/set_scheme.hpp>

namespace sinew {

/// Every rule a scheme can break against its exercise, in the order they are checked.
enum class fit_rule : std::uint8_t {
  none,
  stretch_to_failure_or_tempo,  ///< a stretch or soft-tissue move taken to failure or given a tempo
  isometric_takes_time,         ///< a held exercise prescribed reps
  locomotion_takes_distance,    ///< a travelling exercise prescribed reps
  drop_needs_external_load,     ///< drops or strips on an exercise with no load to take off
  per_side_on_bilateral,        ///< per leg, per side or steps on a bilateral exercise
};
inline constexpr std::size_t fit_rule_count = 6;

/// The equipment whose load a drop or strip set can take off: plates, a lighter
/// dumbbell or kettlebell, a stack pin, a sled's plates. Bodyweight, a band
/// (its tension is the band's, not a load to take a share off) and a foam roller are not.
inline constexpr equipment_set droppable_equipment{equipment::barbell, equipment::dumbbell, equipment::kettlebell,
                                                   equipment::cable,   equipment::machine,  equipment::sled,
                                                   equipment::trap_bar};

/// Each fit rule: its stable snake_case name (what a finding or a JSON document names) and its one
/// sentence, the run-time message and the line compilers quote (sinew/detail/compile_error.hpp).
// clang-format off
constexpr rule_statement statement_of(fit_rule r, bool stop = false) noexcept {
  switch (r) {
    case fit_rule::none: return {"none", "sinew: the scheme fits the exercise"};
    SINEW_RULE(fit_rule, stretch_to_failure_or_tempo, "sinew: a stretch or soft-tissue move is not taken to failure (no AMAP, drops, strip or rest-pause sets, RPE 10 or 0 RIR) and has no tempo");
    SINEW_RULE(fit_rule, isometric_takes_time, "sinew: an isometric exercise is held: prescribe a time (3x30s), a hold on each rep (3x5 hold 10s) or a hold to failure, not reps, listed reps or a tempo");
    SINEW_RULE(fit_rule, locomotion_takes_distance, "sinew: a locomotion exercise travels: prescribe a distance (3x50yd), steps (3x20 steps) or a time (3x30s), not reps, listed reps or a tempo");
    SINEW_RULE(fit_rule, drop_needs_external_load, "sinew: drop and strip sets take load off: the exercise needs a barbell, dumbbell, kettlebell, cable, machine, sled or trap bar, not only bodyweight or a band (so does a load added to bodyweight, @bw+20kg)");
    SINEW_RULE(fit_rule, per_side_on_bilateral, "sinew: reps per leg, per side or in steps are for unilateral exercises; a bilateral exercise's reps count both legs together");
  }
  return {"unknown", "sinew: unknown rule"};
}
// clang-format on

/// The stable snake_case name of a rule.
[[nodiscard]] constexpr text_view name_of(fit_rule r) noexcept { return rule_name(r); }

/// The sentence for a rule. With `stop` set during constant evaluation, the
/// call does not return: the compiler reports the rule's own line.
constexpr text_view fit_rule_text(fit_rule r, bool stop = false) noexcept { return statement_of(r, stop).message; }

/// A broken fit rule, and for a grouping the index of its entry (no_index otherwise).
struct fit_check {
  static constexpr std::uint8_t no_index = 0xFF;
  fit_rule rule = fit_rule::none;
  std::uint8_t index = no_index;
  [[nodiscard]] constexpr bool ok() const noexcept { return rule == fit_rule::none; }
  friend constexpr bool operator==(const fit_check&, const fit_check&) noexcept = default;
};

namespace detail {

/// The scheme drives the set to failure, or names a tempo.
[[nodiscard]] constexpr bool to_failure_or_tempo(const set_scheme& s) noexcept {
  const bool counted = s.kind == scheme_kind::straight || s.kind == scheme_kind::interval;
  const bool failing_quantity = (counted && (s.per_set.kind == quantity_kind::to_failure ||
                                             s.per_set.kind == quantity_kind::amap)) || s.last_set_amap;
  const bool failing_load = (s.load.kind == load_kind::rpe && s.load.tenths == 100) ||
                            (s.load.kind == load_kind::rir && s.load.tenths == 0);
  return failing_quantity || failing_load || s.drops != 0 || s.kind == scheme_kind::strip ||
         s.kind == scheme_kind::rest_pause || s.tempo.stated();
}

/// Each set is held: for a time, as reps of a hold, or to failure with no rep target.
[[nodiscard]] constexpr bool held(const set_scheme& s) noexcept {
  // an interval's work is judged as a straight set's ("EMOM 10min: 40s hold")
  if ((s.kind != scheme_kind::straight && s.kind != scheme_kind::interval) || s.tempo.stated()) return false;
  const quantity& q = s.per_set;
  return q.kind == quantity_kind::time || (q.kind == quantity_kind::to_failure && q.max == 0) ||
         (q.kind == quantity_kind::reps && s.hold.seconds != 0);
}

/// Each set travels: a distance, steps or a time.
[[nodiscard]] constexpr bool travelled(const set_scheme& s) noexcept {
  if ((s.kind != scheme_kind::straight && s.kind != scheme_kind::interval) || s.tempo.stated()) return false;
  const quantity& q = s.per_set;
  return q.kind == quantity_kind::distance || q.kind == quantity_kind::time ||
         (q.kind == quantity_kind::reps && q.side == rep_count::steps);
}

/// The scheme counts one leg (or side) at a time, or steps of both.
[[nodiscard]] constexpr bool counts_sides(const set_scheme& s) noexcept {
  return ((s.kind == scheme_kind::straight || s.kind == scheme_kind::strip || s.kind == scheme_kind::interval) &&
          s.per_set.side != rep_count::both) ||
         s.listed_side != rep_count::both;  // "pyramid 12,10,8/leg"
}

/// The scheme takes load off: drops (counted, or given as loads: "+ drops
/// 60,45,30kg") and strip sets. A load added to bodyweight ("@bw+20kg") is not
/// one: a vest or a held weight adds it to any bodyweight exercise.
[[nodiscard]] constexpr bool needs_external_load(const set_scheme& s) noexcept {
  return s.drops != 0 || s.kind == scheme_kind::strip || s.drop_load_unit != load_kind::none;
}

}  // namespace detail

/// The first rule `s` breaks when prescribed for `r` (none: it fits). The
/// scheme's own rules are the schemes layer's (check(set_scheme)); this checks
/// only the fit, so a scheme is judged here whether or not it is valid alone.
[[nodiscard]] constexpr fit_check check_fit(const exercise_record& r, const set_scheme& s) noexcept {
  if ((r.kind == exercise_kind::stretch || r.kind == exercise_kind::soft_tissue) && detail::to_failure_or_tempo(s))
    return {fit_rule::stretch_to_failure_or_tempo};
  if (r.contraction == contraction::isometric && !detail::held(s)) return {fit_rule::isometric_takes_time};
  if (r.contraction == contraction::locomotion && !detail::travelled(s)) return {fit_rule::locomotion_takes_distance};
  if (detail::needs_external_load(s) && (r.equipment & droppable_equipment).empty())
    return {fit_rule::drop_needs_external_load};
  if (r.laterality == laterality::bilateral && r.contraction != contraction::locomotion && detail::counts_sides(s))
    return {fit_rule::per_side_on_bilateral};
  return {};
}
/// The same for a built-in exercise, or any exercise type.
[[nodiscard]] constexpr fit_check check_fit(exercise_id e, const set_scheme& s) noexcept {
  return is_builtin(e) ? check_fit(info(e), s) : fit_check{};
}
template <Exercise E>
[[nodiscard]] constexpr fit_check check_fit(E, const set_scheme& s) noexcept {
  return check_fit(E::record(), s);
}

/// The non-fatal twin: the scheme fits the exercise.
template <class X>
[[nodiscard]] constexpr bool fits(const X& exercise, const set_scheme& s) noexcept {
  return check_fit(exercise, s).ok();
}

/// The scheme, or the error naming the first fit rule it breaks.
template <class X>
[[nodiscard]] constexpr result<set_scheme> fit(const X& exercise, const set_scheme& s) noexcept {
  const fit_check c = check_fit(exercise, s);
  if (!c.ok()) return error{fit_rule_text(c.rule)};
  return s;
}

/// Compile-time checked: a scheme that does not fit its exercise stops
/// compilation with the rule's sentence (the scheme's own rules too).
/// `constexpr auto s = checked_fit(wall_sit, straight_sets(3, quantity::of(seconds(45))));`
template <Exercise E, SetScheme T>
[[nodiscard]] consteval set_scheme checked_fit(E e, const T& t) noexcept {
  const set_scheme s = as_set_scheme(t);  // checked(t) inlined: clang 14 refuses a consteval call on a parameter here
  if (const auto own = check(s); !own.ok()) (void)rule_text(own.rule, true);
  if (const fit_check c = check_fit(e, s); !c.ok()) (void)fit_rule_text(c.rule, true);
  return s;
}

/// A grouping's entries against the built-in exercises their names match; the
/// first entry that does not fit, with its index. An entry whose name matches
/// no built-in exercise, or several, is not judged here (the names layer says why).
[[nodiscard]] constexpr fit_check check_fit(const grouping& g) noexcept {
  std::uint8_t i = 0;
  for (const grouping_entry& entry : g) {
    if (const auto e = match_exercise(entry.exercise)) {
      fit_check c = check_fit(*e, entry.scheme);
      if (!c.ok()) {
        c.index = i;
        return c;
      }
    }
    ++i;
  }
  return {};
}

/// How reps (or a time) are counted on this exercise. A unilateral exercise's
/// count is per leg unless the scheme says per side or steps (the total of both
/// legs); a locomotion exercise's distance or time is travelled by both legs;
/// a bilateral exercise's count is both legs' as written.
[[nodiscard]] constexpr rep_count counted_as(const exercise_record& r, const quantity& q) noexcept {
  if (r.laterality != laterality::unilateral || r.contraction == contraction::locomotion || q.side != rep_count::both ||
      q.kind == quantity_kind::distance)
    return q.side;
  return rep_count::per_leg;
}

/// The scheme with its count made explicit for the exercise: "3x10" on a
/// Bulgarian split squat becomes "3x10 per leg", so figures_of counts 60 reps,
/// not 30. Listed reps count the same way: "pyramid 12,10,8" on a split squat
/// is "pyramid 12,10,8/leg", 60 reps. Mini-sets (rest-pause, cluster) and strip
/// sets are returned as they are (their notation has no per-leg form).
[[nodiscard]] constexpr set_scheme as_prescribed_for(const exercise_record& r, set_scheme s) noexcept {
  if (s.kind == scheme_kind::straight || s.kind == scheme_kind::interval) s.per_set.side = counted_as(r, s.per_set);
  else if (is_listed(s.kind) && s.listed_side == rep_count::both) s.listed_side = counted_as(r, quantity::reps(1));
  return s;
}
[[nodiscard]] constexpr set_scheme as_prescribed_for(exercise_id e, const set_scheme& s) noexcept {
  return is_builtin(e) ? as_prescribed_for(info(e), s) : s;
}

}  // namespace sinew
