// What a coach states about an exercise, as values: the joint actions it loads
// (primary), the ones that assist and the ones held still under load
// (stabilized), the joint positions that change which muscles can work, where
// in the range the load peaks, equipment, movement pattern, laterality, spinal
// loading and difficulty. Which muscles work, and how much, is never stated
// here: exercises/derivation.hpp derives it from the anatomy model. The
// vocabulary follows the coaching articles cited in sinew/sources.hpp: their
// equipment and movement patterns, "toes out adds hip
// external rotation" (Padron), "knees past toes lengthens the quads' moment arm"
// (Padron), "squat compresses the spine, leg press does not" (Legs That Actually Grow).
#pragma once

#include <sinew/detail/array.hpp>
#include <sinew/detail/compile_error.hpp>
#include <sinew/detail/exercise_name.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <sinew/text_view.hpp>

#include <sinew/anatomy.hpp>

namespace sinew {

// --- what an exercise needs and how it moves ------------------------------------

enum class equipment : std::uint8_t {
  barbell,
  dumbbell,
  kettlebell,
  cable,
  machine,
  band,
  bodyweight,
  sled,
  trap_bar,
  foam_roller,
};
inline constexpr std::size_t equipment_count = 10;

/// A set of equipment as a bitmask (structural, so it can sit in a template argument).
/// A value past the enum (cast from foreign data) is never a member: inserting
/// it changes nothing and `insert` says so.
struct equipment_set {
  std::uint16_t bits = 0;

  /// The bit of `e`, or 0 for a value past the enum.
  [[nodiscard]] static constexpr std::uint16_t bit_of(equipment e) noexcept {
    const auto i = static_cast<unsigned>(e);
    return i < equipment_count ? static_cast<std::uint16_t>(1U << i) : std::uint16_t{0};
  }
  constexpr equipment_set() noexcept = default;
  constexpr equipment_set(std::initializer_list<equipment> items) noexcept {
    for (auto e : items) bits = static_cast<std::uint16_t>(bits | bit_of(e));
  }
  [[nodiscard]] static constexpr equipment_set all() noexcept {
    equipment_set s;
    s.bits = static_cast<std::uint16_t>((1U << equipment_count) - 1U);
    return s;
  }
  [[nodiscard]] constexpr bool contains(equipment e) const noexcept { return (bits & bit_of(e)) != 0; }
  /// Every piece of `needed` is in this set.
  [[nodiscard]] constexpr bool includes(equipment_set needed) const noexcept { return (needed.bits & ~bits) == 0; }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits == 0; }
  /// Adds `e`; false (and the set unchanged) for a value past the enum.
  constexpr bool insert(equipment e) noexcept {
    bits = static_cast<std::uint16_t>(bits | bit_of(e));
    return bit_of(e) != 0;
  }
  friend constexpr equipment_set operator&(equipment_set a, equipment_set b) noexcept {
    equipment_set s;
    s.bits = static_cast<std::uint16_t>(a.bits & b.bits);
    return s;
  }
  friend constexpr equipment_set operator-(equipment_set a, equipment_set b) noexcept {
    equipment_set s;
    s.bits = static_cast<std::uint16_t>(a.bits & ~b.bits);
    return s;
  }
  friend constexpr bool operator==(equipment_set, equipment_set) noexcept = default;
};

/// Movement patterns: those of the articles, plus jump, mobility (dynamic warm-up,
/// foam rolling) and cardio (jogging, cycling).
enum class movement_pattern : std::uint8_t {
  squat,
  hinge,
  lunge,
  step,
  press,
  curl,
  extension,
  raise,
  abduction,
  adduction,
  carry,
  sprint,
  stretch,
  jump,
  mobility,
  cardio,
};
inline constexpr std::size_t movement_pattern_count = 16;
namespace detail {
/// What an exercise_spec's pattern is until the statement names one: no
/// pattern at all (past the enum), so that forgetting it breaks a rule.
inline constexpr auto pattern_not_stated = static_cast<movement_pattern>(movement_pattern_count);
}  // namespace detail

