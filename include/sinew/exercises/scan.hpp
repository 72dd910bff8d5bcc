// Fast scans of large run-time catalogs. An exercise_record is 128 bytes, so a
// scan of records is bound by memory bandwidth once the catalog leaves the
// core's cache (measured: ~0.9 ns per exercise at 1k, ~2 ns at 10k, ~5 ns at
// 100k). For thousands of user exercises, index the catalog once into 12-byte
// scan rows (loaded actions as bitmasks plus the filter fields), in storage the
// caller provides, and run the action queries on the rows: the same answers,
// a fraction of the bytes. Rows hold the first 32 actions (all 18 built-in
// ones; rows_cover(a) says whether an action id is among them) for prime and
// working coverage; a query rows cannot answer (another action, coverage::any)
// is an error, never an empty answer.
// Fastest of all, catalog_index: the catalog turned on its side, one bitset
// over the exercises per (action, coverage) and per filter property, in
// storage the caller provides. A query is a few passes of word operations over
// n / 64 words, which compilers vectorize at -O2: no per-exercise work at all.
#pragma once

#include <cstddef>
#include <cstdint>

#include <sinew/detail/bits.hpp>
#include <sinew/detail/traits.hpp>
#include <sinew/span.hpp>

#include <sinew/exercises/queries.hpp>
#include <sinew/result.hpp>

namespace sinew {

struct exercise_scan_row {
  std::uint32_t primary = 0;  ///< bit a: action a loaded as primary
  std::uint32_t working = 0;  ///< bit a: action a loaded, primary or assisting (incl. toes-out rotation)
  std::uint16_t equipment = 0;
  /// The movement pattern in the low 5 bits (scan_unknown_pattern for one past
  /// the first 31) and the exercise's kind in the high 3 bits (scan_unknown_kind
  /// for one past the enum): the row had no other room, and both fit.
  std::uint8_t pattern = 0;
  std::uint8_t flags = 0;  ///< scan_unilateral, scan_spine_free, ...

