// docs/generator.md, "Progression": a user's progression block. Built and run
// by CTest (examples/CMakeLists.txt); the docs quote the region between the markers.
#include <cstdio>

#include <sinew/generation.hpp>

// [doc-begin]
// Two reps more each week on every straight rep range, never a deload.
struct two_reps_a_week {
  template <class Model>
  constexpr sinew::progression progression_for(const sinew::generation_context<Model>&,
                                               const sinew::chosen_exercise& e) const noexcept {
    const auto& s = e.scheme;
    if (s.kind != sinew::scheme_kind::straight || s.per_set.kind != sinew::quantity_kind::reps || s.per_set.min >= s.per_set.max)
      return {};
    return sinew::double_progression_of(2, sinew::load_step{}, sinew::progression_period::week);
  }
};

constexpr auto parts = sinew::default_parts{}.with_progression(two_reps_a_week{});
// [doc-end]

int main() {
  sinew::plan_request r{};
  r.weeks = 8;
  const auto p = sinew::generate(r, sinew::builtin_catalog(), parts);
  if (!p) return std::printf("generate: %.*s\n", int(p.error().message.size()), p.error().message.data()), 1;
  if (p->progressions().empty()) return std::puts("no exercise progresses"), 1;
  for (const auto& x : p->progressions())
    if (x.rule.kind != sinew::progression_kind::double_progression || x.rule.reps_then_load.rep_step != 2 ||
        x.rule.deload.every != 0)
      return std::puts("a progression is not two reps a week without deload"), 1;
  std::puts("ok progression");
}
