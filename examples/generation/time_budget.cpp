// docs/generator.md, "Time budget": a user's time budget block. Built and run
// by CTest (examples/CMakeLists.txt); the docs quote the region between the markers.
#include <cstdio>

#include <sinew/generation.hpp>

// [doc-begin]
// Ten minutes of every session kept for a warm-up of the lifter's own: the
// default estimate and trimming, to the request's minutes less ten.
struct ten_minutes_kept {
  template <class Model>
  constexpr std::uint32_t minutes(const sinew::generation_context<Model>& c, const sinew::session_draft& s) const noexcept {
    return sinew::default_time_budget{}.minutes(c, s) + 10;
  }
  template <class Model>
  constexpr sinew::result<sinew::week_draft> fit(const sinew::generation_context<Model>& c,
                                                 const sinew::week_draft& w) const noexcept {
    sinew::plan_request shorter = *c.request;
    shorter.minutes = c.request->minutes > 10 ? c.request->minutes - 10 : 0;
    auto less = c;
    less.request = &shorter;
    less.options = sinew::options_for(shorter);
    return sinew::default_time_budget{}.fit(less, w);
  }
};

constexpr auto parts = sinew::default_parts{}.with_time_budget(ten_minutes_kept{});
// [doc-end]

int main() {
  sinew::plan_request r{};
  r.minutes = 45;
  const auto p = sinew::generate(r, sinew::builtin_catalog(), parts);
  if (!p) return std::printf("generate: %.*s\n", int(p.error().message.size()), p.error().message.data()), 1;
  const auto a = sinew::analyse(*p, sinew::options_for(r));
  for (const auto& s : a.session_figures())
    if (s.main_seconds.max > 35U * 60U) return std::printf("a session takes %llu s, over 35 minutes\n", static_cast<unsigned long long>(s.main_seconds.max)), 1;
  std::puts("ok time budget");
}