  [[nodiscard]] constexpr std::uint32_t pattern_bits() const noexcept { return pattern & 31U; }
  [[nodiscard]] constexpr std::uint32_t kind_bits() const noexcept { return static_cast<std::uint32_t>(pattern) >> 5U; }
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
/// The packed pattern and kind of a record whose value is past what a row holds:
/// no filter accepts them, as no filter accepts the record.
inline constexpr std::uint32_t scan_unknown_pattern = 31;
inline constexpr std::uint32_t scan_unknown_kind = 7;
static_assert(movement_pattern_count < scan_unknown_pattern && exercise_kind_count < scan_unknown_kind,
              "sinew: a scan row packs the pattern in 5 bits and the kind in 3");

[[nodiscard]] constexpr bool rows_cover(action_id a) noexcept { return a.index < max_scan_actions; }

[[nodiscard]] constexpr exercise_scan_row scan_row_of(const exercise_record& r) noexcept {
  exercise_scan_row row{};
  for (std::size_t a = 0; a != max_scan_actions && a != max_actions; ++a) {
    const action_id id{static_cast<std::uint8_t>(a)};
    if (covers(r, id, coverage::prime)) row.primary |= std::uint32_t{1} << a;
    if (covers(r, id, coverage::working)) row.working |= std::uint32_t{1} << a;
  }
  row.equipment = r.equipment.bits;
  const auto p = static_cast<std::uint32_t>(r.pattern);
  const auto k = static_cast<std::uint32_t>(r.kind);
  row.pattern = static_cast<std::uint8_t>((p < scan_unknown_pattern ? p : scan_unknown_pattern) |
                                          ((k < scan_unknown_kind ? k : scan_unknown_kind) << 5U));
  std::uint32_t f = 0;
  // Each flag exactly as exercise_filter::accepts tests it.
  f |= r.laterality == laterality::unilateral ? scan_unilateral : 0U;
  f |= r.laterality == laterality::bilateral ? scan_bilateral : 0U;
  f |= r.spinal_load == spinal_load::none ? scan_spine_free : 0U;
  f |= r.mechanic == mechanic::compound ? scan_compound : 0U;
  f |= r.mechanic == mechanic::isolation ? scan_isolation : 0U;
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
  std::uint32_t kinds = 0;
  std::uint8_t mask = 0;
  std::uint8_t want = 0;
};
[[nodiscard]] constexpr scan_filter compile(const exercise_filter& f) noexcept {
  scan_filter s{};
  s.unavailable = static_cast<std::uint16_t>(~f.available.bits);
  s.patterns = f.patterns.bits & ((1U << movement_pattern_count) - 1U);
  s.kinds = f.kinds.bits & ((1U << exercise_kind_count) - 1U);
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
         ((f.patterns >> row.pattern_bits()) & 1U) & ((f.kinds >> row.kind_bits()) & 1U) &
         static_cast<std::uint32_t>((row.flags & f.mask) == f.want);
}
}  // namespace detail

/// Exercises covering an action, on indexed rows: writes the matching row
/// indexes to `out` (as many as fit) and counts them all. An error for what
/// rows do not hold: an action past the first 32 (rows_cover) and
/// coverage::any (rows keep no stabilized actions); ask the records or a
/// catalog_index instead.
constexpr result<match_count> exercises_covering(span<const exercise_scan_row> rows, action_id a,
                                                 span<std::uint32_t> out, coverage c = coverage::working,
                                                 const exercise_filter& filter = {}) noexcept {
  if (!rows_cover(a))
    return error{"sinew: scan rows hold only the first 32 actions; ask the records or a catalog_index about this one"};
  if (c != coverage::prime && c != coverage::working)
    return error{"sinew: scan rows hold no stabilized actions; ask the records or a catalog_index for coverage::any"};
  const std::uint32_t bit = std::uint32_t{1} << a.index;
  const detail::scan_filter f = detail::compile(filter);
  match_count n{};
  if (out.size() >= rows.size()) {
    // Room for every row: write unconditionally, advance on a match (no branch).
    for (std::size_t i = 0; i != rows.size(); ++i) {
      out[n.matches] = static_cast<std::uint32_t>(i);
      n.matches += detail::row_matches(rows[i], bit, c, f);
    }
    n.written = n.matches;
    return n;
  }
  for (std::size_t i = 0; i != rows.size(); ++i)
    if (detail::row_matches(rows[i], bit, c, f) != 0) {
      if (n.written < out.size()) out[n.written++] = static_cast<std::uint32_t>(i);
      ++n.matches;
    }
  return n;
}

// --- the columnar index ---------------------------------------------------------------

/// A run-time catalog indexed by column: for each action, each muscle and each
/// group of the model and each coverage, the set of exercises covering it, and
/// for each filter property (each piece of equipment, each pattern, spinal load,
/// laterality, mechanic, loaded stretched, each kind) the set of exercises
/// having it, all as bitsets over the catalog (bit i of word i / 64 is
/// exercise i). The derivation runs once per record, when the index is built
/// (what the model's rule rows add included); a query derives nothing. Built once, in O(n), into
/// `storage` (at least `words_needed(n)` words, e.g. a std::vector the caller
/// owns); the index views the storage and the catalog, which must outlive it.
/// Queries answer exactly as the record scans do (tests prove it on every
/// action and coverage), with no allocation. Actions at or past the
/// `action_count` the index was built for (the built-in model's 18 by default)
/// fall back to a scan of the records; every muscle and group of the model is
/// indexed.
template <class Model>
class basic_catalog_index {
 public:
  /// One bitset per (action, coverage), then these, in this order: equipment,
  /// patterns, the six flags, kinds.
  static constexpr std::size_t filter_sets = equipment_count + movement_pattern_count + 6 + exercise_kind_count;

  /// One bitset per (muscle, coverage) and per (group, coverage), after the filter sets.
  static constexpr std::size_t body_sets = (Model::muscle_count + Model::group_count) * 3;

  /// Words of storage an index of `exercises` exercises over `actions` actions needs.
  [[nodiscard]] static constexpr std::size_t words_needed(std::size_t exercises,
                                                          std::size_t actions = Model::action_count) noexcept {
    return ((actions < max_actions ? actions : max_actions) * 3 + filter_sets + body_sets) * ((exercises + 63) / 64);
  }

  constexpr basic_catalog_index() noexcept = default;
  /// Indexes `catalog` into `storage`. If storage is too small, nothing is
  /// indexed and valid() is false (queries then scan the records).
  constexpr basic_catalog_index(span<const exercise_record> catalog, span<std::uint64_t> storage,
                                std::size_t actions = Model::action_count) noexcept
      : catalog_(catalog), words_((catalog.size() + 63) / 64), actions_(actions < max_actions ? actions : max_actions) {
    if (storage.size() < words_needed(catalog.size(), actions_)) {
      actions_ = 0;
      return;
    }
    sets_ = storage.data();
    for (std::size_t k = 0; k != words_needed(catalog.size(), actions_); ++k) sets_[k] = 0;
    body_ = !detail::is_constant_evaluated();
    for (std::size_t i = 0; i != catalog.size(); ++i) add(i, catalog[i]);
    valid_ = true;
  }

