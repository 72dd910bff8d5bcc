// Groupings and blocks: how exercises are chained and where they sit in a session.
// A superset pairs two exercises, a compound set two exercises for one muscle, a
// tri-set three (Padron's "1A/1B/1C"), a giant set four or more, a circuit two or
// more with rest allowed between exercises. Blocks are the session parts of the
// articles: warm-up (10-15 min), priming, working ("main workout routine", 60-75
// min), finishing, cool-down (10-15 min) (Balanced Leg Muscles; Padron). Exercise
// names are held as string_view: the text they view must outlive the grouping (for
// parsed values, the parsed input; for literals, static storage).
#pragma once

#include <sinew/detail/array.hpp>
#include <sinew/detail/ascii.hpp>
#include <sinew/detail/exercise_name.hpp>
#include <sinew/detail/traits.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include <sinew/text_view.hpp>

#include <sinew/result.hpp>
#include <sinew/schemes/set_scheme.hpp>

namespace sinew {

inline constexpr std::size_t max_grouping_entries = 8;

enum class grouping_kind : std::uint8_t { superset, compound_set, tri_set, giant_set, circuit };
namespace detail {
inline constexpr text_view grouping_kind_names[] = {"superset", "compound_set", "tri_set", "giant_set", "circuit"};
/// As the notation writes each kind (its keywords: notation/keywords.hpp).
inline constexpr text_view grouping_kind_written[] = {"superset", "compound set", "tri-set", "giant set", "circuit"};
}  // namespace detail
[[nodiscard]] constexpr text_view name_of(grouping_kind k) noexcept { return detail::name_in(detail::grouping_kind_names, k); }

/// One exercise of a grouping: its name as written and its sets.
struct grouping_entry {
  text_view exercise{};
  set_scheme scheme{};
  friend constexpr bool operator==(const grouping_entry&, const grouping_entry&) noexcept = default;
};

/// Exercises done back to back. Rest rules: between exercises only a circuit
/// rests (stated or not); after each round the stated rest applies.
struct grouping {
  grouping_kind kind = grouping_kind::superset;
  detail::array<grouping_entry, max_grouping_entries> entries{};
  std::uint8_t size = 0;
  rest between_exercises{};
  rest between_rounds{};

