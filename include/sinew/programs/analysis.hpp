// The analysis of a program: weekly fractional sets per muscle, group and
// action, figures per session (minutes, sets), and findings as data (kinds,
// rules and sources: programs/findings.hpp and docs/programs.md). Pure
// constexpr functions over a program, a catalog (the built-in one or a user's)
// and an anatomy model; no allocation, so `static_assert(analyse(p).findings.empty())`
// holds or fails at compile time.
//
// What counts: the entries of every block but warm-up and cool-down whose
// exercise is of a training kind (strength, power); each work set counts the
// weights of `volume_weights` for the muscles the derivation gives the exercise
// (exercises/muscles_of.hpp: prime movers are its targets, synergists indirect).
// A group counts a set once, at the largest weight among its members; a chain
// (anterior, posterior) likewise. An action counts a set at the target weight
// when the exercise loads it, at the indirect weight when it assists. Weekly
// figures are the program's totals divided by its number of weeks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include <sinew/detail/array.hpp>
#include <sinew/detail/bits.hpp>
#include <sinew/detail/traits.hpp>
#include <sinew/exercises/builtin_queries.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/kinds.hpp>
#include <sinew/exercises/muscles_of.hpp>
#include <sinew/programs/findings.hpp>
#include <sinew/programs/program.hpp>
#include <sinew/programs/scheme_fit.hpp>
#include <sinew/schemes/figures.hpp>
#include <sinew/span.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

/// Weekly fractional sets of a muscle: `sets` weighted, `direct_sets` those where it is a target.
struct muscle_volume {
  double sets = 0.0;
  double direct_sets = 0.0;
  friend constexpr bool operator==(const muscle_volume&, const muscle_volume&) noexcept = default;
};
/// Weekly fractional sets of a group, and how many sessions of the program load it directly.
struct group_volume {
  double sets = 0.0;
  double direct_sets = 0.0;
  std::uint32_t sessions = 0;
  friend constexpr bool operator==(const group_volume&, const group_volume&) noexcept = default;
};

/// One session's figures. `minutes` is the whole session, `main_minutes` all but
/// warm-up and cool-down (estimates: figures/schemes.hpp defaults, rests by goal).
struct session_summary {
  std::uint16_t week = 1;
  std::uint8_t day = 1;
  std::uint32_t day_number = 0;  ///< days from Monday of week 1 (program::day_number)
  figure seconds{};
  figure main_seconds{};
  std::uint32_t sets = 0;         ///< work sets counted (training kinds, main work)
  double busiest_muscle_sets = 0;  ///< the most target sets one muscle gets in the session
  muscle_id busiest_muscle{};
  group_set loaded{};  ///< groups with a target set in the session
  /// Minutes as a coach reads them: the middle of the estimate, rounded.
  [[nodiscard]] constexpr std::uint32_t minutes() const noexcept { return middle_minutes(seconds); }
  [[nodiscard]] constexpr std::uint32_t main_minutes() const noexcept { return middle_minutes(main_seconds); }
  [[nodiscard]] static constexpr std::uint32_t middle_minutes(const figure& f) noexcept {
    if (!f.known) return 0;
    return static_cast<std::uint32_t>((f.min / 2U + f.max / 2U + ((f.min % 2U + f.max % 2U) / 2U) + 30U) / 60U);
  }
};

/// What the rules read about one entry of the program.
struct entry_summary {
  bool counted = false;  ///< a training kind in the main work
  std::uint16_t session = 0;
  std::uint32_t sets = 0;
  muscle_set prime{};  ///< the exercise's targets (prime movers)
};

/// What every rule reads: the program as spans, the catalog, the options and
/// the tables computed so far. A user's rule (finding_policy) gets it too.
struct analysis_context {
  span<const program_week> weeks{};
  span<const program_session> sessions{};
  span<const program_block> blocks{};
  span<const program_entry> entries{};
  span<const program_grouping> groupings{};
  span<const exercise_record> catalog{};
  const analysis_options* options = nullptr;
  span<const muscle_volume> muscles{};
  span<const group_volume> groups{};
  span<const double> actions{};
  span<const session_summary> session_figures{};
  span<const entry_summary> entry_figures{};
  std::uint32_t week_count = 1;
  volume_ranges ranges{};   ///< the ranges in force (options.ranges_in_force())
  group_set required{};     ///< the groups those ranges name, in the model
  /// The model's group of each range in force, in order (no_entity<group_id> where the model has none).
  detail::array<group_id, max_volume_ranges> range_groups{};
  double anterior_sets = 0.0;   ///< weekly, a set counted once per chain
  double posterior_sets = 0.0;
  bool unilateral = false;  ///< a counted entry is unilateral

  /// Whether the catalog holds the entry's exercise. Ask this rather than compare
  /// record_of with nullptr: g++ with -fsanitize=null does not fold a catalog
  /// row's address compared with nullptr in constant evaluation.
  [[nodiscard]] constexpr bool has_record(const program_entry& e) const noexcept { return e.exercise.index < catalog.size(); }
  /// The name of an entry's exercise, or "?" when the catalog lacks it.
  [[nodiscard]] constexpr text_view entry_name(const program_entry& e) const noexcept {
    return has_record(e) ? catalog[e.exercise.index].name : text_view{"?"};
  }
  /// The record of an entry, or nullptr when the catalog lacks it.
  [[nodiscard]] constexpr const exercise_record* record_of(const program_entry& e) const noexcept {
    return e.exercise.index < catalog.size() ? &catalog[e.exercise.index] : nullptr;
  }
  /// The role of the block holding entry `i`.
  [[nodiscard]] constexpr block_role role_of_entry(std::size_t i) const noexcept {
    for (const auto& b : blocks)
      if (i >= b.first_entry && i < std::size_t{b.first_entry} + b.entry_count) return b.role;
    return block_role::none;
  }
};

namespace detail {
/// Selects the constructor of a program_analysis that leaves its session summaries uninitialized.
struct uninitialized_sessions_t {
  explicit uninitialized_sessions_t() = default;
};
inline constexpr uninitialized_sessions_t uninitialized_sessions{};
}  // namespace detail

/// The analysis of a program: weekly volume tables, per-session figures,
/// totals and findings. Capacity: the model's entities and the program's sessions.
template <class Model = builtin_model, program_limits Limits = program_limits{}>
struct program_analysis {
  using model = Model;
  detail::array<muscle_volume, Model::muscle_count> muscles{};
  detail::array<group_volume, Model::group_count> groups{};
  detail::array<double, Model::action_count> actions{};
  // In an anonymous union, so that the analysis at run time can leave the
  // summaries past `session_count` uninitialized (it writes each session it
  // reads whole); value-initializing the capacity (64 summaries, 6.6 KB) was 4 %
  // of a week's analysis. Read the first `session_count` only
  // (session_figures()); the others are unspecified after analyse().
  union {
    detail::array<session_summary, Limits.sessions> sessions;
  };
  std::size_t session_count = 0;
  std::uint32_t weeks = 0;
  std::uint32_t total_sets = 0;  ///< over the whole program
  figure total_reps = figure::exactly(0);
  figure time_under_tension = figure::exactly(0);  ///< seconds
  figure volume_load = figure::exactly(0);         ///< tenths of `volume_unit`; unknown when units mix or loads are relative
  load_kind volume_unit = load_kind::none;
  double anterior_sets = 0.0;  ///< weekly
  double posterior_sets = 0.0;
  /// At run time the findings' storage is left uninitialized (add() writes each finding whole).
  finding_list findings = detail::empty_findings();

  /// Every session summary as session_summary{} has it, no finding.
  constexpr program_analysis() noexcept : sessions{} {}
  /// The session summaries' storage left uninitialized (at run time; analyse() uses it).
  explicit constexpr program_analysis(detail::uninitialized_sessions_t) noexcept {}

  [[nodiscard]] constexpr span<const session_summary> session_figures() const noexcept {
    return {sessions.data(), session_count};
  }
  [[nodiscard]] constexpr const muscle_volume& of(muscle_id m) const noexcept { return muscles[m.index]; }
  [[nodiscard]] constexpr const group_volume& of(group_id g) const noexcept { return groups[g.index]; }
  [[nodiscard]] constexpr double of(action_id a) const noexcept { return actions[a.index]; }
  /// No finding of error severity (what `sinew check` exits 0 on).
  [[nodiscard]] constexpr bool passes() const noexcept { return findings.count_of(severity::error) == 0; }
};

