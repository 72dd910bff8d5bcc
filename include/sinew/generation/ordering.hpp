// The ordering block: the blocks of a session and the order of its exercises.
// The warm-up first; with knee valgus, the hip abduction and external rotation
// isolations as primers (Padron: that work first); then the working block,
// compounds first while fresh (Nunes et al. 2020: multi-joint first for
// strength), the exercises that train the posterior chain ahead of the others
// when the request names quad dominance (Legs That Actually Grow); then the
// isolations; the calves last, as finishers. The work never opens with an
// isometric hold, nor, under quad dominance, with an exercise off the
// posterior chain, when the session holds another (a finisher moves up).
// Groupings where the goal calls for them (group_session below): endurance,
// a tri-set of isolations; hypertrophy with tight minutes, a superset of the
// knee extension and knee flexion isolations. Never two heavy spinal loads back
// to back (the analysis' order rule). A user's Ordering:
//   week_draft order(const generation_context<Model>&, const week_draft&) const
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/traits.hpp>
#include <sinew/generation/draft.hpp>

namespace sinew {

template <class O, class Model>
concept Ordering = requires(const O& o, const generation_context<Model>& c, const week_draft& w) {
  { o.order(c, w) } -> detail::convertible_to<week_draft>;
};

/// The default ordering (see the header's paragraph).
struct default_ordering {
  /// Groupings where the goal calls for them: for hypertrophy, when the session's
  /// estimate takes three quarters of the minutes or more, the knee extension and
  /// knee flexion isolations as a superset of antagonists (one rests while the other
  /// works); for endurance, the first three moved isolations of the working block as a
  /// tri-set (sinew's choice: little rest between exercises suits endurance). Side by side, tagged.
  template <class Model>
  static constexpr void group_session(const generation_context<Model>& c, session_draft& d) noexcept {
    const training_goal goal = c.options.goal;
    const auto isolation_at = [&](std::size_t i) {
      const chosen_exercise& e = d.items[i];
      return e.block == block_role::working && e.grouped == 0 && e.role != exercise_role::required &&
             c.record(e.exercise).mechanic == mechanic::isolation &&
             c.record(e.exercise).contraction == contraction::dynamic && e.scheme.kind == scheme_kind::straight;
    };
    const auto bring_next_to = [&](std::size_t at, std::size_t from) {  // item `from` moved to just after `at`
      chosen_exercise t = d.items[from];
      if (from > at)
        for (std::size_t j = from; j != at + 1; --j) d.items[j] = d.items[j - 1];
      else
        for (std::size_t j = from; j != at; ++j) d.items[j] = d.items[j + 1];
      d.items[from > at ? at + 1 : at] = t;
    };
    if (goal == training_goal::hypertrophy) {
      figure main = figure::exactly(0);
      const figure_defaults f = c.figures();
      for (const auto& e : d.exercises())
        if (e.block != block_role::warm_up) main = main + figures_of(as_prescribed_for(c.record(e.exercise), e.scheme), f).duration;
      if (session_summary::middle_minutes(main) * 4U < c.request->minutes * 3U) return;
      std::size_t ext = d.count, flex = d.count;
      for (std::size_t i = 0; i != d.count; ++i) {
        if (d.items[i].role == exercise_role::knee_extensor && ext == d.count && d.items[i].block == block_role::working) ext = i;
        if (d.items[i].role == exercise_role::knee_flexor && flex == d.count && d.items[i].block == block_role::working) flex = i;
      }
      if (ext == d.count || flex == d.count) return;
      const std::size_t first = ext < flex ? ext : flex, second = ext < flex ? flex : ext;
      bring_next_to(first, second);
      d.items[first].grouped = d.items[first + 1].grouped = 1;
      d.items[first].grouping = d.items[first + 1].grouping = grouping_kind::superset;
    } else if (goal == training_goal::endurance) {
      std::size_t at[3]{}, n = 0;
      for (std::size_t i = 0; i != d.count && n != 3; ++i)
        if (isolation_at(i)) at[n++] = i;
      if (n != 3) return;
      bring_next_to(at[0], at[1]);
      bring_next_to(at[0] + 1, at[2]);
      for (std::size_t k = 0; k != 3; ++k) {
        d.items[at[0] + k].grouped = 2;
        d.items[at[0] + k].grouping = grouping_kind::tri_set;
      }
    }
  }

