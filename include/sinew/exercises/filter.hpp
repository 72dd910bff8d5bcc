// Which exercises a query may return: the equipment at hand, movement
// patterns, spinal load, one side or both, compound or isolation, loaded in
// the stretch. A filter reads only a record's own fields, the same for every
// catalog and every anatomy model.
#pragma once

#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/kinds.hpp>

namespace sinew {

// --- filters ----------------------------------------------------------------------

/// Which exercises a query may return. Build with the member functions and
/// combine with `&` (both must accept): `exercise_filter{}.with_equipment({equipment::dumbbell}).without_spinal_load()`.
/// Kinds: a filter accepts the training kinds (kind_set::training(): strength
/// and power) until with_kinds or all_kinds says otherwise. In `a & b` a side
/// that never stated its kinds leaves them to the other (so `f & g.all_kinds()`
/// opts every kind in); two stated sets intersect.
struct exercise_filter {
  kind_set kinds = kind_set::training();  ///< the kinds accepted
  bool kinds_stated = false;               ///< with_kinds or all_kinds was called
  equipment_set available = equipment_set::all();  ///< an exercise needs all its equipment to be here
  pattern_set patterns = pattern_set::all();
  bool no_spinal_load = false;
  bool unilateral_only = false;
  bool bilateral_only = false;
  bool compound_only = false;
  bool isolation_only = false;
  bool loaded_stretched_only = false;

  /// Accepts exactly the kinds in `k` (replacing the default or an earlier with_kinds).
  [[nodiscard]] constexpr exercise_filter with_kinds(kind_set k) const noexcept {
    auto f = *this;
    f.kinds = k;
    f.kinds_stated = true;
    return f;
  }
  /// Accepts every kind: stretches, warm-up drills, conditioning and soft-tissue work too.
  [[nodiscard]] constexpr exercise_filter all_kinds() const noexcept { return with_kinds(kind_set::all()); }
  [[nodiscard]] constexpr exercise_filter with_equipment(equipment_set e) const noexcept {
    auto f = *this;
    f.available = f.available & e;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter without_equipment(equipment_set e) const noexcept {
    auto f = *this;
    f.available = f.available - e;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter with_patterns(pattern_set p) const noexcept {
    auto f = *this;
    f.patterns.bits &= p.bits;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter without_spinal_load() const noexcept {
    auto f = *this;
    f.no_spinal_load = true;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter unilateral() const noexcept {
    auto f = *this;
    f.unilateral_only = true;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter bilateral() const noexcept {
    auto f = *this;
    f.bilateral_only = true;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter compound() const noexcept {
    auto f = *this;
    f.compound_only = true;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter isolation() const noexcept {
    auto f = *this;
    f.isolation_only = true;
    return f;
  }
  [[nodiscard]] constexpr exercise_filter loaded_stretched() const noexcept {
    auto f = *this;
    f.loaded_stretched_only = true;
    return f;
  }
  [[nodiscard]] friend constexpr exercise_filter operator&(exercise_filter a, const exercise_filter& b) noexcept {
    if (a.kinds_stated && b.kinds_stated)
      a.kinds = a.kinds & b.kinds;
    else if (b.kinds_stated)
      a.kinds = b.kinds;
    a.kinds_stated = a.kinds_stated || b.kinds_stated;
    a.available = a.available & b.available;
    a.patterns.bits &= b.patterns.bits;
    a.no_spinal_load = a.no_spinal_load || b.no_spinal_load;
    a.unilateral_only = a.unilateral_only || b.unilateral_only;
    a.bilateral_only = a.bilateral_only || b.bilateral_only;
    a.compound_only = a.compound_only || b.compound_only;
    a.isolation_only = a.isolation_only || b.isolation_only;
    a.loaded_stretched_only = a.loaded_stretched_only || b.loaded_stretched_only;
    return a;
  }

  [[nodiscard]] constexpr bool accepts(const exercise_record& r) const noexcept {
    // Non-short-circuit on purpose: a handful of byte tests, no branches.
    return static_cast<bool>(
        static_cast<int>(kinds.contains(r.kind)) & static_cast<int>(available.includes(r.equipment)) & static_cast<int>(patterns.contains(r.pattern)) &
        static_cast<int>(!no_spinal_load || r.spinal_load == spinal_load::none) &
        static_cast<int>(!unilateral_only || r.laterality == laterality::unilateral) &
        static_cast<int>(!bilateral_only || r.laterality == laterality::bilateral) &
        static_cast<int>(!compound_only || r.mechanic == mechanic::compound) &
        static_cast<int>(!isolation_only || r.mechanic == mechanic::isolation) &
        static_cast<int>(!loaded_stretched_only || r.loaded_at == load_peak::stretched));
  }
};

}  // namespace sinew
