// The scheduling block: on which days the sessions fall and which groups each
// may load, so that two sessions loading the same group lie at least the
// analysis' recovery hours apart (48-72 h: Legs That Actually Grow), the week
// read as repeating. Up to three sessions a week are full-body sessions two
// days or more apart; four to six alternate two halves of the leg on
// consecutive days (a session with the squat pattern and the glutes, then one
// with the hamstrings' knee flexion, the calves and the adductors), each half
// twice a week or more (the research's "each muscle twice a week where days
// allow"). A user's Scheduling replaces it: anything with
//   result<week_draft> schedule(const generation_context<Model>&) const
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>

#include <sinew/generation/draft.hpp>

namespace sinew {

template <class S, class Model>
concept Scheduling = requires(const S& s, const generation_context<Model>& c) {
  { s.schedule(c) } -> std::convertible_to<result<week_draft>>;
};

namespace detail {
/// The two halves of the leg the split sessions alternate, as groups of `Model`.
template <class Model>
constexpr group_set split_half(bool first) noexcept {
  group_set all{};
  for (std::size_t g = 0; g != Model::group_count; ++g) all.insert(group_id{static_cast<std::uint8_t>(g)});
  group_set second{};
  for (const text_view name : {text_view{"hamstrings"}, text_view{"calves"}, text_view{"adductors"}, text_view{"shin"},
                               text_view{"peroneals"}})
    if (const auto g = Model::find_group(name)) second.insert(*g);
  return first ? all - second : second;
}
/// Days between session i and the next one, the week read as repeating.
constexpr std::uint32_t gap_after(span<const std::uint8_t> days, std::size_t i) noexcept {
  return i + 1 < days.size() ? std::uint32_t{days[i + 1]} - days[i] : std::uint32_t{days[0]} + 7U - days[i];
}
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
      constexpr std::uint8_t by_count[7][6] = {{}, {1}, {1, 4}, {1, 3, 5}, {1, 2, 4, 5}, {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5, 6}};
      n = r.days;
      for (std::size_t i = 0; i != n; ++i) days[i] = by_count[n][i];
    }
    const span<const std::uint8_t> d{days.data(), n};
    const std::uint32_t need = (c.options.recovery_hours_min + 23U) / 24U;  // whole days
    week_draft w{};
    w.count = n;
    bool spaced = true;
    for (std::size_t i = 0; i != n; ++i) spaced = spaced && (n == 1 || detail::gap_after(d, i) >= need);
    if (spaced) {
      group_set all{};
      for (std::size_t g = 0; g != Model::group_count; ++g) all.insert(group_id{static_cast<std::uint8_t>(g)});
      for (std::size_t i = 0; i != n; ++i) w.sessions[i] = session_draft{days[i], "Lower body", all, {}, 0};
      return w;
    }
    // Alternate the halves; start where the week wraps so that like halves stay apart.
    for (std::size_t start = 0; start != n; ++start) {
      bool fits = true;
      for (std::size_t i = 0; i != n && fits; ++i) {
        // the same half comes back two sessions on (or one on, across an odd wrap)
        const std::size_t k = (i + n - start) % n;
        const std::size_t j = (i + 1) % n;
        const std::size_t kj = (j + n - start) % n;
        const bool same = (k % 2) == (kj % 2);
        if (same && detail::gap_after(d, i) < need) fits = false;
        const std::size_t j2 = (i + 2) % n;
        const std::size_t kj2 = (j2 + n - start) % n;
        const std::uint32_t two = detail::gap_after(d, i) + detail::gap_after(d, (i + 1) % n);
        if (n > 2 && (k % 2) == (kj2 % 2) && two < need) fits = false;
      }
      if (!fits) continue;
      for (std::size_t i = 0; i != n; ++i) {
        const bool first = ((i + n - start) % n) % 2 == 0;
        w.sessions[i] = session_draft{days[i], first ? text_view{"Squat and glutes"} : text_view{"Hamstrings and calves"},
                                      detail::split_half<Model>(first), {}, 0};
      }
      return w;
    }
    return error{"sinew: weekdays: no order of the sessions leaves 48 h between two that load the same group"};
  }
};

}  // namespace sinew
