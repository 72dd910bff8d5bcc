// Counts heap allocations in a benchmark or test executable: the global operator
// new is replaced by one that counts, so a benchmark reports allocations per
// query and a no-heap test checks the count stays still
// (`sinew_bench::allocations`). Include it in exactly one source file of an
// executable (each benchmark is one file), since it defines operator new.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

namespace sinew_bench {
inline std::atomic<std::size_t> allocations{0};
}  // namespace sinew_bench

// g++ sees new paired with free() once these are inlined; they are a matched pair.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void* operator new(std::size_t n) {
  sinew_bench::allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc{};
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
