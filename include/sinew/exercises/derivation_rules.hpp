// The rules by which an exercise's stance, laterality and spinal load change
// the actions it works, declared as one table per anatomy model: a row says
// when it applies (stance, one leg, movement pattern, spinal load), what it
// does (adds an assisting or a held action, or weighs an action more or less),
// what `explain` says for a muscle it concerns, and the article it comes from.
// The derivation, `explain`, the coverage queries and the scans read the
// model's rows; none of them knows a joint or an action by name. A model
// supplies its rows by specializing `model_derivation_rules` (the built-in
// lower body's are in exercises/lower_body_rules.hpp); a model extended from
// another keeps the rows of the one it extends, and a model with no rows has none.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/sources.hpp>
#include <sinew/span.hpp>
#include <sinew/text_view.hpp>

#include <sinew/exercises/descriptor.hpp>

namespace sinew {

// --- why a muscle has its role ----------------------------------------------------

enum class reason : std::uint8_t {
  performs_primary_action,        ///< a prime mover of an action the exercise loads as primary
  assists_primary_action,         ///< performs a primary loaded action as an assistant
  performs_assisting_action,      ///< performs an assisting action
  performs_stabilized_action,     ///< performs an action held still under load
  toes_out_external_rotation,     ///< the action is hip external rotation, added by toes out
  pelvis_held_unilaterally,       ///< the action holds the pelvis level on one leg
  spine_held_under_load,          ///< the action holds the loaded spine
  shortened_at_held_joint,        ///< actively insufficient: shortened where a joint is held
  lengthened_at_held_joint,       ///< lengthened where a joint is held
  opposes_primary_action,         ///< its other action opposes a primary loaded action
  longer_moment_arm,              ///< knees past toes: knee extension loaded harder
  load_peaks_stretched,
  load_peaks_shortened,
  treated_by_soft_tissue_work,
  overridden,                     ///< the exercise's explicit override sets the role
  not_involved,                   ///< performs none of the exercise's actions
  model_rule,                     ///< a rule of the model's own table (derivation_rule::text says which)
};

[[nodiscard]] constexpr text_view text(reason r) noexcept {
  switch (r) {
    case reason::performs_primary_action: return "is a prime mover of a primary loaded action";
    case reason::assists_primary_action: return "assists a primary loaded action (secondary mover in the anatomy)";
    case reason::performs_assisting_action: return "performs an assisting loaded action";
    case reason::performs_stabilized_action: return "performs an action the exercise holds still under load";
    case reason::toes_out_external_rotation: return "toes out adds hip external rotation";
    case reason::pelvis_held_unilaterally: return "on one leg, the hip abductors and adductors hold the pelvis level";
    case reason::spine_held_under_load: return "the loaded spine is held by its extensors";
    case reason::shortened_at_held_joint:
      return "shortened at a joint the exercise holds (toward its action there): actively insufficient, so not a prime mover";
    case reason::lengthened_at_held_joint: return "lengthened at a joint the exercise holds (away from its action there): works at a longer length";
    case reason::opposes_primary_action:
      return "its other action opposes a primary loaded action, so it works against itself (Lombard's paradox)";
    case reason::longer_moment_arm: return "knees past the toes lengthen the quadriceps' moment arm";
    case reason::load_peaks_stretched: return "the load peaks with the movers stretched";
    case reason::load_peaks_shortened: return "the load peaks with the movers shortened";
    case reason::treated_by_soft_tissue_work: return "its group is treated by soft-tissue work (no joint action)";
    case reason::overridden: return "set by the exercise's explicit override (a case the anatomy rules cannot decide)";
    case reason::not_involved: return "performs none of the exercise's actions";
    case reason::model_rule: return "a rule of the anatomy model's derivation table";
  }
  return "";
}

// --- the rules --------------------------------------------------------------------

/// What a rule does when it applies.
enum class rule_effect : std::uint8_t {
  adds_assisting,     ///< its actions are loaded as assisting (an action stated primary stays primary)
  adds_stabilized,    ///< its actions are held still under load (an action the exercise moves stays moving)
  weighs_moving,      ///< each of its actions the exercise moves weighs `factor` times as much
  weighs_stabilized,  ///< each of its actions the exercise holds still weighs `factor` times as much
  dominates,          ///< its actions carry the exercise's demand: a prime mover of one is not demoted for
                      ///< opposing another primary action (Lombard's paradox resolved toward them)
  holds_as_prime,     ///< its actions, where held still under load (stated or added), are primary: the
                      ///< muscles holding them carry the exercise's demand (the trunk's moment in a hinge)
};

/// When a rule applies; every stated part must hold (the defaults hold always).
struct rule_condition {
  stance_set stance{};                         ///< every one of these stance details (none: any stance)
  bool unilateral_only = false;                ///< only exercises done on one side
  pattern_set patterns = pattern_set::all();   ///< only these movement patterns
  sinew::spinal_load spine_from = spinal_load::none;  ///< spinal load at least this
  sinew::spinal_load spine_to = spinal_load::high;    ///< and at most this
  bool moved_only = false;                     ///< only exercises that move (not an isometric hold)

