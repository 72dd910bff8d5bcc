// docs/generator.md, "Ordering": a user's ordering block. Built and run by
// CTest (examples/CMakeLists.txt); the docs quote the region between the markers.
#include <cstdio>

#include <sinew/generation.hpp>

// [doc-begin]
// Pre-exhaustion: in each session, the isolations of the working block before its compounds.
struct isolation_first {
  template <class Model>
  constexpr sinew::week_draft order(const sinew::generation_context<Model>& c, const sinew::week_draft& in) const noexcept {
    sinew::week_draft w = sinew::default_ordering{}.order(c, in);
    for (std::size_t s = 0; s != w.count; ++s) {
      auto& items = w.sessions[s].items;
      const std::size_t n = w.sessions[s].count;
      const auto compound_work = [&](std::size_t i) {
        return items[i].block == sinew::block_role::working && c.record(items[i].exercise).mechanic == sinew::mechanic::compound;
      };
      for (std::size_t i = 1; i < n; ++i)  // a stable insertion: each isolation moves ahead of the compounds before it
        for (std::size_t k = i; k > 0 && items[k].block == sinew::block_role::working && !compound_work(k) &&
                                compound_work(k - 1);
             --k) {
          const auto t = items[k];
          items[k] = items[k - 1];
          items[k - 1] = t;
        }
    }
    return w;
  }
};

constexpr auto parts = sinew::default_parts{}.with_ordering(isolation_first{});
// [doc-end]

int main() {
  sinew::plan_request r{};
  const auto p = sinew::generate(r, sinew::builtin_catalog(), parts);
  if (!p) return std::printf("generate: %.*s\n", int(p.error().message.size()), p.error().message.data()), 1;
  std::size_t sessions_checked = 0;
  for (const auto& s : p->sessions())
    for (const auto& b : p->blocks(s)) {
      if (b.role != sinew::block_role::working) continue;
      bool compound_seen = false, isolation_seen = false;
      for (const auto& e : p->entries(b)) {
        const bool compound = sinew::info(e.exercise).mechanic == sinew::mechanic::compound;
        if (!compound && compound_seen) return std::puts("an isolation comes after a compound"), 1;
        compound_seen = compound_seen || compound;
        isolation_seen = isolation_seen || !compound;
      }
      if (compound_seen && isolation_seen) ++sessions_checked;
    }
  if (sessions_checked == 0) return std::puts("no working block holds both compounds and isolations"), 1;
  std::puts("ok ordering");
}