/// A set of movement patterns as a bitmask; a value past the enum is never a member.
struct pattern_set {
  std::uint32_t bits = 0;
  /// The bit of `p`, or 0 for a value past the enum.
  [[nodiscard]] static constexpr std::uint32_t bit_of(movement_pattern p) noexcept {
    const auto i = static_cast<unsigned>(p);
    return i < movement_pattern_count ? 1U << i : 0U;
  }
  constexpr pattern_set() noexcept = default;
  constexpr pattern_set(std::initializer_list<movement_pattern> items) noexcept {
    for (auto p : items) bits |= bit_of(p);
  }
  [[nodiscard]] static constexpr pattern_set all() noexcept {
    pattern_set s;
    s.bits = (1U << movement_pattern_count) - 1U;
    return s;
  }
  [[nodiscard]] constexpr bool contains(movement_pattern p) const noexcept { return (bits & bit_of(p)) != 0; }
  friend constexpr bool operator==(pattern_set, pattern_set) noexcept = default;
};

enum class mechanic : std::uint8_t {
  compound,   ///< moves two or more joint complexes under load
  isolation,  ///< moves one
};
enum class laterality : std::uint8_t { bilateral, unilateral };
/// Load on the lumbar spine (axial compression or the shear of a hinge): a back
/// squat is high, a leg press none (Legs That Actually Grow).
enum class spinal_load : std::uint8_t { none, low, high };
/// Where in the range of the loaded actions the load peaks.
enum class load_peak : std::uint8_t { stretched, mid_range, shortened };
enum class difficulty : std::uint8_t { beginner, intermediate, advanced };

/// What an exercise is for, which decides what its actions mean: a training kind
/// (strength, power) moves `loads` against resistance; conditioning moves them
/// for heart and lungs; mobility (a dynamic warm-up) moves them through their
/// range to prepare them; a stretch holds their movers long (what it stretches);
/// soft-tissue work loads no action and names the groups it treats.
enum class exercise_kind : std::uint8_t {
  strength,     ///< moved against resistance for strength and size
  power,        ///< plyometric or ballistic: jumps, swings, sprints at full speed
  conditioning, ///< heart and lungs: jogging, cycling
  mobility,     ///< dynamic warm-up: leg swings, high knees
  stretch,      ///< a held static stretch
  soft_tissue,  ///< foam rolling and other tools on the muscle
};
inline constexpr std::size_t exercise_kind_count = 6;

/// How the muscles work during a set, which decides what a set counts.
enum class contraction : std::uint8_t {
  dynamic,     ///< moves through a range: counted in reps
  isometric,   ///< held still: counted in time (wall sit, plank, static stretch)
  locomotion,  ///< travels: counted in distance, steps or time (sprint, sled push)
};
inline constexpr std::size_t contraction_count = 3;

namespace detail {
/// A field a statement must state: it remembers whether it was written, so the
/// rule that asks for it can name it (no default that silently stands in).
template <class E>
struct stated_field {
  E value{};
  bool stated = false;
  constexpr stated_field() noexcept = default;
  constexpr stated_field(E e) noexcept : value(e), stated(true) {}  // NOLINT: written `.kind = exercise_kind::strength`
  friend constexpr bool operator==(const stated_field&, const stated_field&) noexcept = default;
};
}  // namespace detail

/// Stance details that change the work (bit flags).
enum class stance : std::uint8_t {
  toes_forward = 1,
  toes_out = 2,         ///< introduces hip external rotation (Padron)
  wide = 4,
  knees_past_toes = 8,  ///< heel elevated, feet low on a leg press: a longer moment arm for the quads (Padron)
};
struct stance_set {
  std::uint8_t bits = 0;
  constexpr stance_set() noexcept = default;
  constexpr stance_set(std::initializer_list<stance> items) noexcept {
    for (auto s : items) bits = static_cast<std::uint8_t>(bits | static_cast<std::uint8_t>(s));
  }
  [[nodiscard]] constexpr bool contains(stance s) const noexcept { return (bits & static_cast<std::uint8_t>(s)) != 0; }
  friend constexpr bool operator==(stance_set, stance_set) noexcept = default;
};

