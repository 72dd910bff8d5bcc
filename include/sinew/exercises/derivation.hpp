// Which muscles an exercise works, in which role and how much: derived from the
// anatomy model, never hand-labelled. The facts used are the model's (who
// performs which action, as prime mover or assistant; the joints each muscle
// crosses; PCSA and volume from Arnold et al. 2010 / Handsfield et al. 2014) and
// three rules of muscle mechanics the coaching articles state (Legs That Actually
// Grow; Padron; sources.hpp cites each article):
//   1. a position toward a muscle's action at a joint it crosses, and does not
//      move in the exercise, shortens it there; a two-joint muscle shortened at the joint the exercise does not
//      move is actively insufficient (gastrocnemius with the knee bent 90 deg,
//      hamstrings in a hip thrust) and loses its prime-mover role;
//   2. a position away from its action lengthens it (hamstrings in a seated leg
//      curl, or in an RDL with straight knees) and lets it do more;
//   3. a muscle whose other action opposes a primary loaded action works against
//      itself (Lombard's paradox: rectus femoris and hamstrings in a squat) and
//      is a synergist at most, unless a model row says the action it performs
//      carries the exercise's demand (rule_effect::dominates).
// Plus the model's derivation rules (exercises/derivation_rules.hpp), one table
// per model: for the lower body, toes out adds hip external rotation (Padron),
// one leg holds the pelvis, a loaded spine is held by its extensors, knees past
// the toes weigh knee extension more (exercises/lower_body_rules.hpp cites each).
// Nothing here knows a joint or an action by name: the derivation works on any model.
// Emphasis: each effective action spreads a weight (primary 1, assisting 0.5,
// stabilized 0.15, times the factors of the model's weighing rules) over the muscles performing it, in proportion to size (PCSA;
// else volume / optimal fibre length, which is PCSA without pennation; else
// default_pcsa_cm2) x role in the action (prime 1, assistant 0.3) x position
// (insufficient 0.3, lengthened 1.3, opposing 0.5); a muscle's emphasis is its
// share of the exercise's total, so emphases of one exercise sum to 1.
#pragma once

#include <sinew/detail/array.hpp>
#include <cstddef>
#include <cstdint>
#include <sinew/sources.hpp>
#include <sinew/text_view.hpp>

#include <sinew/exercises/derivation_rules.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/lower_body_rules.hpp>

namespace sinew {

/// Size used for a muscle with neither PCSA nor volume and fibre length in the
/// literature tables (erector spinae, the gemelli, the two adductor magnus
/// parts): a small hip muscle's PCSA, between adductor brevis (5.0) and longus (6.5).
inline constexpr double default_pcsa_cm2 = 5.0;

inline constexpr double weight_primary_action = 1.0;
inline constexpr double weight_assisting_action = 0.5;
inline constexpr double weight_stabilized_action = 0.15;
inline constexpr double factor_secondary_mover = 0.3;
inline constexpr double factor_insufficient = 0.3;
inline constexpr double factor_lengthened = 1.3;
inline constexpr double factor_opposing = 0.5;

/// The size a derivation weighs a muscle by, in cm2 of PCSA (0 for a muscle
/// the model does not have).
template <class Model = lower_body_model>
[[nodiscard]] constexpr double size_weight(muscle_id m) noexcept {
  if (!Model::has(m)) return 0.0;
  const auto& a = Model::info(m).figures.architecture;
  if (a.pcsa_cm2.known() && a.pcsa_cm2.value > 0.0) return a.pcsa_cm2.value;
  if (a.volume_cm3.known() && a.optimal_fiber_length_cm.known() && a.optimal_fiber_length_cm.value > 0.0)
    return a.volume_cm3.value / a.optimal_fiber_length_cm.value;
  return default_pcsa_cm2;
}

/// The actions the derivation works with: the stated ones plus those the
/// model's derivation rules add (stance, laterality, spinal load).
struct effective_actions {
  action_set primary{};
  action_set assisting{};
  action_set stabilized{};
  action_set held_primary{};  ///< held still, yet primary by a holds_as_prime row (weighed as held)
  // What the built-in rows did, by the reason they give (kept for existing readers;
  // `fired` says it for every row of any model).
  bool toes_out_adds_external_rotation = false;  ///< a toes-out row added an action
  bool pelvis_held_unilaterally = false;         ///< a one-leg row applied
  bool spine_held = false;                       ///< a loaded-spine row added an action
  std::uint32_t fired = 0;                       ///< bit i: row i of derivation_rules<Model> applied

