// The volume block: weekly fractional set targets per group, from the
// analysis' own ranges for the goal and level (options_for(request).
// ranges_in_force(): one source), a quarter of the way into each range (the
// top of it for a prioritised group), and the least sets each action needs
// (covered at all; the conditions' priority actions the analysis' condition
// sets; what a priority asks twice that: its actions, the main actions of a
// prioritised group the analysis does not range, the primary actions of a
// prioritised muscle; a prioritised unranged group twice that as a minimum of
// its own). Then it gives the chosen exercises
// their sets, one at a time, always the set that closes the most of what is
// still missing (group minimums, action minimums, the analysis' balance
// ratios, two sessions a week per group where the schedule allows, both knee
// positions for the calves), never past a group's maximum, the analysis' hard
// sets per muscle per session, five sets per exercise or the session's minutes.
// With a priority the search runs twice: first without it, so that the priority's
// actions and groups ask at least what the same exercises get without it.
// The session's size (c.session_exercises_min, _max, muscle_exercises_max):
// once the seeds are in, no exercise gets a first set past the session's
// maximum or a prime mover's; after the search, a session short of the minimum
// gives a first set to the exercises it holds without one, the cheapest first,
// where room allows and the balances get no worse. Before that, each group an
// exercise of the week works as a prime mover but none with a set does (the
// shin's accessory, a deadlift left without sets) gets a set on the exercise that
// costs the score least, where room allows and the session keeps its shape. The
// search skips an exercise no set of which can lower the score (`inert`: every
// term it touches is flat or rises with it).
// The shape of a session: an isolation gets no more sets than the session's
// main compound (its compound with the most sets) while a compound of the
// session has room for a set, unless the set closes a balance the analysis
// would warn about (knee flexion to extension, adduction to abduction); the
// search never takes back a compound set that would break that shape.
// Sets are counted as the analysis counts them (the exercise's profile, the
// options' weights). A user's VolumePolicy:
//   volume_targets<Model> targets(const generation_context<Model>&) const
//   result<week_draft> allocate(const generation_context<Model>&, const volume_targets<Model>&, const week_draft&) const
#pragma once

#include <cstddef>
#include <cstdint>


#include <sinew/detail/traits.hpp>
#include <sinew/generation/detail/volume_search.hpp>

