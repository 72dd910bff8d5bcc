// docs/generator.md, "Volume": a user's volume block. Built and run by CTest
// (examples/CMakeLists.txt); the docs quote the region between the markers.
#include <cstdio>

#include <sinew/generation.hpp>

// [doc-begin]
// The default targets, with at least 14 weekly sets for the glutes.
struct glutes_at_14 {
  template <class Model>
  constexpr sinew::volume_targets<Model> targets(const sinew::generation_context<Model>& c) const noexcept {
    auto t = sinew::default_volume{}.targets(c);
    const auto glutes = *Model::find_group("glutes");
    t.group_min[glutes.index] = 14.0;
    if (t.group_max[glutes.index] < 14.0) t.group_max[glutes.index] = 14.0;
    return t;
  }
  template <class Model>
  constexpr sinew::result<sinew::week_draft> allocate(const sinew::generation_context<Model>& c,
                                                      const sinew::volume_targets<Model>& t,
                                                      const sinew::week_draft& w) const noexcept {
    return sinew::default_volume{}.allocate(c, t, w);
  }
};

constexpr auto parts = sinew::default_parts{}.with_volume(glutes_at_14{});
// [doc-end]

int main() {
  sinew::plan_request r{};
  const auto mine = sinew::generate(r, sinew::builtin_catalog(), parts);
  const auto plain = sinew::generate(r);
  if (!mine || !plain) return std::puts("generate failed"), 1;
  const auto glutes = sinew::lower_body.id(sinew::glutes);
  const double with = sinew::analyse(*mine, sinew::options_for(r)).of(glutes).sets;
  const double without = sinew::analyse(*plain, sinew::options_for(r)).of(glutes).sets;
  std::printf("glutes: %.1f weekly sets (default %.1f)\n", with, without);
  if (with < 14.0 || with <= without) return std::puts("the glutes did not get their 14 sets"), 1;
  std::puts("ok volume");
}
