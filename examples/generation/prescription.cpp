// docs/generator.md, "Prescription": a user's prescription block. Built and run
// by CTest (examples/CMakeLists.txt); the docs quote the region between the markers.
#include <cstdio>

#include <sinew/generation.hpp>

// [doc-begin]
// Sets of 10 at a 3-1-1 tempo for every moved exercise; held ones as the default holds them.
struct tens_at_311 {
  template <class Model>
  constexpr sinew::set_scheme scheme_for(const sinew::generation_context<Model>& c,
                                         const sinew::chosen_exercise& e) const noexcept {
    if (c.record(e.exercise).contraction != sinew::contraction::dynamic)
      return sinew::default_prescription{}.scheme_for(c, e);
    auto s = sinew::straight_sets(e.sets, 10);
    s.tempo = sinew::tempo::of(3, 1, 1);
    return s;
  }
};

constexpr auto parts = sinew::default_parts{}.with_prescription(tens_at_311{});
// [doc-end]

int main() {
  sinew::plan_request r{};
  const auto p = sinew::generate(r, sinew::builtin_catalog(), parts);
  if (!p) return std::printf("generate: %.*s\n", int(p.error().message.size()), p.error().message.data()), 1;
  std::size_t moved = 0;
  for (const auto& e : p->entries()) {
    if (sinew::info(e.exercise).contraction != sinew::contraction::dynamic) continue;
    ++moved;
    if (e.scheme.kind != sinew::scheme_kind::straight || e.scheme.per_set != sinew::quantity::reps(10) ||
        e.scheme.tempo != sinew::tempo::of(3, 1, 1))
      return std::puts("a moved exercise is not prescribed sets of 10 at 311"), 1;
  }
  if (moved == 0) return std::puts("no moved exercise"), 1;
  std::puts("ok prescription");
}