/// A muscle's part in an exercise, as derived from anatomy.
enum class muscle_role : std::uint8_t {
  none,
  treated,      ///< soft-tissue work (foam rolling) on the muscle; no joint action
  stabilizer,   ///< performs an action the exercise holds still under load
  synergist,    ///< helps: assists, is a secondary mover, or is hampered by position
  prime_mover,  ///< a primary mover of a primary loaded action, unhampered
};
/// The muscle's length where the load peaks.
enum class muscle_length : std::uint8_t { shortened, mid_range, lengthened };
/// What a query counts as covering: prime movers only, or anything that works
/// (prime movers and synergists; for actions: primary and assisting), or also stabilizers.
enum class coverage : std::uint8_t { prime, working, any };

// --- the statement of an exercise --------------------------------------------------

inline constexpr std::size_t max_actions_per_role = 6;

/// Up to six actions, written `{hip_extension, knee_extension}`. Structural, so
/// an exercise's description can be a template argument.
struct action_ids {
  detail::array<action_id, max_actions_per_role> ids{};
  std::uint8_t count = 0;  ///< how many were written (may exceed the capacity: a rule then fails)

  constexpr action_ids() noexcept = default;
  constexpr action_ids(std::initializer_list<action_id> items) noexcept {
    for (auto a : items) {
      if (count < max_actions_per_role) ids[count] = a;
      if (count != 255) ++count;  // saturates: 256 items must not read as 0
    }
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    return count < max_actions_per_role ? count : max_actions_per_role;
  }
  [[nodiscard]] constexpr action_set as_set() const noexcept {
    action_set s{};
    for (std::size_t i = 0; i != size(); ++i) s.insert(ids[i]);
    return s;
  }
};

inline constexpr std::size_t max_treated_groups = 4;

/// Up to four groups (what soft-tissue work treats).
struct group_ids {
  detail::array<group_id, max_treated_groups> ids{};
  std::uint8_t count = 0;  ///< how many were written (may exceed the capacity: a rule then fails)
  constexpr group_ids() noexcept = default;
  constexpr group_ids(std::initializer_list<group_id> items) noexcept {
    for (auto g : items) {
      if (count < max_treated_groups) ids[count] = g;
      if (count != 255) ++count;
    }
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    return count < max_treated_groups ? count : max_treated_groups;
  }
  [[nodiscard]] constexpr group_set as_set() const noexcept {
    group_set s{};
    for (std::size_t i = 0; i != size(); ++i) s.insert(ids[i]);
    return s;
  }
};

/// An explicit per-exercise override of a derived role: for the rare case the
/// anatomy cannot decide (documented at each use). The explanation says so.
struct muscle_override {
  muscle_id muscle{};
  muscle_role role = muscle_role::none;
  friend constexpr bool operator==(const muscle_override&, const muscle_override&) noexcept = default;
};
inline constexpr std::size_t max_overrides = 2;
struct muscle_overrides {
  detail::array<muscle_override, max_overrides> items{};
  std::uint8_t count = 0;
  constexpr muscle_overrides() noexcept = default;
  constexpr muscle_overrides(std::initializer_list<muscle_override> list) noexcept {
    for (auto o : list) {
      if (count < max_overrides) items[count] = o;
      if (count != 255) ++count;
    }
  }
};

