// The default volume block's search (default_volume, generation/volume.hpp, whose header
// paragraph says what it does): the week's state as the analysis counts it, the score's terms,
// and the steps that give the chosen exercises their sets. One object per search; its member
// functions share the state the search changes, one job each.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/inline.hpp>
#include <sinew/generation/draft.hpp>

namespace sinew {

/// The most sets the generator gives an exercise in a session.
inline constexpr std::uint8_t max_generated_sets = 5;

namespace detail {

/// The analysis options a request is judged by, as far as the volume block reads them
/// (generator.hpp's options_for: the goal's and level's ranges).
constexpr analysis_options volume_options(const plan_request& r) noexcept {
  analysis_options o{};
  o.goal = r.goal;
  o.level = r.level;
  return o;
}

/// Whether the analysis ranges group `g` for these options.
template <class Model>
constexpr bool ranged(const analysis_options& o, group_id g) noexcept {
  for (const auto& range : o.ranges_in_force())
    if (const auto x = Model::find_group(range.group); x && *x == g) return true;
  return false;
}

/// The groups the request prioritises: its groups; the groups of its muscles (a ranged
/// group where the muscle's primary actions hold every main action of it: the vasti and
/// the quadriceps, not the short head of the biceps femoris and the hamstrings, whose
/// hinge work would not reach it); and each ranged group whose one main action it prioritises (knee extension: the quadriceps; a
/// group of two or more main actions gets the action's sets, not the others').
template <class Model>
constexpr group_set prioritised_groups(const plan_request& r) noexcept {
  const analysis_options o = volume_options(r);
  group_set g = r.priorities.groups;
  r.priorities.muscles.for_each([&](muscle_id m) {
    if (!Model::has(m)) return;
    Model::info(m).groups.for_each([&](group_id x) {
      if (!ranged<Model>(o, x) || Model::info(m).primary_actions.includes(group_actions<Model>(x, o.action_share_min)))
        g.insert(x);
    });
  });
  if (!r.priorities.actions.empty())
    for (std::size_t k = 0; k != Model::group_count; ++k) {
      const group_id x{static_cast<std::uint8_t>(k)};
      const action_set main = group_actions<Model>(x, o.action_share_min);
      if (ranged<Model>(o, x) && main.size() == 1 && main.intersects(r.priorities.actions)) g.insert(x);
    }
  return g;
}

/// The actions a priority asks sets of: the request's actions; the main actions of its
/// prioritised groups that the analysis does not range (the adductors: hip adduction);
/// the primary actions of its prioritised muscles.
template <class Model>
constexpr action_set priority_actions(const plan_request& r) noexcept {
  const analysis_options o = volume_options(r);
  action_set out = r.priorities.actions;
  r.priorities.groups.for_each([&](group_id g) {
    if (Model::has(g) && !ranged<Model>(o, g)) out |= group_actions<Model>(g, o.action_share_min);
  });
  r.priorities.muscles.for_each([&](muscle_id m) {
    if (Model::has(m)) out |= Model::info(m).primary_actions;
  });
  return out;
}

/// The actions the request asks sets of: its priorities', and its conditions'
/// (condition_actions, the analysis' table).
template <class Model>
constexpr action_set asked_actions(const plan_request& r) noexcept {
  return priority_actions<Model>(r) | condition_actions<Model>(r.conditions);
}

/// The week's state as the analysis would count it, kept as sets are added.
template <class Model>
struct volume_state {
  detail::array<double, Model::group_count> groups{};
  detail::array<double, Model::action_count> actions{};
  double anterior = 0.0, posterior = 0.0;
  detail::array<detail::array<std::uint8_t, Model::group_count>, max_week_sessions> loads{};  ///< items loading a group
  detail::array<detail::array<double, Model::muscle_count>, max_week_sessions> direct{};
  detail::array<double, max_week_sessions> seconds{};
  double calf_straight = 0.0, calf_bent = 0.0;
};

/// The search of default_volume::allocate on one week: describe() reads what a set of each
/// item adds, run() gives the sets (the seeds, the search, the openers quad dominance asks,
/// the coverage of the prime groups, the sessions' minimum) and leaves the exercises that got none out.
template <class Model>
class volume_search {
 public:
  constexpr volume_search(const generation_context<Model>& context, const volume_targets<Model>& targets,
                          week_draft& week) noexcept
      : c(context), t(targets), w(week) {
    describe();
    start();
  }

  /// Gives the week its sets; `final_state` (when not null) receives the state they leave.
  constexpr void run(volume_state<Model>* final_state) noexcept {
    refresh();
    seed_week();
    search();
    open_posterior();
    cover_primed_groups();
    fill_sessions();
    if (final_state != nullptr) *final_state = st;
    // exercises that got no set leave the session (the warm-up stays)
    for (std::size_t s = 0; s != w.count; ++s)
      for (std::size_t i = w.sessions[s].count; i-- != 0;)
        if (w.sessions[s].items[i].sets == 0) w.sessions[s].erase(i);
  }

 private:
  const generation_context<Model>& c;
  const volume_targets<Model>& t;
  week_draft& w;
  const analysis_options& o = c.options;
  const volume_weights& vw = o.weights;
  const double by_role[4] = {0.0, vw.stabilizer, vw.indirect, vw.target};
  const bool nonnegative = by_role[1] >= 0.0 && by_role[2] >= 0.0 && by_role[3] >= 0.0;
  const figure_defaults d = c.figures();
  const double rest = static_cast<double>(d.rest_between_sets);
  const double budget = static_cast<double>(c.request->minutes) * 60.0 - 30.0;
  const action_id kf = detail::action_of<Model>("knee_flexion"), ke = detail::action_of<Model>("knee_extension"),
                  ad = detail::action_of<Model>("hip_adduction"), ab = detail::action_of<Model>("hip_abduction");
  group_set required{};  // the groups the analysis ranges (the score counts their sessions)

  // What a set of one item of the week adds, read once. Only the week's items are written (the
  // array is left uninitialised past them: no member has a default but the sets' own, so a week
  // of a few items does not clear room for 84).
  struct gain {
    group_set prime_groups;
    muscle_set prime;
    action_set loads, assists;
    double seconds;  ///< one more set: its work and a rest
    bool counted;
    bool compound;  ///< the exercise's mechanic is compound (the shape of a session)
    // what a set adds to each group (the weight of the exercise's role in it); the groups whose
    // maximum a set may pass, by the exercise's role in them (those it adds to; every group
    // when a weight is negative); its prime movers in the model
    detail::array<double, Model::group_count> role_add;
    detail::array<group_set, 4> capped_groups;
    muscle_set capped_muscles;
    // the score's terms a set changes (see change()): the groups it adds to, the actions (its
    // loads first, then its assists) and the required groups whose frequency it may change,
    // with what it adds to each; whether a frequency group is a prime group; where the
    // balances' actions sit in action_at (action_n: not there); the prime movers the model
    // has (the hard sets per session)
    detail::array<std::uint16_t, Model::group_count> group_at, frequency_at;
    detail::array<std::uint16_t, Model::action_count> action_at;
    std::size_t group_n, frequency_n, action_n, loads_n;
    detail::array<double, Model::group_count> group_add, frequency_add;
    detail::array<bool, Model::group_count> frequency_prime;
    detail::array<double, Model::action_count> action_add;
    std::size_t at_kf, at_ke, at_ad, at_ab;
    double anterior_add, posterior_add;
    detail::array<std::uint16_t, Model::muscle_count> prime_at;
    std::size_t prime_n;
    // no set of it can lower the score: every term it touches is flat or rises with it (a
    // group without a target, an action without a minimum, the anterior chain), so the search
    // never takes it (the shin's accessory): it skips it
    bool inert;
  };
  detail::array<detail::array<gain, max_session_exercises>, max_week_sessions> gains;
  detail::array<std::uint8_t, Model::group_count> possible{};  // sessions that could load a group
  bool has_straight = false, has_bent = false;

  detail::volume_state<Model> st{};