/// The actions a condition asks work of, `analysis_options::condition_sets_min` sets a week
/// each (Padron): knee valgus, hip abduction and hip external rotation first; lumbar pain, hip
/// extension for the glutes. The other conditions ask an order, a warm-up or exercises left
/// out, not sets. The one table of it: the analysis' condition rule, the range allowance
/// (condition_allowance) and the generator's validation, targets and seeds read it. An action
/// the model lacks is left out (a model without hip actions asks nothing).
template <class Model = builtin_model>
[[nodiscard]] constexpr action_set condition_actions(condition k) noexcept {
  action_set out{};
  const auto add = [&](text_view id) {
    if (const auto a = Model::find_action(id)) out.insert(*a);
  };
  switch (k) {
    case condition::knee_valgus:
      add("hip_abduction");
      add("hip_external_rotation");
      break;
    case condition::lumbar_pain: add("hip_extension"); break;
    default: break;
  }
  return out;
}
/// condition_actions of each condition of `conditions`.
template <class Model = builtin_model>
[[nodiscard]] constexpr action_set condition_actions(condition_set conditions) noexcept {
  action_set out{};
  for (std::size_t k = 0; k != condition_count; ++k)
    if (conditions.contains(static_cast<condition>(k))) out |= condition_actions<Model>(static_cast<condition>(k));
  return out;
}

/// The weekly sets the conditions' work adds to the top of group `g`'s volume range: for each
/// action of condition_actions(o.conditions), `condition_sets_min` sets counted as the analysis
/// counts them in `g` (at the target weight when a member of `g` is a prime mover of the
/// action, at the indirect weight when a member is a secondary mover). Padron asks that work
/// first; it comes on top of the goal's volume. Without it a beginner's strength range (4-7
/// for the glutes and for the hamstrings) could not hold knee valgus' 3 sets of abduction and
/// 3 of external rotation besides a main lift a session, and the analysis would call a week
/// that honours the condition too much for the glutes. The bottom of the range stays: the
/// conditions' work counts toward it.
template <class Model = builtin_model>
[[nodiscard]] constexpr double condition_allowance(const analysis_options& o, group_id g) noexcept {
  if (!Model::has(g)) return 0.0;
  const muscle_set members = Model::members_of(g);
  double out = 0.0;
  condition_actions<Model>(o.conditions).for_each([&](action_id a) {
    if (Model::muscles_performing(a, role_filter::primary).intersects(members)) out += o.condition_sets_min * o.weights.target;
    else if (Model::muscles_performing(a, role_filter::secondary).intersects(members))
      out += o.condition_sets_min * o.weights.indirect;
  });
  return out > 0.0 ? out : 0.0;  // a negative weight takes nothing off the range
}