/// What a coach states about an exercise. Write it with designated initializers
/// in this order. Required: `loads` (or `treats`), `equipment` and `pattern`
/// (every built-in statement names all three); a statement without one does
/// not compile, and the error names the rule. Everything else has a default.
///   - loads / assists: actions moved against resistance, primary or assisting;
///   - stabilizes: actions held still under load (lumbar extension in a squat);
///   - held_toward: joint positions held during the set, named by the action
///     they point toward (`knee_flexion`: knee bent ~90 deg; `hip_flexion`: seated);
///   - stance, loaded_at (where the load peaks), equipment (all of it is needed),
///     pattern, laterality, spinal_load, difficulty;
///   - is_compound: leave unset to derive it (two or more joint complexes loaded);
///   - treats: groups worked by soft-tissue tools (foam rolling; no action loaded);
///   - overrides: see muscle_override.
/// `kind` and `contraction` come first and are required (a statement that
/// leaves one out breaks a rule). The kind says what `loads` means: for a
/// stretch it names the actions whose movers are held under stretch, with
/// loaded_at = stretched (what it stretches); for mobility, the actions a
/// warm-up moves through their range (what it prepares); only strength and
/// power (is_training_kind, exercises/kinds.hpp) load them against resistance.
struct exercise_spec {
  detail::stated_field<exercise_kind> kind{};
  detail::stated_field<sinew::contraction> contraction{};
  action_ids loads{};
  action_ids assists{};
  action_ids stabilizes{};
  action_ids held_toward{};
  stance_set stance{};
  load_peak loaded_at = load_peak::mid_range;
  equipment_set equipment{};
  movement_pattern pattern = detail::pattern_not_stated;  ///< required
  sinew::laterality laterality = sinew::laterality::bilateral;
  sinew::spinal_load spinal_load = sinew::spinal_load::none;
  sinew::difficulty difficulty = sinew::difficulty::beginner;
  std::int8_t is_compound = -1;  ///< -1: derive; 0: isolation; 1: compound
  group_ids treats{};
  muscle_overrides overrides{};
};

// --- rules ------------------------------------------------------------------------

/// The rules an exercise statement must keep; each has one message, quoted by
/// the compiler (compile-time definitions) or returned as an error (text).
enum class exercise_rule : std::uint8_t {
  ok,
  no_loaded_action,
  primary_and_assisting,
  loaded_and_stabilized,
  position_on_moving_axis,
  opposite_positions,
  no_equipment,
  too_many_actions,
  toes_forward_and_out,
  unknown_entity,
  no_pattern,
  kind_unstated,
  contraction_unstated,
  name_unwritable,
};

/// Each rule of a statement, its name and its one sentence (sinew/detail/compile_error.hpp):
/// the run-time message, and the line the compiler quotes when a statement breaks it.
// Each sentence stays on its rule's line: that line is what compilers quote.
// clang-format off
constexpr rule_statement statement_of(exercise_rule r, bool stop = false) noexcept {
  switch (r) {
    case exercise_rule::ok: return {"ok", "sinew: ok"};
    SINEW_RULE(exercise_rule, no_loaded_action, "sinew: an exercise loads at least one action (soft-tissue work names the groups it treats)");
    SINEW_RULE(exercise_rule, primary_and_assisting, "sinew: an action is either primary or assisting in an exercise, not both");
    SINEW_RULE(exercise_rule, loaded_and_stabilized, "sinew: an action held still (stabilized) is not also moved under load");
    SINEW_RULE(exercise_rule, position_on_moving_axis, "sinew: a held position cannot be on an axis the exercise moves under load (loaded_at says where the load peaks)");
    SINEW_RULE(exercise_rule, opposite_positions, "sinew: a joint is held in one position, not in two opposite ones");
    SINEW_RULE(exercise_rule, no_equipment, "sinew: an exercise names its equipment (bodyweight counts)");
    SINEW_RULE(exercise_rule, too_many_actions, "sinew: at most six actions per role, six held positions, four treated groups, two overrides");
    SINEW_RULE(exercise_rule, toes_forward_and_out, "sinew: the toes point forward or out, not both");
    SINEW_RULE(exercise_rule, unknown_entity, "sinew: an exercise names only actions, groups and muscles of the anatomy model, and roles that exist");
    SINEW_RULE(exercise_rule, no_pattern, "sinew: an exercise names its movement pattern (no default pattern)");
    SINEW_RULE(exercise_rule, kind_unstated, "sinew: an exercise states its kind (.kind = exercise_kind::strength, power, conditioning, mobility, stretch or soft_tissue)");
    SINEW_RULE(exercise_rule, contraction_unstated, "sinew: an exercise states its contraction (.contraction = contraction::dynamic, isometric or locomotion)");
    SINEW_RULE(exercise_rule, name_unwritable, "sinew: an exercise's id and name are 1 to 64 bytes, with no ';', '@', '\"', '#', line break, blank at either end or coach label (1A.): program files and groupings name the exercise by them");
  }
  return {"unknown", "sinew: unknown rule"};
}
// clang-format on