  template <class Model>
  [[nodiscard]] constexpr week_draft order(const generation_context<Model>& c, const week_draft& in) const noexcept {
    week_draft w = in;
    const plan_request& q = *c.request;
    const muscle_set posterior = Model::muscles_on_chain(chain::posterior);
    const auto rank = [&](const chosen_exercise& e) -> std::uint32_t {
      const exercise_record& r = c.record(e.exercise);
      std::uint32_t k = 0;
      switch (e.block) {
        case block_role::warm_up: k = 0; break;
        case block_role::priming: k = 1000; break;
        case block_role::finishing: k = 3000; break;
        default: k = 2000; break;
      }
      if (r.mechanic != mechanic::compound) k += 100;
      if (q.conditions.contains(condition::quad_dominance) && !c.prime_movers(e.exercise).intersects(posterior)) k += 10;
      return k + static_cast<std::uint32_t>(e.role);
    };
    for (std::size_t s = 0; s != w.count; ++s) {
      session_draft& d = w.sessions[s];
      for (std::size_t i = 0; i != d.count; ++i) {
        chosen_exercise& e = d.items[i];
        if (e.role == exercise_role::warm_up) e.block = block_role::warm_up;
        else if (q.conditions.contains(condition::knee_valgus) &&
                 (e.role == exercise_role::abductor || e.role == exercise_role::external_rotator))
          e.block = block_role::priming;
        else if (e.role == exercise_role::calf_straight_knee || e.role == exercise_role::calf_bent_knee)
          e.block = block_role::finishing;
        else e.block = block_role::working;
      }
      for (std::size_t i = 1; i < d.count; ++i)  // insertion sort: stable, no allocation
        for (std::size_t k = i; k != 0 && rank(d.items[k]) < rank(d.items[k - 1]); --k) {
          const chosen_exercise t = d.items[k];
          d.items[k] = d.items[k - 1];
          d.items[k - 1] = t;
        }
      // the first exercise of the work is moved (never an isometric hold: Legs That Actually Grow;
      // with quad dominance, one that trains the posterior chain): the first that is, brought forward
      const auto opens_well = [&](const chosen_exercise& e) {
        return q.conditions.contains(condition::quad_dominance) ? detail::opens_posterior(c, e.exercise, posterior)
                                                                : c.record(e.exercise).contraction == contraction::dynamic;
      };
      std::size_t first = 0;
      while (first != d.count && (d.items[first].block == block_role::warm_up || d.items[first].block == block_role::priming))
        ++first;
      if (first != d.count && !opens_well(d.items[first])) {
        std::size_t k = first + 1;
        while (k != d.count && !opens_well(d.items[k])) ++k;
        if (k != d.count) {
          chosen_exercise t = d.items[k];
          t.block = d.items[first].block;
          for (std::size_t j = k; j != first; --j) d.items[j] = d.items[j - 1];
          d.items[first] = t;
        }
      }
      group_session(c, d);
      // two heavy spinal loads back to back: move the second after the next exercise of its block
      for (std::size_t i = 1; i + 1 < d.count; ++i) {
        if (c.record(d.items[i - 1].exercise).spinal_load != spinal_load::high ||
            c.record(d.items[i].exercise).spinal_load != spinal_load::high || d.items[i + 1].block != d.items[i].block)
          continue;
        const chosen_exercise t = d.items[i];
        d.items[i] = d.items[i + 1];
        d.items[i + 1] = t;
      }
    }
    return w;
  }
};

}  // namespace sinew