  [[nodiscard]] constexpr bool valid() const noexcept { return valid_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return catalog_.size(); }
  /// Words a result bitset needs: (size() + 63) / 64.
  [[nodiscard]] constexpr std::size_t words() const noexcept { return words_; }
  [[nodiscard]] constexpr span<const exercise_record> catalog() const noexcept { return catalog_; }
  /// Whether queries on action `a` read the index (true) or scan the records.
  [[nodiscard]] constexpr bool indexes(action_id a) const noexcept { return valid_ && a.index < actions_; }
  /// Whether queries on muscle `m` read the index (every muscle of the model, once valid).
  /// In constant evaluation muscles and groups are not indexed (deriving every
  /// muscle of every record there exceeds compilers' step limits): queries on
  /// them scan the records, with the same answers.
  [[nodiscard]] constexpr bool indexes(muscle_id m) const noexcept { return body_ && m.index < Model::muscle_count; }
  [[nodiscard]] constexpr bool indexes(group_id g) const noexcept { return body_ && g.index < Model::group_count; }

  /// Sets bit i of `bits` for each exercise i covering the target (an action,
  /// a muscle or a group) that passes the filter (of the training kinds unless
  /// it opts others in) and clears the other bits. `bits` needs words() words
  /// to hold the answer; a shorter one gets the first words, and the count
  /// still covers the whole catalog (complete() is then false if a match did
  /// not fit). What the index does not hold is answered by a scan of the records.
  template <CoverageTarget Target>
  constexpr match_count exercises_covering(Target target, span<std::uint64_t> bits, coverage c = coverage::working,
                                           const exercise_filter& filter = {}) const noexcept {
    const auto t = detail::as_target(target);
    if (!indexes(t)) return sinew::exercises_covering<Model>(catalog_, t, bits, c, filter);
    return answer(column(t, static_cast<std::size_t>(detail::coverage_index(c))), bits, filter);
  }

 private:
  [[nodiscard]] constexpr const std::uint64_t* column(action_id a, std::size_t c) const noexcept { return set(a.index * 3 + c); }
  [[nodiscard]] constexpr const std::uint64_t* column(muscle_id m, std::size_t c) const noexcept {
    return set(muscle_set_at() + m.index * 3U + c);
  }
  [[nodiscard]] constexpr const std::uint64_t* column(group_id g, std::size_t c) const noexcept {
    return set(group_set_at() + g.index * 3U + c);
  }

  constexpr match_count answer(const std::uint64_t* covering, span<std::uint64_t> bits, const exercise_filter& filter) const noexcept {
    const std::size_t n = words_;
    if (bits.size() < n) return covering_word_by_word(covering, bits, filter);
    std::uint64_t* out = bits.data();
    // The kinds in the first pass: the covering set ANDed with the OR of the
    // kinds accepted (two for the default, strength and power); no pass when
    // the filter accepts every kind the catalog has (a catalog of strength work).
    if ((present_.bits & ~filter.kinds.bits) == 0) {
      copy(out, covering, n);
    } else {
      const std::uint64_t* kinds[exercise_kind_count]{};
      std::size_t nk = 0;
      for (std::size_t k = 0; k != exercise_kind_count; ++k)
        if (filter.kinds.contains(static_cast<exercise_kind>(k))) kinds[nk++] = set(kind_set_at() + k);
      if (nk == 2) {
        for (std::size_t w = 0; w != n; ++w) out[w] = covering[w] & (kinds[0][w] | kinds[1][w]);
      } else {
        for (std::size_t w = 0; w != n; ++w) {
          std::uint64_t allowed = 0;
          for (std::size_t j = 0; j != nk; ++j) allowed |= kinds[j][w];
          out[w] = covering[w] & allowed;
        }
      }
    }
    // Each restriction is one pass of word operations over the result.
    for (std::size_t q = 0; q != equipment_count; ++q)
      if (!filter.available.contains(static_cast<equipment>(q))) and_not(out, set(equipment_set_at() + q), n);
    if (filter.patterns != pattern_set::all()) {
      for (std::size_t w = 0; w != n; ++w) out[w] &= allowed_patterns(filter, w);
    }
    if (filter.no_spinal_load) and_with(out, set(flag_set_at() + 0), n);
    if (filter.unilateral_only) and_with(out, set(flag_set_at() + 1), n);
    if (filter.bilateral_only) and_with(out, set(flag_set_at() + 2), n);
    if (filter.compound_only) and_with(out, set(flag_set_at() + 3), n);
    if (filter.isolation_only) and_with(out, set(flag_set_at() + 4), n);
    if (filter.loaded_stretched_only) and_with(out, set(flag_set_at() + 5), n);
    std::size_t count = 0;
    for (std::size_t w = 0; w != n; ++w) count += static_cast<std::size_t>(detail::popcount(out[w]));
    for (std::size_t w = n; w != bits.size(); ++w) out[w] = 0;
    return match_count{count, count};
  }