[[nodiscard]] constexpr text_view message(exercise_rule r) noexcept { return rule_message(r); }

namespace detail {
/// Stops constant evaluation on a broken rule (quoting it); the rule otherwise.
constexpr exercise_rule stop_on_broken(exercise_rule r) noexcept {
  if (r != exercise_rule::ok) stop_on(r);
  return r;
}
}  // namespace detail

namespace detail {

template <class Model>
[[nodiscard]] constexpr action_set antagonists(const action_set& s) noexcept {
  action_set out{};
  s.for_each([&](action_id a) { out.insert(Model::antagonist_of(a)); });
  return out;
}

/// A statement as the rules see it, whichever way it was written: how many
/// items each list has as written (duplicates count), the sets they make, and
/// whether every id names an entity of the model. exercise_spec (compile time)
/// and parse_exercise (text) both fill one, and `check_statement` is the one rule set.
struct statement_facts {
  std::size_t loads = 0, assists = 0, stabilizes = 0, held = 0, treats = 0, overrides = 0;  ///< items written
  action_set load_set{}, assist_set{}, stabilize_set{}, held_set{};
  group_set treat_set{};
  equipment_set equipment{};
  stance_set stance{};
  bool ids_known = true;  ///< every action, group and muscle is the model's, every role exists
  bool pattern_named = true;  ///< the statement names a movement pattern
  bool kind_stated = true, contraction_stated = true;  ///< a statement wrote both (records always hold them)
  bool names_writable = true;  ///< the id and the name read back from every text format (detail/exercise_name.hpp)
};

/// The first rule the statement breaks, in the order exercise_rule lists the
/// checks here (counts first: past them the lists are cut), with the model's antagonists.
template <class Model>
[[nodiscard]] constexpr exercise_rule check_statement(const statement_facts& f) noexcept {
  if (f.loads > max_actions_per_role || f.assists > max_actions_per_role || f.stabilizes > max_actions_per_role ||
      f.held > max_actions_per_role || f.treats > max_treated_groups || f.overrides > max_overrides)
    return exercise_rule::too_many_actions;
  if (!f.ids_known) return exercise_rule::unknown_entity;
  if (f.load_set.empty() && f.treat_set.empty()) return exercise_rule::no_loaded_action;
  if (f.load_set.intersects(f.assist_set)) return exercise_rule::primary_and_assisting;
  const action_set moving = f.load_set | f.assist_set;
  if (moving.intersects(f.stabilize_set)) return exercise_rule::loaded_and_stabilized;
  if (f.held_set.intersects(moving | antagonists<Model>(moving))) return exercise_rule::position_on_moving_axis;
  if (f.held_set.intersects(antagonists<Model>(f.held_set))) return exercise_rule::opposite_positions;
  if (f.equipment.empty()) return exercise_rule::no_equipment;
  if (!f.pattern_named) return exercise_rule::no_pattern;
  if (f.stance.contains(stance::toes_forward) && f.stance.contains(stance::toes_out))
    return exercise_rule::toes_forward_and_out;
  if (!f.kind_stated) return exercise_rule::kind_unstated;
  if (!f.contraction_stated) return exercise_rule::contraction_unstated;
  if (!f.names_writable) return exercise_rule::name_unwritable;
  return exercise_rule::ok;
}

template <class Model>
[[nodiscard]] constexpr bool all_known(const action_ids& l) noexcept {
  for (std::size_t i = 0; i != l.size(); ++i)
    if (!Model::has(l.ids[i])) return false;
  return true;
}

template <class Model>
[[nodiscard]] constexpr statement_facts statement_of(const exercise_spec& s) noexcept {
  statement_facts f{};
  f.loads = s.loads.count;
  f.assists = s.assists.count;
  f.stabilizes = s.stabilizes.count;
  f.held = s.held_toward.count;
  f.treats = s.treats.count;
  f.overrides = s.overrides.count;
  f.load_set = s.loads.as_set();
  f.assist_set = s.assists.as_set();
  f.stabilize_set = s.stabilizes.as_set();
  f.held_set = s.held_toward.as_set();
  f.treat_set = s.treats.as_set();
  f.equipment = s.equipment;
  f.stance = s.stance;
  f.pattern_named = static_cast<std::size_t>(s.pattern) < movement_pattern_count;
  f.ids_known = all_known<Model>(s.loads) && all_known<Model>(s.assists) && all_known<Model>(s.stabilizes) &&
                all_known<Model>(s.held_toward);
  for (std::size_t i = 0; i != s.treats.size(); ++i) f.ids_known = f.ids_known && Model::has(s.treats.ids[i]);
  f.kind_stated = s.kind.stated && static_cast<std::size_t>(s.kind.value) < exercise_kind_count;
  f.contraction_stated = s.contraction.stated && static_cast<std::size_t>(s.contraction.value) < contraction_count;
  const std::size_t overrides = s.overrides.count < max_overrides ? s.overrides.count : max_overrides;
  for (std::size_t i = 0; i != overrides; ++i)
    f.ids_known = f.ids_known && Model::has(s.overrides.items[i].muscle) &&
                  s.overrides.items[i].role <= muscle_role::prime_mover;
  return f;
}

}  // namespace detail

