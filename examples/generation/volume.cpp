// docs/generator.md, "Volume": a user's volume block. Built and run by CTest
// (examples/CMakeLists.txt); the docs quote the region between the markers.
#include <cstdio>

#include <sinew/generation.hpp>

// [doc-begin]
// The least effective volume: each group's weekly target at the bottom of its range.
struct range_minimum {
  template <class Model>
  constexpr sinew::volume_targets<Model> targets(const sinew::generation_context<Model>& c) const noexcept {
    auto t = sinew::default_volume{}.targets(c);
    for (const auto& range : c.options.ranges_in_force())
      if (const auto g = Model::find_group(range.group)) t.group_min[g->index] = range.min;
    return t;
  }
  template <class Model>
  constexpr sinew::result<sinew::week_draft> allocate(const sinew::generation_context<Model>& c,
                                                      const sinew::volume_targets<Model>& t,
                                                      const sinew::week_draft& w) const noexcept {
    return sinew::default_volume{}.allocate(c, t, w);
  }
};

constexpr auto parts = sinew::default_parts{}.with_volume(range_minimum{});
// [doc-end]

int main() {
  sinew::plan_request r{};
  const auto mine = sinew::generate(r, sinew::builtin_catalog(), parts);
  const auto plain = sinew::generate(r);
  if (!mine || !plain) return std::puts("generate failed"), 1;
  const auto a = sinew::analyse(*mine, sinew::options_for(r));
  const auto b = sinew::analyse(*plain, sinew::options_for(r));
  std::printf("%u weekly sets (default %u)\n", a.total_sets, b.total_sets);
  if (a.total_sets >= b.total_sets) return std::puts("the minimum targets did not lower the volume"), 1;
  for (const auto& range : sinew::options_for(r).ranges_in_force()) {
    const auto g = sinew::lower_body.find_group(range.group);
    if (g && a.of(*g).sets + 1e-9 < range.min) return std::puts("a group fell below its range"), 1;
  }
  if (!a.passes()) return std::puts("the program has an error-level finding"), 1;
  std::puts("ok volume");
}
