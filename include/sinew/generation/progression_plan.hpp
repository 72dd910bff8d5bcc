// The progression block: how each exercise moves on over the program's weeks.
// The default: a double progression (reps climb one a week through the
// week-1 range, then the load rises: the research's "dp(increment, min reps,
// max reps)") on every exercise whose entries are all straight rep ranges,
// the load step left to the lifter (0: unstated), and a deload every fourth
// week at 60 % of the sets when the program runs four weeks or more. Listed
// schemes (a pyramid) and held sets repeat week 1. A user's ProgressionPolicy:
//   progression progression_for(const generation_context<Model>&, const chosen_exercise&) const
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/traits.hpp>
#include <sinew/generation/draft.hpp>
#include <sinew/programs/progression.hpp>

namespace sinew {

template <class P, class Model>
concept ProgressionPolicy = requires(const P& p, const generation_context<Model>& c, const chosen_exercise& e) {
  { p.progression_for(c, e) } -> detail::convertible_to<progression>;
};

/// The default progression (see the header's paragraph).
struct default_progression {
  std::uint8_t deload_every = 4;
  std::uint16_t deload_sets_percent = 600;  ///< tenths of a percent of the sets
  template <class Model>
  [[nodiscard]] constexpr progression progression_for(const generation_context<Model>& c,
                                                      const chosen_exercise& e) const noexcept {
    const set_scheme& s = e.scheme;
    if (c.request->weeks <= 1 || e.role == exercise_role::warm_up) return {};
    if (s.kind != scheme_kind::straight || s.per_set.kind != quantity_kind::reps || s.per_set.min >= s.per_set.max)
      return {};
    progression p = double_progression_of(1, load_step{}, progression_period::week);
    if (c.request->weeks >= deload_every) {
      deload_schedule d{};
      d.every = deload_every;
      d.sets_percent = deload_sets_percent;
      p = p.with(d);
    }
    return p;
  }
};

}  // namespace sinew