  [[nodiscard]] constexpr action_set moving() const noexcept { return primary | assisting; }
  [[nodiscard]] constexpr action_set all() const noexcept { return primary | assisting | stabilized; }
};

/// The stated actions and what the model's rules add to them.
template <class Model = lower_body_model>
[[nodiscard]] constexpr effective_actions effective_actions_of(const exercise_record& r) noexcept {
  effective_actions e{};
  e.primary = r.loads;
  e.assisting = r.assists;
  e.stabilized = r.stabilizes;
  const auto& rules = derivation_rules<Model>;
  for (std::size_t i = 0; i != rules.size(); ++i) {
    const derivation_rule& d = rules[i];
    if (!d.when.holds(r)) continue;
    e.fired |= std::uint32_t{1} << i;
    if (d.effect == rule_effect::adds_assisting) {
      e.assisting |= d.actions - e.primary;
      if (d.says == reason::toes_out_external_rotation && !d.added_to(r).empty()) e.toes_out_adds_external_rotation = true;
    } else if (d.effect == rule_effect::adds_stabilized) {
      e.stabilized |= d.actions;
      if (d.says == reason::pelvis_held_unilaterally) e.pelvis_held_unilaterally = true;
      if (d.says == reason::spine_held_under_load && !d.added_to(r).empty()) e.spine_held = true;
    }
  }
  // Held actions a row says carry the demand become primary (after every row has added what it holds).
  for (std::size_t i = 0; i != rules.size(); ++i) {
    const derivation_rule& d = rules[i];
    if (d.effect != rule_effect::holds_as_prime || !d.when.holds(r)) continue;
    const action_set held = d.actions & e.stabilized;
    if (held.empty()) continue;
    e.fired |= std::uint32_t{1} << i;
    e.primary |= held;
    e.held_primary |= held;
    e.assisting -= held;
  }
  e.stabilized -= e.moving();
  return e;
}

struct muscle_work {
  muscle_id muscle{};
  muscle_role role = muscle_role::none;
  muscle_length length = muscle_length::mid_range;
  float emphasis = 0.0F;  ///< share of the exercise's work, 0..1; an exercise's shares sum to 1
};

/// Every muscle an exercise involves, prime movers first, then by emphasis.
template <std::size_t N>
struct muscle_profile {
  detail::array<muscle_work, N> entries{};
  std::size_t count = 0;

  [[nodiscard]] constexpr const muscle_work* begin() const noexcept { return entries.data(); }
  [[nodiscard]] constexpr const muscle_work* end() const noexcept { return entries.data() + count; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
  [[nodiscard]] constexpr muscle_work of(muscle_id m) const noexcept {
    for (std::size_t i = 0; i != count; ++i)
      if (entries[i].muscle == m) return entries[i];
    return muscle_work{m, muscle_role::none, muscle_length::mid_range, 0.0F};
  }
  [[nodiscard]] constexpr muscle_role role_of(muscle_id m) const noexcept { return of(m).role; }
  [[nodiscard]] constexpr float emphasis_of(muscle_id m) const noexcept { return of(m).emphasis; }
  [[nodiscard]] constexpr muscle_set with_role(muscle_role r) const noexcept {
    muscle_set s{};
    for (std::size_t i = 0; i != count; ++i)
      if (entries[i].role == r) s.insert(entries[i].muscle);
    return s;
  }
};

// --- why -----------------------------------------------------------------------

/// The article a reason's rule comes from, as the model's derivation table
/// says, or null for a reason that follows from the anatomy model alone. Print
/// `citation(source_of(r)->id)` beside `text(r)`, as `sinew explain` does.
template <class Model = lower_body_model>
[[nodiscard]] constexpr const source_record* source_of(reason r) noexcept {
  for (const derivation_rule& d : derivation_rules<Model>)
    if (d.says == r && d.explained && d.source != nullptr) return d.source;
  return nullptr;
}

struct reason_entry {
  sinew::reason code = reason::not_involved;
  action_id action{};  ///< the action the reason concerns (when it concerns one)
  bool has_action = false;
  const derivation_rule* rule = nullptr;  ///< the model's row that gave it, for a rule's reason (its text and source)
};

inline constexpr std::size_t max_reasons = 16;

/// Why a muscle has its role and emphasis in an exercise. No allocation: reasons
/// are codes with fixed text (`text(reason)`).
struct explanation {
  muscle_work work{};
  double size_cm2 = 0.0;  ///< the size the emphasis was weighed by
  detail::array<reason_entry, max_reasons> reasons{};
  std::size_t count = 0;
  std::size_t omitted = 0;  ///< reasons past max_reasons, not kept

