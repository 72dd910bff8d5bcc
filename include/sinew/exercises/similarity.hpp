// How alike two exercises are, written once: half the weighted overlap of
// their loaded actions, half the cosine of their derived muscle emphasis,
// times 0.9 for another pattern and 0.9 for another laterality. Substitutes
// rank a catalog by it (the built-in one reads its emphasis from the index),
// among the kinds the filter accepts (strength and power by default).
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/span.hpp>

#include <sinew/detail/array.hpp>
#include <sinew/detail/bounded_list.hpp>
#include <sinew/exercises/builtin_queries.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/coverage.hpp>
#include <sinew/exercises/derivation.hpp>
#include <sinew/exercises/filter.hpp>

namespace sinew {

// --- substitutes ---------------------------------------------------------------------

/// One substitute. `id` is the exercise's id: for the built-in catalog its
/// exercise_id, for a run-time catalog its position there as an exercise_id
/// (detail::no_exercise_position past 65534 entries, where `index` still says it).
struct ranked_exercise {
  std::uint32_t index = 0;  ///< into the catalog searched (the built-in one: the exercise_id's index)
  float similarity = 0.0F;  ///< 0..1
  exercise_id id{};         ///< the exercise, as an id
};

namespace detail {
/// The id of a position in a run-time catalog too long for exercise_id.
inline constexpr exercise_id no_exercise_position{0xFFFF};
[[nodiscard]] constexpr exercise_id id_at(std::size_t position) noexcept {
  return position < 0xFFFF ? exercise_id{static_cast<std::uint16_t>(position)} : no_exercise_position;
}
[[nodiscard]] constexpr bool more_similar(const ranked_exercise& a, const ranked_exercise& b) noexcept {
  return a.similarity > b.similarity;
}
}  // namespace detail

namespace detail {

/// Weighted Jaccard over loaded actions (primary 1, assisting 0.5).
template <class Model>
[[nodiscard]] constexpr double action_similarity(const exercise_record& a, const exercise_record& b) noexcept {
  const auto weight = [](const exercise_record& r, action_id x) {
    return r.loads.contains(x) ? 1.0 : (covers<Model>(r, x, coverage::working) ? 0.5 : 0.0);
  };
  double lo = 0.0;
  double hi = 0.0;
  for (std::size_t i = 0; i != Model::action_count; ++i) {
    const action_id x{static_cast<std::uint8_t>(i)};
    const double wa = weight(a, x);
    const double wb = weight(b, x);
    lo += wa < wb ? wa : wb;
    hi += wa < wb ? wb : wa;
  }
  return hi > 0.0 ? lo / hi : 0.0;
}

[[nodiscard]] constexpr double square_root(double x) noexcept {
  if (x <= 0.0) return 0.0;
  double r = x > 1.0 ? x : 1.0;
  for (int i = 0; i != 40; ++i) r = 0.5 * (r + x / r);
  return r;
}

template <std::size_t N>
[[nodiscard]] constexpr double cosine(const detail::array<float, N>& a, const detail::array<float, N>& b) noexcept {
  double dot = 0.0;
  double na = 0.0;
  double nb = 0.0;
  for (std::size_t i = 0; i != N; ++i) {
    dot += static_cast<double>(a[i]) * static_cast<double>(b[i]);
    na += static_cast<double>(a[i]) * static_cast<double>(a[i]);
    nb += static_cast<double>(b[i]) * static_cast<double>(b[i]);
  }
  return na > 0.0 && nb > 0.0 ? dot / (square_root(na) * square_root(nb)) : 0.0;
}

template <class Model = lower_body_model>
[[nodiscard]] constexpr detail::array<float, Model::muscle_count> emphasis_vector(const exercise_record& r) noexcept {
  detail::array<float, Model::muscle_count> v{};
  for (const auto& w : derive<Model>(r)) v[w.muscle.index] = w.emphasis;
  return v;
}

}  // namespace detail

namespace detail {
/// Same pattern and same laterality break near-ties (a squat before a lunge).
[[nodiscard]] constexpr double form_factor(const exercise_record& a, const exercise_record& b) noexcept {
  return (a.pattern == b.pattern ? 1.0 : 0.9) * (a.laterality == b.laterality ? 1.0 : 0.9);
}
/// The one similarity formula, given both records and their emphasis vectors
/// (computed by the derivation, or read from the built-in index).
template <class Model, std::size_t N>
[[nodiscard]] constexpr double similarity_of(const exercise_record& a, const exercise_record& b,
                                             const array<float, N>& emphasis_a, const array<float, N>& emphasis_b) noexcept {
  return (0.5 * action_similarity<Model>(a, b) + 0.5 * cosine(emphasis_a, emphasis_b)) * form_factor(a, b);
}
}  // namespace detail

/// How alike two exercises are, 0..1: half the weighted overlap of loaded
/// actions, half the cosine of the derived muscle emphasis, times 0.9 for a
/// different pattern and 0.9 for a different laterality.
template <class Model = lower_body_model>
[[nodiscard]] constexpr double similarity(const exercise_record& a, const exercise_record& b) noexcept {
  return detail::similarity_of<Model>(a, b, detail::emphasis_vector<Model>(a), detail::emphasis_vector<Model>(b));
}

/// Substitutes for `original` from `catalog`, best first, under the filter ("no
/// barbell today"): writes the best out.size() of them; `matches` counts every
/// candidate, so complete() says whether the output holds them all.
/// Entries with the original's id and those with nothing in common are skipped.
template <class Model = lower_body_model>
constexpr match_count substitutes_for(const exercise_record& original, span<const exercise_record> catalog,
                                      span<ranked_exercise> out, const exercise_filter& filter = {}) noexcept {
  const auto mine = detail::emphasis_vector<Model>(original);
  detail::bounded_list<ranked_exercise> best{out};
  for (std::size_t i = 0; i != catalog.size(); ++i) {
    const exercise_record& r = catalog[i];
    if (r.id == original.id || !filter.accepts(r)) continue;
    const double s = detail::similarity_of<Model>(original, r, mine, detail::emphasis_vector<Model>(r));
    if (s > 0.0)
      best.keep_best(ranked_exercise{static_cast<std::uint32_t>(i), static_cast<float>(s), detail::id_at(i)},
                     detail::more_similar);
  }
  return best.count;
}

/// The same on the built-in catalog, with the precomputed emphasis; no
/// substitutes for an id that is not built in. A template only so that the
/// ranking is instantiated where it is called, not in every translation unit.
template <class Model = builtin_model>
  requires(__is_same(Model, builtin_model))
constexpr match_count substitutes_for(exercise_id original, span<ranked_exercise> out,
                                      const exercise_filter& filter = {}) noexcept {
  detail::bounded_list<ranked_exercise> best{out};
  if (!is_builtin(original)) return best.count;
  const exercise_set candidates = accepted(filter);
  const auto mine = detail::builtin_emphasis_vector(original);
  for (exercise_id e : candidates) {
    if (e == original) continue;
    const double s =
        detail::similarity_of<Model>(info(original), info(e), mine, detail::builtin_emphasis_vector(e));
    if (s > 0.0) best.keep_best(ranked_exercise{e.index, static_cast<float>(s), e}, detail::more_similar);
  }
  return best.count;
}

}  // namespace sinew