  // a group loaded in too few sessions is a warning for strength only (the analysis' rule)
  const double frequency_weight = c.options.goal == training_goal::strength ? 10.0 : 0.25;
  // with a priority, a balance weighs more, per set of one side past the other, than the
  // priority gains by that set (its weight), so that a priority never buys the balance's
  // warning; without one, as much as any warning
  const plan_request& q = *c.request;
  const bool prioritised = !q.priorities.groups.empty() || !q.priorities.muscles.empty() || !q.priorities.actions.empty();
  const double balance_weight = prioritised ? 2.0 * c.priority_weight : 10.0;
  const bool knee_ratio = Model::has(kf) && Model::has(ke), hip_ratio = Model::has(ad) && Model::has(ab);
  const bool quad_dominance = q.conditions.contains(condition::quad_dominance);
  const muscle_set posterior_chain = Model::muscles_on_chain(chain::posterior);
  // what the search reads of the state at every candidate, kept by refresh() after each change:
  // the sessions that load each group, whether a group is past its maximum already, and the
  // score's terms as they stand (change() computes the terms a set would make)
  detail::array<std::uint32_t, Model::group_count> loaded{};
  bool past_maximum = false;
  detail::array<double, Model::group_count> group_now{}, frequency_now{};
  detail::array<double, Model::action_count> action_now{};
  double knee_now = 0.0, hip_now = 0.0, chain_now = 0.0, calf_now = 0.0;
  std::uint32_t applied = 1;  // sets applied (or taken back) so far, plus one: allowed()'s cache key
  // allowed()'s view of each session's compounds, with the applies and seconds it was taken at
  detail::array<std::uint32_t, max_week_sessions> shape_at{};
  detail::array<double, max_week_sessions> shape_seconds{};
  detail::array<bool, max_week_sessions> shape_grows{};
  detail::array<std::uint8_t, max_week_sessions> shape_top{};
  // the groups a set of each role (by_role's index) would take past their maximum, and each
  // session's prime movers that a set more would take past the hard sets of a session:
  // apply() re-marks what it changes, room() reads them
  detail::array<group_set, 4> over{};
  detail::array<muscle_set, max_week_sessions> at_cap{};
  // room()'s view of the sessions, kept until a set is applied (see room())
  bool seeding = true;
  detail::array<std::uint32_t, max_week_sessions> size_at{};
  detail::array<bool, max_week_sessions> size_full{};
  detail::array<muscle_set, max_week_sessions> size_muscles{};
  // a set given before the search is kept by it (the search may take back only what it added)
  detail::array<detail::array<std::uint8_t, max_session_exercises>, max_week_sessions> kept{};
  // `current` is the score the step before chose (the search's `base` is the score of the state
  // as it is: a candidate is scored by the terms it changes, base + change)
  double current = 0.0;

  // what a set of each item adds (gains), the sessions that could load each group, the calves' knee positions
  constexpr void describe() noexcept {
    for (const auto& r : o.ranges_in_force())
      if (const auto g = Model::find_group(r.group)) required.insert(*g);

    for (std::size_t s = 0; s != w.count; ++s) {
      group_set could{};
      for (std::size_t i = 0; i != w.sessions[s].count; ++i) {
        auto& it = w.sessions[s].items[i];
        gain& gn = gains[s][i];
        gn = gain{};
        const exercise_record& r = c.record(it.exercise);
        gn.counted = it.role != exercise_role::warm_up && is_training(r);
        if (!gn.counted) continue;
        it.sets = 0;
        const exercise_profile<Model> profile = c.profile(it.exercise);
        gn.prime_groups = profile.prime_groups;
        gn.prime = profile.prime;
        for (std::size_t g = 0; g != Model::group_count; ++g) {
          gn.role_add[g] = by_role[profile.group_role[g]];
          if (!nonnegative || gn.role_add[g] != 0.0)
            gn.capped_groups[profile.group_role[g]].insert(group_id{static_cast<decltype(group_id::index)>(g)});
        }
        gn.anterior_add = by_role[profile.anterior];
        gn.posterior_add = by_role[profile.posterior];
        gn.compound = r.mechanic == mechanic::compound;
        gn.loads = r.loads;
        gn.assists = r.assists - r.loads;
        const set_scheme sc = it.scheme.sets != 0 ? it.scheme : straight_sets(1, 10);
        set_scheme single = sc;
        if (single.kind == scheme_kind::straight) single.sets = 1;
        const figure f = figures_of(as_prescribed_for(r, single), d).duration;
        gn.seconds = (static_cast<double>(f.min) + static_cast<double>(f.max)) / 2.0 /
                         (single.kind == scheme_kind::straight ? 1.0 : (single.sets == 0 ? 1.0 : single.sets)) +
                     rest;
        could |= gn.prime_groups;
        has_straight = has_straight || it.role == exercise_role::calf_straight_knee;
        has_bent = has_bent || it.role == exercise_role::calf_bent_knee;
      }
      could.for_each([&](group_id g) { ++possible[g.index]; });
    }

    for (std::size_t s = 0; s != w.count; ++s)
      for (std::size_t i = 0; i != w.sessions[s].count; ++i) {
        gain& gn = gains[s][i];
        if (!gn.counted) continue;
        for (std::size_t g = 0; g != Model::group_count; ++g) {
          const bool adds = gn.role_add[g] != 0.0;
          if (adds) gn.group_at[gn.group_n++] = static_cast<std::uint16_t>(g);
          if (required.contains(group_id{static_cast<decltype(group_id::index)>(g)}) &&
              (adds || gn.prime_groups.contains(group_id{static_cast<decltype(group_id::index)>(g)})))
            gn.frequency_at[gn.frequency_n++] = static_cast<std::uint16_t>(g);
        }
        gn.loads.for_each([&](action_id a) {
          if (Model::has(a)) gn.action_at[gn.action_n++] = a.index;
        });
        gn.loads_n = gn.action_n;
        gn.assists.for_each([&](action_id a) {
          if (Model::has(a)) gn.action_at[gn.action_n++] = a.index;
        });
        for (std::size_t k = 0; k != gn.group_n; ++k) gn.group_add[k] = gn.role_add[gn.group_at[k]];
        for (std::size_t k = 0; k != gn.frequency_n; ++k) {
          const std::size_t g = gn.frequency_at[k];
          gn.frequency_add[k] = gn.role_add[g];
          gn.frequency_prime[k] = gn.prime_groups.contains(group_id{static_cast<decltype(group_id::index)>(g)});
        }
        gn.at_kf = gn.at_ke = gn.at_ad = gn.at_ab = gn.action_n;
        for (std::size_t k = 0; k != gn.action_n; ++k) {
          const std::size_t a = gn.action_at[k];
          gn.action_add[k] = k < gn.loads_n ? vw.target : vw.indirect;
          if (a == kf.index) gn.at_kf = k;
          if (a == ke.index) gn.at_ke = k;
          if (a == ad.index) gn.at_ad = k;
          if (a == ab.index) gn.at_ab = k;
        }
        gn.prime.for_each([&](muscle_id m) {
          if (!Model::has(m)) return;
          gn.prime_at[gn.prime_n++] = m.index;
          gn.capped_muscles.insert(m);
        });
        const auto& role = w.sessions[s].items[i].role;
        gn.inert = nonnegative && gn.frequency_n == 0 && gn.posterior_add <= 0.0 && gn.at_kf == gn.action_n && gn.at_ke == gn.action_n &&
                   gn.at_ad == gn.action_n && gn.at_ab == gn.action_n && role != exercise_role::calf_straight_knee &&
                   role != exercise_role::calf_bent_knee;
        for (std::size_t k = 0; k != gn.group_n && gn.inert; ++k) {
          const std::size_t g = gn.group_at[k];
          gn.inert = gn.group_add[k] <= 0.0 || (t.group_min[g] <= 0.0 && t.group_floor[g] <= 0.0);
        }
        for (std::size_t k = 0; k != gn.action_n && gn.inert; ++k)
          gn.inert = gn.action_add[k] <= 0.0 || t.action_min[gn.action_at[k]] <= 0.0;
      }
  }

