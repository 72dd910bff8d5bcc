// Fast scans of large run-time catalogs. An exercise_record is 128 bytes, so a
// scan of records is bound by memory bandwidth once the catalog leaves the
// core's cache (measured: ~0.9 ns per exercise at 1k, ~2 ns at 10k, ~5 ns at
// 100k). For thousands of user exercises, index the catalog once into 12-byte
// scan rows (loaded actions as bitmasks plus the filter fields), in storage the
// caller provides, and run the action queries on the rows: the same answers,
// a fraction of the bytes. Covers the first 32 actions of the model (all 18
// built-in ones); rows_cover(a) says whether an action id is in range.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/span.hpp>

#include <sinew/exercises/queries.hpp>

namespace sinew {

struct exercise_scan_row {
  std::uint32_t primary = 0;  ///< bit a: action a loaded as primary
  std::uint32_t working = 0;  ///< bit a: action a loaded, primary or assisting (incl. toes-out rotation)
  std::uint16_t equipment = 0;
  std::uint8_t pattern = 0;
  std::uint8_t flags = 0;  ///< scan_unilateral, scan_spine_free, ...
};
static_assert(sizeof(exercise_scan_row) == 12);

// The bits of exercise_scan_row::flags.
inline constexpr std::uint32_t scan_unilateral = 1;
inline constexpr std::uint32_t scan_bilateral = 2;
inline constexpr std::uint32_t scan_spine_free = 4;
inline constexpr std::uint32_t scan_compound = 8;
inline constexpr std::uint32_t scan_isolation = 16;
inline constexpr std::uint32_t scan_stretched = 32;

inline constexpr std::size_t max_scan_actions = 32;

[[nodiscard]] constexpr bool rows_cover(action_id a) noexcept { return a.index < max_scan_actions; }

[[nodiscard]] constexpr exercise_scan_row scan_row_of(const exercise_record& r) noexcept {
  exercise_scan_row row{};
  for (std::size_t a = 0; a != max_scan_actions && a != max_actions; ++a) {
    const action_id id{static_cast<std::uint8_t>(a)};
    if (covers(r, id, coverage::prime)) row.primary |= std::uint32_t{1} << a;
    if (covers(r, id, coverage::working)) row.working |= std::uint32_t{1} << a;
  }
  row.equipment = r.equipment.bits;
  row.pattern = static_cast<std::uint8_t>(r.pattern);
  std::uint32_t f = 0;
  f |= r.laterality == laterality::unilateral ? scan_unilateral : scan_bilateral;
  f |= r.spinal_load == spinal_load::none ? scan_spine_free : 0U;
  f |= r.mechanic == mechanic::compound ? scan_compound : scan_isolation;
  f |= r.loaded_at == load_peak::stretched ? scan_stretched : 0U;
  row.flags = static_cast<std::uint8_t>(f);
  return row;
}

/// Fills rows[i] for each catalog[i]; rows must hold catalog.size() entries.
/// Returns how many rows were written.
constexpr std::size_t index_catalog(span<const exercise_record> catalog, span<exercise_scan_row> rows) noexcept {
  const std::size_t n = catalog.size() < rows.size() ? catalog.size() : rows.size();
  for (std::size_t i = 0; i != n; ++i) rows[i] = scan_row_of(catalog[i]);
  return n;
}

namespace detail {
struct scan_filter {
  std::uint16_t unavailable = 0;
  std::uint32_t patterns = 0;
  std::uint8_t mask = 0;
  std::uint8_t want = 0;
};
[[nodiscard]] constexpr scan_filter compile(const exercise_filter& f) noexcept {
  scan_filter s{};
  s.unavailable = static_cast<std::uint16_t>(~f.available.bits);
  s.patterns = f.patterns.bits;
  std::uint32_t m = 0;
  if (f.unilateral_only) m |= scan_unilateral;
  if (f.bilateral_only) m |= scan_bilateral;
  if (f.no_spinal_load) m |= scan_spine_free;
  if (f.compound_only) m |= scan_compound;
  if (f.isolation_only) m |= scan_isolation;
  if (f.loaded_stretched_only) m |= scan_stretched;
  s.mask = static_cast<std::uint8_t>(m);
  s.want = s.mask;
  return s;
}
[[nodiscard]] constexpr std::uint32_t row_matches(const exercise_scan_row& row, std::uint32_t bit, coverage c,
                                                  const scan_filter& f) noexcept {
  const std::uint32_t actions = c == coverage::prime ? row.primary : row.working;
  return static_cast<std::uint32_t>((actions & bit) != 0) & static_cast<std::uint32_t>((row.equipment & f.unavailable) == 0) &
         ((f.patterns >> row.pattern) & 1U) & static_cast<std::uint32_t>((row.flags & f.mask) == f.want);
}
}  // namespace detail

/// Exercises covering an action, on indexed rows: writes the matching row
/// indexes to `out` (as many as fit) and returns how many match. coverage::any
/// is answered as working (rows do not hold stabilized actions).
constexpr std::size_t exercises_covering(span<const exercise_scan_row> rows, action_id a,
                                         span<std::uint32_t> out, coverage c = coverage::working,
                                         const exercise_filter& filter = {}) noexcept {
  if (!rows_cover(a)) return 0;
  const std::uint32_t bit = std::uint32_t{1} << a.index;
  const detail::scan_filter f = detail::compile(filter);
  std::size_t n = 0;
  if (out.size() >= rows.size()) {
    // Room for every row: write unconditionally, advance on a match (no branch).
    for (std::size_t i = 0; i != rows.size(); ++i) {
      out[n] = static_cast<std::uint32_t>(i);
      n += detail::row_matches(rows[i], bit, c, f);
    }
    return n;
  }
  for (std::size_t i = 0; i != rows.size(); ++i)
    if (detail::row_matches(rows[i], bit, c, f) != 0) {
      if (n < out.size()) out[n] = static_cast<std::uint32_t>(i);
      ++n;
    }
  return n;
}

}  // namespace sinew