namespace detail {

constexpr bool is_main_work(block_role r) noexcept { return r != block_role::warm_up && r != block_role::cool_down; }

template <class Model>
constexpr text_view name_of_entity(muscle_id m) noexcept { return Model::info(m).name; }
template <class Model>
constexpr text_view name_of_entity(group_id g) noexcept { return Model::info(g).name; }
template <class Model>
constexpr text_view name_of_entity(action_id a) noexcept { return Model::info(a).name; }

/// "a, b and c" for the members of an id set.
template <class Model, class Set>
constexpr void say_names(finding& f, const Set& s) noexcept {
  // Each name is said when the next is met, so the last is known without counting the set.
  std::size_t i = 0;
  typename Set::id_type held{};
  s.for_each([&](auto id) {
    if (i != 0) {
      if (i != 1) f.say(", ");
      f.say(name_of_entity<Model>(held));
    }
    held = id;
    ++i;
  });
  if (i == 0) return;
  if (i != 1) f.say(" and ");
  f.say(name_of_entity<Model>(held));
}

/// s.size() < 2, without counting the bits (std::popcount is a library call
/// where the target has no popcount instruction).
template <class Set>
constexpr bool fewer_than_two(const Set& s) noexcept {
  bool one = false;
  for (const std::uint64_t w : s.to_words()) {
    if (w == 0) continue;
    if ((w & (w - 1)) != 0 || one) return false;
    one = true;
  }
  return true;
}

/// The largest reps one set asks (a straight set's top, a pyramid's largest
/// step); 0 when the scheme counts no reps (time, distance, AMAP).
constexpr std::uint32_t top_reps(const set_scheme& s) noexcept {
  if (s.kind == scheme_kind::straight || s.kind == scheme_kind::strip)
    return s.per_set.has_rep_target() ? s.per_set.max : 0U;
  std::uint32_t top = 0;
  for (std::uint8_t i = 0; i != s.listed_count && i != max_listed_sets; ++i)
    if (s.listed[i] > top) top = s.listed[i];
  return top;
}
/// Held: a time per set, or a hold on each rep.
constexpr bool holds(const set_scheme& s) noexcept {
  return s.per_set.kind == quantity_kind::time || s.hold.seconds != 0 || s.stretch_and_squeeze != 0;
}
/// A loaded multi-joint lift: compound, a training kind, with equipment beyond the body and bands.
constexpr bool heavy_compound(const exercise_record& r) noexcept {
  return is_training(r) && r.mechanic == mechanic::compound &&
         !(r.equipment - equipment_set{equipment::bodyweight, equipment::band}).empty();
}
constexpr bool isolation(const exercise_record& r) noexcept {
  return is_training(r) && r.mechanic == mechanic::isolation;
}

/// The muscles on a chain, computed once per model.
template <class Model, chain C>
inline constexpr muscle_set chain_members = Model::muscles_on_chain(C);
template <class Model>
constexpr muscle_set members_of_chain(chain c) noexcept {
  // Precomputed for the built-in model only: a user's model may not be evaluable at compile time.
  if constexpr (detail::is_same_v<Model, builtin_model>) {
    if (c == chain::posterior) return chain_members<Model, chain::posterior>;
    if (c == chain::anterior) return chain_members<Model, chain::anterior>;
  }
  return Model::muscles_on_chain(c);
}

/// The groups the volume ranges name, found in the model: the groups the
/// coverage, frequency and volume rules require.
template <class Model>
constexpr group_set required_groups(const volume_ranges& ranges) noexcept {
  group_set s{};
  for (const auto& r : ranges)
    if (const auto g = Model::find_group(r.group)) s.insert(*g);
  return s;
}
/// The model's group of each range, in order (no_entity<group_id> where the model has none).
template <class Model>
constexpr array<group_id, max_volume_ranges> groups_of_ranges(const volume_ranges& ranges) noexcept {
  array<group_id, max_volume_ranges> out{};
  for (std::size_t i = 0; i != max_volume_ranges; ++i) out[i] = no_entity<group_id>;
  for (std::size_t i = 0; i != ranges.count && i != max_volume_ranges; ++i)
    if (const auto g = Model::find_group(ranges.items[i].group)) out[i] = *g;
  return out;
}

/// groups_of_ranges of the default ranges of every goal and level (goal x level), found once per model.
template <class Model>
inline constexpr auto default_range_groups = [] {
  array<array<group_id, max_volume_ranges>, training_goal_count * training_level_count> out{};
  for (std::size_t g = 0; g != training_goal_count; ++g)
    for (std::size_t l = 0; l != training_level_count; ++l)
      out[g * training_level_count + l] = groups_of_ranges<Model>(
          default_volume_ranges(static_cast<training_goal>(g), static_cast<training_level>(l)));
  return out;
}();
/// groups_of_ranges<Model>(o.ranges_in_force()), read from the table for the built-in model's default ranges.
template <class Model>
constexpr array<group_id, max_volume_ranges> groups_of_ranges_in_force(const analysis_options& o, const volume_ranges& in_force) noexcept {
  // a user's model may not be evaluable at compile time
  if constexpr (detail::is_same_v<Model, builtin_model>) {
    const auto g = static_cast<std::size_t>(o.goal), l = static_cast<std::size_t>(o.level);
    if (o.ranges.count == 0 && g < training_goal_count && l < training_level_count)
      return default_range_groups<Model>[g * training_level_count + l];
  }
  return groups_of_ranges<Model>(in_force);
}

template <class Model>
constexpr action_id action_named(text_view id) noexcept {
  const auto a = Model::find_action(id);
  return a ? *a : no_entity<action_id>;
}
template <class Model>
constexpr double action_sets(const analysis_context& c, action_id a) noexcept {
  return a.index < c.actions.size() ? c.actions[a.index] : 0.0;
}

// --- the built-in rules, one per kind ------------------------------------------------

template <class Model>
constexpr void rule_volume(const analysis_context& c, finding_list& out, bool high) noexcept {
  for (std::size_t i = 0; i != c.ranges.count && i != max_volume_ranges; ++i) {
    const volume_range& r = c.ranges.items[i];
    const group_id g = c.range_groups[i];  // Model::find_group(r.group), found once
    if (!Model::has(g)) continue;
    const double sets = c.groups[g.index].sets, top = r.max + (high ? condition_allowance<Model>(*c.options, g) : 0.0);
    if (high ? !(sets > top) : !(sets < r.min) || sets == 0.0) continue;
    finding& f = out.add(high ? finding_kind::volume_high : finding_kind::volume_low, severity::warning);
    f.groups.insert(g);
    f.say("sinew: ").say(Model::info(g).name).say(" get ").say_figure(sets);
    f.say(high ? " sets a week, above the " : " sets a week, below the ").say_figure(r.min).say("-").say_figure(top).say(" range for ");
    f.say(name_of(c.options->goal)).say(", ").say(name_of(c.options->level));
    if (top != r.max) f.say(" with the conditions' work on top");
  }
}

template <class Model>
constexpr void rule_session_volume(const analysis_context& c, finding_list& out) noexcept {
  for (std::size_t i = 0; i != c.session_figures.size(); ++i) {
    const auto& s = c.session_figures[i];
    if (!(s.busiest_muscle_sets > c.options->session_sets_max)) continue;
    finding& f = out.add(finding_kind::session_volume_high, severity::warning);
    f.muscles.insert(s.busiest_muscle);
    f.session = static_cast<std::uint16_t>(i);
    f.say("sinew: ").say(Model::info(s.busiest_muscle).name).say(" gets ").say_figure(s.busiest_muscle_sets);
    f.say(" target sets on day ").say(s.day).say(" of week ").say(s.week).say(", above the ");
    f.say_figure(c.options->session_sets_max).say(" a session after which set quality drops");
  }
}

template <class Model>
constexpr void rule_uncovered_group(const analysis_context& c, finding_list& out) noexcept {
  const group_set& required = c.required;
  group_set others{};
  for (std::size_t g = 0; g != Model::group_count; ++g) {
    const group_id id{static_cast<std::uint8_t>(g)};
    if (c.groups[g].sets != 0.0) continue;
    if (!required.contains(id)) {
      others.insert(id);
      continue;
    }
    finding& f = out.add(finding_kind::uncovered_group, severity::warning);
    f.groups.insert(id);
    f.say("sinew: ").say(Model::info(id).name).say(" get no sets: the program leaves a primary leg group untrained");
  }
  if (others.empty()) return;
  finding& f = out.add(finding_kind::uncovered_group, severity::info);
  f.groups = others;
  f.say("sinew: no sets for ");
  say_names<Model>(f, others);
}

/// The actions of a group that count for coverage: those whose prime movers
/// among its members hold at least `share` of the group's size (PCSA).
template <class Model>
constexpr action_set computed_group_actions(group_id g, double share) noexcept {
  const muscle_set members = Model::members_of(g);
  double total = 0.0;
  members.for_each([&](muscle_id m) { total += size_weight<Model>(m); });
  action_set out{};
  if (total <= 0.0) return out;
  for (std::size_t a = 0; a != Model::action_count; ++a) {
    const action_id id{static_cast<std::uint8_t>(a)};
    double part = 0.0;
    (members & Model::muscles_performing(id, role_filter::primary)).for_each([&](muscle_id m) { part += size_weight<Model>(m); });
    if (part > 0.0 && part >= share * total) out.insert(id);
  }
  return out;
}

/// computed_group_actions of every group at the default share, computed once at compile time.
inline constexpr double default_action_share = analysis_options{}.action_share_min;
template <class Model>
inline constexpr auto default_group_actions = [] {
  array<action_set, Model::group_count> out{};
  for (std::size_t g = 0; g != Model::group_count; ++g)
    out[g] = computed_group_actions<Model>(group_id{static_cast<std::uint8_t>(g)}, default_action_share);
  return out;
}();

template <class Model>
constexpr action_set group_actions(group_id g, double share) noexcept {
  if constexpr (detail::is_same_v<Model, builtin_model>)  // a user's model may not be evaluable at compile time
    if (share == default_action_share && Model::has(g)) return default_group_actions<Model>[g.index];
  return computed_group_actions<Model>(g, share);
}

template <class Model>
constexpr void rule_uncovered_action(const analysis_context& c, finding_list& out) noexcept {
  const group_set& required = c.required;
  required.for_each([&](group_id g) {
    if (c.groups[g.index].sets == 0.0) return;  // uncovered_group says it
    const action_set actions = group_actions<Model>(g, c.options->action_share_min);
    if (fewer_than_two(actions)) return;
    action_set missing{};
    actions.for_each([&](action_id a) {
      if (action_sets<Model>(c, a) == 0.0) missing.insert(a);
    });
    if (missing.empty()) return;
    finding& f = out.add(finding_kind::uncovered_action, severity::warning);
    f.groups.insert(g);
    f.actions = missing;
    f.say("sinew: ").say(Model::info(g).name).say(" are trained, but never in ");
    say_names<Model>(f, missing);
  });
}

/// The calves of a model split by the knee: the members that cross it (the
/// gastrocnemius) and those that do not (the soleus), and the actions both
/// perform as prime movers. Computed once per model.
template <class Model>
struct calf_split {
  group_id calves = no_entity<group_id>;
  muscle_set across_knee{}, below_knee{};
  action_set shared{};
  muscle_set movers{};  ///< the prime movers of the shared actions
};
template <class Model>
constexpr calf_split<Model> make_calf_split() noexcept {
  calf_split<Model> out{};
  const auto calves = Model::find_group("calves");
  if (!calves) return out;
  out.calves = *calves;
  Model::members_of(*calves).for_each([&](muscle_id m) {
    if (Model::actions_of(m, role_filter::primary).empty()) return;
    bool knee = false;
    Model::joints_crossed_by(m).for_each([&](joint_id j) { knee = knee || Model::info(j).complex == joint_complex::knee; });
    (knee ? out.across_knee : out.below_knee).insert(m);
  });
  out.across_knee.for_each([&](muscle_id m) { out.shared |= Model::actions_of(m, role_filter::primary); });
  action_set of_one{};
  out.below_knee.for_each([&](muscle_id m) { of_one |= Model::actions_of(m, role_filter::primary); });
  out.shared &= of_one;
  out.shared.for_each([&](action_id x) { out.movers |= Model::muscles_performing(x, role_filter::primary); });
  return out;
}
template <class Model>
inline constexpr calf_split<Model> builtin_calf_split = make_calf_split<Model>();

template <class Model>
constexpr void calf_knee_position_of(const analysis_context& c, finding_list& out, const calf_split<Model>& split) noexcept {
  if (!Model::has(split.calves) || c.groups[split.calves.index].sets == 0.0) return;
  // The members that cross the knee (the gastrocnemius) against those that do not (the soleus):
  // a bent knee slackens the first (Padron), so each needs its own knee position.
  const muscle_set& across_knee = split.across_knee;
  const muscle_set& below_knee = split.below_knee;
  const action_set& shared = split.shared;
  if (shared.empty()) return;
  bool straight = false, bent = false;
  for (std::size_t i = 0; i != c.entries.size(); ++i) {
    const auto& e = c.entry_figures[i];
    const exercise_record* r = c.record_of(c.entries[i]);
    if (!e.counted || !c.has_record(c.entries[i]) || !(r->loads | r->assists).intersects(shared)) continue;
    if (e.prime.intersects(across_knee)) straight = true;
    else if (e.prime.intersects(below_knee)) bent = true;
  }
  if (straight == bent) return;
  finding& f = out.add(finding_kind::calf_knee_position, severity::warning);
  f.groups.insert(split.calves);
  f.muscles = (straight ? below_knee : across_knee) & split.movers;
  f.actions = shared;
  f.say(straight ? "sinew: calves are trained only with a straight knee: add bent-knee work (a seated calf raise) for "
                 : "sinew: calves are trained only with a bent knee: add straight-knee work (a standing calf raise) for ");
  say_names<Model>(f, f.muscles);
}
template <class Model>
constexpr void rule_calf_knee_position(const analysis_context& c, finding_list& out) noexcept {
  // Precomputed for the built-in model only: a user's model may not be evaluable at compile time.
  if constexpr (detail::is_same_v<Model, builtin_model>) calf_knee_position_of<Model>(c, out, builtin_calf_split<Model>);
  else calf_knee_position_of<Model>(c, out, make_calf_split<Model>());
}

template <class Model>
constexpr void imbalance_of(const analysis_context& c, finding_list& out, action_id a, action_id b,
                            double reference, text_view source, bool both_ways) noexcept {
  if (!Model::has(a) || !Model::has(b)) return;
  const double x = action_sets<Model>(c, a), y = action_sets<Model>(c, b);
  if (x == 0.0 && y == 0.0) return;
  const bool low = x < reference * y;
  const bool high = both_ways && y < reference * x;
  if (!low && !high) return;
  finding& f = out.add(finding_kind::imbalance, severity::warning);
  f.actions.insert(a);
  f.actions.insert(b);
  f.say("sinew: ").say(Model::info(a).name).say(" gets ").say_figure(x).say(" sets a week to ");
  f.say(Model::info(b).name).say("'s ").say_figure(y).say(": a ratio of ");
  if (y == 0.0) f.say("infinity");
  else f.say_ratio(x / y);
  f.say(", outside the reference ").say_ratio(reference);
  if (both_ways) f.say("-").say_ratio(1.0 / reference);
  else f.say(" or more");
  f.say(" (").say(source).say(")");
}

/// The imbalance rule's actions on the built-in model, found by name once.
template <class Model>
inline constexpr array<action_id, 4> builtin_imbalance_actions{action_named<Model>("knee_flexion"), action_named<Model>("knee_extension"),
                                                              action_named<Model>("hip_adduction"), action_named<Model>("hip_abduction")};
template <class Model>
constexpr action_id builtin_action(std::size_t i) noexcept {
  if constexpr (detail::is_same_v<Model, builtin_model>) return builtin_imbalance_actions<Model>[i];
  else return no_entity<action_id>;
}

template <class Model>
constexpr void rule_imbalance(const analysis_context& c, finding_list& out) noexcept {
  const auto& o = *c.options;
  // the built-in model's actions found by name at compile time (a user's model may not be evaluable then)
  constexpr bool builtin = detail::is_same_v<Model, builtin_model>;
  const action_id knee_flexion = builtin ? builtin_action<Model>(0) : action_named<Model>("knee_flexion");
  const action_id knee_extension = builtin ? builtin_action<Model>(1) : action_named<Model>("knee_extension");
  const action_id adduction = builtin ? builtin_action<Model>(2) : action_named<Model>("hip_adduction");
  const action_id abduction = builtin ? builtin_action<Model>(3) : action_named<Model>("hip_abduction");
  imbalance_of<Model>(c, out, knee_flexion, knee_extension, o.knee_flexion_to_extension_min,
                      "hamstrings:quadriceps strength, Coombs & Garbutt 2002", true);
  imbalance_of<Model>(c, out, adduction, abduction, o.adduction_to_abduction_min,
                      "adduction:abduction strength, Tyler et al. 2001", true);
  if ((c.anterior_sets != 0.0 || c.posterior_sets != 0.0) && c.posterior_sets < o.posterior_to_anterior_min * c.anterior_sets) {
    finding& f = out.add(finding_kind::imbalance, severity::warning);
    f.muscles = members_of_chain<Model>(chain::posterior);
    f.say("sinew: the posterior chain gets ").say_figure(c.posterior_sets).say(" sets a week to the anterior chain's ");
    f.say_figure(c.anterior_sets).say(": a ratio of ").say_ratio(c.posterior_sets / c.anterior_sets);
    f.say(", below the reference ").say_ratio(o.posterior_to_anterior_min).say(" (quad dominance, Legs That Actually Grow)");
  }
  bool any = false;
  if (!c.unilateral)  // the entries are read only when it can matter
    for (const auto& e : c.entry_figures) any = any || e.counted;
  if (any) {
    finding& f = out.add(finding_kind::imbalance, severity::info);
    f.say("sinew: no unilateral exercise: one-leg work stabilizes the pelvis and evens out left and right (Legs That Actually Grow)");
  }
}

/// What the order rule reads of an exercise, as bits.
inline constexpr std::uint8_t order_spinal_high = 1, order_heavy_compound = 2, order_isolation = 4;
constexpr std::uint8_t order_traits_of(const exercise_record& r) noexcept {
  return static_cast<std::uint8_t>((r.spinal_load == spinal_load::high ? order_spinal_high : 0) |
                                   (heavy_compound(r) ? order_heavy_compound : 0) | (isolation(r) ? order_isolation : 0));
}
/// order_traits_of every built-in exercise, computed once.
inline constexpr auto builtin_order_traits = [] {
  array<std::uint8_t, builtin_exercises.size()> out{};
  for (std::size_t x = 0; x != builtin_exercises.size(); ++x) out[x] = order_traits_of(builtin_exercises[x]);
  return out;
}();

template <class Model>
constexpr void rule_order(const analysis_context& c, finding_list& out) noexcept {
  const severity by_goal = c.options->goal == training_goal::strength ? severity::warning : severity::info;
  // The built-in catalog's traits from the table; another catalog's from its records.
  const bool builtin = detail::is_builtin_catalog(c.catalog);
  for (std::size_t si = 0; si != c.sessions.size(); ++si) {
    const auto& s = c.sessions[si];
    bool compound_flagged = false;
    std::size_t previous = finding::npos;  // the previous counted entry of the session
    std::uint8_t previous_traits = 0;
    std::size_t unpaired_isolation = finding::npos;  // an isolation of the working blocks not followed by its compound
    for (std::size_t bi = 0; bi != s.block_count; ++bi) {
      const auto& b = c.blocks[s.first_block + bi];
      const bool checked_block = b.role == block_role::working || b.role == block_role::none;
      for (std::size_t k = 0; k != b.entry_count; ++k) {
        const std::size_t i = std::size_t{b.first_entry} + k;
        const auto& e = c.entry_figures[i];
        const std::size_t x = c.entries[i].exercise.index;
        if (!e.counted || x >= c.catalog.size()) continue;  // as !has_record(entry)
        const std::uint8_t t = builtin ? builtin_order_traits[x] : order_traits_of(c.catalog[x]);
        if (previous != finding::npos && (previous_traits & t & order_spinal_high) != 0) {
          finding& f = out.add(finding_kind::order, severity::warning);
          f.session = static_cast<std::uint16_t>(si);
          f.entry = static_cast<std::uint16_t>(i);
          f.say("sinew: ").say(c.record_of(c.entries[previous])->name).say(" and ").say(c.catalog[x].name);
          f.say(" load the spine heavily back to back: put other work between them");
        }
        if (checked_block && (t & order_heavy_compound) != 0 && !compound_flagged) {
          const bool pre_exhaust = previous != finding::npos && previous + 1 == i && (previous_traits & order_isolation) != 0 &&
                                   c.entry_figures[previous].prime.intersects(e.prime);
          if (unpaired_isolation != finding::npos && !(pre_exhaust && unpaired_isolation == previous)) {
            finding& f = out.add(finding_kind::order, by_goal);
            f.session = static_cast<std::uint16_t>(si);
            f.entry = static_cast<std::uint16_t>(i);
            f.muscles = e.prime;
            f.say("sinew: ").say(c.catalog[x].name).say(" (compound) comes after ").say(c.entry_name(c.entries[unpaired_isolation]));
            f.say(" (isolation): lift the heavy compound first, while fresh");
            compound_flagged = true;
          }
          if (pre_exhaust && unpaired_isolation == previous) unpaired_isolation = finding::npos;
        }
        if (checked_block && (t & order_isolation) != 0 && unpaired_isolation == finding::npos) unpaired_isolation = i;
        previous = i;
        previous_traits = t;
      }
    }
  }
}

template <class Model>
constexpr void rule_frequency(const analysis_context& c, finding_list& out) noexcept {
  const severity by_goal = c.options->goal == training_goal::strength ? severity::warning : severity::info;
  c.required.for_each([&](group_id g) {
    const auto& v = c.groups[g.index];
    if (v.sets == 0.0) return;
    if (v.sessions >= c.options->sessions_per_group_min * c.week_count) return;
    finding& f = out.add(finding_kind::frequency_low, by_goal);
    f.groups.insert(g);
    const double per_week = static_cast<double>(v.sessions) / c.week_count;
    f.say("sinew: ").say(Model::info(g).name).say(" are loaded directly in ").say_figure(per_week);
    f.say(per_week == 1.0 ? " session" : " sessions").say(" a week, fewer than ").say(c.options->sessions_per_group_min);
  });
}

template <class Model>
constexpr void recovery_between(const analysis_context& c, finding_list& out, std::size_t a, std::size_t b,
                                std::uint32_t days) noexcept {
  const auto& x = c.session_figures[a];
  const auto& y = c.session_figures[b];
  const group_set both = x.loaded & y.loaded;
  if (both.empty() || days * 24U >= c.options->recovery_hours_min) return;
  finding& f = out.add(finding_kind::recovery_short, severity::warning);
  f.groups = both;
  f.session = static_cast<std::uint16_t>(b);
  f.say("sinew: ");
  say_names<Model>(f, both);
  f.say(" loaded on day ").say(x.day).say(" and day ").say(y.day).say(" of week ").say(y.week).say(", ");
  f.say(std::uint64_t{days} * 24U).say(" h apart: under the ").say(c.options->recovery_hours_min).say(" h to recover");
}

template <class Model>
constexpr void rule_recovery(const analysis_context& c, finding_list& out) noexcept {
  const auto& s = c.session_figures;
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    recovery_between<Model>(c, out, i, i + 1, s[i + 1].day_number - s[i].day_number);
  // A one-week program repeats: its last session is followed by its first, a week on.
  if (c.week_count == 1 && s.size() >= 2)
    recovery_between<Model>(c, out, s.size() - 1, 0, s[0].day_number + 7U - s[s.size() - 1].day_number);
}

template <class Model>
constexpr void rule_too_long(const analysis_context& c, finding_list& out) noexcept {
  for (std::size_t i = 0; i != c.session_figures.size(); ++i) {
    const auto& s = c.session_figures[i];
    if (s.main_minutes() <= c.options->target_minutes_max) continue;
    finding& f = out.add(finding_kind::too_long, severity::warning);
    f.session = static_cast<std::uint16_t>(i);
    f.say("sinew: the main work of day ").say(s.day).say(" of week ").say(s.week).say(" takes about ");
    f.say(s.main_minutes()).say(" min, over the ").say(c.options->target_minutes_min).say("-");
    f.say(c.options->target_minutes_max).say(" min target");
  }
}

/// The muscles of a model whose type I share is known, with it, in id order.
template <class Model>
struct typed_muscles {
  array<muscle_id, Model::muscle_count> ids{};
  array<double, Model::muscle_count> type_i_percent{};
  std::size_t count = 0;
};
template <class Model>
constexpr typed_muscles<Model> make_typed_muscles() noexcept {
  typed_muscles<Model> out{};
  for (std::size_t m = 0; m != Model::muscle_count; ++m) {
    const muscle_id id{static_cast<std::uint16_t>(m)};
    const auto& t = Model::info(id).figures.fibers.type_i_percent;
    if (!t.known()) continue;
    out.ids[out.count] = id;
    out.type_i_percent[out.count++] = t.value;
  }
  return out;
}
template <class Model>
inline constexpr typed_muscles<Model> builtin_typed_muscles = make_typed_muscles<Model>();

template <class Model>
constexpr void fiber_type_of(const analysis_context& c, finding_list& out, const typed_muscles<Model>& known) noexcept {
  muscle_set slow{};
  for (std::size_t k = 0; k != known.count; ++k) {
    const muscle_id id = known.ids[k];
    if (known.type_i_percent[k] < c.options->slow_twitch_percent || c.muscles[id.index].direct_sets == 0.0) continue;
    bool served = false;
    for (std::size_t i = 0; i != c.entries.size() && !served; ++i) {
      const auto& e = c.entry_figures[i];
      if (!e.counted || !e.prime.contains(id)) continue;
      const auto& s = c.entries[i].scheme;
      served = holds(s) || top_reps(s) >= c.options->slow_twitch_reps || s.kind == scheme_kind::rest_pause;
    }
    if (!served) slow.insert(id);
  }
  if (slow.empty()) return;
  finding& f = out.add(finding_kind::rep_range_fiber_type, severity::info);
  f.muscles = slow;
  f.say("sinew: ");
  say_names<Model>(f, slow);
  f.say(slow.size() == 1 ? " is" : " are").say(" mostly slow-twitch (type I) yet get sets under ");
  f.say(c.options->slow_twitch_reps).say(" reps only: add high reps or holds (Padron)");
}
template <class Model>
constexpr void rule_fiber_type(const analysis_context& c, finding_list& out) noexcept {
  // Precomputed for the built-in model only (most of its muscles have no figure): a user's model may not be evaluable at compile time.
  if constexpr (detail::is_same_v<Model, builtin_model>) fiber_type_of<Model>(c, out, builtin_typed_muscles<Model>);
  else fiber_type_of<Model>(c, out, make_typed_muscles<Model>());
}

template <class Model>
constexpr finding& unmet(finding_list& out, condition k, severity s) noexcept {
  finding& f = out.add(finding_kind::condition_unmet, s);
  f.say("sinew: ").say(name_of(k)).say(": ");
  return f;
}

// the actions condition k asks sets of (condition_actions), each short of condition_sets_min: one finding
template <class Model>
constexpr void actions_at_least(const analysis_context& c, finding_list& out, condition k, text_view why) noexcept {
  action_set missing{};
  condition_actions<Model>(k).for_each([&](action_id a) {
    if (action_sets<Model>(c, a) < c.options->condition_sets_min) missing.insert(a);
  });
  if (missing.empty()) return;
  finding& f = unmet<Model>(out, k, severity::warning);
  f.actions = missing;
  say_names<Model>(f, missing);
  f.say(" get").say(missing.size() == 1 ? "s" : "").say(" fewer than ").say_figure(c.options->condition_sets_min);
  f.say(" sets a week; ").say(why);
}

template <class Model>
constexpr void spinal_entries(const analysis_context& c, finding_list& out, condition k, spinal_load at_least) noexcept {
  for (std::size_t i = 0; i != c.entries.size(); ++i) {
    const exercise_record* r = c.record_of(c.entries[i]);
    if (!c.has_record(c.entries[i]) || r->spinal_load < at_least || (at_least == spinal_load::low && r->spinal_load == spinal_load::none))
      continue;
    finding& f = unmet<Model>(out, k, severity::error);
    f.entry = static_cast<std::uint16_t>(i);
    f.session = c.entry_figures[i].session;
    f.say(r->name).say(at_least == spinal_load::high ? text_view{" loads the spine heavily"} : text_view{" loads the spine"});
    f.say(k == condition::lumbar_pain ? text_view{" (Padron: train hip extension instead; Legs That Actually Grow: a leg press spares the spine)"}
                                       : text_view{""});
  }
}

template <class Model>
constexpr void posterior_first(const analysis_context& c, finding_list& out, condition k, text_view why) noexcept {
  if (c.posterior_sets < c.anterior_sets) {
    finding& f = unmet<Model>(out, k, severity::warning);
    f.muscles = members_of_chain<Model>(chain::posterior);
    f.say("the posterior chain gets ").say_figure(c.posterior_sets).say(" sets a week, fewer than the anterior chain's ");
    f.say_figure(c.anterior_sets).say("; ").say(why);
  }
}

template <class Model>
constexpr void rule_conditions(const analysis_context& c, finding_list& out) noexcept {
  const auto& o = *c.options;
  if (o.conditions.contains(condition::knee_valgus))
    actions_at_least<Model>(c, out, condition::knee_valgus,
                            "knee valgus asks abduction and external rotation work first (Padron)");
  if (o.conditions.contains(condition::lumbar_pain)) {
    spinal_entries<Model>(c, out, condition::lumbar_pain, spinal_load::high);
    actions_at_least<Model>(c, out, condition::lumbar_pain, "lumbar pain asks hip extension work for the glutes (Padron)");
  }
  if (o.conditions.contains(condition::quad_dominance)) {
    posterior_first<Model>(c, out, condition::quad_dominance,
                           "quad dominance asks the posterior chain first and more (Legs That Actually Grow)");
    const muscle_set posterior = members_of_chain<Model>(chain::posterior);
    for (std::size_t si = 0; si != c.sessions.size(); ++si) {
      std::size_t first = finding::npos;
      for (std::size_t i = 0; i != c.entries.size() && first == finding::npos; ++i)
        if (c.entry_figures[i].counted && c.entry_figures[i].session == si &&
            c.role_of_entry(i) != block_role::priming)
          first = i;
      if (first == finding::npos || c.entry_figures[first].prime.intersects(posterior)) continue;
      finding& f = unmet<Model>(out, condition::quad_dominance, severity::warning);
      f.session = static_cast<std::uint16_t>(si);
      f.entry = static_cast<std::uint16_t>(first);
      f.say("day ").say(c.session_figures[si].day).say(" of week ").say(c.session_figures[si].week).say(" opens with ");
      f.say(c.entry_name(c.entries[first])).say(", not a posterior-chain exercise (Legs That Actually Grow)");
    }
  }
  if (o.conditions.contains(condition::knee_friendly)) {
    for (std::size_t si = 0; si != c.sessions.size(); ++si) {
      bool warmed = false;
      const auto& s = c.sessions[si];
      for (std::size_t bi = 0; bi != s.block_count; ++bi) warmed = warmed || c.blocks[s.first_block + bi].role == block_role::warm_up;
      if (warmed) continue;
      finding& f = unmet<Model>(out, condition::knee_friendly, severity::warning);
      f.session = static_cast<std::uint16_t>(si);
      f.say("day ").say(c.session_figures[si].day).say(" of week ").say(c.session_figures[si].week);
      f.say(" has no warm-up; knee pain eases with a proper warm-up (Legs That Actually Grow)");
    }
    posterior_first<Model>(c, out, condition::knee_friendly,
                           "knee pain eases when the posterior chain is strengthened (Legs That Actually Grow)");
  }
  if (o.conditions.contains(condition::no_spinal_loading)) spinal_entries<Model>(c, out, condition::no_spinal_loading, spinal_load::low);
}

template <class Model>
constexpr void run_builtin(finding_kind k, const analysis_context& c, finding_list& out) noexcept {
  switch (k) {
    case finding_kind::volume_low: rule_volume<Model>(c, out, false); break;
    case finding_kind::volume_high: rule_volume<Model>(c, out, true); break;
    case finding_kind::session_volume_high: rule_session_volume<Model>(c, out); break;
    case finding_kind::uncovered_group: rule_uncovered_group<Model>(c, out); break;
    case finding_kind::uncovered_action: rule_uncovered_action<Model>(c, out); break;
    case finding_kind::calf_knee_position: rule_calf_knee_position<Model>(c, out); break;
    case finding_kind::imbalance: rule_imbalance<Model>(c, out); break;
    case finding_kind::order: rule_order<Model>(c, out); break;
    case finding_kind::frequency_low: rule_frequency<Model>(c, out); break;
    case finding_kind::recovery_short: rule_recovery<Model>(c, out); break;
    case finding_kind::too_long: rule_too_long<Model>(c, out); break;
    case finding_kind::rep_range_fiber_type: rule_fiber_type<Model>(c, out); break;
    case finding_kind::condition_unmet: rule_conditions<Model>(c, out); break;
  }
}

/// How many distinct exercises the analysis keeps derived muscles for; more
/// are derived again for each entry (same answer, slower).
inline constexpr std::size_t derived_cache_size = 32;

/// What one exercise gives each muscle, group and chain: the muscles by role,
/// and each group's and chain's largest role among its members (0 none,
/// 1 stabilizer, 2 synergist, 3 target), weighed by the options at use.
template <class Model>
struct exercise_profile {
  muscle_set prime{};
  muscle_set synergist{};
  muscle_set stabilizer{};
  array<std::uint8_t, Model::group_count> group_role{};
  group_set prime_groups{};
  group_set roled_groups{};  ///< the groups whose role is not 0 (the only ones a set adds to)
  std::uint8_t anterior = 0;
  std::uint8_t posterior = 0;
  /// Each group's share of the work its prime movers carry (exercises'
  /// group_share), read by finish_profile only.
  array<double, Model::group_count> prime_share{};
  // What a set adds to, as lists the volume loop reads without walking bitsets
  // (finish_profile and note_actions fill them; the model's ids only, each part in id order):
  /// The prime movers [0, prime_end), synergists [prime_end, synergist_end) and
  /// stabilizers [synergist_end, stabilizer_end); a muscle has one role, so they fit.
  array<muscle_id, Model::muscle_count> muscle_list{};
  std::uint16_t prime_end = 0, synergist_end = 0, stabilizer_end = 0;
  array<group_id, Model::group_count> group_list{};  ///< roled_groups, [0, group_end)
  array<std::uint8_t, Model::group_count> group_list_role{};  ///< the role of each listed group
  std::uint16_t group_end = 0;
  array<group_id, Model::group_count> prime_group_list{};  ///< prime_groups, [0, prime_group_end)
  std::uint16_t prime_group_end = 0;
  /// The actions the exercise loads [0, loaded_end), then those it only assists [loaded_end, action_end).
  array<action_id, Model::action_count> action_list{};
  std::uint16_t loaded_end = 0, action_end = 0;
};

/// The largest role among `members`: 3 target, 2 synergist, 1 stabilizer, 0 none.
template <class Model>
constexpr std::uint8_t role_for(const muscle_set& members, const exercise_profile<Model>& e) noexcept {
  if (members.intersects(e.prime)) return 3;
  if (members.intersects(e.synergist)) return 2;
  if (members.intersects(e.stabilizer)) return 1;
  return 0;
}

template <class Model>
constexpr void note_role(exercise_profile<Model>& e, muscle_id m, muscle_role role, double emphasis) noexcept {
  if (role == muscle_role::prime_mover && Model::has(m)) {
    // as group_share counts it: a muscle in n groups carries 1/n of its emphasis to each
    const group_set groups = Model::info(m).groups;
    std::size_t n = 0;
    groups.for_each([&](group_id) { ++n; });
    groups.for_each([&](group_id g) { e.prime_share[g.index] += emphasis / static_cast<double>(n); });
  }
  if (role == muscle_role::prime_mover) e.prime.insert(m);
  else if (role == muscle_role::synergist) e.synergist.insert(m);
  else if (role == muscle_role::stabilizer) e.stabilizer.insert(m);
}

/// Fills in the group and chain roles from the muscles' roles. A group is a
/// target only when its prime movers carry group_prime_share of the work, as the
/// exercises layer's group_role says (rectus femoris does not make a leg
/// extension a hip-flexor exercise); below it the group is a synergist.
template <class Model>
constexpr void finish_profile(exercise_profile<Model>& e) noexcept {
  for (std::size_t g = 0; g != Model::group_count; ++g) {
    e.group_role[g] = role_for(Model::members_of(group_id{static_cast<std::uint8_t>(g)}), e);
    if (e.group_role[g] == 3 && e.prime_share[g] < group_prime_share) e.group_role[g] = 2;
    if (e.group_role[g] == 3) e.prime_groups.insert(group_id{static_cast<std::uint8_t>(g)});
    if (e.group_role[g] != 0) e.roled_groups.insert(group_id{static_cast<std::uint8_t>(g)});
  }
  e.anterior = role_for(Model::muscles_on_chain(chain::anterior), e);
  e.posterior = role_for(Model::muscles_on_chain(chain::posterior), e);
  std::uint16_t n = 0;
  const auto list = [&](const muscle_set& s) {
    s.for_each([&](muscle_id m) {
      if (Model::has(m) && n != Model::muscle_count) e.muscle_list[n++] = m;
    });
  };
  list(e.prime);
  e.prime_end = n;
  list(e.synergist);
  e.synergist_end = n;
  list(e.stabilizer);
  e.stabilizer_end = n;
  e.roled_groups.for_each([&](group_id g) {
    e.group_list_role[e.group_end] = e.group_role[g.index];
    e.group_list[e.group_end++] = g;
  });
  e.prime_groups.for_each([&](group_id g) { e.prime_group_list[e.prime_group_end++] = g; });
}

/// The action lists of a profile, from the exercise's record.
template <class Model>
constexpr void note_actions(exercise_profile<Model>& e, const exercise_record& r) noexcept {
  std::uint16_t n = 0;
  const auto list = [&](const action_set& s) {
    s.for_each([&](action_id x) {
      if (Model::has(x) && n != Model::action_count) e.action_list[n++] = x;
    });
  };
  list(r.loads);
  e.loaded_end = n;
  list(r.assists - r.loads);
  e.action_end = n;
}

/// The profile of built-in exercise x, from the generated roles
/// (exercises/detail/builtin_index.hpp, proven equal to the derivation by its
/// static test).
template <class Model>
constexpr exercise_profile<Model> builtin_profile(std::size_t x) noexcept {
  exercise_profile<Model> out{};
  for (std::size_t k = builtin_emphasis_begin[x]; k != builtin_emphasis_begin[x + 1U]; ++k) {
    const muscle_emphasis w = builtin_emphasis[k];
    note_role(out, muscle_id{w.muscle}, w.role, static_cast<double>(w.emphasis));
  }
  finish_profile(out);
  note_actions(out, builtin_exercises[x]);
  return out;
}

/// The profile of every built-in exercise, computed at compile time: for a
/// constant that needs them all (the generator's drafts, the static tests).
/// The analysis does not read it: evaluating all 104 profiles in the compiler
/// cost every translation unit that calls analyse() half a second (clang).
template <class Model>
inline constexpr auto builtin_profiles = [] {
  array<exercise_profile<Model>, builtin_exercises.size()> out{};
  for (std::size_t x = 0; x != builtin_exercises.size(); ++x) out[x] = builtin_profile<Model>(x);
  return out;
}();

template <class Model>
struct derived_cache;  // below: its rows keep the built-in profiles of a constant evaluation too

/// Every built-in profile. Not constexpr on purpose: a static initialised by a
/// constant expression is evaluated by the compiler, which is what this avoids.
template <class Model>
array<exercise_profile<Model>, builtin_exercises.size()> build_builtin_profiles() noexcept {
  array<exercise_profile<Model>, builtin_exercises.size()> out{};
  for (std::size_t x = 0; x != builtin_exercises.size(); ++x) out[x] = builtin_profile<Model>(x);
  return out;
}

/// At run time, every built-in profile, built once, on the first analysis.
template <class Model>
const array<exercise_profile<Model>, builtin_exercises.size()>& builtin_profiles_at_run_time() noexcept {
  static const array<exercise_profile<Model>, builtin_exercises.size()> table = build_builtin_profiles<Model>();
  return table;
}

/// The profiles of the built-in exercises on the built-in model, from the
/// generated table: at run time all of them, built once; in constant
/// evaluation only those the program names, kept in `cache` (which the
/// caller gives in constant evaluation only).
template <class Model>
struct builtin_profile_source {
  derived_cache<Model>* cache = nullptr;            ///< in constant evaluation
  const exercise_profile<Model>* table = nullptr;  ///< at run time: builtin_profiles_at_run_time()