  // the state before the seeds: the sessions' rest, the groups past their maximum, the capped muscles
  constexpr void start() noexcept {
    for (std::size_t s = 0; s != w.count; ++s) st.seconds[s] = -rest;
    for (std::size_t g = 0; g != Model::group_count; ++g) mark_group(g);
    for (std::size_t s = 0; s != w.count; ++s)
      for (std::size_t m = 0; m != Model::muscle_count; ++m) mark_muscle(s, m);
  }

  SINEW_DETAIL_ALWAYS_INLINE constexpr double deficit(double want, double have) noexcept {
    const double gap = want - have;  // > 0 exactly when want > have
    return gap > 0.0 ? gap : 0.0;
  }
  // the score's terms: one per group, per action, per balance, per required group's frequency
  // what the analysis would warn about (a range's minimum, an action, a balance) weighs ten
  // times what is only a target above the minimum
  SINEW_DETAIL_ALWAYS_INLINE constexpr double group_term(std::size_t g, double v) noexcept {
    return t.group_weight[g] * deficit(t.group_min[g], v) + 10.0 * deficit(t.group_floor[g], v) +
           (t.group_ceiling[g] > 0.0 ? deficit(v, t.group_ceiling[g]) : 0.0);
  }
  SINEW_DETAIL_ALWAYS_INLINE constexpr double action_term(std::size_t a, double v) noexcept { return 10.0 * deficit(t.action_min[a], v); }
  SINEW_DETAIL_ALWAYS_INLINE constexpr double ratio_term(double vx, double vy, double ref) noexcept {
    return balance_weight * (deficit(ref * vy + 1e-6, vx) * (vy > 0 ? 1.0 : 0.0) + deficit(ref * vx + 1e-6, vy) * (vx > 0 ? 1.0 : 0.0));
  }
  SINEW_DETAIL_ALWAYS_INLINE constexpr double chain_term(double anterior, double posterior) noexcept {
    return 10.0 * deficit(o.posterior_to_anterior_min * anterior + 1e-6, posterior);
  }
  constexpr std::uint32_t sessions_loading(std::size_t g) noexcept {
    std::uint32_t sessions = 0;
    for (std::size_t s = 0; s != w.count; ++s) sessions += st.loads[s][g] != 0 ? 1U : 0U;
    return sessions;
  }
  SINEW_DETAIL_ALWAYS_INLINE constexpr double frequency_term(std::size_t g, double v, std::uint32_t sessions) noexcept {
    if (v == 0.0) return 0.0;
    const std::uint32_t want = possible[g] < o.sessions_per_group_min ? possible[g] : o.sessions_per_group_min;
    return want > sessions ? frequency_weight * static_cast<double>(want - sessions) : 0.0;
  }
  SINEW_DETAIL_ALWAYS_INLINE constexpr double calf_term(double straight, double bent) noexcept {
    return has_straight && has_bent && ((straight > 0.0) != (bent > 0.0)) ? 10.0 : 0.0;
  }
  constexpr void mark_group(std::size_t g) noexcept {
    const group_id id{static_cast<decltype(group_id::index)>(g)};
    for (std::size_t r = 0; r != 4; ++r) {
      if (st.groups[g] + by_role[r] > t.group_max[g] + 1e-9)
        over[r].insert(id);
      else
        over[r].erase(id);
    }
  }
  constexpr void mark_muscle(std::size_t s, std::size_t m) noexcept {
    const muscle_id id{static_cast<decltype(muscle_id::index)>(m)};
    if (st.direct[s][m] + 1.0 > t.session_sets_max + 1e-9)
      at_cap[s].insert(id);
    else
      at_cap[s].erase(id);
  }
  constexpr void refresh() noexcept {
    past_maximum = false;
    for (std::size_t g = 0; g != Model::group_count; ++g) {
      loaded[g] = sessions_loading(g);
      past_maximum = past_maximum || st.groups[g] > t.group_max[g] + 1e-9;
      group_now[g] = group_term(g, st.groups[g]);
      frequency_now[g] = frequency_term(g, st.groups[g], loaded[g]);
    }
    for (std::size_t a = 0; a != Model::action_count; ++a) action_now[a] = action_term(a, st.actions[a]);
    knee_now = knee_ratio ? ratio_term(st.actions[kf.index], st.actions[ke.index], o.knee_flexion_to_extension_min) : 0.0;
    hip_now = hip_ratio ? ratio_term(st.actions[ad.index], st.actions[ab.index], o.adduction_to_abduction_min) : 0.0;
    chain_now = chain_term(st.anterior, st.posterior);
    calf_now = calf_term(st.calf_straight, st.calf_bent);
  }
  // after a set of `gn` is applied: the terms it changed (its groups, the frequency of its prime
  // groups when it is the exercise's first set, its actions) and the week-wide ones; the others
  // keep their inputs, so their values stand
  constexpr void refresh_after(const gain& gn, bool first) noexcept {
    const auto group = [&](std::size_t g) {
      group_now[g] = group_term(g, st.groups[g]);
      frequency_now[g] = frequency_term(g, st.groups[g], loaded[g]);
    };
    for (std::size_t k = 0; k != gn.group_n; ++k) group(gn.group_at[k]);
    if (first) gn.prime_groups.for_each([&](group_id g) { group(g.index); });
    // a group past its maximum: the groups a set of no role's weight (0.0) takes past it,
    // which mark_group keeps (x + 0.0 is x)
    past_maximum = !over[0].empty();
    for (std::size_t k = 0; k != gn.action_n; ++k) action_now[gn.action_at[k]] = action_term(gn.action_at[k], st.actions[gn.action_at[k]]);
    knee_now = knee_ratio ? ratio_term(st.actions[kf.index], st.actions[ke.index], o.knee_flexion_to_extension_min) : 0.0;
    hip_now = hip_ratio ? ratio_term(st.actions[ad.index], st.actions[ab.index], o.adduction_to_abduction_min) : 0.0;
    chain_now = chain_term(st.anterior, st.posterior);
    calf_now = calf_term(st.calf_straight, st.calf_bent);
  }
  // the score of the state: the terms refresh() keeps, summed in a fixed order
  constexpr double score() noexcept {
    double total = 0.0;
    for (std::size_t g = 0; g != Model::group_count; ++g) total += group_now[g];
    for (std::size_t a = 0; a != Model::action_count; ++a) total += action_now[a];
    total += knee_now;
    total += hip_now;
    total += chain_now;
    required.for_each([&](group_id g) { total += frequency_now[g.index]; });
    total += calf_now;
    return total;
  }
  constexpr void apply(std::size_t s, std::size_t i, double sign) noexcept {
    const gain& gn = gains[s][i];
    const auto& it = w.sessions[s].items[i];
    // the groups a set adds nothing to keep their sums (x + 0.0 is x: no sum is ever -0.0)
    for (std::size_t k = 0; k != gn.group_n; ++k) {
      st.groups[gn.group_at[k]] += sign * gn.group_add[k];
      mark_group(gn.group_at[k]);
    }
    for (std::size_t k = 0; k != gn.action_n; ++k) st.actions[gn.action_at[k]] += sign * gn.action_add[k];
    st.anterior += sign * gn.anterior_add;
    st.posterior += sign * gn.posterior_add;
    for (std::size_t k = 0; k != gn.prime_n; ++k) {
      st.direct[s][gn.prime_at[k]] += sign;
      mark_muscle(s, gn.prime_at[k]);
    }
    st.seconds[s] += sign * gn.seconds;
    const bool first = sign > 0 ? it.sets == 0 : it.sets == 1;
    if (first)
      gn.prime_groups.for_each([&](group_id g) {
        const bool had = st.loads[s][g.index] != 0;
        st.loads[s][g.index] = static_cast<std::uint8_t>(st.loads[s][g.index] + (sign > 0 ? 1 : -1));
        // the sessions that load the group, as sessions_loading() counts them
        if (had != (st.loads[s][g.index] != 0)) loaded[g.index] = had ? loaded[g.index] - 1U : loaded[g.index] + 1U;
      });
    if (it.role == exercise_role::calf_straight_knee) st.calf_straight += sign;
    if (it.role == exercise_role::calf_bent_knee) st.calf_bent += sign;
    ++applied;
    refresh_after(gn, first);
  }
  // what one set more (sign 1) or fewer (sign -1) of item i of session s would change the score
  // by, from the terms it touches alone (score() after apply(s, i, sign), without applying it)
  SINEW_DETAIL_ALWAYS_INLINE constexpr double change(std::size_t s, std::size_t i, double sign) noexcept {
    const gain& gn = gains[s][i];
    const auto& it = w.sessions[s].items[i];
    double delta = 0.0;
    for (std::size_t k = 0; k != gn.group_n; ++k) {
      const std::size_t g = gn.group_at[k];
      delta += group_term(g, st.groups[g] + sign * gn.group_add[k]) - group_now[g];
    }
    for (std::size_t k = 0; k != gn.action_n; ++k) {
      const std::size_t a = gn.action_at[k];
      delta += action_term(a, st.actions[a] + sign * gn.action_add[k]) - action_now[a];
    }
    // a balance's side as the set leaves it (the same sum as the action's term read)
    const auto side = [&](action_id a, std::size_t at) {
      return at != gn.action_n ? st.actions[a.index] + sign * gn.action_add[at] : st.actions[a.index];
    };
    if (knee_ratio && (gn.at_kf != gn.action_n || gn.at_ke != gn.action_n))
      delta += ratio_term(side(kf, gn.at_kf), side(ke, gn.at_ke), o.knee_flexion_to_extension_min) - knee_now;
    if (hip_ratio && (gn.at_ad != gn.action_n || gn.at_ab != gn.action_n))
      delta += ratio_term(side(ad, gn.at_ad), side(ab, gn.at_ab), o.adduction_to_abduction_min) - hip_now;
    if (gn.anterior_add != 0.0 || gn.posterior_add != 0.0)
      delta += chain_term(st.anterior + sign * gn.anterior_add, st.posterior + sign * gn.posterior_add) - chain_now;
    const bool first = sign > 0 ? it.sets == 0 : it.sets == 1;
    for (std::size_t k = 0; k != gn.frequency_n; ++k) {
      const std::size_t g = gn.frequency_at[k];
      const std::uint32_t sessions = loaded[g];
      std::uint32_t after = sessions;
      if (first && gn.frequency_prime[k]) {
        const auto n = static_cast<std::uint8_t>(st.loads[s][g] + (sign > 0 ? 1 : -1));
        after = after - (st.loads[s][g] != 0 ? 1U : 0U) + (n != 0 ? 1U : 0U);
      }
      delta += frequency_term(g, st.groups[g] + sign * gn.frequency_add[k], after) - frequency_now[g];
    }
    if (it.role == exercise_role::calf_straight_knee)
      delta += calf_term(st.calf_straight + sign, st.calf_bent) - calf_now;
    if (it.role == exercise_role::calf_bent_knee)
      delta += calf_term(st.calf_straight, st.calf_bent + sign) - calf_now;
    return delta;
  }
  // whether a set more of item i of session s fits: the session's minutes, each group's maximum
  // (none past it already, unless a weight is negative) and each prime mover's hard sets in
  // the session (the sets apply() keeps)
  // (and, once the seeds are in, an exercise's first set: the session's exercises with a set
  // below c.session_exercises_max, and below c.muscle_exercises_max for each of its prime movers)
  SINEW_DETAIL_ALWAYS_INLINE constexpr bool room(std::size_t s, std::size_t i) noexcept {
    const gain& gn = gains[s][i];
    const auto& it = w.sessions[s].items[i];
    if (!gn.counted || it.sets >= max_generated_sets) return false;
    if (st.seconds[s] + gn.seconds > budget) return false;
    if (past_maximum && nonnegative) return false;
    for (std::size_t r = 0; r != 4; ++r)
      if (gn.capped_groups[r].intersects(over[r])) return false;
    if (gn.capped_muscles.intersects(at_cap[s])) return false;
    if (it.sets != 0 || seeding) return true;
    // the session's exercises with a set and its prime movers at their limit, the same until a
    // set is applied (every change of sets goes with one)
    if (size_at[s] != applied) {
      std::size_t held = 0;
      muscle_set once{}, twice{}, thrice{};  // the prime movers of 1, 2 and 3 or more of the session's exercises
      for (std::size_t k = 0; k != w.sessions[s].count; ++k) {
        if (!gains[s][k].counted || w.sessions[s].items[k].sets == 0) continue;
        ++held;
        const muscle_set& prime = gains[s][k].prime;
        thrice |= twice & prime;
        twice |= once & prime;
        once |= prime;
      }
      size_at[s] = applied;
      size_full[s] = held >= c.session_exercises_max;
      // a limit past 3 is not counted (the guide's figure is 3)
      size_muscles[s] = c.muscle_exercises_max > 3 ? muscle_set{} : c.muscle_exercises_max == 3 ? thrice
                                                                : c.muscle_exercises_max == 2 ? twice
                                                                                              : once;
    }
    return !size_full[s] && !size_muscles[s].intersects(gn.prime);
  }
  // a balance the analysis would warn about that a set of this isolation closes (knee
  // flexion to extension, adduction to abduction: a compound loads both sides or neither)
  SINEW_DETAIL_ALWAYS_INLINE constexpr bool closes_balance(std::size_t s, std::size_t i) noexcept {
    const gain& gn = gains[s][i];
    // x among the set's loads (action_at's first loads_n), short of ref times y
    const auto short_of = [&](action_id x, std::size_t at_x, action_id y, double ref) {
      return at_x < gn.loads_n && st.actions[x.index] < ref * st.actions[y.index] - 1e-9;
    };
    return (knee_ratio && (short_of(kf, gn.at_kf, ke, o.knee_flexion_to_extension_min) ||
                           short_of(ke, gn.at_ke, kf, o.knee_flexion_to_extension_min))) ||
           (hip_ratio && (short_of(ad, gn.at_ad, ab, o.adduction_to_abduction_min) ||
                          short_of(ab, gn.at_ab, ad, o.adduction_to_abduction_min)));
  }
  // the shape of a session: an isolation gets no more sets than the session's main compound
  // (its compound with the most sets) while a compound of the session has room for a set,
  // unless the set closes what the analysis would warn about (the week's minimums and
  // balances come first); when no compound has room (a range's top, the hard sets per
  // session, the minutes), the isolation may pass it too
  SINEW_DETAIL_ALWAYS_INLINE constexpr bool allowed(std::size_t s, std::size_t i) noexcept {
    if (!room(s, i)) return false;
    const auto& ss = w.sessions[s];
    if (gains[s][i].compound) return true;
    // the session's compounds (i is not one): the same for each isolation of the session until a
    // set is applied (every change of sets goes with one) or the session's seconds move (what
    // room() reads of a compound with sets)
    if (shape_at[s] != applied || shape_seconds[s] != st.seconds[s]) {
      bool grows = false;
      std::uint8_t top = 0;
      for (std::size_t k = 0; k != ss.count; ++k) {
        if (!gains[s][k].counted || ss.items[k].sets == 0 || !gains[s][k].compound) continue;
        grows = grows || room(s, k);
        top = ss.items[k].sets > top ? ss.items[k].sets : top;
      }
      shape_at[s] = applied;
      shape_seconds[s] = st.seconds[s];
      shape_grows[s] = grows;
      shape_top[s] = top;
    }
    return !shape_grows[s] || ss.items[i].sets < shape_top[s] || closes_balance(s, i);
  }
  // and a set taken back keeps that shape: a compound keeps as many sets as each isolation
  constexpr bool shape_keeps(std::size_t s, std::size_t i) noexcept {
    const auto& ss = w.sessions[s];
    if (!gains[s][i].compound) return true;
    std::uint8_t top = 0, iso = 0;
    for (std::size_t k = 0; k != ss.count; ++k) {
      if (!gains[s][k].counted) continue;
      std::uint8_t& x = gains[s][k].compound ? top : iso;
      if (k != i) x = ss.items[k].sets > x ? ss.items[k].sets : x;
    }
    const std::uint8_t left = static_cast<std::uint8_t>(ss.items[i].sets - 1);
    return (left > top ? left : top) >= iso;
  }

