// The scheduling block: on which days the sessions fall and which groups each
// may load, so that two sessions loading the same group lie at least the
// analysis' recovery hours apart (48-72 h: Legs That Actually Grow), the week
// read as repeating. Up to three sessions a week are full-body sessions two
// days or more apart. More sessions than that cannot all load every group, so
// each takes one of six focuses, three pairs of complements: "squat and
// glutes" (the squat pattern, glutes, abductors) against "hamstrings and
// calves" (knee flexion, calves, adductors); "hinge and glutes" (the hip
// hinge: hamstrings, glutes, lower back, abductors) against "quadriceps and
// calves"; and "squat and hinge" (both compounds: the thigh, glutes, lower
// back, abductors) against "calves and adductors". Two sessions on days in a
// row share no group, and every compound primes the glutes, so six days in a
// row hold compounds every second day at most: the last pair puts both in one.
// The focuses are searched session by session (at most 6^6 assignments, pruned
// at the first clash) for the one that loads each group the analysis ranges
// twice a week or more (the research's "each muscle twice a week where days
// allow"), then holds a squat focus and a hinge focus, each twice a week where
// the days allow (the first such assignment found). The default days: 1 Monday,
// 2 Monday and Thursday, 3 Monday, Wednesday, Friday, 4 Monday, Tuesday,
// Thursday, Friday, 5 those and Saturday, 6 Monday to Saturday. A user's
// Scheduling replaces it: anything with
//   result<week_draft> schedule(const generation_context<Model>&) const
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include <sinew/detail/traits.hpp>
#include <sinew/generation/draft.hpp>

namespace sinew {

template <class S, class Model>
concept Scheduling = requires(const S& s, const generation_context<Model>& c) {
  { s.schedule(c) } -> detail::convertible_to<result<week_draft>>;
};

namespace detail {
/// The six focuses of split sessions (see the header), as groups of `Model`.
inline constexpr std::size_t split_focus_count = 6;
template <class Model>
constexpr group_set split_focus(std::size_t k) noexcept {
  group_set all{};
  for (std::size_t g = 0; g != Model::group_count; ++g) all.insert(group_id{static_cast<std::uint8_t>(g)});
  const auto named = [](std::initializer_list<text_view> names) {
    group_set out{};
    for (const text_view name : names)
      if (const auto g = Model::find_group(name)) out.insert(*g);
    return out;
  };
  const group_set flexion = named({"hamstrings", "calves", "adductors", "shin", "peroneals"});
  const group_set hinge = named({"hamstrings", "glutes", "lower_back", "abductors", "deep_external_rotators"});
  const group_set both = hinge | named({"quadriceps"});
  switch (k) {
    case 0: return all - flexion;
    case 1: return flexion;
    case 2: return hinge;
    case 3: return all - hinge;
    case 4: return both;
    default: return all - both;
  }
}
inline constexpr text_view split_titles[split_focus_count] = {"Squat and glutes", "Hamstrings and calves",
                                                             "Hinge and glutes", "Quadriceps and calves",
                                                             "Squat and hinge",  "Calves and adductors"};
/// Days between session i and the next one, the week read as repeating.
constexpr std::uint32_t gap_after(span<const std::uint8_t> days, std::size_t i) noexcept {
  return i + 1 < days.size() ? std::uint32_t{days[i + 1]} - days[i] : std::uint32_t{days[0]} + 7U - days[i];
}
/// Days between two sessions of the repeating week, the shorter way round.
constexpr std::uint32_t days_apart(std::uint8_t a, std::uint8_t b) noexcept {
  const std::uint32_t d = a > b ? std::uint32_t{a} - b : std::uint32_t{b} - a;
  return d < 7U - d ? d : 7U - d;
}

/// The split search's state: the focus of each session so far, the best whole assignment
/// (the first, in the order the focuses are tried, of the highest score). An assignment
/// scores 10 for each required group per session loading it, up to two sessions, 4 per
/// squat focus and 3 per hinge focus, up to two each; the score is kept as the
/// assignment grows, and the search stops at the first assignment that scores the most
/// any could.
template <class Model>
struct split_search {
  span<const std::uint8_t> days{};
  std::uint32_t need = 2;
  group_set required{};
  detail::array<group_set, split_focus_count> focus{};
  detail::array<std::uint8_t, 7> at{}, best{};
  std::int32_t best_score = -1;
  // prepared by run(): the focuses each focus shares a group with, and the earlier
  // sessions closer than `need` days to each session (bit j: focus or session j)
  detail::array<std::uint32_t, split_focus_count> clashes{};
  detail::array<std::uint32_t, 7> near{};
  // the assignment so far: sessions loading each required group, squat and hinge focuses, its score
  detail::array<std::uint8_t, max_groups> loads{};
  std::int32_t squat = 0, hinge = 0, score = 0, ceiling = 0;