  [[nodiscard]] constexpr const exercise_profile<Model>& get(exercise_id id, const exercise_record&) const noexcept {
    if (!detail::is_constant_evaluated()) return table[id.index];
    derived_cache<Model>& c = *cache;
    for (std::size_t i = 0; i != c.count; ++i)
      if (c.ids[i] == id) return c.rows[i];
    if (c.count == c.ids.size()) return c.scratch = builtin_profile<Model>(id.index);
    c.ids[c.count] = id;
    c.rows[c.count] = builtin_profile<Model>(id.index);
    return c.rows[c.count++];
  }
};

/// The profile of exercise `id` among the first `count` of `ids`/`rows`; else derived from `r`
/// with `make` and kept while there is room (N), or put in `scratch` (good until the next call).
template <class Model, std::size_t N, class Make>
constexpr const exercise_profile<Model>& kept_profile(array<exercise_id, N>& ids, array<exercise_profile<Model>, N>& rows,
                                                     std::size_t& count, exercise_profile<Model>& scratch, exercise_id id,
                                                     const exercise_record& r, Make make) noexcept {
  for (std::size_t i = 0; i != count; ++i)
    if (ids[i] == id) return rows[i];
  if (count == N) return scratch = make(r);
  ids[count] = id;
  rows[count] = make(r);
  return rows[count++];
}

/// The profiles of a user's catalog or model, derived from the records.
template <class Model>
struct derived_cache {
  array<exercise_id, derived_cache_size> ids{};
  array<exercise_profile<Model>, derived_cache_size> rows{};
  std::size_t count = 0;
  exercise_profile<Model> scratch{};  ///< the profile of an exercise past the first derived_cache_size