  // a set before the search, which the search keeps
  constexpr void seed(std::size_t s, std::size_t i) noexcept {
    apply(s, i, 1.0);
    ++w.sessions[s].items[i].sets;
    kept[s][i] = w.sessions[s].items[i].sets;
  }
  // sets of action x's isolations, one at a time across sessions, until it has `want` (within
  // the session's shape unless `past_shape`; see seed_week)
  constexpr void seed_action(action_id x, double want, bool past_shape) noexcept {
    const exercise_role role = detail::role_for_action<Model>(x);
    if (!Model::has(x) || role == exercise_role::required) return;
    for (bool added = true; added && st.actions[x.index] < want - 1e-9;) {
      added = false;
      for (std::size_t s = 0; s != w.count && st.actions[x.index] < want - 1e-9; ++s)
        for (std::size_t i = 0; i != w.sessions[s].count; ++i)
          if (w.sessions[s].items[i].role == role && gains[s][i].counted && (past_shape ? room(s, i) : allowed(s, i))) {
            seed(s, i);
            added = true;
            break;
          }
    }
  }

  // the seeds: what the request requires, the main lifts, the asked actions, coverage, quad dominance
  constexpr void seed_week() noexcept {
    // what the request requires keeps a set at least
    for (std::size_t s = 0; s != w.count; ++s)
      for (std::size_t i = 0; i != w.sessions[s].count; ++i)
        if (w.sessions[s].items[i].role == exercise_role::required && gains[s][i].counted) seed(s, i);
    // the main lift first: a set for each session's first compound (its squat pattern, or
    // its hinge in a hinge session), but its squat pattern where it holds one once a hinge of
    // the week has its set (in a beginner's six-day strength week, two hinges' sets left the
    // hamstrings' range no room for the knee flexion its balance asks: 3 sets to knee
    // extension's 6 with every seed); more compound sets only where the search finds them best
    bool hinged = false;
    for (std::size_t s = 0; s != w.count; ++s) {
      std::size_t first = max_session_exercises, squat = max_session_exercises;
      for (std::size_t i = 0; i != w.sessions[s].count; ++i) {
        const exercise_role role = w.sessions[s].items[i].role;
        if (!gains[s][i].counted || (role != exercise_role::knee_compound && role != exercise_role::hinge)) continue;
        if (first == max_session_exercises) first = i;
        if (role == exercise_role::knee_compound && squat == max_session_exercises) squat = i;
      }
      if (first == max_session_exercises) continue;
      const std::size_t i = hinged && squat != max_session_exercises ? squat : first;
      hinged = hinged || w.sessions[s].items[i].role == exercise_role::hinge;
      if (w.sessions[s].items[i].sets == 0 && allowed(s, i)) seed(s, i);
    }
    // then the conditions' and priorities' actions, to their minimum, on the isolations that
    // train them alone, a set at a time across sessions: within each session's shape first
    // (with one session, past it at once); then a condition's past it where the shape leaves
    // it short (before the search a main compound holds one set: a one-session week held 2
    // sets of hip abduction where knee valgus asks 3, and a beginner's strength week of 2-6
    // days 2 of the 3 sets of external rotation, which the search then had no room for). Not a
    // priority's: its 6 sets past the shape took the room that random requests' calves and
    // uncovered actions needed. The other side of their balance with them (adduction to
    // abduction's ratio) stays within the shape: passing it left adduction past its ratio to
    // abduction in 5-day weeks
    detail::asked_actions<Model>(*c.request).for_each([&](action_id x) { seed_action(x, t.action_min[x.index], w.count == 1); });
    condition_actions<Model>(c.request->conditions).for_each([&](action_id x) { seed_action(x, t.action_min[x.index], true); });
    if (Model::has(ab) && Model::has(ad)) seed_action(ad, o.adduction_to_abduction_min * st.actions[ab.index], false);
    // coverage first: one set for the first exercise of each isolation role (the calves'
    // bent knee in another session than the straight knee where the week allows), so
    // that no group's weekly maximum nor a muscle's per-session cap is spent before the
    // work the analysis requires covered (an action, a knee position, a side of a balance)
    {
      detail::array<std::size_t, exercise_role_count> seed_s{}, seed_i{};
      for (auto& x : seed_s) x = max_week_sessions;
      const auto straight = static_cast<std::size_t>(exercise_role::calf_straight_knee);
      for (std::size_t s = 0; s != w.count; ++s)
        for (std::size_t i = 0; i != w.sessions[s].count; ++i) {
          const auto role = static_cast<std::size_t>(w.sessions[s].items[i].role);
          if (role < static_cast<std::size_t>(exercise_role::knee_extensor) ||
              role > static_cast<std::size_t>(exercise_role::calf_bent_knee) || !gains[s][i].counted)
            continue;
          const bool better = seed_s[role] == max_week_sessions ||
                              (role == straight + 1 && seed_s[role] == seed_s[straight] && s != seed_s[straight]);
          if (better) {
            seed_s[role] = s;
            seed_i[role] = i;
          }
        }
      for (std::size_t role = 0; role != exercise_role_count; ++role)
        if (seed_s[role] != max_week_sessions && allowed(seed_s[role], seed_i[role])) seed(seed_s[role], seed_i[role]);
    }
    seeding = false;
    current = score();
  }

