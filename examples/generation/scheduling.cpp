// docs/generator.md, "Scheduling": a user's scheduling block. Built and run by
// CTest (examples/CMakeLists.txt); the docs quote the region between the markers.
#include <cstdio>

#include <sinew/generation.hpp>

// [doc-begin]
// Sessions every third day from Tuesday, each a full-body session (every group).
struct every_third_day {
  template <class Model>
  constexpr sinew::result<sinew::week_draft> schedule(const sinew::generation_context<Model>& c) const noexcept {
    sinew::week_draft w{};
    w.count = c.request->sessions_per_week();
    if (w.count > 2) return sinew::error{"sinew: days: every third day fits 2 sessions a week"};
    sinew::group_set all{};
    for (std::size_t g = 0; g != Model::group_count; ++g) all.insert(sinew::group_id{static_cast<std::uint8_t>(g)});
    for (std::size_t i = 0; i != w.count; ++i)
      w.sessions[i] = sinew::session_draft{static_cast<std::uint8_t>(2 + 3 * i), "Full body", all, {}, 0};
    return w;
  }
};

constexpr auto parts = sinew::default_parts{}.with_scheduling(every_third_day{});
// [doc-end]

int main() {
  sinew::plan_request r{};
  r.days = 2;
  const auto p = sinew::generate(r, sinew::builtin_catalog(), parts);
  if (!p) return std::printf("generate: %.*s\n", int(p.error().message.size()), p.error().message.data()), 1;
  const auto s = p->sessions();
  if (s.size() != 2 || s[0].day != 2 || s[1].day != 5) return std::puts("sessions are not on Tuesday and Friday"), 1;
  if (!sinew::analyse(*p, sinew::options_for(r)).passes()) return std::puts("the program has an error-level finding"), 1;
  r.days = 3;
  const auto refused = sinew::generate(r, sinew::builtin_catalog(), parts);
  if (refused || refused.error().message != sinew::text_view{"sinew: days: every third day fits 2 sessions a week"})
    return std::puts("the block's error is not the generator's"), 1;
  std::puts("ok scheduling");
}
