// The generator's building blocks gathered: generator_parts<Selection,
// Ordering, Prescription, VolumePolicy, Scheduling, TimeBudget,
// ProgressionPolicy>, each a default model unless replaced. Replace one block
// and keep the others with `with_...`:
//
//   struct my_selection { template <class Model> constexpr result<week_draft>
//       select(const generation_context<Model>&, const week_draft&) const noexcept; };
//   constexpr auto parts = default_parts{}.with_selection(my_selection{});
//   auto p = generate(request, builtin_catalog(), parts);
//
// A type that does not model its block's concept stops compilation with a
// message naming the block and the member it needs.
#pragma once

#include <sinew/generation/ordering.hpp>
#include <sinew/generation/prescription.hpp>
#include <sinew/generation/progression_plan.hpp>
#include <sinew/generation/scheduling.hpp>
#include <sinew/generation/selection.hpp>
#include <sinew/generation/time_budget.hpp>
#include <sinew/generation/volume.hpp>

namespace sinew {

template <class Sel = default_selection, class Ord = default_ordering, class Pre = default_prescription,
          class Vol = default_volume, class Sch = default_scheduling, class Tim = default_time_budget,
          class Pro = default_progression>
struct generator_parts {
  using selection_type = Sel;
  using ordering_type = Ord;
  using prescription_type = Pre;
  using volume_type = Vol;
  using scheduling_type = Sch;
  using time_budget_type = Tim;
  using progression_type = Pro;

  Sel selection{};
  Ord ordering{};
  Pre prescription{};
  Vol volume{};
  Sch scheduling{};
  Tim time_budget{};
  Pro progression{};

  template <class T>
  [[nodiscard]] constexpr generator_parts<T, Ord, Pre, Vol, Sch, Tim, Pro> with_selection(T t) const noexcept {
    return {t, ordering, prescription, volume, scheduling, time_budget, progression};
  }
  template <class T>
  [[nodiscard]] constexpr generator_parts<Sel, T, Pre, Vol, Sch, Tim, Pro> with_ordering(T t) const noexcept {
    return {selection, t, prescription, volume, scheduling, time_budget, progression};
  }
  template <class T>
  [[nodiscard]] constexpr generator_parts<Sel, Ord, T, Vol, Sch, Tim, Pro> with_prescription(T t) const noexcept {
    return {selection, ordering, t, volume, scheduling, time_budget, progression};
  }
  template <class T>
  [[nodiscard]] constexpr generator_parts<Sel, Ord, Pre, T, Sch, Tim, Pro> with_volume(T t) const noexcept {
    return {selection, ordering, prescription, t, scheduling, time_budget, progression};
  }
  template <class T>
  [[nodiscard]] constexpr generator_parts<Sel, Ord, Pre, Vol, T, Tim, Pro> with_scheduling(T t) const noexcept {
    return {selection, ordering, prescription, volume, t, time_budget, progression};
  }
  template <class T>
  [[nodiscard]] constexpr generator_parts<Sel, Ord, Pre, Vol, Sch, T, Pro> with_time_budget(T t) const noexcept {
    return {selection, ordering, prescription, volume, scheduling, t, progression};
  }
  template <class T>
  [[nodiscard]] constexpr generator_parts<Sel, Ord, Pre, Vol, Sch, Tim, T> with_progression(T t) const noexcept {
    return {selection, ordering, prescription, volume, scheduling, time_budget, t};
  }
};

using default_parts = generator_parts<>;

namespace detail {
/// Each block checked against its concept, the message naming the block and what it needs.
template <class Model, class Parts>
constexpr bool check_parts() noexcept {
  static_assert(Selection<typename Parts::selection_type, Model>,
                "sinew: generator_parts: the selection block needs select(const generation_context<Model>&, const "
                "week_draft&) const returning result<week_draft>");
  static_assert(Ordering<typename Parts::ordering_type, Model>,
                "sinew: generator_parts: the ordering block needs order(const generation_context<Model>&, const "
                "week_draft&) const returning week_draft");
  static_assert(Prescription<typename Parts::prescription_type, Model>,
                "sinew: generator_parts: the prescription block needs scheme_for(const generation_context<Model>&, "
                "const chosen_exercise&) const returning set_scheme");
  static_assert(VolumePolicy<typename Parts::volume_type, Model>,
                "sinew: generator_parts: the volume block needs targets(context) returning volume_targets<Model> and "
                "allocate(context, targets, week_draft) returning result<week_draft>");
  static_assert(Scheduling<typename Parts::scheduling_type, Model>,
                "sinew: generator_parts: the scheduling block needs schedule(const generation_context<Model>&) const "
                "returning result<week_draft>");
  static_assert(TimeBudget<typename Parts::time_budget_type, Model>,
                "sinew: generator_parts: the time budget block needs minutes(context, session_draft) returning "
                "std::uint32_t and fit(context, week_draft) returning result<week_draft>");
  static_assert(ProgressionPolicy<typename Parts::progression_type, Model>,
                "sinew: generator_parts: the progression block needs progression_for(const "
                "generation_context<Model>&, const chosen_exercise&) const returning progression");
  return true;
}
}  // namespace detail

}  // namespace sinew