  // an item that may open a session under quad dominance (detail::opens_posterior, the ordering's rule)
  constexpr bool posterior_opener(std::size_t s, std::size_t i) const noexcept {
    return gains[s][i].counted && detail::opens_posterior(c, w.sessions[s].items[i].exercise, posterior_chain);
  }
  constexpr bool opened(std::size_t s) const noexcept {
    for (std::size_t i = 0; i != w.sessions[s].count; ++i)
      if (posterior_opener(s, i) && w.sessions[s].items[i].sets != 0) return true;
    return false;
  }
  // whether a first set of item i may go after the search: under quad dominance, not one that
  // would open a session without a posterior-chain opener (a six-day bodyweight week's calf day
  // whose calf raises had no room left opened with a hanging knee raise; without it the day is
  // left out as a rest day)
  constexpr bool opens_well(std::size_t s, std::size_t i) const noexcept {
    return !quad_dominance || posterior_opener(s, i) || opened(s);
  }

  // quad dominance: a set of posterior-chain work in every session that holds none after the
  // search, to open it with (given before the search, one in every session of a six-day week,
  // the calf raises opening its calf days filled the calves' range, which a leg curl counts in
  // too, and knee flexion stayed short of its balance)
  constexpr void open_posterior() noexcept {
    if (!quad_dominance) return;
    bool added = false;
    for (std::size_t s = 0; s != w.count; ++s)
      for (std::size_t i = 0; i != w.sessions[s].count && !opened(s); ++i)
        if (posterior_opener(s, i) && allowed(s, i)) {
          seed(s, i);
          added = true;
        }
    if (added) current = score();
  }