  span<const exercise_record> catalog_{};
  std::uint64_t* sets_ = nullptr;
  std::size_t words_ = 0;
  std::size_t actions_ = 0;
  kind_set present_{};  ///< the kinds of the records indexed
  bool valid_ = false;
  bool body_ = false;  ///< muscles and groups indexed (not in constant evaluation)

  // Positions of the filter sets, after the actions' ones.
  [[nodiscard]] constexpr std::size_t equipment_set_at() const noexcept { return actions_ * 3; }
  [[nodiscard]] constexpr std::size_t pattern_set_at() const noexcept { return equipment_set_at() + equipment_count; }
  [[nodiscard]] constexpr std::size_t flag_set_at() const noexcept { return pattern_set_at() + movement_pattern_count; }
  [[nodiscard]] constexpr std::size_t kind_set_at() const noexcept { return flag_set_at() + 6; }
  [[nodiscard]] constexpr std::size_t muscle_set_at() const noexcept { return kind_set_at() + exercise_kind_count; }
  [[nodiscard]] constexpr std::size_t group_set_at() const noexcept { return muscle_set_at() + Model::muscle_count * 3; }

  [[nodiscard]] constexpr const std::uint64_t* set(std::size_t k) const noexcept { return sets_ + k * words_; }

  [[nodiscard]] constexpr std::uint64_t allowed_patterns(const exercise_filter& filter, std::size_t w) const noexcept {
    std::uint64_t allowed = 0;
    for (std::size_t p = 0; p != movement_pattern_count; ++p)
      if (filter.patterns.contains(static_cast<movement_pattern>(p))) allowed |= set(pattern_set_at() + p)[w];
    return allowed;
  }

  [[nodiscard]] constexpr std::uint64_t allowed_kinds(const exercise_filter& filter, std::size_t w) const noexcept {
    std::uint64_t allowed = 0;
    for (std::size_t k = 0; k != exercise_kind_count; ++k)
      if (filter.kinds.contains(static_cast<exercise_kind>(k))) allowed |= set(kind_set_at() + k)[w];
    return allowed;
  }

  // The same answer one word at a time, for a result shorter than the catalog:
  // every word is computed and counted, the first bits.size() are written.
  constexpr match_count covering_word_by_word(const std::uint64_t* covering, span<std::uint64_t> bits,
                                              const exercise_filter& filter) const noexcept {
    match_count n{};
    const bool flag_wanted[] = {filter.no_spinal_load, filter.unilateral_only, filter.bilateral_only,
                                       filter.compound_only, filter.isolation_only, filter.loaded_stretched_only};
    for (std::size_t w = 0; w != words_; ++w) {
      std::uint64_t word = covering[w];
      for (std::size_t q = 0; q != equipment_count; ++q)
        if (!filter.available.contains(static_cast<equipment>(q))) word &= ~set(equipment_set_at() + q)[w];
      if (filter.patterns != pattern_set::all()) word &= allowed_patterns(filter, w);
      if ((present_.bits & ~filter.kinds.bits) != 0) word &= allowed_kinds(filter, w);
      for (std::size_t f = 0; f != 6; ++f)
        if (flag_wanted[f]) word &= set(flag_set_at() + f)[w];
      const auto hits = static_cast<std::size_t>(detail::popcount(word));
      n.matches += hits;
      if (w < bits.size()) {
        bits[w] = word;
        n.written += hits;
      }
    }
    return n;
  }
  constexpr void mark(std::size_t k, std::size_t i) noexcept { sets_[k * words_ + i / 64] |= std::uint64_t{1} << (i % 64); }

  static constexpr void copy(std::uint64_t* out, const std::uint64_t* in, std::size_t n) noexcept {
    for (std::size_t w = 0; w != n; ++w) out[w] = in[w];
  }
  static constexpr void and_with(std::uint64_t* out, const std::uint64_t* in, std::size_t n) noexcept {
    for (std::size_t w = 0; w != n; ++w) out[w] &= in[w];
  }
  static constexpr void and_not(std::uint64_t* out, const std::uint64_t* in, std::size_t n) noexcept {
    for (std::size_t w = 0; w != n; ++w) out[w] &= ~in[w];
  }