  static constexpr exercise_profile<Model> make(const exercise_record& r) noexcept {
    exercise_profile<Model> e{};
    for (const auto& w : muscles_of<Model>(r)) note_role(e, w.muscle, w.role, static_cast<double>(w.emphasis));
    finish_profile(e);
    note_actions(e, r);
    return e;
  }
  /// The profile of an exercise, kept for the first derived_cache_size distinct ones.
  constexpr const exercise_profile<Model>& get(exercise_id id, const exercise_record& r) noexcept {
    return kept_profile<Model>(ids, rows, count, scratch, id, r, make);
  }
};

/// An entry's scheme as it is performed (per-leg counting read for the exercise).
constexpr set_scheme performed(const program_entry& e, span<const exercise_record> catalog) noexcept {
  return e.exercise.index < catalog.size() ? as_prescribed_for(catalog[e.exercise.index], e.scheme) : e.scheme;
}

/// Whether as_prescribed_for(r, s) differs from `s`: the cases where it
/// rewrites the count's side (kept in step with it by a static test).
constexpr bool prescribed_differs(const exercise_record& r, const set_scheme& s) noexcept {
  if (s.kind == scheme_kind::straight || s.kind == scheme_kind::interval) return counted_as(r, s.per_set) != s.per_set.side;
  if (is_listed(s.kind) && s.listed_side == rep_count::both) return counted_as(r, quantity::reps(1)) != rep_count::both;
  return false;
}

/// figures_of(performed(e, catalog), d), copying the scheme only when the exercise's counting changes it.
constexpr figures performed_figures(const program_entry& e, span<const exercise_record> catalog,
                                    const figure_defaults& d) noexcept {
  if (e.exercise.index < catalog.size() && prescribed_differs(catalog[e.exercise.index], e.scheme)) {
    // Straight sets change only their count's side: read it in place of copying the scheme.
    if (plain_straight(e.scheme, d)) return plain_straight_figures(e.scheme, counted_as(catalog[e.exercise.index], e.scheme.per_set), d);
    return figures_of(as_prescribed_for(catalog[e.exercise.index], e.scheme), d);
  }
  return figures_of(e.scheme, d);
}

/// performed_figures(e, catalog, d) into `f`: straight sets of a rep range (most
/// entries) are written in place, with no figures to build and copy.
[[gnu::always_inline]] constexpr void performed_figures_into(figures& f, const program_entry& e,
                                                             span<const exercise_record> catalog,
                                                             const figure_defaults& d) noexcept {
  if (plain_straight(e.scheme, d)) {
    // As performed_figures: the count's side as the exercise reads it (the same side when it does not change it).
    const rep_count side = e.exercise.index < catalog.size() ? counted_as(catalog[e.exercise.index], e.scheme.per_set)
                                                             : e.scheme.per_set.side;
    plain_straight_into(f, e.scheme, side, d);
    return;
  }
  f = performed_figures(e, catalog, d);
}

/// The seconds of a grouping, from its first entry.
template <program_limits L>
constexpr figure grouping_seconds(const basic_program<L>& p, const program_grouping& g, span<const exercise_record> catalog,
                                  const figure_defaults& d) noexcept {
  grouping shape{};
  shape.kind = g.kind;
  shape.between_exercises = g.between_exercises;
  shape.between_rounds = g.between_rounds;
  for (std::size_t m = 0; m != g.entry_count && m != max_grouping_entries; ++m)
    shape.entries[m] = {text_view{}, performed(p.entries()[g.first_entry + m], catalog)};
  shape.size = static_cast<std::uint8_t>(g.entry_count < max_grouping_entries ? g.entry_count : max_grouping_entries);
  return figures_of(shape, d).duration;
}

/// Calls f(m) for each member m of `s` that the model has, in id order: the
/// for_each of a muscle_set reading only the words the model's ids can fill.
template <class Model, class F>
constexpr void for_each_muscle_of(const muscle_set& s, F&& f) noexcept {
  constexpr std::size_t used = (Model::muscle_count + 63) / 64;
  constexpr std::size_t words = used < muscle_set::word_count ? used : muscle_set::word_count;
  const auto& bits = s.to_words();
  for (std::size_t w = 0; w != words; ++w) {
    std::uint64_t word = bits[w];
    while (word != 0) {
      const muscle_id m{static_cast<std::uint16_t>(w * 64 + static_cast<std::size_t>(detail::countr_zero(word)))};
      if (Model::has(m)) f(m);
      word &= word - 1;
    }
  }
}

/// The volume tables, session figures, totals and findings of `p` into `a`
/// (blank_analysis()), reading each counted exercise's profile from `profiles`;
/// `entries` has room for every entry of `p` (its values are set here), `member`
/// for the figures of max_grouping_entries entries (each written before it is read).
template <class Model, program_limits L, class Profiles>
constexpr void analyse_into(program_analysis<Model, L>& a, const basic_program<L>& p, const analysis_options& options,
                            span<const exercise_record> catalog, Profiles& profiles, entry_summary* entries,
                            figures* member) noexcept {
  for (std::size_t i = 0; i != p.entries().size(); ++i) entries[i] = entry_summary{};
  array<double, Model::muscle_count> session_direct{};
  array<double, Model::group_count> total_group{}, total_group_direct{};
  // `member`: the figures of the grouping being read, each member's computed once for the
  // member and the grouping's length (figures_of(grouping) would compute them again).
  figures own{};  // the figures of an entry outside a grouping, written in place for each
  std::size_t member_of = no_grouping, member_count = 0;
  const volume_weights& w = options.weights;
  const double by_role[4] = {0.0, w.stabilizer, w.indirect, w.target};
  figure_defaults d = options.figures;
  d.rest_between_sets = options.rest_seconds();
  bool unilateral = false;
  bool mixed_units = false;
  double anterior_sets = 0.0, posterior_sets = 0.0;

  a.weeks = static_cast<std::uint32_t>(p.weeks().size());
  const auto& sessions = p.sessions();
  const auto& weeks = p.weeks();
  a.session_count = sessions.size();
  std::size_t week = 0;  // p.week_of(s), read forward: sessions are in week order
  for (std::size_t si = 0; si != sessions.size(); ++si) {
    const program_session& s = sessions[si];
    session_summary& sum = a.sessions[si];
    sum = session_summary{};  // at run time the storage may never have been written
    while (week + 1 < weeks.size() && weeks[week + 1].first_session <= si) ++week;
    sum.week = weeks.empty() ? p.week_of(s).number : weeks[week].number;
    sum.day = s.day;
    sum.day_number = (std::uint32_t{sum.week} - 1U) * 7U + s.day - 1U;  // p.day_number(s)
    sum.seconds = figure::exactly(0);
    sum.main_seconds = figure::exactly(0);
    muscle_set direct_muscles{};  // the muscles session_direct holds a figure for
    for (const program_block& b : p.blocks(s)) {
      const bool main = is_main_work(b.role);
      figure content = figure::exactly(0);
      std::uint64_t units = 0;
      for (std::size_t k = 0; k != b.entry_count; ++k) {
        const std::size_t i = std::size_t{b.first_entry} + k;
        const program_entry& e = p.entries()[i];
        entries[i].session = static_cast<std::uint16_t>(si);
        const program_grouping* g = p.grouping_of(e);
        if (g != nullptr && i == g->first_entry) {
          member_of = e.grouping;
          member_count = g->entry_count < max_grouping_entries ? g->entry_count : max_grouping_entries;
          for (std::size_t m = 0; m != member_count; ++m)
            performed_figures_into(member[m], p.entries()[g->first_entry + m], catalog, d);
          content = content + figures_of_rounds(
                                  member_count, [&](std::size_t m) -> const figures& { return member[m]; }, g->kind,
                                  g->between_exercises, g->between_rounds, d)
                                  .duration;
          ++units;
        }
        const bool in_member = g != nullptr && e.grouping == member_of && i >= g->first_entry && i - g->first_entry < member_count;
        if (!in_member) performed_figures_into(own, e, catalog, d);
        const figures& f = in_member ? member[i - g->first_entry] : own;
        if (g == nullptr) {
          content = content + f.duration;
          ++units;
        }
        if (e.exercise.index >= catalog.size() || !main) continue;
        const exercise_record& r = catalog[e.exercise.index];
        if (!is_training(r)) continue;
        const auto& prof = profiles.get(e.exercise, r);
        entry_summary& es = entries[i];
        es.counted = true;
        es.sets = f.total_sets;
        es.prime = prof.prime;
        const double sets = f.total_sets;
        sum.sets += f.total_sets;
        a.total_sets += f.total_sets;
        a.total_reps = a.total_reps + f.total_reps;
        a.time_under_tension = a.time_under_tension + f.time_under_tension;
        if (f.volume_unit != load_kind::none) {
          if (a.volume_unit == load_kind::none) a.volume_unit = f.volume_unit;
          else if (a.volume_unit != f.volume_unit) mixed_units = true;
          a.volume_load = a.volume_load + f.volume_load;
        } else if (e.scheme.load.kind != load_kind::none) {
          a.volume_load = figure::unknown();  // a relative load (% of 1RM, RPE): no absolute volume load
        }
        unilateral = unilateral || r.laterality == laterality::unilateral;
        direct_muscles |= prof.prime;
        // Each muscle, group and action gets one term per entry, in the profile's lists.
        // The terms in locals: a store to a table of doubles may alias the options' weights, read again each time.
        const double by_role_sets[4] = {0.0, by_role[1] * sets, by_role[2] * sets, by_role[3] * sets};
        const double target_sets = by_role_sets[3], indirect_sets = by_role_sets[2], stabilizer_sets = by_role_sets[1];
        const muscle_id* listed = prof.muscle_list.data();
        for (std::size_t x = 0; x != prof.prime_end; ++x) {
          muscle_volume& v = a.muscles[listed[x].index];
          v.sets += target_sets;
          v.direct_sets += sets;
          session_direct[listed[x].index] += sets;
        }
        for (std::size_t x = prof.prime_end; x != prof.synergist_end; ++x) a.muscles[listed[x].index].sets += indirect_sets;
        if (stabilizer_sets != 0.0)
          for (std::size_t x = prof.synergist_end; x != prof.stabilizer_end; ++x) a.muscles[listed[x].index].sets += stabilizer_sets;
        // A group of role 0 would add 0.0: only the others are listed.
        for (std::size_t x = 0; x != prof.group_end; ++x) total_group[prof.group_list[x].index] += by_role_sets[prof.group_list_role[x]];
        for (std::size_t x = 0; x != prof.prime_group_end; ++x) total_group_direct[prof.prime_group_list[x].index] += sets;
        sum.loaded |= prof.prime_groups;
        anterior_sets += by_role_sets[prof.anterior];
        posterior_sets += by_role_sets[prof.posterior];
        for (std::size_t x = 0; x != prof.loaded_end; ++x) a.actions[prof.action_list[x].index] += target_sets;
        for (std::size_t x = prof.loaded_end; x != prof.action_end; ++x) a.actions[prof.action_list[x].index] += indirect_sets;
      }
      const figure secs = b.min_length != 0
                              ? figure::between(b.min_length, b.max_length) * (b.length_unit == time_unit::minute ? 60U : 1U)
                              : content + figure::exactly(d.rest_between_sets) * gaps(units);
      sum.seconds = sum.seconds + secs;
      if (main) sum.main_seconds = sum.main_seconds + secs;
    }
    // The busiest muscle, in id order as before; the others hold 0, which never wins. Cleared for the next session.
    for_each_muscle_of<Model>(direct_muscles, [&](muscle_id m) {
      if (session_direct[m.index] > sum.busiest_muscle_sets) {
        sum.busiest_muscle_sets = session_direct[m.index];
        sum.busiest_muscle = m;
      }
      session_direct[m.index] = 0.0;
    });
    sum.loaded.for_each([&](group_id x) { ++a.groups[x.index].sessions; });
  }
  if (mixed_units) {
    a.volume_load = figure::unknown();
    a.volume_unit = load_kind::none;
  }
  if (a.volume_unit == load_kind::none && a.volume_load.known) a.volume_load = figure::unknown();
  const double week_divisor = a.weeks == 0 ? 1.0 : static_cast<double>(a.weeks);
  a.anterior_sets = anterior_sets;
  a.posterior_sets = posterior_sets;
  for (std::size_t x = 0; x != Model::group_count; ++x) {
    a.groups[x].sets = total_group[x];
    a.groups[x].direct_sets = total_group_direct[x];
  }
  if (week_divisor != 1.0) {  // x / 1.0 is x exactly: a program of one week keeps its totals
    for (auto& m : a.muscles) {
      m.sets /= week_divisor;
      m.direct_sets /= week_divisor;
    }
    for (auto& g : a.groups) {
      g.sets /= week_divisor;
      g.direct_sets /= week_divisor;
    }
    for (auto& x : a.actions) x /= week_divisor;
    a.anterior_sets /= week_divisor;
    a.posterior_sets /= week_divisor;
  }

  analysis_context c{};
  c.weeks = p.weeks();
  c.sessions = p.sessions();
  c.blocks = p.blocks();
  c.entries = p.entries();
  c.groupings = p.groupings();
  c.catalog = catalog;
  c.options = &options;
  c.muscles = {a.muscles.data(), a.muscles.size()};
  c.groups = {a.groups.data(), a.groups.size()};
  c.actions = {a.actions.data(), a.actions.size()};
  c.session_figures = a.session_figures();
  c.entry_figures = {entries, p.entries().size()};
  c.week_count = a.weeks == 0 ? 1U : a.weeks;
  c.ranges = options.ranges_in_force();
  c.range_groups = groups_of_ranges_in_force<Model>(options, c.ranges);
  for (std::size_t i = 0; i != c.ranges.count && i != max_volume_ranges; ++i)
    if (Model::has(c.range_groups[i])) c.required.insert(c.range_groups[i]);  // required_groups<Model>(c.ranges)
  c.anterior_sets = a.anterior_sets;
  c.posterior_sets = a.posterior_sets;
  c.unilateral = unilateral;
  for (std::size_t k = 0; k != finding_kind_count; ++k) {
    const auto kind = static_cast<finding_kind>(k);
    if (!options.enabled.contains(kind)) continue;
    if (options.replace[k] != nullptr) options.replace[k](c, a.findings);
    else run_builtin<Model>(kind, c, a.findings);
  }
}

/// An analysis to fill in: value-initialized in constant evaluation, which
/// demands it; at run time its session summaries left uninitialized
/// (analyse_into writes each session of the program whole).
template <class Model, program_limits L>
constexpr program_analysis<Model, L> blank_analysis() noexcept {
  if (detail::is_constant_evaluated()) return program_analysis<Model, L>{};
  return program_analysis<Model, L>{uninitialized_sessions};
}

/// Room for the entry summaries of a program of limits L and for the figures
/// of a grouping's members: at run time storage that is not initialized
/// (analyse_into writes the program's entries and each member it reads; zeroing
/// the capacity, 20 KB, cost a sixth of a week's analysis); in constant
/// evaluation zeroed arrays, as that demands.
template <class Model, program_limits L, class Profiles>
constexpr void analyse_with_entries(program_analysis<Model, L>& a, const basic_program<L>& p, const analysis_options& options,
                                    span<const exercise_record> catalog, Profiles& profiles) noexcept {
  if (detail::is_constant_evaluated()) {
    array<entry_summary, L.entries> entries{};
    array<figures, max_grouping_entries> member{};
    analyse_into(a, p, options, catalog, profiles, entries.data(), member.data());
  } else {
    // An array of unsigned char implicitly creates the entry_summary and figures objects (aggregates) written into it.
    alignas(entry_summary) unsigned char room[sizeof(entry_summary) * L.entries];
    alignas(figures) unsigned char member_room[sizeof(figures) * max_grouping_entries];
    analyse_into(a, p, options, catalog, profiles, reinterpret_cast<entry_summary*>(room), reinterpret_cast<figures*>(member_room));
  }
}

/// analyse(), into `a` (a blank_analysis()).
template <class Model, program_limits L>
constexpr void analyse_in_place(program_analysis<Model, L>& a, const basic_program<L>& p, const analysis_options& options,
                                span<const exercise_record> catalog) noexcept {
  if constexpr (detail::is_same_v<Model, builtin_model>) {
    // The built-in catalog on the built-in model: read the generated profiles.
    if (detail::is_builtin_catalog(catalog)) {
      if (detail::is_constant_evaluated()) {
        derived_cache<Model> cache{};
        builtin_profile_source<Model> profiles{&cache};
        analyse_with_entries(a, p, options, catalog, profiles);
      } else {
        builtin_profile_source<Model> profiles{nullptr, builtin_profiles_at_run_time<Model>().data()};
        analyse_with_entries(a, p, options, catalog, profiles);
      }
      return;
    }
  }
  derived_cache<Model> profiles{};
  analyse_with_entries(a, p, options, catalog, profiles);
}

}  // namespace detail

/// The analysis of `p` read with `catalog` on `Model`: volume tables, session
/// figures, totals and the findings of every enabled rule (each replaced by
/// `options.replace[kind]` when given). A program that fails check() is
/// analysed as far as it can be: entries outside the catalog count nothing.
template <class Model = builtin_model, program_limits L>
[[nodiscard]] constexpr program_analysis<Model, L> analyse(const basic_program<L>& p, const analysis_options& options = {},
                                                           span<const exercise_record> catalog = builtin_catalog()) noexcept {
  program_analysis<Model, L> a = detail::blank_analysis<Model, L>();
  detail::analyse_in_place<Model>(a, p, options, catalog);
  return a;
}

}  // namespace sinew