  // the stuck search's pairs (out of line: it runs at the search's last steps alone, and the
  // scan's loop is compiled better without it)
  SINEW_DETAIL_NOINLINE constexpr void pair_search(double base, double& best, std::size_t& bs, std::size_t& bi) noexcept {
    // A pair's score is the scan's score, plus what each set changes alone, plus, for each
    // term both touch, how the term bends between them (its value after both, less its value
    // after each alone, plus its value now). Most bends are not negative: a group's sum and an
    // action's are convex along sets that both add to them (nonnegative weights), and so is a
    // required group's frequency term once the group has volume (it falls, less and less, as
    // sessions are added; two first sets in one session add one session, which bends it up
    // too). The others are bent here: the balances, the chains, the calves' knee positions
    // and the frequency of a group without volume yet. A pair that cannot take the score
    // below what the search asks, by that sum with a margin over the rounding, is not tried:
    // its second set is not scored, and none of them when every pair of the first is so.
    bool convex = nonnegative && balance_weight >= 0.0;
    group_set volume{};
    for (std::size_t g = 0; g != Model::group_count; ++g) {
      convex = convex && t.group_weight[g] >= 0.0;
      if (st.groups[g] > 0.0) volume.insert(group_id{static_cast<decltype(group_id::index)>(g)});
    }
    const double threshold = best - 1e-9 + 1e-10;
    // each item's set alone, before any first set is applied: what it changes, the balances',
    // chains' and calves' terms it leaves, and for each required group without volume its
    // frequency term and whether the first set adds a session. `open`: a set has room (room()
    // only shrinks as sets are added: an item without room gets none after a first set
    // either). What it touches: the required groups whose frequency it may change (those it
    // works as a prime mover), the balances, one of the calves' knee positions
    struct single {
      bool open;
      double change, knee, hip, chain, calf;
      detail::array<double, Model::group_count> frequency;
      group_set adds_session, frequency_groups, frequency_primes;
      bool knee_balance, hip_balance, calf_position;
    };
    detail::array<detail::array<single, max_session_exercises>, max_week_sessions> alone;
    detail::array<detail::array<bool, max_session_exercises>, max_week_sessions> alone_read{};
    // what an item's set adds to the action at `at` (0 where it does not touch it)
    const auto adds = [&](const gain& gn, std::size_t at) { return at != gn.action_n ? gn.action_add[at] : 0.0; };
    const auto knee_at = [&](double flexion, double extension) {
      return ratio_term(flexion, extension, o.knee_flexion_to_extension_min);
    };
    const auto hip_at = [&](double adduction, double abduction) {
      return ratio_term(adduction, abduction, o.adduction_to_abduction_min);
    };
    const auto calf_of = [&](std::size_t s, std::size_t i, exercise_role r) {
      return w.sessions[s].items[i].role == r ? 1.0 : 0.0;
    };
    constexpr auto straight = exercise_role::calf_straight_knee, bent = exercise_role::calf_bent_knee;
    // an item's, read the first time a pair asks for it (every pair is read before its first set
    // is applied): the reading out of line, the lookup at each call (inlined, it is most calls)
    const auto read_single = [&](std::size_t s, std::size_t i) SINEW_DETAIL_OUT_OF_LINE_LAMBDA -> const single& {
      single& x = alone[s][i];
      alone_read[s][i] = true;
      const gain& gn = gains[s][i];
      x.open = convex && !gn.inert && room(s, i);
      if (x.open) {
        x.change = change(s, i, 1.0);
        x.frequency_groups = x.frequency_primes = {};
        for (std::size_t k = 0; k != gn.frequency_n; ++k) {
          const group_id g{static_cast<decltype(group_id::index)>(gn.frequency_at[k])};
          x.frequency_groups.insert(g);
          if (gn.frequency_prime[k]) x.frequency_primes.insert(g);
        }
        x.knee_balance = gn.at_kf != gn.action_n || gn.at_ke != gn.action_n;
        x.hip_balance = gn.at_ad != gn.action_n || gn.at_ab != gn.action_n;
        x.calf_position = calf_of(s, i, straight) + calf_of(s, i, bent) != 0.0;
        x.knee = knee_at(st.actions[kf.index] + adds(gn, gn.at_kf), st.actions[ke.index] + adds(gn, gn.at_ke));
        x.hip = hip_at(st.actions[ad.index] + adds(gn, gn.at_ad), st.actions[ab.index] + adds(gn, gn.at_ab));
        x.chain = chain_term(st.anterior + gn.anterior_add, st.posterior + gn.posterior_add);
        x.calf = calf_term(st.calf_straight + calf_of(s, i, straight), st.calf_bent + calf_of(s, i, bent));
        x.adds_session = {};
        const bool first = w.sessions[s].items[i].sets == 0;
        (x.frequency_groups - volume).for_each([&](group_id id) {
          const std::size_t g = id.index;
          const bool more = first && x.frequency_primes.contains(id) && st.loads[s][g] == 0;
          if (more) x.adds_session.insert(id);
          x.frequency[g] = frequency_term(g, st.groups[g] + gn.role_add[g], loaded[g] + (more ? 1U : 0U));
        });
      }
      return x;
    };
    const auto single_of = [&](std::size_t s, std::size_t i) SINEW_DETAIL_INLINE_LAMBDA -> const single& {
      return alone_read[s][i] ? alone[s][i] : read_single(s, i);
    };
    // whether a set of (s2, i2) after one of (s, i) cannot take the score below best (both
    // read before the first is applied; the same item twice: its first set counts a session,
    // its second does not)
    const auto hopeless = [&](std::size_t s, std::size_t i, std::size_t s2, std::size_t i2) {
      const gain& gx = gains[s][i];
      const gain& gy = gains[s2][i2];
      const single& x = single_of(s, i);
      const single& y = single_of(s2, i2);
      double total = base + x.change + y.change;
      if (total < threshold) return false;
      if (knee_ratio && x.knee_balance && y.knee_balance)
        total += knee_at(st.actions[kf.index] + adds(gx, gx.at_kf) + adds(gy, gy.at_kf),
                         st.actions[ke.index] + adds(gx, gx.at_ke) + adds(gy, gy.at_ke)) -
                 x.knee - y.knee + knee_now;
      if (hip_ratio && x.hip_balance && y.hip_balance)
        total += hip_at(st.actions[ad.index] + adds(gx, gx.at_ad) + adds(gy, gy.at_ad),
                        st.actions[ab.index] + adds(gx, gx.at_ab) + adds(gy, gy.at_ab)) -
                 x.hip - y.hip + hip_now;
      if ((gx.anterior_add != 0.0 || gx.posterior_add != 0.0) && (gy.anterior_add != 0.0 || gy.posterior_add != 0.0))
        total += chain_term(st.anterior + gx.anterior_add + gy.anterior_add, st.posterior + gx.posterior_add + gy.posterior_add) -
                 x.chain - y.chain + chain_now;
      if (x.calf_position && y.calf_position)
        total += calf_term(st.calf_straight + calf_of(s, i, straight) + calf_of(s2, i2, straight),
                           st.calf_bent + calf_of(s, i, bent) + calf_of(s2, i2, bent)) -
                 x.calf - y.calf + calf_now;
      ((x.frequency_groups & y.frequency_groups) - volume).for_each([&](group_id id) {
        const std::size_t g = id.index;
        // two first sets in one session add one session to a group they both work
        const bool nx = x.adds_session.contains(id), ny = y.adds_session.contains(id);
        const std::uint32_t n = loaded[g] + (nx ? 1U : 0U) + (ny ? 1U : 0U) - (nx && ny && s == s2 ? 1U : 0U);
        total += frequency_term(g, st.groups[g] + gx.role_add[g] + gy.role_add[g], n) - x.frequency[g] - y.frequency[g] +
                 frequency_now[g];
      });
      return total >= threshold;
    };
    // The most a second set can add to each balance's action and push the chains' term either
    // way (over the items that are not inert: room or not, a bound). A first set is `flat`
    // when none of its bends can be negative, whatever the second: each balance and the chains'
    // term it touches keep one side of their kinks (and their indicators) over every pair's
    // sums, the calves' term cannot change, and each required group it may change has volume.
    // Its pairs are then judged by what each set changes alone.
    double reach_kf = 0.0, reach_ke = 0.0, reach_ad = 0.0, reach_ab = 0.0, push_up = 0.0, push_down = 0.0;
    const auto push = [&](const gain& gn) { return o.posterior_to_anterior_min * gn.anterior_add - gn.posterior_add; };
    for (std::size_t s = 0; s != w.count; ++s)
      for (std::size_t i = 0; i != w.sessions[s].count; ++i) {
        const gain& gn = gains[s][i];
        if (gn.inert) continue;
        const auto most = [](double& x, double v) { x = v > x ? v : x; };
        most(reach_kf, adds(gn, gn.at_kf));
        most(reach_ke, adds(gn, gn.at_ke));
        most(reach_ad, adds(gn, gn.at_ad));
        most(reach_ab, adds(gn, gn.at_ab));
        most(push_up, push(gn));
        most(push_down, -push(gn));
      }
    // a term max(0, p) of an affine p keeps one side of its kink over [lo, hi]
    const auto one_side = [](double lo, double hi) { return lo >= 0.0 || hi <= 0.0; };
    // a balance's term (ratio_term) over the box of its sides' sums
    const auto balance_flat = [&](double x0, double x1, double y0, double y1, double ref) {
      return one_side(ref * y0 + 1e-6 - x1, ref * y1 + 1e-6 - x0) && one_side(ref * x0 + 1e-6 - y1, ref * x1 + 1e-6 - y0) &&
             (y0 > 0.0 || y1 == y0) && (x0 > 0.0 || x1 == x0);
    };
    const auto flat = [&](std::size_t s, std::size_t i) {
      const gain& gn = gains[s][i];
      const single& x = single_of(s, i);
      if (knee_ratio && x.knee_balance) {
        const double f0 = st.actions[kf.index], e0 = st.actions[ke.index];
        if (!balance_flat(f0, f0 + adds(gn, gn.at_kf) + reach_kf, e0, e0 + adds(gn, gn.at_ke) + reach_ke,
                          o.knee_flexion_to_extension_min))
          return false;
      }
      if (hip_ratio && x.hip_balance) {
        const double d0 = st.actions[ad.index], b0 = st.actions[ab.index];
        if (!balance_flat(d0, d0 + adds(gn, gn.at_ad) + reach_ad, b0, b0 + adds(gn, gn.at_ab) + reach_ab,
                          o.adduction_to_abduction_min))
          return false;
      }
      if (gn.anterior_add != 0.0 || gn.posterior_add != 0.0) {
        const double now = o.posterior_to_anterior_min * st.anterior + 1e-6 - st.posterior, own = push(gn);
        if (!one_side(now + (own < 0.0 ? own : 0.0) - push_down, now + (own > 0.0 ? own : 0.0) + push_up)) return false;
      }
      if (x.calf_position && has_straight && has_bent && !(st.calf_straight > 0.0 && st.calf_bent > 0.0)) return false;
      return (x.frequency_groups - volume).empty();
    };
    // whether some pair of the first item may close more (it is scored at once then)
    const auto worth_trying = [&](std::size_t s, std::size_t i) {
      if (!single_of(s, i).open) return true;
      const bool alone_decides = flat(s, i);
      const double first = base + single_of(s, i).change;
      for (std::size_t s2 = 0; s2 != w.count; ++s2)
        for (std::size_t i2 = 0; i2 != w.sessions[s2].count; ++i2) {
          if (gains[s2][i2].inert || !single_of(s2, i2).open) continue;
          if (alone_decides ? first + single_of(s2, i2).change < threshold : !hopeless(s, i, s2, i2)) return true;
        }
      return false;
    };
    for (std::size_t s = 0; s != w.count && bs == max_week_sessions; ++s)
      for (std::size_t i = 0; i != w.sessions[s].count && bs == max_week_sessions; ++i) {
        if (gains[s][i].inert || !allowed(s, i) || !worth_trying(s, i)) continue;
        apply(s, i, 1.0);
        ++w.sessions[s].items[i].sets;
        const double with_first = score();
        for (std::size_t s2 = 0; s2 != w.count && bs == max_week_sessions; ++s2)
          for (std::size_t i2 = 0; i2 != w.sessions[s2].count; ++i2) {
            if (gains[s2][i2].inert || !allowed(s2, i2)) continue;
            const double v = with_first + change(s2, i2, 1.0);
            st.seconds[s2] = (st.seconds[s2] + gains[s2][i2].seconds) - gains[s2][i2].seconds;
            if (v < best - 1e-9) {
              best = v;
              bs = s2;
              bi = i2;
              break;
            }
          }
        if (bs == max_week_sessions) {
          apply(s, i, -1.0);
          --w.sessions[s].items[i].sets;
        }
      }
  }

