// The program generator: a plan_request in, a program out that the analysis
// (programs/analysis.hpp) with options_for(request) finds no error and no
// warning in, except the warnings the request itself forces
// (forced_warnings(request): frequency_low for a strength goal when a group
// cannot be loaded on two days; calf_knee_position, uncovered_action and
// imbalance when the equipment at hand holds nothing for one knee position of
// the calves, for an action the analysis wants covered, or for one side of a
// balance). That second part holds on the tested grid (every goal, level and number of days,
// four equipment sets, one condition or none, no priority: 5,184 requests, each with a
// program); with priorities, several conditions or exclusions a warning may remain (about
// 4.5 % of random requests: mostly a balance, with a priority that fills a narrow range),
// and the analysis reports it: open work. The blocks run in turn, each on plain values (generation/draft.hpp):
// scheduling, selection, prescription, volume, prescription again (the sets
// now known), ordering, time budget (a session left with its warm-up alone is a
// rest day and leaves the week), then the program is built with each
// exercise's progression. No allocation; usable in constant evaluation.
//
// An impossible or contradictory request is an error that names the input:
// "sinew: days: ...", "sinew: weekdays: ...", "sinew: minutes: ...",
// "sinew: weeks: ...", "sinew: equipment: nothing at hand trains hip abduction"
// (or "sinew: exclude: ..." or "sinew: condition: ..." when the exclusions or a
// condition's spinal rule leave nothing that trains it),
// "sinew: require: ..." and "sinew: exclude: ..." (the error's position is the
// index of the exercise in its list). A week short of a weekly minimum is a
// "minutes:" error only when 240 minutes a session would give one without;
// otherwise "sinew: request: ..." (the ranges, balances, priorities and
// conditions leave no week without a warning).
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/generation/parts.hpp>
#include <sinew/programs/analysis.hpp>