/// The first rule a statement breaks, or exercise_rule::ok: the non-fatal twin
/// of the static_asserts in `exercise`, and what parse_exercise checks. The
/// ids are those of `Model`.
template <class Model = lower_body_model>
[[nodiscard]] constexpr exercise_rule first_broken_rule(const exercise_spec& s) noexcept {
  return detail::check_statement<Model>(detail::statement_of<Model>(s));
}
template <class Model = lower_body_model>
[[nodiscard]] constexpr bool is_valid_exercise_spec(const exercise_spec& s) noexcept {
  return first_broken_rule<Model>(s) == exercise_rule::ok;
}
template <class Model = lower_body_model>
[[nodiscard]] constexpr bool breaks(const exercise_spec& s, exercise_rule r) noexcept {
  return first_broken_rule<Model>(s) == r;
}

// --- the run-time record ----------------------------------------------------------

/// The compact run-time form of an exercise: what catalogs hold and queries scan.
/// The fields a coverage scan reads come first (one cache line); id and name are
/// views into storage the record does not own (string literals for the built-in
/// catalog, the caller's text for parse_exercise).
struct exercise_record {
  action_set loads{};       ///< primary loaded actions
  action_set assists{};     ///< assisting loaded actions
  action_set stabilizes{};  ///< held still under load, as stated (derivation adds more)
  equipment_set equipment{};
  movement_pattern pattern = movement_pattern::squat;
  stance_set stance{};
  sinew::laterality laterality = sinew::laterality::bilateral;
  sinew::spinal_load spinal_load = sinew::spinal_load::none;
  load_peak loaded_at = load_peak::mid_range;
  sinew::mechanic mechanic = sinew::mechanic::compound;
  sinew::difficulty difficulty = sinew::difficulty::beginner;
  exercise_kind kind = exercise_kind::strength;             ///< records another program fills in default to
  sinew::contraction contraction = sinew::contraction::dynamic;  ///< a strength exercise moved in reps, as before kinds
  std::uint8_t override_count = 0;
  detail::array<muscle_override, max_overrides> overrides{};
  action_set held_toward{};
  group_set treats{};
  text_view id{};
  text_view name{};
  friend constexpr bool operator==(const exercise_record&, const exercise_record&) noexcept = default;
};