  // the search: one set at a time, the one that lowers the score most
  constexpr void search() noexcept {
    for (std::size_t step = 0; step != 256 && current > 1e-9; ++step) {
      double best = current, base = score();
      std::size_t bs = max_week_sessions, bi = 0;
      for (std::size_t s = 0; s != w.count; ++s)
        for (std::size_t i = 0; i != w.sessions[s].count; ++i) {
          if (gains[s][i].inert || !allowed(s, i)) continue;
          const double v = base + change(s, i, 1.0);
          // the session's seconds as a set added and taken back leave them (rounding included)
          st.seconds[s] = (st.seconds[s] + gains[s][i].seconds) - gains[s][i].seconds;
          // equal gains: the session with the least work so far, so the week stays even
          if (v < best - 1e-9 || (bs != max_week_sessions && v < best + 1e-9 && st.seconds[s] < st.seconds[bs])) {
            best = v;
            bs = s;
            bi = i;
          }
        }
      // or, when no set added closes more, one set fewer where that does (a balance the adds overshot)
      bool remove = false;
      for (std::size_t s = 0; s != w.count && bs == max_week_sessions; ++s)
        for (std::size_t i = 0; i != w.sessions[s].count; ++i) {
          auto& it = w.sessions[s].items[i];
          if (!gains[s][i].counted || it.sets <= kept[s][i] || !shape_keeps(s, i)) continue;
          if (gains[s][i].compound) continue;
          const double v = base + change(s, i, -1.0);
          if (v < best - 1e-9) {
            best = v;
            bs = s;
            bi = i;
            remove = true;
          }
        }
      // stuck (each single set costs more than it closes, as when a balance and a minimum pull
      // apart): two sets at once, the first that closes more
      if (bs == max_week_sessions) pair_search(base, best, bs, bi);
      // stuck still, with an action short of its minimum (a condition's, a priority's, a
      // coverage's) whose exercises have no room: a set moved to one of them from an exercise
      // of the week, one set fewer there and one more on the short action, when the week scores
      // better for it. A group's maximum spent before the short action's exercise could take its
      // sets is the case: in strength weeks of 2-3 days the deadlifts took the hamstrings to their
      // maximum while knee flexion stayed under its share of the quadriceps' sets, and the week was
      // refused; a deadlift's set moved to a leg curl closes it
      if (bs == max_week_sessions) {
        action_set short_of{};
        for (std::size_t a = 0; a != Model::action_count; ++a)
          if (t.action_min[a] > 0.0 && st.actions[a] < t.action_min[a] - 1e-9)
            short_of.insert(action_id{static_cast<decltype(action_id::index)>(a)});
        for (std::size_t s = 0; s != w.count && bs == max_week_sessions && !short_of.empty(); ++s)
          for (std::size_t i = 0; i != w.sessions[s].count && bs == max_week_sessions; ++i) {
            if (!gains[s][i].counted || !gains[s][i].loads.intersects(short_of) || allowed(s, i)) continue;
            for (std::size_t s2 = 0; s2 != w.count && bs == max_week_sessions; ++s2)
              for (std::size_t i2 = 0; i2 != w.sessions[s2].count; ++i2) {
                auto& from = w.sessions[s2].items[i2];
                if ((s2 == s && i2 == i) || !gains[s2][i2].counted || from.sets <= kept[s2][i2] || !shape_keeps(s2, i2) ||
                    gains[s2][i2].loads.intersects(short_of))
                  continue;
                const double seconds = st.seconds[s2];
                apply(s2, i2, -1.0);
                --from.sets;
                if (allowed(s, i)) {
                  const double v = score() + change(s, i, 1.0);
                  st.seconds[s] = (st.seconds[s] + gains[s][i].seconds) - gains[s][i].seconds;
                  if (v < best - 1e-9) {
                    best = v;
                    bs = s;
                    bi = i;
                    break;  // the set taken from `from` stays taken
                  }
                }
                apply(s2, i2, 1.0);
                ++from.sets;
                st.seconds[s2] = seconds;
              }
          }
      }
      if (bs == max_week_sessions) break;
      if (remove) {
        apply(bs, bi, -1.0);
        --w.sessions[bs].items[bi].sets;
      } else {
        apply(bs, bi, 1.0);
        ++w.sessions[bs].items[bi].sets;
      }
      current = best;
    }
  }

