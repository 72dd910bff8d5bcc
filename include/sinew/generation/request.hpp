// What a user asks the program generator for: how many days (or which
// weekdays), how long a session may be, the equipment at hand, the goal and
// level, what to bring up (muscles, groups, actions), the conditions to honour,
// exercises to leave out or to keep, how many weeks, and a seed. A plain value:
// it can be written in code, filled from the command line, compared, and used
// in constant evaluation. The generator (generation/generator.hpp) checks it
// and answers an impossible or contradictory request with an error that names
// the input and says why.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/anatomy/ids.hpp>
#include <sinew/detail/array.hpp>
#include <sinew/exercises/builtin_exercise.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/programs/findings.hpp>
#include <sinew/programs/program.hpp>
#include <sinew/span.hpp>

namespace sinew {

/// A set of weekdays (bitmask over sinew::weekday, Monday = 1 .. Sunday = 7).
struct weekday_set {
  std::uint8_t bits = 0;
  [[nodiscard]] static constexpr std::uint8_t bit_of(weekday d) noexcept {
    const auto i = static_cast<unsigned>(d);
    return i >= 1 && i <= 7 ? static_cast<std::uint8_t>(1U << (i - 1)) : std::uint8_t{0};
  }
  constexpr weekday_set() noexcept = default;
  constexpr weekday_set(std::initializer_list<weekday> items) noexcept {
    for (auto d : items) bits = static_cast<std::uint8_t>(bits | bit_of(d));
  }
  [[nodiscard]] constexpr bool contains(weekday d) const noexcept { return (bits & bit_of(d)) != 0; }
  constexpr void insert(weekday d) noexcept { bits = static_cast<std::uint8_t>(bits | bit_of(d)); }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits == 0; }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (unsigned b = bits; b != 0; b &= b - 1) ++n;
    return n;
  }
  friend constexpr bool operator==(weekday_set, weekday_set) noexcept = default;
};

/// A short list of exercises (by id in the catalog the generator is given).
inline constexpr std::size_t max_listed_exercises = 16;
struct exercise_list {
  detail::array<exercise_id, max_listed_exercises> items{};
  std::size_t count = 0;

  [[nodiscard]] constexpr const exercise_id* begin() const noexcept { return items.data(); }
  [[nodiscard]] constexpr const exercise_id* end() const noexcept { return items.data() + count; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
  [[nodiscard]] constexpr bool empty() const noexcept { return count == 0; }
  [[nodiscard]] constexpr bool contains(exercise_id e) const noexcept {
    for (std::size_t i = 0; i != count; ++i)
      if (items[i] == e) return true;
    return false;
  }
  /// Adds `e` unless it is listed already; false when the list is full.
  constexpr bool add(exercise_id e) noexcept {
    if (contains(e)) return true;
    if (count == max_listed_exercises) return false;
    items[count++] = e;
    return true;
  }
  friend constexpr bool operator==(const exercise_list& a, const exercise_list& b) noexcept {
    if (a.count != b.count) return false;
    for (std::size_t i = 0; i != a.count; ++i)
      if (a.items[i] != b.items[i]) return false;
    return true;
  }
};

/// What to bring up: muscles, groups or actions; each gets more weekly sets
/// than it would otherwise.
struct plan_priorities {
  muscle_set muscles{};
  group_set groups{};
  action_set actions{};
  [[nodiscard]] constexpr bool empty() const noexcept {
    return muscles.empty() && groups.empty() && actions.empty();
  }
  friend constexpr bool operator==(const plan_priorities&, const plan_priorities&) noexcept = default;
};

/// The generator's input. Every field has a default, so `plan_request{}` is a
/// valid request (three days, 60 minutes, a full gym, hypertrophy,
/// intermediate, one week, a seed of 0).
struct plan_request {
  /// Sessions a week, 1 to 6. Ignored when `weekdays` names the days.
  std::uint8_t days = 3;
  /// Fixed training days; empty: the scheduler chooses them.
  weekday_set weekdays{};
  /// The longest a session may take, minutes (main work, warm-up and cool-down left out).
  std::uint32_t minutes = 60;
  /// What the user has; an exercise needs all of its equipment to be chosen.
  /// Bodyweight is always at hand (an empty set means bodyweight only).
  equipment_set equipment = equipment_set::all();
  training_goal goal = training_goal::hypertrophy;
  training_level level = training_level::intermediate;
  plan_priorities priorities{};
  condition_set conditions{};
  /// Never chosen.
  exercise_list exclude{};
  /// Always in the program (each at least once a week).
  exercise_list require{};
  /// Weeks of the program, 1 to 16; past the first, each exercise progresses.
  std::uint16_t weeks = 1;
  /// The same request and seed give the same program; another seed, another valid one.
  std::uint64_t seed = 0;

  /// The number of sessions a week this request asks for.
  [[nodiscard]] constexpr std::size_t sessions_per_week() const noexcept {
    return weekdays.empty() ? days : weekdays.size();
  }
  friend constexpr bool operator==(const plan_request&, const plan_request&) noexcept = default;
};

}  // namespace sinew
