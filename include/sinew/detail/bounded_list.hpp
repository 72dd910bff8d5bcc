// Answers written into storage the caller provides: as many results as fit,
// every match counted (match_count), so an answer cut short says so. One helper
// for lists in match order and for lists kept best first (substitutes).
#pragma once

#include <cstddef>

#include <sinew/span.hpp>

namespace sinew {

/// The size of an answer written into storage the caller provides. Every match
/// is counted, whether the storage holds it or not, so an answer cut short
/// says so: `complete()` is false and `matches` says how much room it needs.
/// It converts to `written`, the number of results the output holds, so a
/// loop over the output stays within what was written.
struct match_count {
  std::size_t matches = 0;  ///< every exercise that answers the query
  std::size_t written = 0;  ///< how many of them the output holds
  [[nodiscard]] constexpr bool complete() const noexcept { return written == matches; }
  constexpr operator std::size_t() const noexcept { return written; }  // NOLINT(google-explicit-constructor)
  friend constexpr bool operator==(const match_count&, const match_count&) noexcept = default;
};

namespace detail {

/// A list written into the caller's span: `push` appends while there is room
/// and counts every match; `keep_best` keeps the out.size() best, best first
/// (a candidate equal to the last kept is not taken: the earlier one stays).
template <class T>
struct bounded_list {
  span<T> out{};
  match_count count{};

  constexpr void push(const T& v) noexcept {
    if (count.written < out.size()) out[count.written++] = v;
    ++count.matches;
  }
  template <class Better>
  constexpr void keep_best(const T& v, Better better) noexcept {
    ++count.matches;
    if (out.empty()) return;
    std::size_t n = count.written;
    if (n == out.size() && !better(v, out[n - 1])) return;
    std::size_t j = n < out.size() ? n++ : n - 1;
    while (j > 0 && better(v, out[j - 1])) {
      out[j] = out[j - 1];
      --j;
    }
    out[j] = v;
    count.written = n;
  }
  /// Inserts in ascending order (small lists: the answer of a cover).
  constexpr void insert_sorted(const T& v) noexcept {
    ++count.matches;
    if (count.written == out.size()) return;
    std::size_t j = count.written++;
    while (j > 0 && v < out[j - 1]) {
      out[j] = out[j - 1];
      --j;
    }
    out[j] = v;
  }
};

}  // namespace detail

}  // namespace sinew
