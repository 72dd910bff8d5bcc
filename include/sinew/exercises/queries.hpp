// Questions about exercises, on the built-in catalog and on any run-time catalog
// (a span of records): which exercises cover an action, a muscle or a group
// (optionally prime movers only), under a filter (equipment available, no
// spinal load, unilateral, pattern, compound/isolation, loaded stretched);
// substitutes ranked by similarity; and the smallest set of exercises covering
// a set of actions. Everything is constexpr and allocation-free: built-in
// queries read precomputed bitset indexes (generated data,
// exercises/detail/builtin_index.hpp, checked against the derivation by
// tests/exercises/static_builtin_catalog.cpp); run-time queries scan records
// and write to the caller's output.
#pragma once

#include <sinew/detail/array.hpp>
#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <sinew/span.hpp>

#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/derivation.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/detail/builtin_index.hpp>
#include <sinew/exercises/detail/builtin_tables.hpp>

namespace sinew {

// --- filters ----------------------------------------------------------------------

/// Which exercises a query may return. Build with the member functions and
/// combine with `&` (both must accept): `exercise_filter{}.with_equipment({equipment::dumbbell}).without_spinal_load()`.
struct exercise_filter {
  equipment_set available = equipment_set::all();  ///< an exercise needs all its equipment to be here
  pattern_set patterns = pattern_set::all();
  bool no_spinal_load = false;
  bool unilateral_only = false;
  bool bilateral_only = false;
  bool compound_only = false;
  bool isolation_only = false;
  bool loaded_stretched_only = false;