namespace detail {

/// Compound when the loaded actions move two or more joint complexes.
template <class Model>
[[nodiscard]] constexpr sinew::mechanic derived_mechanic(const action_set& moving) noexcept {
  joint_set joints{};
  moving.for_each([&](action_id a) {
    if (Model::has(a)) joints.insert(Model::info(a).joint);
  });
  return Model::complex_count(joints) >= 2 ? sinew::mechanic::compound : sinew::mechanic::isolation;
}

}  // namespace detail

/// The record of a statement, with the given id and display name (the
/// mechanic, when derived, counts the joint complexes of `Model`).
template <class Model = lower_body_model>
[[nodiscard]] constexpr exercise_record make_record(const exercise_spec& s, text_view id,
                                                    text_view name) noexcept {
  exercise_record r{};
  r.loads = s.loads.as_set();
  r.assists = s.assists.as_set();
  r.stabilizes = s.stabilizes.as_set();
  r.held_toward = s.held_toward.as_set();
  r.equipment = s.equipment;
  r.pattern = s.pattern;
  r.stance = s.stance;
  r.laterality = s.laterality;
  r.spinal_load = s.spinal_load;
  r.loaded_at = s.loaded_at;
  r.difficulty = s.difficulty;
  r.kind = s.kind.value;
  r.contraction = s.contraction.value;
  r.mechanic = s.is_compound < 0 ? detail::derived_mechanic<Model>(r.loads | r.assists)
                                 : (s.is_compound != 0 ? mechanic::compound : mechanic::isolation);
  r.treats = s.treats.as_set();
  r.override_count = static_cast<std::uint8_t>(s.overrides.count < max_overrides ? s.overrides.count : max_overrides);
  r.overrides = s.overrides.items;
  r.id = id;
  r.name = name;
  return r;
}

namespace detail {

template <class Model>
[[nodiscard]] constexpr bool all_known(const action_set& s) noexcept {
  bool known = true;
  s.for_each([&](action_id a) { known = known && Model::has(a); });
  return known;
}

template <class Model>
[[nodiscard]] constexpr statement_facts statement_of(const exercise_record& r) noexcept {
  statement_facts f{};
  f.loads = r.loads.size();
  f.assists = r.assists.size();
  f.stabilizes = r.stabilizes.size();
  f.held = r.held_toward.size();
  f.treats = r.treats.size();
  f.overrides = r.override_count;
  f.load_set = r.loads;
  f.assist_set = r.assists;
  f.stabilize_set = r.stabilizes;
  f.held_set = r.held_toward;
  f.treat_set = r.treats;
  f.equipment = r.equipment;
  f.stance = r.stance;
  f.ids_known = all_known<Model>(r.loads) && all_known<Model>(r.assists) && all_known<Model>(r.stabilizes) &&
                all_known<Model>(r.held_toward);
  r.treats.for_each([&](group_id g) { f.ids_known = f.ids_known && Model::has(g); });
  f.kind_stated = static_cast<std::size_t>(r.kind) < exercise_kind_count;
  f.contraction_stated = static_cast<std::size_t>(r.contraction) < contraction_count;
  f.names_writable = writable_exercise_name(r.id) && writable_exercise_name(r.name);
  const std::size_t overrides = r.override_count < max_overrides ? r.override_count : max_overrides;
  for (std::size_t i = 0; i != overrides; ++i)
    f.ids_known = f.ids_known && Model::has(r.overrides[i].muscle) && r.overrides[i].role <= muscle_role::prime_mover;
  return f;
}

}  // namespace detail