  static constexpr bool squat_focus(std::size_t k) noexcept { return k == 0 || k == 4; }
  static constexpr bool hinge_focus(std::size_t k) noexcept { return k == 2 || k == 4; }

  /// Adds (`step` 1) or removes (`step` -1) focus k to the assignment's score.
  constexpr void count(std::size_t k, std::int32_t step) noexcept {
    (focus[k] & required).for_each([&](group_id g) {
      if (step < 0) --loads[g.index];
      score += loads[g.index] < 2 ? 10 * step : 0;
      if (step > 0) ++loads[g.index];
    });
    if (squat_focus(k)) {
      if (step < 0) --squat;
      score += squat < 2 ? 4 * step : 0;
      if (step > 0) ++squat;
    }
    if (hinge_focus(k)) {
      if (step < 0) --hinge;
      score += hinge < 2 ? 3 * step : 0;
      if (step > 0) ++hinge;
    }
  }
  constexpr void run() noexcept {
    for (std::size_t k = 0; k != split_focus_count; ++k)
      for (std::size_t j = 0; j != split_focus_count; ++j)
        if (focus[k].intersects(focus[j])) clashes[k] |= 1U << j;
    for (std::size_t i = 0; i != days.size(); ++i)
      for (std::size_t j = 0; j != i; ++j)
        if (days_apart(days[i], days[j]) < need) near[i] |= 1U << j;
    const std::int32_t twice = days.size() < 2 ? static_cast<std::int32_t>(days.size()) : 2;
    ceiling = static_cast<std::int32_t>(required.size()) * 10 * twice + 4 * twice + 3 * twice;
    search(0);
  }
  constexpr void search(std::size_t i) noexcept {
    if (i == days.size()) {
      if (score > best_score) {
        best_score = score;
        best = at;
      }
      return;
    }
    for (std::uint8_t k = 0; k != split_focus_count && best_score != ceiling; ++k) {
      bool clash = false;
      for (std::size_t j = 0; j != i && !clash; ++j) clash = ((near[i] >> j) & 1U) != 0 && ((clashes[k] >> std::uint32_t{at[j]}) & 1U) != 0;
      if (clash) continue;
      at[i] = k;
      count(k, 1);
      search(i + 1);
      count(k, -1);
    }
  }
};
}  // namespace detail

/// The default schedule (see the header's paragraph).
struct default_scheduling {
  template <class Model>
  [[nodiscard]] constexpr result<week_draft> schedule(const generation_context<Model>& c) const noexcept {
    const plan_request& r = *c.request;
    detail::array<std::uint8_t, 7> days{};
    std::size_t n = 0;
    if (!r.weekdays.empty()) {
      for (std::uint8_t d = 1; d <= 7; ++d)
        if (r.weekdays.contains(static_cast<weekday>(d))) days[n++] = d;
    } else {
      constexpr std::uint8_t by_count[7][6] = {{}, {1}, {1, 4}, {1, 3, 5}, {1, 2, 4, 5}, {1, 2, 4, 5, 6}, {1, 2, 3, 4, 5, 6}};
      n = r.days;
      for (std::size_t i = 0; i != n; ++i) days[i] = by_count[n][i];
    }
    const span<const std::uint8_t> d{days.data(), n};
    const std::uint32_t need = (c.options.recovery_hours_min + 23U) / 24U;  // whole days
    // the draft is written where the result returns it (every return is `out`): no copy of it
    result<week_draft> out{};
    week_draft& w = *out;
    w.count = n;
    bool spaced = true;
    for (std::size_t i = 0; i != n; ++i) spaced = spaced && (n == 1 || detail::gap_after(d, i) >= need);
    if (spaced) {
      group_set all{};
      for (std::size_t g = 0; g != Model::group_count; ++g) all.insert(group_id{static_cast<std::uint8_t>(g)});
      // w is value-initialised: each session's items are empty already (no 2 KB temporary per session)
      for (std::size_t i = 0; i != n; ++i) {
        w.sessions[i].day = days[i];
        w.sessions[i].title = "Lower body";
        w.sessions[i].focus = all;
      }
      return out;
    }
    detail::split_search<Model> s{};
    s.days = d;
    s.need = need;
    for (std::size_t k = 0; k != detail::split_focus_count; ++k) s.focus[k] = detail::split_focus<Model>(k);
    for (const auto& range : c.options.ranges_in_force())
      if (const auto g = Model::find_group(range.group)) s.required.insert(*g);
    s.run();
    if (s.best_score < 0) {
      out = error{"sinew: weekdays: no order of the sessions leaves 48 h between two that load the same group"};
      return out;
    }
    for (std::size_t i = 0; i != n; ++i) {
      w.sessions[i].day = days[i];
      w.sessions[i].title = detail::split_titles[s.best[i]];
      w.sessions[i].focus = s.focus[s.best[i]];
    }
    return out;
  }
};

}  // namespace sinew