  [[nodiscard]] constexpr exercise_filter with_equipment(equipment_set e) const noexcept {
    auto f = *this;
    f.available = f.available & e;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter without_equipment(equipment_set e) const noexcept {
    auto f = *this;
    f.available = f.available - e;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter with_patterns(pattern_set p) const noexcept {
    auto f = *this;
    f.patterns.bits &= p.bits;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter without_spinal_load() const noexcept {
    auto f = *this;
    f.no_spinal_load = true;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter unilateral() const noexcept {
    auto f = *this;
    f.unilateral_only = true;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter bilateral() const noexcept {
    auto f = *this;
    f.bilateral_only = true;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter compound() const noexcept {
    auto f = *this;
    f.compound_only = true;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter isolation() const noexcept {
    auto f = *this;
    f.isolation_only = true;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter loaded_stretched() const noexcept {
    auto f = *this;
    f.loaded_stretched_only = true;
    return f;
  }
  [[nodiscard]] friend constexpr exercise_filter operator&(exercise_filter a, const exercise_filter& b) noexcept {
    a.available = a.available & b.available;
    a.patterns.bits &= b.patterns.bits;
    a.no_spinal_load = a.no_spinal_load || b.no_spinal_load;
    a.unilateral_only = a.unilateral_only || b.unilateral_only;
    a.bilateral_only = a.bilateral_only || b.bilateral_only;
    a.compound_only = a.compound_only || b.compound_only;
    a.isolation_only = a.isolation_only || b.isolation_only;
    a.loaded_stretched_only = a.loaded_stretched_only || b.loaded_stretched_only;
    return a;
  }

  [[nodiscard]] constexpr bool accepts(const exercise_record& r) const noexcept {
    // Non-short-circuit on purpose: a handful of byte tests, no branches.
    return static_cast<bool>(
        static_cast<int>(available.includes(r.equipment)) & static_cast<int>(patterns.contains(r.pattern)) &
        static_cast<int>(!no_spinal_load || r.spinal_load == spinal_load::none) &
        static_cast<int>(!unilateral_only || r.laterality == laterality::unilateral) &
        static_cast<int>(!bilateral_only || r.laterality == laterality::bilateral) &
        static_cast<int>(!compound_only || r.mechanic == mechanic::compound) &
        static_cast<int>(!isolation_only || r.mechanic == mechanic::isolation) &
        static_cast<int>(!loaded_stretched_only || r.loaded_at == load_peak::stretched));
  }
};

// --- what "covers" means, on one record --------------------------------------------

/// Whether an exercise covers an action: primary (coverage::prime), loaded at all
/// (working: primary or assisting, incl. what the model's rules add, such as
/// the external rotation toes out adds), or also held under load (any).
template <class Model = lower_body_model>
[[nodiscard]] constexpr bool covers(const exercise_record& r, action_id a, coverage c = coverage::working) noexcept {
  if (r.loads.contains(a)) return true;
  if (c == coverage::prime) return false;
  if (r.assists.contains(a)) return true;
  if (!actions_rules_add<Model>.contains(a)) return c >= coverage::any && r.stabilizes.contains(a);
  const effective_actions e = effective_actions_of<Model>(r);
  return e.assisting.contains(a) || (c >= coverage::any && e.stabilized.contains(a));
}

namespace detail {
/// A coverage value past `any` (a cast from a user's number) is answered as any,
/// by every query alike.
[[nodiscard]] constexpr std::size_t coverage_index(coverage c) noexcept {
  return c < coverage::any ? static_cast<std::size_t>(c) : static_cast<std::size_t>(coverage::any);
}
[[nodiscard]] constexpr muscle_role least_role(coverage c) noexcept {
  return c == coverage::prime ? muscle_role::prime_mover
                              : (c == coverage::working ? muscle_role::synergist : muscle_role::treated);
}
// Every action an exercise can involve a muscle through, as a cheap superset
// test before the derivation rules run.
template <class Model>
[[nodiscard]] constexpr bool may_involve(const exercise_record& r, const action_set& muscle_actions) noexcept {
  if (!r.treats.empty()) return true;
  if (muscle_actions.intersects(r.loads | r.assists | r.stabilizes)) return true;
  return muscle_actions.intersects(actions_rules_add<Model>);
}
}  // namespace detail

/// Whether the derived role of muscle `m` in the exercise meets the coverage.
/// (A template over the model, like the derivation it runs, so that it is
/// compiled only where used.)
template <class Model = lower_body_model>
[[nodiscard]] constexpr bool covers(const exercise_record& r, muscle_id m, coverage c = coverage::working) noexcept {
  if (!detail::may_involve<Model>(r, Model::actions_of(m)) && r.treats.empty()) return false;
  return role_in<Model>(r, m) >= detail::least_role(c);
}

/// Whether any member of group `g` meets the coverage.
template <class Model = lower_body_model>
[[nodiscard]] constexpr bool covers(const exercise_record& r, group_id g, coverage c = coverage::working) noexcept {
  bool found = false;
  Model::members_of(g).for_each([&](muscle_id m) {
    if (!found && covers<Model>(r, m, c)) found = true;
  });
  return found;
}

// --- run-time catalogs -------------------------------------------------------------

/// What a coverage query can ask about: an action, a muscle or a group (ids or built-in tags).
template <class Target>
concept CoverageTarget =
    std::convertible_to<Target, action_id> || std::convertible_to<Target, muscle_id> || std::convertible_to<Target, group_id>;

namespace detail {
template <CoverageTarget Target>
[[nodiscard]] constexpr auto as_target(Target t) noexcept {
  if constexpr (std::convertible_to<Target, action_id>)
    return action_id{t};
  else if constexpr (std::convertible_to<Target, muscle_id>)
    return muscle_id{t};
  else
    return group_id{t};
}
}  // namespace detail

/// Calls f(index) for each exercise of `catalog` that covers `target` and passes the filter.
template <class Model = lower_body_model, CoverageTarget Target, class F>
constexpr void for_each_exercise_covering(span<const exercise_record> catalog, Target target, F&& f,
                                          coverage c = coverage::working, const exercise_filter& filter = {}) {
  const auto t = detail::as_target(target);
  for (std::size_t i = 0; i != catalog.size(); ++i)
    if (filter.accepts(catalog[i]) && covers<Model>(catalog[i], t, c)) f(i);
}

/// The size of an answer written into storage the caller provides. Every match
/// is counted, whether the storage holds it or not, so an answer cut short
/// says so: `complete()` is false and `matches` says how much room it needs.
/// It converts to `written`, the number of results the output holds, so a
/// loop over the output stays within what was written.
struct match_count {
  std::size_t matches = 0;  ///< every exercise that answers the query
  std::size_t written = 0;  ///< how many of them the output holds
  [[nodiscard]] constexpr bool complete() const noexcept { return written == matches; }
  constexpr operator std::size_t() const noexcept { return written; }  // NOLINT(google-explicit-constructor)
  friend constexpr bool operator==(const match_count&, const match_count&) noexcept = default;
};

/// Writes the indexes of the matching exercises to `out`, in catalog order, as
/// many as fit; counts them all.
template <class Model = lower_body_model, CoverageTarget Target>
constexpr match_count exercises_covering(span<const exercise_record> catalog, Target target,
                                         span<std::uint32_t> out, coverage c = coverage::working,
                                         const exercise_filter& filter = {}) noexcept {
  const auto t = detail::as_target(target);
  match_count n{};
  const std::size_t cap = out.size();
  for (std::size_t i = 0; i != catalog.size(); ++i) {
    const exercise_record& r = catalog[i];
    if (!covers<Model>(r, t, c) || !filter.accepts(r)) continue;
    if (n.written < cap) out[n.written++] = static_cast<std::uint32_t>(i);
    ++n.matches;
  }
  return n;
}

/// Sets bit i of `bits` for each matching exercise i and clears the other bits.
/// `bits` needs (catalog.size() + 63) / 64 words to hold the answer; a shorter
/// one gets the first words, and the count still covers the whole catalog.
template <class Model = lower_body_model, CoverageTarget Target>
constexpr match_count exercises_covering(span<const exercise_record> catalog, Target target,
                                         span<std::uint64_t> bits, coverage c = coverage::working,
                                         const exercise_filter& filter = {}) noexcept {
  const auto t = detail::as_target(target);
  match_count n{};
  const std::size_t words = (catalog.size() + 63) / 64;
  for (std::size_t w = 0; w != words; ++w) {
    std::uint64_t word = 0;
    const std::size_t end = (w + 1) * 64 < catalog.size() ? (w + 1) * 64 : catalog.size();
    for (std::size_t i = w * 64; i != end; ++i) {
      const bool hit = covers<Model>(catalog[i], t, c) && filter.accepts(catalog[i]);
      word |= static_cast<std::uint64_t>(hit) << (i % 64);
    }
    const auto hits = static_cast<std::size_t>(std::popcount(word));
    n.matches += hits;
    if (w < bits.size()) {
      bits[w] = word;
      n.written += hits;
    }
  }
  for (std::size_t w = words; w < bits.size(); ++w) bits[w] = 0;
  return n;
}

// --- the built-in catalog: precomputed indexes ----------------------------------------

namespace detail {

inline constexpr std::size_t builtin_count = builtin_exercises.size();
inline constexpr std::size_t builtin_muscles = builtin_model::muscle_count;

[[nodiscard]] constexpr exercise_set set_of(const exercise_words& w) noexcept { return exercise_set::from_words(w); }

/// Every muscle's derived emphasis in built-in exercise e ("volume per muscle" data).
[[nodiscard]] constexpr array<float, builtin_muscles> builtin_emphasis_vector(exercise_id e) noexcept {
  array<float, builtin_muscles> v{};
  if (!is_builtin(e)) return v;
  for (std::size_t k = builtin_emphasis_begin[e.index]; k != builtin_emphasis_begin[e.index + 1U]; ++k)
    v[builtin_emphasis[k].muscle] = builtin_emphasis[k].emphasis;
  return v;
}

}  // namespace detail

/// The built-in exercises a filter accepts: a few set operations on precomputed sets.
[[nodiscard]] constexpr exercise_set accepted(const exercise_filter& f) noexcept {
  const auto& t = detail::builtin_exercise_index;
  using detail::set_of;
  exercise_set s = set_of(t.all);
  for (std::size_t q = 0; q != equipment_count; ++q)
    if (!f.available.contains(static_cast<equipment>(q))) s -= set_of(t.needs[q]);
  if (f.patterns != pattern_set::all()) {
    exercise_set p{};
    for (std::size_t q = 0; q != movement_pattern_count; ++q)
      if (f.patterns.contains(static_cast<movement_pattern>(q))) p |= set_of(t.by_pattern[q]);
    s &= p;
  }
  if (f.no_spinal_load) s &= set_of(t.spine_free);
  if (f.unilateral_only) s &= set_of(t.unilateral);
  if (f.bilateral_only) s &= set_of(t.bilateral);
  if (f.compound_only) s &= set_of(t.compound);
  if (f.isolation_only) s &= set_of(t.isolation);
  if (f.loaded_stretched_only) s &= set_of(t.stretched);
  return s;
}

/// Built-in exercises covering an action: one table read (and the filter's set operations).
[[nodiscard]] constexpr exercise_set exercises_covering(action_id a, coverage c = coverage::working) noexcept {
  if (a.index >= builtin_model::action_count) return {};
  return detail::set_of(detail::builtin_exercise_index.by_action[a.index][detail::coverage_index(c)]);
}
[[nodiscard]] constexpr exercise_set exercises_covering(muscle_id m, coverage c = coverage::working) noexcept {
  if (m.index >= builtin_model::muscle_count) return {};
  return detail::set_of(detail::builtin_exercise_index.by_muscle[m.index][static_cast<std::size_t>(detail::least_role(c)) - 1U]);
}
[[nodiscard]] constexpr exercise_set exercises_covering(group_id g, coverage c = coverage::working) noexcept {
  if (g.index >= builtin_model::group_count) return {};
  return detail::set_of(detail::builtin_exercise_index.by_group[g.index][detail::coverage_index(c)]);
}
[[nodiscard]] constexpr exercise_set exercises_covering(action_id a, coverage c, const exercise_filter& f) noexcept {
  return exercises_covering(a, c) & accepted(f);
}
[[nodiscard]] constexpr exercise_set exercises_covering(muscle_id m, coverage c, const exercise_filter& f) noexcept {
  return exercises_covering(m, c) & accepted(f);
}
[[nodiscard]] constexpr exercise_set exercises_covering(group_id g, coverage c, const exercise_filter& f) noexcept {
  return exercises_covering(g, c) & accepted(f);
}

/// Derived role and emphasis of a muscle in a built-in exercise (precomputed);
/// none and 0 for an exercise or muscle that is not built in.
[[nodiscard]] constexpr muscle_role role_in(exercise_id e, muscle_id m) noexcept {
  if (m.index >= detail::builtin_muscles || !is_builtin(e)) return muscle_role::none;
  const auto& at_least = detail::builtin_exercise_index.by_muscle[m.index];
  std::size_t r = 4;
  while (r > 0 && !detail::set_of(at_least[r - 1]).contains(e)) --r;
  return static_cast<muscle_role>(r);
}
[[nodiscard]] constexpr float emphasis_in(exercise_id e, muscle_id m) noexcept {
  if (!is_builtin(e)) return 0.0F;
  for (std::size_t k = detail::builtin_emphasis_begin[e.index]; k != detail::builtin_emphasis_begin[e.index + 1U]; ++k)
    if (detail::builtin_emphasis[k].muscle == m.index) return detail::builtin_emphasis[k].emphasis;
  return 0.0F;
}

// --- substitutes ---------------------------------------------------------------------

struct ranked_exercise {
  std::uint32_t index = 0;  ///< into the catalog searched (the built-in one: the exercise_id's index)
  float similarity = 0.0F;  ///< 0..1
};

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

/// Keeps the best `out.size()` candidates, best first; returns the new count.
constexpr std::size_t keep_ranked(span<ranked_exercise> out, std::size_t n, ranked_exercise c) noexcept {
  if (out.empty()) return 0;
  if (n == out.size() && !(c.similarity > out[n - 1].similarity)) return n;
  std::size_t j = n < out.size() ? n++ : n - 1;
  while (j > 0 && out[j - 1].similarity < c.similarity) {
    out[j] = out[j - 1];
    --j;
  }
  out[j] = c;
  return n;
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
  match_count n{};
  for (std::size_t i = 0; i != catalog.size(); ++i) {
    const exercise_record& r = catalog[i];
    if (r.id == original.id || !filter.accepts(r)) continue;
    const double s = detail::similarity_of<Model>(original, r, mine, detail::emphasis_vector<Model>(r));
    if (s > 0.0) {
      ++n.matches;
      n.written = detail::keep_ranked(out, n.written, ranked_exercise{static_cast<std::uint32_t>(i), static_cast<float>(s)});
    }
  }
  return n;
}

/// The same on the built-in catalog, with the precomputed emphasis; no
/// substitutes for an id that is not built in.
constexpr match_count substitutes_for(exercise_id original, span<ranked_exercise> out,
                                      const exercise_filter& filter = {}) noexcept {
  match_count n{};
  if (!is_builtin(original)) return n;
  const exercise_set candidates = accepted(filter);
  const auto mine = detail::builtin_emphasis_vector(original);
  for (exercise_id e : candidates) {
    if (e == original) continue;
    const double s =
        detail::similarity_of<builtin_model>(info(original), info(e), mine, detail::builtin_emphasis_vector(e));
    if (s > 0.0) {
      ++n.matches;
      n.written = detail::keep_ranked(out, n.written, ranked_exercise{e.index, static_cast<float>(s)});
    }
  }
  return n;
}

// --- the smallest covering set ----------------------------------------------------------

inline constexpr std::size_t max_cover_targets = 32;
inline constexpr std::size_t max_cover_candidates = 256;

/// The answer of smallest_cover. It answers for the first max_cover_targets
/// targets (in id order); the others are `skipped`, neither covered nor known
/// to be uncovered, and complete() is false.
struct exercise_cover {
  detail::array<std::uint32_t, max_cover_targets> exercises{};  ///< indexes into the catalog searched
  std::size_t count = 0;
  action_set uncovered{};  ///< targets no accepted exercise covers (left out of the cover)
  action_set skipped{};    ///< targets past the first max_cover_targets: not searched
  /// False only if more than max_cover_candidates distinct coverage patterns
  /// existed: the cover then comes from a greedy search, still covering every
  /// coverable target, but perhaps with more exercises than the fewest.
  bool minimal = true;

  /// Whether the cover answers for every target asked about.
  [[nodiscard]] constexpr bool complete() const noexcept { return skipped.empty(); }

  [[nodiscard]] constexpr const std::uint32_t* begin() const noexcept { return exercises.data(); }
  [[nodiscard]] constexpr const std::uint32_t* end() const noexcept { return exercises.data() + count; }
};

namespace detail {

struct cover_search {
  detail::array<std::uint32_t, max_cover_candidates> mask{};
  detail::array<std::uint32_t, max_cover_candidates> index{};
  std::size_t candidates = 0;
  std::uint32_t full = 0;
  detail::array<std::uint32_t, max_cover_targets> chosen{};
  detail::array<std::uint32_t, max_cover_targets> best{};
  std::size_t best_count = max_cover_targets + 1;
  int widest = 1;

  // Every cover contains a candidate covering the rarest uncovered target, so
  // branching over those candidates, with the bound `depth + ceil(left / widest)`,
  // visits every cover smaller than the best found: the result is minimal.
  constexpr void run(std::uint32_t covered, std::size_t depth) noexcept {
    if (covered == full) {
      if (depth < best_count) {
        best_count = depth;
        best = chosen;
      }
      return;
    }
    const int left = std::popcount(full & ~covered);
    if (depth + static_cast<std::size_t>((left + widest - 1) / widest) >= best_count) return;
    std::uint32_t target = 0;
    std::size_t fewest = max_cover_candidates + 1;
    for (std::uint32_t rest = full & ~covered; rest != 0; rest &= rest - 1) {
      const std::uint32_t bit = rest & (~rest + 1U);
      std::size_t k = 0;
      for (std::size_t c = 0; c != candidates; ++c) k += (mask[c] & bit) != 0 ? 1U : 0U;
      if (k < fewest) {
        fewest = k;
        target = bit;
      }
    }
    for (std::size_t c = 0; c != candidates; ++c)
      if ((mask[c] & target) != 0) {
        chosen[depth] = static_cast<std::uint32_t>(c);
        run(covered | mask[c], depth + 1);
      }
  }
};

/// Sorts the first `count` indexes ascending (catalog order); counts are small.
constexpr void sort_in_catalog_order(detail::array<std::uint32_t, max_cover_targets>& v, std::size_t count) noexcept {
  for (std::size_t i = 1; i < count; ++i)
    for (std::size_t j = i; j > 0 && v[j - 1] > v[j]; --j) {
      const auto x = v[j];
      v[j] = v[j - 1];
      v[j - 1] = x;
    }
}

}  // namespace detail

/// The fewest exercises from `catalog` (under the filter) that together cover
/// every action in `targets` (as `coverage` says; at most 32 targets). Exact:
/// duplicate and dominated coverage patterns are dropped (a cover using one can
/// use the pattern that dominates it instead), then a branch-and-bound search
/// over the rest proves the size minimal. Ties go to the lower catalog index.
template <class Model = lower_body_model>
constexpr exercise_cover smallest_cover(span<const exercise_record> catalog, const action_set& targets,
                                        const exercise_filter& filter = {},
                                        coverage c = coverage::working) noexcept {
  exercise_cover out{};
  detail::array<action_id, max_cover_targets> target{};
  std::size_t k = 0;
  for (action_id a : targets) {
    if (k == max_cover_targets) {
      out.skipped.insert(a);
      continue;
    }
    target[k++] = a;
  }
  detail::cover_search s{};
  const auto mask_of = [&](const exercise_record& r) {
    std::uint32_t m = 0;
    if (filter.accepts(r))
      for (std::size_t t = 0; t != k; ++t)
        if (covers<Model>(r, target[t], c)) m |= 1U << t;
    return m;
  };
  std::uint32_t coverable = 0;  // what every accepted exercise together covers, kept as a candidate or not
  for (std::size_t i = 0; i != catalog.size(); ++i) {
    const std::uint32_t m = mask_of(catalog[i]);
    if (m == 0) continue;
    coverable |= m;
    bool dominated = false;
    for (std::size_t j = 0; j != s.candidates && !dominated; ++j) dominated = (m & ~s.mask[j]) == 0;
    if (dominated) continue;
    std::size_t kept = 0;  // drop the candidates the new one dominates
    for (std::size_t j = 0; j != s.candidates; ++j)
      if ((s.mask[j] & ~m) != 0) {
        s.mask[kept] = s.mask[j];
        s.index[kept] = s.index[j];
        ++kept;
      }
    s.candidates = kept;
    if (s.candidates == max_cover_candidates) {
      out.minimal = false;
      continue;
    }
    s.mask[s.candidates] = m;
    s.index[s.candidates] = static_cast<std::uint32_t>(i);
    ++s.candidates;
  }
  // Keep catalog order among candidates, so ties resolve to the lower index.
  for (std::size_t i = 1; i < s.candidates; ++i)
    for (std::size_t j = i; j > 0 && s.index[j - 1] > s.index[j]; --j) {
      const auto mi = s.mask[j];
      s.mask[j] = s.mask[j - 1];
      s.mask[j - 1] = mi;
      const auto ii = s.index[j];
      s.index[j] = s.index[j - 1];
      s.index[j - 1] = ii;
    }
  for (std::size_t j = 0; j != s.candidates; ++j) {
    s.full |= s.mask[j];
    if (std::popcount(s.mask[j]) > s.widest) s.widest = std::popcount(s.mask[j]);
  }
  for (std::size_t t = 0; t != k; ++t)
    if ((coverable & (1U << t)) == 0) out.uncovered.insert(target[t]);
  if (!out.minimal) {
    // Too many patterns to search exactly: cover greedily, taking each time the
    // exercise that covers most of what is left (the lowest index on a tie).
    std::uint32_t covered = 0;
    while (covered != coverable && out.count != max_cover_targets) {
      std::uint32_t best = 0;
      int best_gain = 0;
      for (std::size_t i = 0; i != catalog.size(); ++i) {
        const int gain = std::popcount(mask_of(catalog[i]) & ~covered);
        if (gain > best_gain) {
          best_gain = gain;
          best = static_cast<std::uint32_t>(i);
        }
      }
      out.exercises[out.count++] = best;
      covered |= mask_of(catalog[best]);
    }
    detail::sort_in_catalog_order(out.exercises, out.count);
    return out;
  }
  s.run(0, 0);
  if (s.best_count <= max_cover_targets) {
    out.count = s.best_count;
    for (std::size_t j = 0; j != s.best_count; ++j) out.exercises[j] = s.index[s.best[j]];
    detail::sort_in_catalog_order(out.exercises, out.count);
  }
  return out;
}

/// The same on the built-in catalog.
constexpr exercise_cover smallest_cover(const action_set& targets, const exercise_filter& filter = {},
                                        coverage c = coverage::working) noexcept {
  return smallest_cover<builtin_model>(builtin_catalog(), targets, filter, c);
}

}  // namespace sinew
