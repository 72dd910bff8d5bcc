// What kind of exercise a record is, and what its actions mean for that kind.
// Strength and power are the training kinds: they move their loaded actions
// against resistance, and coverage, muscle and group queries, substitutes and
// the smallest cover count them by default; conditioning, mobility (dynamic
// warm-up), stretches and soft-tissue work are opted in with a kind_set. A
// statement's `loads` names what the exercise works, read through its kind:
// what a strength or power exercise loads, what conditioning moves, what a
// warm-up prepares (Balanced Leg Muscles: leg swings, high knees, walking
// lunges before the work), what a stretch holds long (its 30 s cool-down
// stretches); soft-tissue work names the groups it treats. The accessors below
// give each reading its own name, so no caller mistakes a stretch for a load.
// Kinds of the built-in catalog: jumps, the kettlebell swing and full-speed
// sprints are power (Padron sprints to overload the hamstrings and glutes at
// speed); the sled push and Padron's tip-toe walk are strength counted in
// distance; loaded walking lunges are strength counted in reps per leg, the
// bodyweight walking lunge of a warm-up is mobility.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <sinew/text_view.hpp>

#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/names.hpp>
#include <sinew/result.hpp>

namespace sinew {

/// Strength and power: the kinds that load their actions against resistance
/// for strength, size or power, counted by queries unless a filter says otherwise.
[[nodiscard]] constexpr bool is_training_kind(exercise_kind k) noexcept {
  return k == exercise_kind::strength || k == exercise_kind::power;
}

/// A set of exercise kinds as a bitmask (structural); a value past the enum is
/// never a member. The filter a query takes to opt other kinds in.
struct kind_set {
  std::uint8_t bits = 0;
  [[nodiscard]] static constexpr std::uint8_t bit_of(exercise_kind k) noexcept {
    const auto i = static_cast<unsigned>(k);
    return i < exercise_kind_count ? static_cast<std::uint8_t>(1U << i) : std::uint8_t{0};
  }
  constexpr kind_set() noexcept = default;
  constexpr kind_set(std::initializer_list<exercise_kind> items) noexcept {
    for (auto k : items) bits = static_cast<std::uint8_t>(bits | bit_of(k));
  }
  [[nodiscard]] static constexpr kind_set all() noexcept {
    kind_set s;
    s.bits = static_cast<std::uint8_t>((1U << exercise_kind_count) - 1U);
    return s;
  }
  /// Strength and power: what queries count by default.
  [[nodiscard]] static constexpr kind_set training() noexcept { return {exercise_kind::strength, exercise_kind::power}; }
  [[nodiscard]] constexpr bool contains(exercise_kind k) const noexcept { return (bits & bit_of(k)) != 0; }
  [[nodiscard]] constexpr bool contains(const exercise_record& r) const noexcept { return contains(r.kind); }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits == 0; }
  /// Adds `k`; false (and the set unchanged) for a value past the enum.
  constexpr bool insert(exercise_kind k) noexcept {
    bits = static_cast<std::uint8_t>(bits | bit_of(k));
    return bit_of(k) != 0;
  }
  friend constexpr kind_set operator|(kind_set a, kind_set b) noexcept {
    kind_set s;
    s.bits = static_cast<std::uint8_t>(a.bits | b.bits);
    return s;
  }
  friend constexpr kind_set operator&(kind_set a, kind_set b) noexcept {
    kind_set s;
    s.bits = static_cast<std::uint8_t>(a.bits & b.bits);
    return s;
  }
  friend constexpr bool operator==(kind_set, kind_set) noexcept = default;
};

/// Every training kind is in kind_set::training() and nothing else is.
static_assert([] {
  for (std::size_t i = 0; i != exercise_kind_count; ++i)
    if (kind_set::training().contains(static_cast<exercise_kind>(i)) != is_training_kind(static_cast<exercise_kind>(i)))
      return false;
  return true;
}());

/// The record counts as training (strength or power).
[[nodiscard]] constexpr bool is_training(const exercise_record& r) noexcept { return is_training_kind(r.kind); }

/// The actions an exercise moves against resistance (primary and assisting):
/// those of strength, power and conditioning; none for a warm-up, a stretch or
/// soft-tissue work.
[[nodiscard]] constexpr action_set loaded_actions(const exercise_record& r) noexcept {
  return is_training_kind(r.kind) || r.kind == exercise_kind::conditioning ? r.loads | r.assists : action_set{};
}
/// The actions whose movers a stretch holds long (what it stretches); none for other kinds.
[[nodiscard]] constexpr action_set stretched_actions(const exercise_record& r) noexcept {
  return r.kind == exercise_kind::stretch ? r.loads | r.assists : action_set{};
}
/// The actions a mobility drill (dynamic warm-up) moves through their range to prepare them; none for other kinds.
[[nodiscard]] constexpr action_set prepared_actions(const exercise_record& r) noexcept {
  return r.kind == exercise_kind::mobility ? r.loads | r.assists : action_set{};
}
/// The groups soft-tissue work treats; none for other kinds.
[[nodiscard]] constexpr group_set treated_groups(const exercise_record& r) noexcept {
  return r.kind == exercise_kind::soft_tissue ? r.treats : group_set{};
}

/// A comma-separated list of kinds (`strength,power`), as the command line
/// takes it; the error lists the valid names. Spaces around names are skipped.
[[nodiscard]] constexpr result<kind_set> parse_kind_set(text_view text) noexcept {
  kind_set out{};
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = begin;
    while (end < text.size() && text[end] != ',') ++end;
    std::size_t b = begin, e = end;
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    const auto k = parse_exercise_kind(text.substr(b, e - b));
    if (!k) return error{k.error().message, b};
    out.insert(*k);
    begin = end + 1;
  }
  return out;
}

}  // namespace sinew