/// The first rule a record breaks, or exercise_rule::ok: the same rules, for
/// records another program filled in (make_record of a valid statement and
/// parse_exercise make only valid ones). A record's lists are sets, so the
/// counts are their sizes.
template <class Model = lower_body_model>
[[nodiscard]] constexpr exercise_rule first_broken_rule(const exercise_record& r) noexcept {
  return detail::check_statement<Model>(detail::statement_of<Model>(r));
}

// --- exercises as types -------------------------------------------------------------

namespace detail {
struct exercise_base {};
/// The statement's rules and the name rule: what an `exercise<"id", spec>` is checked against.
template <class Model>
[[nodiscard]] constexpr exercise_rule first_broken_rule_named(const exercise_spec& s, text_view id, text_view name) noexcept {
  statement_facts f = statement_of<Model>(s);
  f.names_writable = writable_exercise_name(id) && writable_exercise_name(name);
  return check_statement<Model>(f);
}
}  // namespace detail

/// Base of every exercise, built-in or user-defined:
/// ```
/// inline constexpr struct seated_calf_raise final
///     : exercise<"seated_calf_raise", exercise_spec{.kind = exercise_kind::strength,
///                .contraction = contraction::dynamic, .loads = {ankle_plantar_flexion},
///                .held_toward = {knee_flexion}, .equipment = {equipment::machine},
///                .pattern = movement_pattern::raise}> {} seated_calf_raise;
/// ```
/// A statement that breaks a rule does not compile; the message names the rule.
/// An exercise of another anatomy model names it third:
/// `exercise<"lateral_raise", spec, my_model>`; its actions are that model's.
template <detail::fixed_string Id, exercise_spec Spec, class Model = lower_body_model>
struct exercise : detail::exercise_base, detail::named<Id> {
  using model = Model;
  // Checked once; a broken rule stops compilation on the line of statement_of that states it.
  static constexpr exercise_rule broken_rule =
      detail::stop_on_broken(detail::first_broken_rule_named<Model>(Spec, detail::named<Id>::id, detail::named<Id>::name()));
  static_assert(broken_rule == exercise_rule::ok, "sinew: the exercise statement breaks the rule quoted above");

  static constexpr exercise_spec spec = Spec;
  [[nodiscard]] static constexpr exercise_record record() noexcept {
    return make_record<Model>(Spec, detail::named<Id>::id, detail::named<Id>::name());
  }
};

/// An exercise type: a user-defined `exercise<"id", spec>` or a built-in tag
/// (`builtin_exercise<N>`, exercises/catalog.hpp). Either gives its id, name
/// and record.
template <class T>
concept Exercise = __is_base_of(detail::exercise_base, T) && __is_empty(T) &&
                   requires(const volatile T* t, void (*base)(const volatile detail::exercise_base*),
                            void (*text)(text_view), void (*rec)(const exercise_record&)) {
                     base(t);
                     text(T::id);
                     text(T::name());
                     rec(T::record());
                   };

namespace detail {
template <class E>
struct model_of {
  using type = lower_body_model;
};
template <class E>
  requires requires { typename E::model; }
struct model_of<E> {
  using type = typename E::model;
};
}  // namespace detail

/// The anatomy model an exercise type's ids belong to: the one it names
/// (`exercise<"id", spec, Model>`), the built-in one otherwise.
template <class E>
using model_of_t = typename detail::model_of<E>::type;

/// The record of an exercise type: computed from its statement for a
/// user-defined `exercise<"id", spec>`, read from the generated catalog for a
/// built-in one.
template <Exercise E>
[[nodiscard]] constexpr exercise_record record_of(E) noexcept {
  return E::record();
}

}  // namespace sinew
