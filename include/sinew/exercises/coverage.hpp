// What "covers" means, on one record and on a run-time catalog (a span of
// records): an action loaded as primary, working (also assisting, with what the
// model's derivation rules add) or held under load; a muscle or group by its
// derived role. Each test is a template over the anatomy model, compiled only
// where used; catalog answers are written into the caller's storage. A catalog
// query answers for the kinds its filter accepts: strength and power unless it
// opts others in (exercise_filter::all_kinds); covers() on one record asks only
// what the record works, whatever its kind.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/bits.hpp>
#include <sinew/detail/traits.hpp>
#include <sinew/span.hpp>

#include <sinew/detail/array.hpp>
#include <sinew/detail/bounded_list.hpp>
#include <sinew/exercises/derivation.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/filter.hpp>

namespace sinew {

// --- what "covers" means, on one record --------------------------------------------

/// Whether an exercise covers an action: primary (coverage::prime), loaded at all
/// (working: primary or assisting, incl. what the model's rules add, such as
/// the external rotation toes out adds), or also held under load (any).
namespace detail {
/// For each action, the model's rule rows that add it, as bits over the rows:
/// `working` those adding it as assisting, `any` those adding it as assisting
/// or held. Computed once per model, so a coverage test asks only those rows.
struct rows_adding {
  std::uint32_t working = 0;
  std::uint32_t any = 0;
};
static_assert(max_derivation_rules <= 32, "sinew: rows_adding holds a bit per derivation rule");
template <class Model>
inline constexpr auto rule_rows_adding = [] {
  detail::array<rows_adding, max_actions> t{};
  const auto& rows = derivation_rules<Model>;
  for (std::size_t i = 0; i != rows.size(); ++i) {
    const bool assisting = rows[i].effect == rule_effect::adds_assisting;
    if (!assisting && rows[i].effect != rule_effect::adds_stabilized) continue;
    rows[i].actions.for_each([&](action_id a) {
      if (assisting) t[a.index].working |= std::uint32_t{1} << i;
      t[a.index].any |= std::uint32_t{1} << i;
    });
  }
  return t;
}();
/// Whether a rule row among `rows` (bits over the model's rows) applies to the record.
template <class Model>
[[nodiscard]] constexpr bool some_row_holds(std::uint32_t rows, const exercise_record& r) noexcept {
  for (; rows != 0; rows &= rows - 1)
    if (derivation_rules<Model>[static_cast<std::size_t>(detail::countr_zero(rows))].when.holds(r)) return true;
  return false;
}
}  // namespace detail

template <class Model = lower_body_model>
[[nodiscard]] constexpr bool covers(const exercise_record& r, action_id a, coverage c = coverage::working) noexcept {
  if (r.loads.contains(a)) return true;
  // Primary too: held where a model row says the holding carries the demand.
  if (held_as_prime<Model>.contains(a) && effective_actions_of<Model>(r).held_primary.contains(a)) return true;
  if (c == coverage::prime) return false;
  if (r.assists.contains(a)) return true;
  const bool held_counts = c >= coverage::any;
  if (held_counts && r.stabilizes.contains(a)) return true;
  if (a.index >= max_actions) return false;
  // What effective_actions_of would add, for this one action: a row that
  // applies and names it adds it as assisting (working) or held (any). Only
  // the rows that name it are asked (precomputed per model).
  const detail::rows_adding& rows = detail::rule_rows_adding<Model>[a.index];
  return detail::some_row_holds<Model>(held_counts ? rows.any : rows.working, r);
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

/// Whether group `g` meets the coverage: by its role (`group_role`), so a group is
/// a prime mover only when its prime movers carry a share of the work; working
/// and any ask whether a member meets them.
template <class Model = lower_body_model>
[[nodiscard]] constexpr bool covers(const exercise_record& r, group_id g, coverage c = coverage::working) noexcept {
  if (c == coverage::prime) {
    if (!Model::has(g)) return false;
    return group_role<Model>(derive<Model>(r), g) == muscle_role::prime_mover;
  }
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
    detail::convertible_to<Target, action_id> || detail::convertible_to<Target, muscle_id> || detail::convertible_to<Target, group_id>;

namespace detail {
template <CoverageTarget Target>
[[nodiscard]] constexpr auto as_target(Target t) noexcept {
  if constexpr (detail::convertible_to<Target, action_id>)
    return action_id{t};
  else if constexpr (detail::convertible_to<Target, muscle_id>)
    return muscle_id{t};
  else
    return group_id{t};
}
}  // namespace detail

/// Calls f(index) for each exercise of `catalog` that covers `target` and passes
/// the filter (of the training kinds unless the filter opts others in).
template <class Model = lower_body_model, CoverageTarget Target, class F>
constexpr void for_each_exercise_covering(span<const exercise_record> catalog, Target target, F&& f,
                                          coverage c = coverage::working, const exercise_filter& filter = {}) {
  const auto t = detail::as_target(target);
  for (std::size_t i = 0; i != catalog.size(); ++i)
    if (filter.accepts(catalog[i]) && covers<Model>(catalog[i], t, c)) f(i);
}


/// Writes the indexes of the matching exercises to `out`, in catalog order, as
/// many as fit; counts them all.
template <class Model = lower_body_model, CoverageTarget Target>
constexpr match_count exercises_covering(span<const exercise_record> catalog, Target target,
                                         span<std::uint32_t> out, coverage c = coverage::working,
                                         const exercise_filter& filter = {}) noexcept {
  const auto t = detail::as_target(target);
  detail::bounded_list<std::uint32_t> found{out};
  for (std::size_t i = 0; i != catalog.size(); ++i) {
    const exercise_record& r = catalog[i];
    if (covers<Model>(r, t, c) && filter.accepts(r)) found.push(static_cast<std::uint32_t>(i));
  }
  return found.count;
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
    const auto hits = static_cast<std::size_t>(detail::popcount(word));
    n.matches += hits;
    if (w < bits.size()) {
      bits[w] = word;
      n.written += hits;
    }
  }
  for (std::size_t w = words; w < bits.size(); ++w) bits[w] = 0;
  return n;
}

}  // namespace sinew