namespace sinew {

template <class V, class Model>
concept VolumePolicy = requires(const V& v, const generation_context<Model>& c, const volume_targets<Model>& t,
                                const week_draft& w) {
  { v.targets(c) } -> detail::convertible_to<volume_targets<Model>>;
  { v.allocate(c, t, w) } -> detail::convertible_to<result<week_draft>>;
};

/// The default volume policy (see the header's paragraph).
struct default_volume {
  template <class Model>
  [[nodiscard]] constexpr volume_targets<Model> targets(const generation_context<Model>& c) const noexcept {
    volume_targets<Model> t{};
    const plan_request& q = *c.request;
    const group_set prio = detail::prioritised_groups<Model>(q);
    for (auto& m : t.group_max) m = 1e9;
    // a prioritised group the analysis does not range: twice a condition's sets, weighed as a priority
    prio.for_each([&](group_id g) {
      if (detail::ranged<Model>(c.options, g)) return;
      t.group_min[g.index] = t.group_floor[g.index] = 2.0 * c.options.condition_sets_min;
      t.group_weight[g.index] = c.priority_weight;
    });
    for (const auto& range : c.options.ranges_in_force()) {
      const auto g = Model::find_group(range.group);
      if (!g) continue;
      const double share = prio.contains(*g) ? 1.0 : 0.25;
      double want = range.min + share * (range.max - range.min);
      if (want < range.min + 1.0) want = range.min + 1.0;
      if (want < 2.0) want = 2.0;
      if (want > range.max) want = range.max;
      t.group_min[g->index] = want;
      // a priority's group counts the middle of its range as a minimum (as much as a warning)
      t.group_floor[g->index] = prio.contains(*g) ? (range.min + range.max) / 2.0 : range.min;
      t.group_weight[g->index] = prio.contains(*g) ? c.priority_weight : 1.0;
      // a group without a priority costs a little for each set past a set short of the top of
      // its range (a quarter of it for a wide one), so that a priority has room to give it more
      const double room = (range.max - range.min) / 4.0 > 1.0 ? (range.max - range.min) / 4.0 : 1.0;
      // the conditions' work comes on top of the range (condition_allowance: the analysis' rule)
      const double top = range.max + condition_allowance<Model>(c.options, *g);
      t.group_max[g->index] = top;
      t.group_ceiling[g->index] = prio.contains(*g) || top - room < want ? top : top - room;
      // each action of a group with two or more counts for coverage (the analysis' rule)
      const action_set acts = detail::group_actions<Model>(*g, c.options.action_share_min);
      if (acts.size() >= 2)
        acts.for_each([&](action_id a) {
          if (t.action_min[a.index] < 1.0) t.action_min[a.index] = 1.0;
        });
    }
    const auto at_least = [&](text_view name, double sets) {
      const action_id a = detail::action_of<Model>(name);
      if (Model::has(a) && t.action_min[a.index] < sets) t.action_min[a.index] = sets;
    };
    const double cond = c.options.condition_sets_min;
    condition_actions<Model>(q.conditions).for_each([&](action_id a) {
      if (t.action_min[a.index] < cond) t.action_min[a.index] = cond;
    });
    // what a priority asks (its actions, its unranged groups' and its muscles' actions): twice that
    detail::priority_actions<Model>(q).for_each([&](action_id a) {
      if (Model::has(a) && t.action_min[a.index] < 2.0 * cond) t.action_min[a.index] = 2.0 * cond;
    });
    // the balance ratios, ahead: knee flexion against the quadriceps' target
    const auto quads = Model::find_group("quadriceps");
    if (quads) at_least("knee_flexion", c.options.knee_flexion_to_extension_min * t.group_min[quads->index]);
    t.session_sets_max = c.options.session_sets_max;
    return t;
  }

  template <class Model>
  [[nodiscard]] constexpr result<week_draft> allocate(const generation_context<Model>& c, const volume_targets<Model>& t,
                                                      const week_draft& in) const noexcept {
    const plan_request& q = *c.request;
    if (q.priorities.empty()) return allocate_once<Model>(c, t, in, nullptr);
    // a priority never costs its target sets: the same exercises are given their sets without
    // the priority first, and the priority's actions and groups then ask at least what that week
    // gave them (a group within its range's maximum), on top of their own targets (asking a set
    // more than that week turned 5 of 1,092 tested priority requests into errors)
    plan_request plain = q;
    plain.priorities = {};
    generation_context<Model> pc = c;
    pc.request = &plain;
    detail::volume_state<Model> base{};
    if (!allocate_once<Model>(pc, targets(pc), in, &base)) return allocate_once<Model>(c, t, in, nullptr);
    volume_targets<Model> raised = t;
    detail::priority_actions<Model>(q).for_each([&](action_id a) {
      if (Model::has(a) && raised.action_min[a.index] < base.actions[a.index])
        raised.action_min[a.index] = base.actions[a.index];
    });
    detail::prioritised_groups<Model>(q).for_each([&](group_id g) {
      if (!Model::has(g)) return;
      double want = base.groups[g.index];
      if (want > raised.group_max[g.index]) want = raised.group_max[g.index];
      if (raised.group_min[g.index] < want) raised.group_min[g.index] = want;
    });
    return allocate_once<Model>(c, raised, in, nullptr);
  }

 private:
  template <class Model>
  [[nodiscard]] constexpr result<week_draft> allocate_once(const generation_context<Model>& c, const volume_targets<Model>& t,
                                                           const week_draft& in, detail::volume_state<Model>* final_state) const noexcept {
    // the draft is written where the result returns it (one copy of ~14 KB, not two)
    result<week_draft> out{in};
    week_draft& w = *out;
    detail::volume_search<Model> search{c, t, w};
    search.run(final_state);
    return out;
  }
};

}  // namespace sinew
