// The prescription block: each chosen exercise's set scheme, from the goal,
// its role and the fibre type of its prime movers. Rep ranges (sinew's
// defaults, after the research's counting of < 8 reps as strength work and the
// articles' ranges): strength 3-5 on compounds and 6-10 on isolations;
// hypertrophy a descending pyramid (12, 10, 8...) on the squat pattern and
// 6-10 on the other compounds, 10-15 on isolations, the knee isolations'
// last set a drop set where the equipment takes load off; endurance 15-20;
// general 8-12 and 10-15. A muscle at least the analysis' slow-twitch share
// of type I fibres (the soleus, Padron) gets at least the analysis'
// slow-twitch reps; a held (isometric) exercise 30 s holds (45 s for
// endurance). A user's Prescription:
//   set_scheme scheme_for(const generation_context<Model>&, const chosen_exercise&) const
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/traits.hpp>
#include <sinew/generation/draft.hpp>
#include <sinew/programs/scheme_fit.hpp>

namespace sinew {

template <class P, class Model>
concept Prescription = requires(const P& p, const generation_context<Model>& c, const chosen_exercise& e) {
  { p.scheme_for(c, e) } -> detail::convertible_to<set_scheme>;
};

namespace detail {
/// Whether the exercise's prime movers include a slow-twitch dominant muscle (options' threshold).
template <class Model>
constexpr bool slow_twitch_target(const generation_context<Model>& c, exercise_id e) noexcept {
  bool slow = false;
  c.prime_movers(e).for_each([&](muscle_id m) {
    if (!Model::has(m)) return;
    const auto& t = Model::info(m).figures.fibers.type_i_percent;
    slow = slow || (t.known() && t.value >= c.options.slow_twitch_percent);
  });
  return slow;
}
constexpr bool is_compound_role(exercise_role r) noexcept {
  return r == exercise_role::knee_compound || r == exercise_role::hinge;
}
}  // namespace detail

/// The default prescription (see the header's paragraph).
struct default_prescription {
  template <class Model>
  [[nodiscard]] constexpr set_scheme scheme_for(const generation_context<Model>& c, const chosen_exercise& e) const noexcept {
    const std::uint16_t sets = e.sets == 0 ? std::uint16_t{1} : e.sets;
    const exercise_record& r = c.record(e.exercise);
    const training_goal goal = c.options.goal;
    if (e.role == exercise_role::warm_up) return straight_sets(2, 10);
    if (r.contraction == contraction::isometric)
      return straight_sets(sets, quantity::of(seconds(goal == training_goal::endurance ? 45 : 30)));
    const bool compound = detail::is_compound_role(e.role) || r.mechanic == mechanic::compound;
    std::uint16_t lo = 10, hi = 15;
    switch (goal) {
      case training_goal::strength: lo = compound ? 3 : 6, hi = compound ? 5 : 10; break;
      case training_goal::hypertrophy: lo = compound ? 6 : 10, hi = compound ? 10 : 15; break;
      case training_goal::endurance: lo = 15, hi = 20; break;
      case training_goal::general: lo = compound ? 8 : 10, hi = compound ? 12 : 15; break;
    }
    if (detail::slow_twitch_target(c, e.exercise) && hi < c.options.slow_twitch_reps + 5) {
      lo = static_cast<std::uint16_t>(c.options.slow_twitch_reps);
      hi = static_cast<std::uint16_t>(c.options.slow_twitch_reps + 5);
    }
    if (goal == training_goal::hypertrophy && e.role == exercise_role::knee_compound && sets >= 3 && lo < 12) {
      constexpr std::uint16_t steps[] = {12, 10, 8, 6, 4};
      set_scheme p{};
      p.kind = scheme_kind::pyramid;
      const std::size_t n = sets < 5 ? sets : 5;
      for (std::size_t i = 0; i != n; ++i) p.listed[i] = steps[i];
      p.listed_count = static_cast<std::uint8_t>(n);
      p.sets = static_cast<std::uint16_t>(n);
      return p;
    }
    set_scheme s = straight_sets(sets, quantity::reps(lo, hi));
    if (goal == training_goal::hypertrophy &&
        (e.role == exercise_role::knee_extensor || e.role == exercise_role::knee_flexor)) {
      const set_scheme dropped = drop_set(s, 1);
      if (check_fit(r, dropped).ok()) return dropped;
    }
    return s;
  }
};

}  // namespace sinew
