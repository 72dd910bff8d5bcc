// The fewest exercises that together cover a set of actions: an exact cover
// by branch and bound over the catalog's distinct coverage patterns (a greedy
// cover past max_cover_candidates patterns, and the answer says so). Only the
// exercises the filter accepts are candidates: strength and power unless it
// opts other kinds in, so a stretch never stands in for a loaded exercise.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/detail/bits.hpp>
#include <sinew/span.hpp>

#include <sinew/detail/array.hpp>
#include <sinew/detail/bounded_list.hpp>
#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/coverage.hpp>
#include <sinew/exercises/filter.hpp>

namespace sinew {

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
  /// The same exercises as ids: for the built-in catalog their exercise_id, for
  /// a run-time catalog their position there as an exercise_id (positions past
  /// 65534 have none: exercise_id{0xFFFF}; `exercises` still says them).
  detail::array<exercise_id, max_cover_targets> ids{};

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
    const int left = detail::popcount(full & ~covered);
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

/// Writes the chosen catalog positions to the answer, in catalog order, with their ids.
constexpr void write_cover(exercise_cover& out, const std::uint32_t* chosen, std::size_t n) noexcept {
  bounded_list<std::uint32_t> sorted{span<std::uint32_t>{out.exercises.data(), max_cover_targets}};
  for (std::size_t j = 0; j != n; ++j) sorted.insert_sorted(chosen[j]);
  out.count = sorted.count.written;
  for (std::size_t j = 0; j != out.count; ++j)
    out.ids[j] = out.exercises[j] < 0xFFFF ? exercise_id{static_cast<std::uint16_t>(out.exercises[j])} : exercise_id{0xFFFF};
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
  // The candidates are in catalog order already (appended in catalog order,
  // dropped without reordering), so ties resolve to the lower index.
  for (std::size_t j = 0; j != s.candidates; ++j) {
    s.full |= s.mask[j];
    if (detail::popcount(s.mask[j]) > s.widest) s.widest = detail::popcount(s.mask[j]);
  }
  for (std::size_t t = 0; t != k; ++t)
    if ((coverable & (1U << t)) == 0) out.uncovered.insert(target[t]);
  if (!out.minimal) {
    // Too many patterns to search exactly: cover greedily, taking each time the
    // exercise that covers most of what is left (the lowest index on a tie).
    std::uint32_t covered = 0;
    detail::array<std::uint32_t, max_cover_targets> picked{};
    std::size_t n = 0;
    while (covered != coverable && n != max_cover_targets) {
      std::uint32_t best = 0;
      int best_gain = 0;
      for (std::size_t i = 0; i != catalog.size(); ++i) {
        const int gain = detail::popcount(mask_of(catalog[i]) & ~covered);
        if (gain > best_gain) {
          best_gain = gain;
          best = static_cast<std::uint32_t>(i);
        }
      }
      picked[n++] = best;
      covered |= mask_of(catalog[best]);
    }
    detail::write_cover(out, picked.data(), n);
    return out;
  }
  s.run(0, 0);
  if (s.best_count <= max_cover_targets) {
    detail::array<std::uint32_t, max_cover_targets> picked{};
    for (std::size_t j = 0; j != s.best_count; ++j) picked[j] = s.index[s.best[j]];
    detail::write_cover(out, picked.data(), s.best_count);
  }
  return out;
}

/// The same on the built-in catalog. A template only so that the search is
/// instantiated where it is called, not in every translation unit.
template <class Model = builtin_model>
  requires(__is_same(Model, builtin_model))
constexpr exercise_cover smallest_cover(const action_set& targets, const exercise_filter& filter = {},
                                        coverage c = coverage::working) noexcept {
  return smallest_cover<Model>(builtin_catalog(), targets, filter, c);
}

}  // namespace sinew