  // What covers() decides per action, as three sets: prime (loaded as
  // primary), working (also assisting, with what the model's rules add: the
  // external rotation toes out adds), any (also what the exercise holds still),
  // as effective_actions_of says.
  constexpr void add(std::size_t i, const exercise_record& r) noexcept {
    // Equipment, a pattern or a kind past the known ones (a record is data): no filter
    // accepts it, so no query finds it, as the record scans say.
    if (!exercise_filter{}.all_kinds().accepts(r)) return;
    const effective_actions e = effective_actions_of<Model>(r);
    const action_set working = e.moving();
    const action_set any = working | e.stabilized;
    const auto mark_all = [&](const action_set& s, std::size_t c) {
      s.for_each([&](action_id a) {
        if (a.index < actions_) mark(a.index * 3 + c, i);
      });
    };
    mark_all(r.loads | e.held_primary, static_cast<std::size_t>(coverage::prime));
    mark_all(working, static_cast<std::size_t>(coverage::working));
    mark_all(any, static_cast<std::size_t>(coverage::any));
    for (std::size_t q = 0; q != equipment_count; ++q)
      if (r.equipment.contains(static_cast<equipment>(q))) mark(equipment_set_at() + q, i);
    mark(pattern_set_at() + static_cast<std::size_t>(r.pattern), i);
    if (r.spinal_load == spinal_load::none) mark(flag_set_at() + 0, i);
    // Each flag exactly as exercise_filter::accepts tests it (a value past the
    // enum's, from a record another program filled, is neither).
    if (r.laterality == laterality::unilateral) mark(flag_set_at() + 1, i);
    if (r.laterality == laterality::bilateral) mark(flag_set_at() + 2, i);
    if (r.mechanic == mechanic::compound) mark(flag_set_at() + 3, i);
    if (r.mechanic == mechanic::isolation) mark(flag_set_at() + 4, i);
    if (r.loaded_at == load_peak::stretched) mark(flag_set_at() + 5, i);
    mark(kind_set_at() + static_cast<std::size_t>(r.kind), i);
    present_.insert(r.kind);
    // Muscles and groups, as covers() decides them: the derived role against
    // the coverage's least role, from one effective_actions for the record.
    if (!body_) return;
    detail::array<muscle_role, Model::muscle_count> roles{};
    for (std::size_t m = 0; m != Model::muscle_count; ++m) {
      const muscle_id id{static_cast<std::uint16_t>(m)};
      if (!detail::may_involve<Model>(r, Model::actions_of(id)) && r.treats.empty()) continue;
      roles[m] = detail::role_from(detail::facts_of<Model>(r, e, id, nullptr));
      mark_roles(muscle_set_at() + m * 3, roles[m], i);
    }
    // A group is a prime mover only when its prime movers carry group_prime_share
    // of the work (group_role): the record's profile is derived once, when a group needs it.
    bool derived = false;
    decltype(derive<Model>(r)) profile{};
    for (std::size_t g = 0; g != Model::group_count; ++g) {
      const group_id gid{static_cast<std::uint8_t>(g)};
      muscle_role best = muscle_role::none;
      Model::members_of(gid).for_each([&](muscle_id m) {
        if (m.index < Model::muscle_count && roles[m.index] > best) best = roles[m.index];
      });
      if (best == muscle_role::prime_mover) {
        if (!derived) profile = derive<Model>(r), derived = true;
        best = group_role<Model>(profile, gid);
      }
      mark_roles(group_set_at() + g * 3, best, i);
    }
  }
  constexpr void mark_roles(std::size_t first, muscle_role role, std::size_t i) noexcept {
    for (std::size_t c = 0; c != 3; ++c)
      if (role != muscle_role::none && role >= detail::least_role(static_cast<coverage>(c))) mark(first + c, i);
  }
};

/// The columnar index over the built-in model's actions (what existing callers name).
using catalog_index = basic_catalog_index<lower_body_model>;

/// Exercises covering an action, a muscle or a group, on a columnar index: see
/// basic_catalog_index::exercises_covering.
template <class Model, CoverageTarget Target>
constexpr match_count exercises_covering(const basic_catalog_index<Model>& index, Target target, span<std::uint64_t> bits,
                                         coverage c = coverage::working, const exercise_filter& filter = {}) noexcept {
  return index.exercises_covering(target, bits, c, filter);
}

}  // namespace sinew