  [[nodiscard]] constexpr const grouping_entry* begin() const noexcept { return entries.data(); }
  [[nodiscard]] constexpr const grouping_entry* end() const noexcept { return entries.data() + (size > max_grouping_entries ? max_grouping_entries : size); }
  friend constexpr bool operator==(const grouping&, const grouping&) noexcept = default;
};

namespace detail {
constexpr grouping make_grouping(grouping_kind k, std::initializer_list<grouping_entry> es) noexcept {
  grouping g;
  g.kind = k;
  std::size_t i = 0;
  for (const auto& e : es) {
    if (i < max_grouping_entries) g.entries[i] = e;
    ++i;
  }
  g.size = static_cast<std::uint8_t>(i > max_grouping_entries ? max_grouping_entries + 1 : i);
  return g;
}
}  // namespace detail

[[nodiscard]] constexpr grouping superset(std::initializer_list<grouping_entry> es) noexcept {
  return detail::make_grouping(grouping_kind::superset, es);
}
[[nodiscard]] constexpr grouping compound_set(std::initializer_list<grouping_entry> es) noexcept {
  return detail::make_grouping(grouping_kind::compound_set, es);
}
[[nodiscard]] constexpr grouping tri_set(std::initializer_list<grouping_entry> es) noexcept {
  return detail::make_grouping(grouping_kind::tri_set, es);
}
[[nodiscard]] constexpr grouping giant_set(std::initializer_list<grouping_entry> es) noexcept {
  return detail::make_grouping(grouping_kind::giant_set, es);
}
[[nodiscard]] constexpr grouping circuit(std::initializer_list<grouping_entry> es) noexcept {
  return detail::make_grouping(grouping_kind::circuit, es);
}

namespace detail {
/// The grouping's own rules (size, names, rests), not its entries' schemes.
constexpr rule_check check_grouping_shape(const grouping& g, bool with_schemes) noexcept {
  if (g.size > max_grouping_entries) return {rule::grouping_too_large};
  switch (g.kind) {
    case grouping_kind::superset:
      if (g.size != 2) return {rule::superset_size};
      break;
    case grouping_kind::compound_set:
      if (g.size != 2) return {rule::compound_set_size};
      break;
    case grouping_kind::tri_set:
      if (g.size != 3) return {rule::tri_set_size};
      break;
    case grouping_kind::giant_set:
      if (g.size < 4) return {rule::giant_set_size};
      break;
    case grouping_kind::circuit:
      if (g.size < 2) return {rule::circuit_size};
      break;
  }
  for (std::uint8_t i = 0; i != g.size; ++i) {
    const auto& e = g.entries[i];
    if (e.exercise.empty()) return {rule::exercise_name_empty, i};
    if (!well_formed_name(e.exercise)) return {rule::exercise_name_malformed, i};
    if (!with_schemes) continue;
    if (auto c = check(e.scheme); !c.ok()) return {c.rule, i};
  }
  for (auto i = g.size; i < max_grouping_entries; ++i)
    if (g.entries[i] != grouping_entry{}) return {rule::grouping_too_large, i};
  if (g.between_exercises.length.amount > 9999 || g.between_rounds.length.amount > 9999) return {rule::number_too_large};
  if (g.kind != grouping_kind::circuit && g.between_exercises.stated && g.between_exercises.length.amount != 0)
    return {rule::rest_inside_grouping};
  return {};
}
}  // namespace detail

/// The first rule `g` breaks; `index` names the offending entry.
[[nodiscard]] constexpr rule_check check(const grouping& g) noexcept { return detail::check_grouping_shape(g, true); }

[[nodiscard]] constexpr bool is_valid(const grouping& g) noexcept { return check(g).ok(); }

[[nodiscard]] constexpr result<grouping> validate(const grouping& g) noexcept {
  const auto c = check(g);
  if (!c.ok()) return rule_error(c.rule);
  return g;
}

[[nodiscard]] consteval grouping checked(const grouping& g) noexcept {
  if (const auto c = check(g); !c.ok()) stop_on(c.rule);
  return g;
}

/// A compound set's two exercises must share a target muscle. The muscles come
/// from the exercises layer, so the caller supplies `targets_of(exercise name)`,
/// returning any set type with `.intersects()` (e.g. an id_set of muscles).
template <class TargetsOf>
  requires requires(TargetsOf f, text_view n) { { f(n).intersects(f(n)) } -> detail::convertible_to<bool>; }
[[nodiscard]] constexpr result<grouping> check_compound_set(const grouping& g, TargetsOf&& targets_of) {
  if (const auto c = check(g); !c.ok()) return rule_error(c.rule);
  if (g.kind != grouping_kind::compound_set) return rule_error(rule::compound_set_size);
  if (!targets_of(g.entries[0].exercise).intersects(targets_of(g.entries[1].exercise)))
    return rule_error(rule::compound_set_no_shared_muscle);
  return g;
}

enum class block_role : std::uint8_t { none, warm_up, priming, working, finishing, cool_down };
namespace detail {
inline constexpr text_view block_role_names[] = {"none", "warm_up", "priming", "working", "finishing", "cool_down"};
/// As the notation writes each role (its keywords: notation/keywords.hpp).
inline constexpr text_view block_role_written[] = {"", "warm-up", "priming", "working", "finishing", "cool-down"};
}  // namespace detail
[[nodiscard]] constexpr text_view name_of(block_role r) noexcept { return detail::name_in(detail::block_role_names, r); }
enum class block_content : std::uint8_t { none, scheme, grouping, rest };

/// One line of a session plan: an optional role with an optional length
/// ("warm-up 10-15min"), holding a set scheme, a grouping, a rest ("rest 90s")
/// or nothing.
struct block {
  block_role role = block_role::none;
  std::uint16_t min_length = 0;  ///< 0: no length stated
  std::uint16_t max_length = 0;
  time_unit length_unit = time_unit::minute;
  block_content content = block_content::none;
  set_scheme scheme{};
  sinew::grouping group{};
  sinew::rest rest_period{};
  friend constexpr bool operator==(const block&, const block&) noexcept = default;
};

[[nodiscard]] constexpr rule_check check(const block& b) noexcept {
  if (b.min_length > b.max_length) return {rule::block_range_inverted};
  if (b.min_length == 0 && b.max_length != 0) return {rule::block_length_zero};
  if (b.max_length > 9999 || b.rest_period.length.amount > 9999) return {rule::number_too_large};
  if (b.content == block_content::scheme) return check(b.scheme);
  if (b.content == block_content::grouping) return check(b.group);
  return {};
}
[[nodiscard]] constexpr bool is_valid(const block& b) noexcept { return check(b).ok(); }
[[nodiscard]] constexpr result<block> validate(const block& b) noexcept {
  const auto c = check(b);
  if (!c.ok()) return rule_error(c.rule);
  return b;
}
[[nodiscard]] consteval block checked(const block& b) noexcept {
  if (const auto c = check(b); !c.ok()) stop_on(c.rule);
  return b;
}

}  // namespace sinew
