// The time budget block: each session's main work (all but warm-up and
// cool-down) estimated as the analysis estimates it (its figures: seconds per
// rep, rests by goal, the middle of the estimate in whole minutes), and
// trimmed to the request's minutes: a set at a time from the least important
// exercise (the latest role: finishers and balance work before the main
// lifts), never below one set; then the least important exercise that is not
// required. A session that still does not fit is an error naming the minutes.
// A user's TimeBudget:
//   std::uint32_t minutes(const generation_context<Model>&, const session_draft&) const
//   result<week_draft> fit(const generation_context<Model>&, const week_draft&) const
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/traits.hpp>
#include <sinew/generation/draft.hpp>

namespace sinew {

template <class T, class Model>
concept TimeBudget = requires(const T& t, const generation_context<Model>& c, const session_draft& s, const week_draft& w) {
  { t.minutes(c, s) } -> detail::convertible_to<std::uint32_t>;
  { t.fit(c, w) } -> detail::convertible_to<result<week_draft>>;
};

namespace detail {
/// One set fewer: a straight scheme's count, a listed scheme's last step.
constexpr set_scheme one_set_fewer(set_scheme s) noexcept {
  if (s.sets <= 1) return s;
  if (is_listed(s.kind) && s.listed_count > 1) {
    s.listed[s.listed_count - 1U] = 0;
    --s.listed_count;
  }
  --s.sets;
  return s;
}
}  // namespace detail

/// The default time budget (see the header's paragraph).
struct default_time_budget {
  template <class Model>
  [[nodiscard]] constexpr std::uint32_t minutes(const generation_context<Model>& c, const session_draft& s) const noexcept {
    const figure_defaults d = c.figures();
    figure main = figure::exactly(0);
    std::uint64_t units = 0;
    for (const auto& e : s.exercises()) {
      if (e.block == block_role::warm_up || e.block == block_role::cool_down) continue;
      main = main + figures_of(as_prescribed_for(c.record(e.exercise), e.scheme), d).duration;
      ++units;
    }
    main = main + figure::exactly(d.rest_between_sets) * detail::gaps(units);
    return session_summary::middle_minutes(main);
  }

  template <class Model>
  [[nodiscard]] constexpr result<week_draft> fit(const generation_context<Model>& c, const week_draft& in) const noexcept {
    // the draft is written where the result returns it (every return is `out`: one copy of
    // ~14 KB, not two)
    result<week_draft> out{in};
    week_draft& w = *out;
    const std::uint32_t limit = c.request->minutes;
    for (std::size_t s = 0; s != w.count; ++s) {
      session_draft& d = w.sessions[s];
      for (std::size_t guard = 0; guard != 64 && minutes(c, d) > limit; ++guard) {
        std::size_t at = d.count;
        for (std::size_t i = 0; i != d.count; ++i) {
          const auto& e = d.items[i];
          if (e.block == block_role::warm_up || e.scheme.sets <= 1) continue;
          if (at == d.count || e.role >= d.items[at].role) at = i;
        }
        if (at != d.count) {
          d.items[at].scheme = detail::one_set_fewer(d.items[at].scheme);
          d.items[at].sets = static_cast<std::uint8_t>(d.items[at].scheme.sets);
          continue;
        }
        for (std::size_t i = 0; i != d.count; ++i) {
          const auto& e = d.items[i];
          if (e.block == block_role::warm_up || e.role == exercise_role::required) continue;
          if (at == d.count || e.role >= d.items[at].role) at = i;
        }
        if (at == d.count) break;
        d.erase(at);
      }
      if (minutes(c, d) > limit) {
        out = error{"sinew: minutes: too few for the least work a session of this request holds"};
        return out;
      }
    }
    return out;
  }
};

}  // namespace sinew
