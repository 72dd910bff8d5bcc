// docs/generator.md, "Selection": a user's selection block. Built and run by
// CTest (examples/CMakeLists.txt); the docs quote the region between the markers.
#include <cstdio>

#include <sinew/generation.hpp>

// [doc-begin]
// The default choice, with the front squat wherever it chose the back squat.
struct front_squat_instead {
  template <class Model>
  constexpr sinew::result<sinew::week_draft> select(const sinew::generation_context<Model>& c,
                                                    const sinew::week_draft& scheduled) const noexcept {
    auto w = sinew::default_selection{}.select(c, scheduled);
    if (!w) return w;
    for (std::size_t s = 0; s != w->count; ++s)
      for (std::size_t i = 0; i != w->sessions[s].count; ++i)
        if (w->sessions[s].items[i].exercise == sinew::exercise_id{sinew::barbell_back_squat})
          w->sessions[s].items[i].exercise = sinew::exercise_id{sinew::front_squat};
    return w;
  }
};

constexpr auto parts = sinew::default_parts{}.with_selection(front_squat_instead{});
// [doc-end]

bool holds(const sinew::program& p, auto exercise) {
  for (const auto& e : p.entries())
    if (e.exercise == sinew::exercise_id{exercise}) return true;
  return false;
}

int main() {
  sinew::plan_request r{};
  r.equipment = {sinew::equipment::barbell};
  // Find a seed whose default program holds the back squat, so that the swap is seen.
  for (r.seed = 0; r.seed != 64; ++r.seed) {
    const auto d = sinew::generate(r);
    if (d && holds(*d, sinew::barbell_back_squat)) break;
  }
  if (r.seed == 64) return std::puts("no default program with a back squat to replace"), 1;
  const auto p = sinew::generate(r, sinew::builtin_catalog(), parts);
  if (!p) return std::printf("generate: %.*s\n", int(p.error().message.size()), p.error().message.data()), 1;
  if (holds(*p, sinew::barbell_back_squat) || !holds(*p, sinew::front_squat))
    return std::puts("the back squat was not replaced by the front squat"), 1;
  std::puts("ok selection");
}