namespace sinew {

/// The analysis options that judge a generated program: the request's goal,
/// level and conditions, and its minutes as the most a session's main work may take.
[[nodiscard]] constexpr analysis_options options_for(const plan_request& r) noexcept {
  analysis_options o{};
  o.goal = r.goal;
  o.level = r.level;
  o.conditions = r.conditions;
  o.target_minutes_max = r.minutes;
  if (o.target_minutes_min > r.minutes) o.target_minutes_min = r.minutes;
  return o;
}

namespace detail {

template <class Model>
constexpr generation_context<Model> context_for(const plan_request& r, span<const exercise_record> catalog) noexcept {
  generation_context<Model> c{};
  c.request = &r;
  c.options = options_for(r);
  c.catalog = catalog;
  if constexpr (detail::is_same_v<Model, builtin_model>)
    c.builtin = detail::is_builtin_catalog(catalog);
  return c;
}

/// Whether an eligible exercise of the catalog loads action `a`.
constexpr bool trainable(const plan_request& r, span<const exercise_record> catalog, action_id a) noexcept {
  for (std::size_t i = 0; i != catalog.size(); ++i)
    if (!r.exclude.contains(exercise_id{static_cast<std::uint16_t>(i)}) && eligible(catalog[i], r) &&
        catalog[i].loads.contains(a))
      return true;
  return false;
}

constexpr error at(error e, std::size_t position) noexcept {
  e.position = position;
  return e;
}

/// The first impossible or contradictory input, or an empty error.
template <class Model>
constexpr error validate(const plan_request& r, span<const exercise_record> catalog) noexcept {
  if (r.weekdays.empty() && (r.days < 1 || r.days > 6)) return {"sinew: days: a week holds 1 to 6 sessions"};
  if (r.weekdays.size() > 6) return {"sinew: weekdays: 6 days at most, so that a day is left to recover"};
  if ((r.weekdays.bits & 0x80U) != 0) return {"sinew: weekdays: a day is monday to sunday"};
  if (r.minutes < 10) return {"sinew: minutes: a session needs 10 minutes of main work at least"};
  if (r.minutes > 240) return {"sinew: minutes: a session's main work takes 240 minutes at most"};
  if (r.weeks < 1 || r.weeks > 16) return {"sinew: weeks: a program runs 1 to 16 weeks"};
  for (std::size_t k = 0; k != r.exclude.size(); ++k)
    if (r.exclude.items[k].index >= catalog.size()) return at({"sinew: exclude: an exercise is not in the catalog"}, k);
  for (std::size_t k = 0; k != r.require.size(); ++k) {
    const exercise_id e = r.require.items[k];
    if (e.index >= catalog.size()) return at({"sinew: require: an exercise is not in the catalog"}, k);
    const exercise_record& x = catalog[e.index];
    if (r.exclude.contains(e)) return at({"sinew: require: an exercise is also excluded"}, k);
    if (!at_hand(r).includes(x.equipment)) return at({"sinew: require: an exercise needs equipment not at hand"}, k);
    if (x.kind != exercise_kind::strength) return at({"sinew: require: an exercise is not a strength exercise"}, k);
    if (!eligible(x, r)) return at({"sinew: require: an exercise loads the spine more than a condition allows"}, k);
  }
  const action_set asked = r.priorities.actions | condition_actions<Model>(r.conditions);
  // the input that leaves nothing to train an asked action, named: the exercises the request
  // excludes (the position: the first of them in its list that would train it), a condition's
  // spinal rule, or the equipment (the position: the action's index)
  error out{};
  asked.for_each([&](action_id a) {
    if (!out.message.empty() || !Model::has(a) || trainable(r, catalog, a)) return;
    plan_request open = r;
    open.exclude = {};
    if (trainable(open, catalog, a)) {
      std::size_t k = 0;
      while (k != r.exclude.size() &&
             !(eligible(catalog[r.exclude.items[k].index], r) && catalog[r.exclude.items[k].index].loads.contains(a)))
        ++k;
      out = at({nothing_trains<Model>(a, untrainable_cause::exclude)}, k);
      return;
    }
    open.conditions = {};
    out = at({nothing_trains<Model>(a, trainable(open, catalog, a) ? untrainable_cause::condition : untrainable_cause::equipment)},
             a.index);
  });
  return out;
}

/// The blocks after scheduling, in turn, on the week's plain values.
template <class Model, class Parts>
constexpr result<week_draft> plan_week(const generation_context<Model>& c, const Parts& parts,
                                       const week_draft& scheduled) noexcept {
  // each block's draft is changed in place where the next reads it (a draft is ~14 KB)
  auto w = parts.selection.select(c, scheduled);
  if (!w) return w.error();
  const auto prescribe = [&](week_draft& x) {
    for (std::size_t s = 0; s != x.count; ++s)
      for (std::size_t i = 0; i != x.sessions[s].count; ++i)
        x.sessions[s].items[i].scheme = parts.prescription.scheme_for(c, x.sessions[s].items[i]);
  };
  prescribe(*w);
  const auto targets = parts.volume.targets(c);
  auto v = parts.volume.allocate(c, targets, *w);
  if (!v) return v.error();
  prescribe(*v);
  const week_draft ordered = parts.ordering.order(c, *v);
  auto fitted = parts.time_budget.fit(c, ordered);
  if (!fitted) return fitted;
  // a day the week's ranges leave no work for (a beginner's strength week on six days: every
  // group at its maximum before the sixth) is a rest day: its warm-up alone is left out
  week_draft& f = *fitted;
  std::size_t kept = 0;
  for (std::size_t s = 0; s != f.count; ++s) {
    bool work = false;
    for (const auto& e : f.sessions[s].exercises()) work = work || e.block != block_role::warm_up;
    if (work || f.count == 1) f.sessions[kept++] = f.sessions[s];
  }
  f.count = kept;
  return fitted;
}

inline constexpr text_view generated_program_name = "Generated lower-body program";

/// Writes the program of a planned week into `b`, a builder (or a detail::in_place_builder)
/// just made with generated_program_name (one written week; more weeks progress it).
template <class Model, program_limits L, class Parts, class Builder>
constexpr void write_program(const generation_context<Model>& c, const Parts& parts, const week_draft& w,
                             program_writing<L, Builder>& b) noexcept {
  b.week(1);
  constexpr block_role order[] = {block_role::warm_up, block_role::priming, block_role::working, block_role::finishing,
                                  block_role::cool_down};
  detail::array<exercise_id, L.progressions> seen{};
  std::size_t seen_count = 0;
  for (const auto& s : w.all()) {
    b.day(s.day, s.title);
    for (const block_role role : order) {
      bool opened = false;
      const auto items = s.exercises();
      for (std::size_t i = 0; i != items.size(); ++i) {
        const auto& e = items[i];
        if (e.block != role) continue;
        if (!opened) b.block(role);
        opened = true;
        // a grouping: the run of its tag in this block, when the run is as long as its kind holds
        std::size_t run = 1;
        while (e.grouped != 0 && i + run != items.size() && items[i + run].grouped == e.grouped &&
               items[i + run].block == role && run != 3)
          ++run;
        const std::size_t holds = e.grouping == grouping_kind::tri_set ? 3 : 2;
        if (e.grouped != 0 && run == holds) {
          entry_spec specs[3]{};
          for (std::size_t k = 0; k != run; ++k) specs[k] = {items[i + k].exercise, items[i + k].scheme, {}};
          b.group(e.grouping, span<const entry_spec>{specs, run}, rest::of(seconds(c.options.rest_seconds())));
          i += run - 1;
          continue;
        }
        b.add(e.exercise, e.scheme);
      }
    }
  }
  if (c.request->weeks > 1) {
    b.runs_for(c.request->weeks);
    // one progression per exercise, when every entry of it takes the same
    for (const auto& s : w.all())
      for (const auto& e : s.exercises()) {
        bool known = false;
        for (std::size_t k = 0; k != seen_count; ++k) known = known || seen[k] == e.exercise;
        if (known || seen_count == L.progressions) continue;
        seen[seen_count++] = e.exercise;
        const progression p = parts.progression.progression_for(c, e);
        bool same = p.kind != progression_kind::none || p.deload != deload_schedule{};
        for (const auto& s2 : w.all())
          for (const auto& e2 : s2.exercises())
            if (e2.exercise == e.exercise && !(parts.progression.progression_for(c, e2) == p)) same = false;
        if (same) b.progress(e.exercise, p);
      }
  }
}

/// The program of a planned week (write_program, checked).
template <class Model, program_limits L, class Parts>
constexpr result<basic_program<L>> build_program(const generation_context<Model>& c, const Parts& parts,
                                                 const week_draft& w) noexcept {
  basic_program_builder<L> b{generated_program_name};
  write_program<Model, L>(c, parts, w, b);
  if (b.broken() != program_rule::none) return rule_error(b.broken());
  return b.build(c.catalog);
}

}  // namespace detail

namespace detail {
/// forced_warnings, from the catalog ranked for the request (`cand`).
template <class Model>
constexpr finding_kind_set forced_warnings_of(const generation_context<Model>& c, const role_candidates& cand) noexcept {
  finding_kind_set out{};
  const plan_request& r = *c.request;
  const auto none = [&](exercise_role role) { return cand.count[static_cast<std::size_t>(role)] == 0; };
  if (none(exercise_role::calf_bent_knee) || none(exercise_role::calf_straight_knee))
    out.insert(finding_kind::calf_knee_position);
  for (const auto role : {exercise_role::knee_extensor, exercise_role::knee_flexor, exercise_role::abductor,
                          exercise_role::external_rotator})
    if (none(role)) out.insert(finding_kind::uncovered_action);
  if (none(exercise_role::adductor) || none(exercise_role::abductor)) out.insert(finding_kind::imbalance);
  if (r.goal == training_goal::strength) {
    // a group the schedule's focuses hold in fewer than two sessions
    default_scheduling s{};
    const auto w = s.schedule(c);
    if (w)
      for (const auto& range : c.options.ranges_in_force())
        if (const auto g = Model::find_group(range.group)) {
          std::uint32_t sessions = 0;
          for (const auto& d : w->all()) sessions += d.focus.contains(*g) ? 1U : 0U;
          if (sessions < c.options.sessions_per_group_min) out.insert(finding_kind::frequency_low);
        }
  }
  return out;
}
}  // namespace detail

/// The warning kinds a request forces on any program the catalog allows
/// (see the header's paragraph); on the tested grid the generator's programs have no
/// others (the header says where they still may).
template <class Model = builtin_model>
[[nodiscard]] constexpr finding_kind_set forced_warnings(const plan_request& r,
                                                         span<const exercise_record> catalog = builtin_catalog()) noexcept {
  const auto c = detail::context_for<Model>(r, catalog);
  return detail::forced_warnings_of(c, detail::rank_candidates(c));
}

/// Plans of one request the generator tries at most (see generate).
inline constexpr std::uint64_t generation_rounds = 4;

namespace detail {
template <class Model, program_limits L, class Parts>
constexpr result<basic_program<L>> generate_with(const plan_request& r, span<const exercise_record> catalog,
                                                 const Parts& parts, profile_cache<Model>* profiles) noexcept;

/// generate_with on a valid request. The program (~100 KB) is written once, in `out`, which
/// every return returns (an error is assigned to it), so that it is built where the caller
/// receives it: no copy of it, and no builder of its own to clear.
template <class Model, program_limits L, class Parts>
constexpr result<basic_program<L>> generate_valid(const plan_request& r, span<const exercise_record> catalog,
                                                  const Parts& parts, profile_cache<Model>* profiles) noexcept {
  result<basic_program<L>> out{};
  // the catalog ranked once for the request's own seed: the forced warnings read it, and the
  // first round's selection (later rounds' seeds rank it again)
  const detail::role_candidates ranked = detail::rank_candidates(detail::context_for<Model>(r, catalog));
  const finding_kind_set forced = detail::forced_warnings_of(detail::context_for<Model>(r, catalog), ranked);
  // The draft is analysed; a draft with a finding the request does not force is
  // planned again from the next variant of the seed (a bounded number of rounds),
  // and the draft with the fewest such findings is kept. The program is written
  // in place, in `out`; when the round kept is not the last one written, it is
  // planned and written again.
  // A round's week: its variant of the seed, scheduled and planned (`scheduled` false: the
  // scheduling's error, returned as it is).
  plan_request variant = r;
  auto c = detail::context_for<Model>(variant, catalog);
  const auto enter_round = [&](std::uint64_t round) {
    variant = r;
    if (round != 0) variant.seed = detail::mix(r.seed + round);
    c = detail::context_for<Model>(variant, catalog);
    c.profiles = profiles;
    if (round == 0) c.ranked = &ranked;
  };
  bool scheduled = true;
  const auto plan_round = [&](std::uint64_t round) -> result<week_draft> {
    enter_round(round);
    const auto days = parts.scheduling.schedule(c);
    scheduled = days.has_value();
    if (!days) return days.error();
    return detail::plan_week(c, parts, *days);
  };
  detail::in_place_builder<L> b{*out, detail::generated_program_name};
  // the week of the best round so far, kept when a later round may replace the program written
  // (planning it again cost a fifth of a week that no round plans without a fault); held in a
  // union so that a request whose first round is kept clears no room for it (14 KB). A union
  // made with the week replaces it whole (clang 14 does not switch a member by assignment in
  // constant evaluation).
  union kept_week {
    bool none;
    week_draft week;
    constexpr kept_week() noexcept : none(true) {}
    constexpr explicit kept_week(const week_draft& w) noexcept : week(w) {}
  } best_week;
  std::uint64_t written = generation_rounds, best_round = generation_rounds;
  std::size_t best_faults = static_cast<std::size_t>(-1);
  bool short_of_time = false;
  for (std::uint64_t round = 0; round != generation_rounds && best_faults != 0; ++round) {
    const auto w = plan_round(round);
    if (!scheduled || (!w && !w.error().message.starts_with("sinew: minutes:"))) {
      out = w.error();
      return out;
    }
    if (!w) {
      short_of_time = true;
      continue;
    }
    if (written != generation_rounds) b.restart(detail::generated_program_name);
    detail::write_program<Model, L>(c, parts, *w, b);
    written = round;
    if (b.broken() != program_rule::none) {
      out = rule_error(b.broken());
      return out;
    }
    if (const auto checked = check(b.peek(), catalog); !checked.ok()) {
      out = error{checked.message};
      return out;
    }
    // a run-time catalog's profiles are those generate derived (the analysis reads them: 37 % of
    // a 1,000-exercise generate was the analysis deriving them again)
    program_analysis<Model, L> a = detail::blank_analysis<Model, L>();
    if (profiles != nullptr) {
      detail::cached_profile_source<Model> source{profiles};
      detail::analyse_with_entries(a, b.peek(), c.options, catalog, source);
    } else {
      detail::analyse_in_place<Model>(a, b.peek(), c.options, catalog);
    }
    std::size_t faults = 0;
    for (const auto& f : a.findings) {
      if (f.severity == severity::info || (f.severity == severity::warning && forced.contains(f.kind))) continue;
      ++faults;
      short_of_time = short_of_time || f.kind == finding_kind::volume_low || f.kind == finding_kind::too_long;
    }
    if (faults < best_faults) {
      best_faults = faults;
      best_round = round;
      if (faults != 0 && round + 1 != generation_rounds) best_week = kept_week{*w};
    }
  }
  if (best_round == generation_rounds) {
    out = error{"sinew: minutes: too few for the least work a session of this request holds"};
    return out;
  }
  // A week short of a minimum blames the minutes only when the most minutes a session may
  // take give a week without such a finding; otherwise what the request asks is the cause.
  if (best_faults != 0 && short_of_time) {
    if (r.minutes < 240) {
      plan_request most = r;
      most.minutes = 240;
      if (generate_with<Model, L>(most, catalog, parts, profiles)) {
        out = error{"sinew: minutes: too few to give every group its weekly minimum on these days"};
        return out;
      }
    }
    out = error{"sinew: request: no week on these days meets every weekly minimum and balance of the goal and level "
                "with this equipment, these priorities and conditions"};
    return out;
  }
  if (written != best_round) {
    enter_round(best_round);
    b.restart(detail::generated_program_name);
    detail::write_program<Model, L>(c, parts, best_week.week, b);
  }
  return out;
}

/// generate, with room for the profiles it derives (nullptr: the built-in catalog's are read).
template <class Model, program_limits L, class Parts>
constexpr result<basic_program<L>> generate_with(const plan_request& r, span<const exercise_record> catalog,
                                                 const Parts& parts, profile_cache<Model>* profiles) noexcept {
  if (const error e = detail::validate<Model>(r, catalog); !e.message.empty()) return e;
  return generate_valid<Model, L>(r, catalog, parts, profiles);
}
}  // namespace detail

/// A program for the request from `catalog` (the built-in one by default),
/// built by `parts` (default_parts: every default block). See the header.
template <class Model = builtin_model, program_limits L = program_limits{}, class Parts = default_parts>
[[nodiscard]] constexpr result<basic_program<L>> generate(const plan_request& r,
                                                          span<const exercise_record> catalog = builtin_catalog(),
                                                          const Parts& parts = {}) noexcept {
  static_assert(detail::check_parts<Model, Parts>());
  if (detail::context_for<Model>(r, catalog).builtin) return detail::generate_with<Model, L>(r, catalog, parts, nullptr);
  detail::profile_cache<Model> profiles{};
  return detail::generate_with<Model, L>(r, catalog, parts, &profiles);
}

}  // namespace sinew