  // what of the score the analysis would warn about: the groups' floors, the actions' minimums,
  // the balances, the chains, the calves' knee positions, and (strength only, as weighed) the
  // sessions per group; a group's target and ceiling are not warnings
  constexpr double warned() noexcept {
    double total = 0.0;
    for (std::size_t g = 0; g != Model::group_count; ++g) total += 10.0 * deficit(t.group_floor[g], st.groups[g]);
    for (std::size_t a = 0; a != Model::action_count; ++a) total += action_now[a];
    total += knee_now + hip_now + chain_now + calf_now;
    if (c.options.goal == training_goal::strength) required.for_each([&](group_id g) { total += frequency_now[g.index]; });
    return total;
  }
  // a compound's set keeps the session's shape: its main compound as many sets as each isolation
  constexpr bool compound_keeps_shape(std::size_t s, std::size_t i) noexcept {
    if (!gains[s][i].compound) return true;
    std::uint8_t top = static_cast<std::uint8_t>(w.sessions[s].items[i].sets + 1), iso = 0;
    for (std::size_t k = 0; k != w.sessions[s].count; ++k) {
      if (!gains[s][k].counted) continue;
      std::uint8_t& x = gains[s][k].compound ? top : iso;
      x = w.sessions[s].items[k].sets > x ? w.sessions[s].items[k].sets : x;
    }
    return top >= iso;
  }

  // a group that an exercise of the week works as a prime mover but none with a set does (the
  // lower back of a deadlift the search gave no set: the hamstrings had theirs from a curl):
  // a set for the exercise that costs the score least, where allowed() finds room; where none
  // has room (a group it also works at its maximum: the glutes of a superman), a set moved to
  // it from an exercise the search gave it (its last set only where the week's other exercises
  // hold every group it works as a prime mover), where the analysis warns of nothing more
  constexpr void cover_primed_groups() noexcept {
    {
      group_set primed{}, held{};
      for (std::size_t s = 0; s != w.count; ++s)
        for (std::size_t i = 0; i != w.sessions[s].count; ++i) {
          if (!gains[s][i].counted) continue;
          primed |= gains[s][i].prime_groups;
          if (w.sessions[s].items[i].sets != 0) held |= gains[s][i].prime_groups;
        }
      (primed - held).for_each([&](group_id g) {
        if (held.contains(g)) return;
        std::size_t bs = max_week_sessions, bi = 0;
        double best = 0.0;
        for (std::size_t s = 0; s != w.count; ++s)
          for (std::size_t i = 0; i != w.sessions[s].count; ++i) {
            if (!gains[s][i].prime_groups.contains(g) || !allowed(s, i) || !compound_keeps_shape(s, i) ||
                (w.sessions[s].items[i].sets == 0 && !opens_well(s, i)))
              continue;
            const double v = change(s, i, 1.0);
            if (bs == max_week_sessions || v < best - 1e-9) {
              best = v;
              bs = s;
              bi = i;
            }
          }
        // the groups the week's other exercises with a set work as prime movers: an exercise's
        // last set may move where these hold all of its own
        const auto held_elsewhere = [&](std::size_t s2, std::size_t i2) {
          group_set other{};
          for (std::size_t s3 = 0; s3 != w.count; ++s3)
            for (std::size_t i3 = 0; i3 != w.sessions[s3].count; ++i3)
              if ((s3 != s2 || i3 != i2) && gains[s3][i3].counted && w.sessions[s3].items[i3].sets != 0)
                other |= gains[s3][i3].prime_groups;
          return other;
        };
        std::size_t ds = max_week_sessions, di = 0;
        if (bs == max_week_sessions) {
          const double warned_before = warned();
          for (std::size_t s = 0; s != w.count; ++s)
            for (std::size_t i = 0; i != w.sessions[s].count; ++i) {
              if (!gains[s][i].counted || !gains[s][i].prime_groups.contains(g)) continue;
              for (std::size_t s2 = 0; s2 != w.count; ++s2)
                for (std::size_t i2 = 0; i2 != w.sessions[s2].count; ++i2) {
                  auto& from = w.sessions[s2].items[i2];
                  if ((s2 == s && i2 == i) || !gains[s2][i2].counted || from.sets == 0 || from.sets <= kept[s2][i2] ||
                      !shape_keeps(s2, i2) || (from.sets == 1 && !(gains[s2][i2].prime_groups - held_elsewhere(s2, i2)).empty()))
                    continue;
                  const double seconds = st.seconds[s], seconds2 = st.seconds[s2];
                  apply(s2, i2, -1.0);
                  --from.sets;
                  if (allowed(s, i) && compound_keeps_shape(s, i) && (w.sessions[s].items[i].sets != 0 || opens_well(s, i))) {
                    apply(s, i, 1.0);
                    ++w.sessions[s].items[i].sets;
                    const double v = score();
                    if (warned() <= warned_before + 1e-9 && (bs == max_week_sessions || v < best - 1e-9)) {
                      best = v;
                      bs = s;
                      bi = i;
                      ds = s2;
                      di = i2;
                    }
                    apply(s, i, -1.0);
                    --w.sessions[s].items[i].sets;
                  }
                  apply(s2, i2, 1.0);
                  ++from.sets;
                  st.seconds[s] = seconds;
                  st.seconds[s2] = seconds2;
                }
            }
        }
        if (bs == max_week_sessions) return;
        if (ds != max_week_sessions) {
          apply(ds, di, -1.0);
          --w.sessions[ds].items[di].sets;
        }
        apply(bs, bi, 1.0);
        ++w.sessions[bs].items[bi].sets;
        held |= gains[bs][bi].prime_groups;
      });
    }
  }

  constexpr void fill_sessions() noexcept {
    // a session the search left short of c.session_exercises_min exercises with a set: a first
    // set for the exercises it holds without one, the one that costs the score least first,
    // where room() allows (a group's maximum, the hard sets, the minutes, the limits) and the
    // week's balances (knee flexion to extension, adduction to abduction, the chains, the calves'
    // knee positions) get no worse
    for (std::size_t s = 0; s != w.count; ++s)
      for (;;) {
        std::size_t held = 0, bi = max_session_exercises;
        double best = 0.0;
        const double balance = knee_now + hip_now + chain_now + calf_now;
        for (std::size_t i = 0; i != w.sessions[s].count; ++i) held += gains[s][i].counted && w.sessions[s].items[i].sets != 0 ? 1U : 0U;
        if (held >= c.session_exercises_min) break;
        for (std::size_t i = 0; i != w.sessions[s].count; ++i) {
          auto& it = w.sessions[s].items[i];
          if (it.sets != 0 || !allowed(s, i) || !opens_well(s, i)) continue;
          const double seconds = st.seconds[s];
          apply(s, i, 1.0);
          ++it.sets;
          const double v = score();
          const bool worse = knee_now + hip_now + chain_now + calf_now > balance + 1e-9;
          apply(s, i, -1.0);
          --it.sets;
          st.seconds[s] = seconds;
          if (!worse && (bi == max_session_exercises || v < best - 1e-9)) {
            best = v;
            bi = i;
          }
        }
        if (bi == max_session_exercises) break;
        apply(s, bi, 1.0);
        ++w.sessions[s].items[bi].sets;
      }
  }
};

}  // namespace detail
}  // namespace sinew