  [[nodiscard]] constexpr bool holds(const exercise_record& r) const noexcept {
    return (r.stance.bits & stance.bits) == stance.bits && (!unilateral_only || r.laterality == laterality::unilateral) &&
           patterns.contains(r.pattern) && r.spinal_load >= spine_from && r.spinal_load <= spine_to &&
           (!moved_only || r.contraction != contraction::isometric);
  }
};

/// One row of a model's derivation table.
struct derivation_rule {
  text_view id;                ///< snake_case, stable
  rule_condition when{};
  rule_effect effect = rule_effect::adds_assisting;
  action_set actions{};        ///< the actions it adds or weighs (ids of the model it belongs to)
  double factor = 1.0;         ///< for the weighs_ effects
  sinew::reason says = reason::model_rule;  ///< what `explain` gives a muscle it concerns
  bool explained = true;       ///< whether `explain` mentions it at all (a weight change may not)
  text_view text{};            ///< the rule in words, for a model's own rows (reason::model_rule)
  const source_record* source = nullptr;  ///< the article it comes from, or null

  /// The actions the rule adds to a record it applies to: those the record
  /// does not already state in the role it adds them to (or above it).
  [[nodiscard]] constexpr action_set added_to(const exercise_record& r) const noexcept {
    switch (effect) {
      case rule_effect::adds_assisting: return actions - r.loads - r.assists;
      case rule_effect::adds_stabilized: return actions - r.stabilizes;
      case rule_effect::weighs_moving:
      case rule_effect::weighs_stabilized:
      case rule_effect::dominates:
      case rule_effect::holds_as_prime: break;
    }
    return {};
  }
};

/// The most rows one model's table (with the tables of the models it extends) may have.
inline constexpr std::size_t max_derivation_rules = 32;

/// The extension point: specialize for a model with a static member
/// `static constexpr span<const derivation_rule> rows = ...;`. A model without
/// a specialization has the rows of the model it extends (extend_model), or none.
template <class Model>
struct model_derivation_rules {};

namespace detail {
template <class Model>
concept has_own_derivation_rules = requires { span<const derivation_rule>{model_derivation_rules<Model>::rows}; };
template <class Model>
concept extends_a_model = requires { typename Model::tables::base_model; };
}  // namespace detail

/// The rows that apply to a model: the rows of every model it extends, then its own.
template <class Model>
[[nodiscard]] constexpr auto derivation_rules_of() noexcept {
  detail::array<derivation_rule, max_derivation_rules> rows{};
  std::size_t n = 0;
  const auto append = [&](span<const derivation_rule> from) {
    for (std::size_t i = 0; i != from.size() && n != max_derivation_rules; ++i) rows[n++] = from[i];
  };
  if constexpr (detail::extends_a_model<Model>) {
    const auto base = derivation_rules_of<typename Model::tables::base_model>();
    append(span<const derivation_rule>{base.rows.data(), base.count});
  }
  if constexpr (detail::has_own_derivation_rules<Model>) append(model_derivation_rules<Model>::rows);
  struct table {
    detail::array<derivation_rule, max_derivation_rules> rows;
    std::size_t count;
    [[nodiscard]] constexpr const derivation_rule* begin() const noexcept { return rows.data(); }
    [[nodiscard]] constexpr const derivation_rule* end() const noexcept { return rows.data() + count; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
    [[nodiscard]] constexpr const derivation_rule& operator[](std::size_t i) const noexcept { return rows[i]; }
  };
  return table{rows, n};
}

/// A model's rows as one constant (read by the derivation on every record).
template <class Model>
inline constexpr auto derivation_rules = derivation_rules_of<Model>();

/// Every action some row of the model adds: what an exercise can involve a
/// muscle through besides the actions it states.
template <class Model>
inline constexpr action_set actions_rules_add = [] {
  action_set s{};
  for (const derivation_rule& d : derivation_rules<Model>)
    if (d.effect == rule_effect::adds_assisting || d.effect == rule_effect::adds_stabilized) s |= d.actions;
  return s;
}();

/// The actions the model's rows can make primary where they are held.
template <class Model>
inline constexpr action_set held_as_prime = [] {
  action_set s{};
  for (const derivation_rule& d : derivation_rules<Model>)
    if (d.effect == rule_effect::holds_as_prime) s |= d.actions;
  return s;
}();

}  // namespace sinew