  /// Whether every reason is kept (a record with many held positions can
  /// give a muscle more than max_reasons).
  [[nodiscard]] constexpr bool complete() const noexcept { return omitted == 0; }

  [[nodiscard]] constexpr const reason_entry* begin() const noexcept { return reasons.data(); }
  [[nodiscard]] constexpr const reason_entry* end() const noexcept { return reasons.data() + count; }
  [[nodiscard]] constexpr bool has(reason r) const noexcept {
    for (std::size_t i = 0; i != count; ++i)
      if (reasons[i].code == r) return true;
    return false;
  }
  constexpr void add(reason r) noexcept {
    if (count < max_reasons)
      reasons[count++] = reason_entry{r, action_id{}, false};
    else
      ++omitted;
  }
  constexpr void add(reason r, action_id a, const derivation_rule* rule = nullptr) noexcept {
    if (count < max_reasons)
      reasons[count++] = reason_entry{r, a, true, rule};
    else
      ++omitted;
  }
};

namespace detail {

struct muscle_facts {
  bool performs_moving = false;
  bool prime_in_primary = false;
  bool shortened = false;
  bool lengthened = false;
  bool opposes = false;
  bool stabilizes = false;
  bool treated = false;
  bool stretched_most = false;  ///< a stretch's target, lengthened across both of its joints
  int override_role = -1;
  int length_score = 0;
};

template <class Model>
[[nodiscard]] constexpr muscle_facts facts_of(const exercise_record& r, const effective_actions& e, muscle_id m,
                                              explanation* why) noexcept {
  muscle_facts f{};
  const action_set mine = Model::actions_of(m);
  const action_set mine_primary = Model::actions_of(m, role_filter::primary);
  const action_set moving = e.moving();
  const auto& rules = derivation_rules<Model>;
  // The reasons of the model's rows of one effect that concern action a.
  const auto rule_reasons = [&](rule_effect effect, action_id a) {
    for (std::size_t i = 0; i != rules.size(); ++i) {
      const derivation_rule& d = rules[i];
      if ((e.fired & (std::uint32_t{1} << i)) == 0 || d.effect != effect || !d.explained) continue;
      const bool concerns = (effect == rule_effect::adds_assisting || effect == rule_effect::adds_stabilized)
                                ? d.added_to(r).contains(a)
                                : d.actions.contains(a);
      if (concerns) why->add(d.says, a, &d);
    }
  };

  (mine & e.primary).for_each([&](action_id a) {
    f.performs_moving = true;
    if (mine_primary.contains(a)) {
      f.prime_in_primary = true;
      if (why) {
        why->add(reason::performs_primary_action, a);
        rule_reasons(rule_effect::holds_as_prime, a);
      }
    } else if (why) {
      why->add(reason::assists_primary_action, a);
    }
  });
  (mine & e.assisting).for_each([&](action_id a) {
    f.performs_moving = true;
    if (why) {
      why->add(reason::performs_assisting_action, a);
      rule_reasons(rule_effect::adds_assisting, a);
    }
  });
  (mine & e.stabilized).for_each([&](action_id a) {
    f.stabilizes = true;
    if (why) {
      why->add(reason::performs_stabilized_action, a);
      rule_reasons(rule_effect::adds_stabilized, a);
      rule_reasons(rule_effect::weighs_stabilized, a);
    }
  });
  if (f.performs_moving) {
    if (r.loaded_at == load_peak::stretched) {
      f.length_score += 1;
      if (why) why->add(reason::load_peaks_stretched);
    } else if (r.loaded_at == load_peak::shortened) {
      f.length_score -= 1;
      if (why) why->add(reason::load_peaks_shortened);
    }
  }
  // Positions: toward one of its actions shortens it, toward the opposite lengthens
  // it. Only at a joint where the muscle moves nothing: at the joint it moves, a
  // held position is another axis of the same joint (a seated adductor machine).
  joint_set moved_here{};
  (mine & moving).for_each([&](action_id a) { moved_here.insert(Model::info(a).joint); });
  r.held_toward.for_each([&](action_id h) {
    if (moved_here.contains(Model::info(h).joint)) return;
    if (mine.contains(h)) {
      f.shortened = true;
      f.length_score -= 1;
      if (why && f.performs_moving) why->add(reason::shortened_at_held_joint, h);
    } else if (mine.contains(Model::antagonist_of(h))) {
      f.lengthened = true;
      f.length_score += 1;
      if (why && f.performs_moving) why->add(reason::lengthened_at_held_joint, h);
    }
  });
  // Lombard: an action of its own, not loaded here, opposing a primary loaded action;
  // unless the muscle is a prime mover of an action a model row says carries the
  // exercise's demand (a hinge's hip extension: the hamstrings stay prime movers
  // of a sumo deadlift, Escamilla et al. 2002).
  action_set dominant{};
  for (std::size_t i = 0; i != rules.size(); ++i)
    if ((e.fired & (std::uint32_t{1} << i)) != 0 && rules[i].effect == rule_effect::dominates) dominant |= rules[i].actions;
  const bool carries_demand = (mine_primary & e.primary).intersects(dominant);
  (mine - moving).for_each([&](action_id b) {
    if (!carries_demand && e.primary.contains(Model::antagonist_of(b)) && (f.performs_moving || f.stabilizes)) {
      f.opposes = true;
      if (why) why->add(reason::opposes_primary_action, Model::antagonist_of(b));
    }
  });
  if (f.performs_moving && why) (mine & moving).for_each([&](action_id a) { rule_reasons(rule_effect::weighs_moving, a); });
  // A stretch's target: a muscle that performs the stretched action and is
  // lengthened at the joint the stretch holds is stretched across both joints,
  // more than the one-joint movers (rectus femoris in a kneeling hip flexor
  // stretch with the back knee bent).
  if (r.kind == exercise_kind::stretch && f.lengthened && f.performs_moving) f.stretched_most = true;
  if (!r.treats.empty() && Model::info(m).groups.intersects(r.treats)) {
    f.treated = true;
    if (why) why->add(reason::treated_by_soft_tissue_work);
  }
  // A record is data (another program may have filled it): an override count
  // past the array or a role past prime_mover is not read.
  const std::size_t overrides = r.override_count < max_overrides ? r.override_count : max_overrides;
  for (std::size_t i = 0; i != overrides; ++i)
    if (r.overrides[i].muscle == m && r.overrides[i].role <= muscle_role::prime_mover) {
      f.override_role = static_cast<int>(r.overrides[i].role);
      if (why) why->add(reason::overridden);
    }
  return f;
}

[[nodiscard]] constexpr muscle_role role_from(const muscle_facts& f) noexcept {
  if (f.override_role >= 0) return static_cast<muscle_role>(f.override_role);
  if (f.prime_in_primary && !f.shortened && !f.opposes) return muscle_role::prime_mover;
  if (f.stretched_most) return muscle_role::prime_mover;
  if (f.performs_moving) return muscle_role::synergist;
  if (f.stabilizes) return muscle_role::stabilizer;
  if (f.treated) return muscle_role::treated;
  return muscle_role::none;
}

[[nodiscard]] constexpr muscle_length length_from(int score) noexcept {
  return score < 0 ? muscle_length::shortened : (score > 0 ? muscle_length::lengthened : muscle_length::mid_range);
}

[[nodiscard]] constexpr double position_factor(const muscle_facts& f) noexcept {
  double p = 1.0;
  if (f.shortened) p *= factor_insufficient;
  if (f.lengthened) p *= factor_lengthened;
  if (f.opposes) p *= factor_opposing;
  return p;
}

template <class Model>
struct derivation_state {
  detail::array<muscle_facts, Model::muscle_count> facts{};
  detail::array<double, Model::muscle_count> weight{};
};

template <class Model>
constexpr void weigh(const exercise_record& r, const effective_actions& e, derivation_state<Model>& s) noexcept {
  double total = 0.0;
  const auto spread = [&](action_id a, double w) {
    double sum = 0.0;
    detail::array<double, Model::muscle_count> raw{};
    Model::muscles_performing(a).for_each([&](muscle_id m) {
      // A stretch's target weighs as a prime mover of the stretched action.
      const double role =
          Model::performs(m, a, role_filter::primary) || s.facts[m.index].stretched_most ? 1.0 : factor_secondary_mover;
      raw[m.index] = size_weight<Model>(m) * role * position_factor(s.facts[m.index]);
      sum += raw[m.index];
    });
    if (sum <= 0.0) return;
    total += w;
    for (std::size_t i = 0; i != Model::muscle_count; ++i) s.weight[i] += w * raw[i] / sum;
  };
  // The product of the factors of the model's weighing rows that applied and name the action.
  const auto& rules = derivation_rules<Model>;
  const auto factor = [&](rule_effect effect, action_id a) {
    double k = 1.0;
    for (std::size_t i = 0; i != rules.size(); ++i)
      if ((e.fired & (std::uint32_t{1} << i)) != 0 && rules[i].effect == effect && rules[i].actions.contains(a))
        k *= rules[i].factor;
    return k;
  };
  // An action held as primary resists the whole moment but does no work: it weighs as an assisting
  // action (times the weighing of held actions, a lighter spinal load).
  (e.primary - e.held_primary).for_each([&](action_id a) { spread(a, weight_primary_action * factor(rule_effect::weighs_moving, a)); });
  e.held_primary.for_each([&](action_id a) { spread(a, weight_assisting_action * factor(rule_effect::weighs_stabilized, a)); });
  e.assisting.for_each([&](action_id a) { spread(a, weight_assisting_action * factor(rule_effect::weighs_moving, a)); });
  e.stabilized.for_each([&](action_id a) { spread(a, weight_stabilized_action * factor(rule_effect::weighs_stabilized, a)); });
  r.treats.for_each([&](group_id g) {
    double sum = 0.0;
    Model::members_of(g).for_each([&](muscle_id m) { sum += size_weight<Model>(m); });
    if (sum <= 0.0) return;
    total += 1.0;
    Model::members_of(g).for_each([&](muscle_id m) { s.weight[m.index] += size_weight<Model>(m) / sum; });
  });
  if (total > 0.0)
    for (auto& w : s.weight) w /= total;
}

}  // namespace detail

/// Every muscle's role, length and emphasis in an exercise.
template <class Model = lower_body_model>
[[nodiscard]] constexpr muscle_profile<Model::muscle_count> derive(const exercise_record& r) noexcept {
  const effective_actions e = effective_actions_of<Model>(r);
  detail::derivation_state<Model> s{};
  for (std::size_t i = 0; i != Model::muscle_count; ++i)
    s.facts[i] = detail::facts_of<Model>(r, e, muscle_id{static_cast<std::uint16_t>(i)}, nullptr);
  detail::weigh<Model>(r, e, s);
  muscle_profile<Model::muscle_count> p{};
  for (std::size_t i = 0; i != Model::muscle_count; ++i) {
    const muscle_role role = detail::role_from(s.facts[i]);
    if (role == muscle_role::none) continue;
    p.entries[p.count++] = muscle_work{muscle_id{static_cast<std::uint16_t>(i)}, role,
                                       detail::length_from(s.facts[i].length_score), static_cast<float>(s.weight[i])};
  }
  // Insertion sort: by role, then emphasis, descending (stable for equal keys).
  for (std::size_t i = 1; i < p.count; ++i) {
    const muscle_work w = p.entries[i];
    std::size_t j = i;
    while (j > 0 && (p.entries[j - 1].role < w.role ||
                     (p.entries[j - 1].role == w.role && p.entries[j - 1].emphasis < w.emphasis))) {
      p.entries[j] = p.entries[j - 1];
      --j;
    }
    p.entries[j] = w;
  }
  return p;
}

template <Exercise E, class Model = model_of_t<E>>
[[nodiscard]] constexpr muscle_profile<Model::muscle_count> derive(E e) noexcept {
  return derive<Model>(record_of(e));
}

/// The role of one muscle, without weighing the others: the same rules as
/// `derive`, cheap enough for scanning large run-time catalogs.
template <class Model = lower_body_model>
[[nodiscard]] constexpr muscle_role role_in(const exercise_record& r, muscle_id m) noexcept {
  return detail::role_from(detail::facts_of<Model>(r, effective_actions_of<Model>(r), m, nullptr));
}

/// Why `m` has its role and emphasis in the exercise.
template <class Model = lower_body_model>
[[nodiscard]] constexpr explanation explain(const exercise_record& r, muscle_id m) noexcept {
  explanation x{};
  const effective_actions e = effective_actions_of<Model>(r);
  (void)detail::facts_of<Model>(r, e, m, &x);
  if (x.count == 0) x.add(reason::not_involved);
  x.work = Model::has(m) ? derive<Model>(r).of(m) : muscle_work{m, muscle_role::none, muscle_length::mid_range, 0.0F};
  x.size_cm2 = size_weight<Model>(m);
  return x;
}
template <Exercise E, class Model = model_of_t<E>>
[[nodiscard]] constexpr explanation explain(E e, muscle_id m) noexcept {
  return explain<Model>(record_of(e), m);
}

/// A group's share of an exercise's work: the emphasis of its members with at
/// least role `least`, a muscle in several groups counting for each with an
/// equal part of its emphasis (rectus femoris half to the quadriceps, half to
/// the hip flexors). So the groups' shares of one exercise, like the muscles',
/// sum to at most 1, and volume added up per group counts no muscle twice.
template <class Model = lower_body_model, std::size_t N>
[[nodiscard]] constexpr double group_share(const muscle_profile<N>& p, group_id g,
                                           muscle_role least = muscle_role::treated) noexcept {
  double share = 0.0;
  for (const auto& w : p) {
    if (w.role < least || !Model::has(w.muscle)) continue;
    const group_set groups = Model::info(w.muscle).groups;
    if (!groups.contains(g)) continue;
    std::size_t n = 0;
    groups.for_each([&](group_id) { ++n; });
    share += static_cast<double>(w.emphasis) / static_cast<double>(n);
  }
  return share;
}

/// The share of an exercise's work a group's prime movers must carry for the
/// group to be a prime mover: a tenth. Below it the group works as a synergist
/// (adductor magnus in a hip thrust, rectus femoris for the hip flexors in a leg
/// extension, tensor fasciae latae and pectineus in a hanging knee raise).
inline constexpr double group_prime_share = 0.1;

/// A group's role in the exercise: the best role of its members, except that a
/// group is a prime mover only when its prime movers carry at least
/// `group_prime_share` of the exercise's work (`group_share`).
template <class Model = lower_body_model, std::size_t N>
[[nodiscard]] constexpr muscle_role group_role(const muscle_profile<N>& p, group_id g) noexcept {
  muscle_role best = muscle_role::none;
  for (const auto& w : p)
    if (Model::has(w.muscle) && Model::info(w.muscle).groups.contains(g) && w.role > best) best = w.role;
  if (best == muscle_role::prime_mover && group_share<Model>(p, g, muscle_role::prime_mover) < group_prime_share)
    return muscle_role::synergist;
  return best;
}

}  // namespace sinew
