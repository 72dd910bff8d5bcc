// muscles_of, the documented "muscles of an exercise" query, against the
// precomputed per-muscle answers (role_in, emphasis_in read the generated
// index, a separate path from the derivation muscles_of runs), for every
// built-in exercise through all three entry points (the exercise type, its
// id, its record) and every muscle of the model. Each exercise is checked in
// its own constant evaluation.
#include <sinew/exercises.hpp>
#include <sinew/exercises/muscles_of.hpp>

#include <cstddef>
#include <cstdint>
#include <utility>

namespace {
using namespace sinew;

template <std::size_t N>
constexpr bool same_list(const muscle_profile<N>& a, const muscle_profile<N>& b) {
  bool same = a.size() == b.size();
  for (std::size_t k = 0; k != a.size() && same; ++k)
    same = a.entries[k].muscle == b.entries[k].muscle && a.entries[k].role == b.entries[k].role &&
           a.entries[k].length == b.entries[k].length && a.entries[k].emphasis == b.entries[k].emphasis;
  return same;
}

// Exercise I: the list holds exactly the muscles role_in gives a role, once
// each, with role_in's role and emphasis_in's emphasis, ordered by role and
// then emphasis (both descending); the three entry points agree.
template <std::size_t I>
constexpr bool agrees_with_role_in() {
  const exercise_id e{static_cast<std::uint16_t>(I)};
  const auto list = muscles_of(e);
  bool ok = same_list(list, muscles_of(builtin_exercise<I>{})) && same_list(list, muscles_of(builtin_exercises[I]));
  std::size_t worked = 0;
  for (std::size_t m = 0; m != lower_body_model::muscle_count; ++m) {
    const muscle_id mu{static_cast<std::uint16_t>(m)};
    std::size_t seen = 0;
    for (const auto& w : list) seen += w.muscle == mu ? 1U : 0U;
    const bool has_role = role_in(e, mu) != muscle_role::none;
    worked += has_role ? 1U : 0U;
    ok = ok && seen == (has_role ? 1U : 0U) && list.role_of(mu) == role_in(e, mu) &&
         list.emphasis_of(mu) == emphasis_in(e, mu);
  }
  ok = ok && list.size() == worked && worked != 0;
  for (std::size_t k = 0; k != list.size(); ++k) {
    const muscle_work& w = list.entries[k];
    ok = ok && w.role != muscle_role::none;
    if (k == 0) continue;
    const muscle_work& before = list.entries[k - 1];
    ok = ok && (before.role > w.role || (before.role == w.role && before.emphasis >= w.emphasis));
  }
  return ok;
}

template <std::size_t I>
inline constexpr bool exercise_agrees = agrees_with_role_in<I>();

template <std::size_t... I>
constexpr bool every_exercise(std::index_sequence<I...>) {
  return (exercise_agrees<I> && ...);
}
static_assert(every_exercise(std::make_index_sequence<builtin_exercises.size()>{}),
              "muscles_of disagrees with role_in / emphasis_in, or is out of order");

// An id past the catalog: the empty answer, as every exercise_id query gives.
static_assert(muscles_of(exercise_id{static_cast<std::uint16_t>(builtin_exercises.size())}).size() == 0);
static_assert(muscles_of(exercise_id{0xFFFF}).role_of(soleus) == muscle_role::none);

// The documented example: the bent knee hands the seated calf raise to the soleus.
static_assert(muscles_of(seated_calf_raise).entries[0].muscle == muscle_id{soleus});
static_assert(muscles_of(seated_calf_raise).with_role(muscle_role::prime_mover).contains(soleus));
static_assert(!muscles_of(seated_calf_raise).with_role(muscle_role::prime_mover).contains(gastrocnemius_medial_head));

}  // namespace
