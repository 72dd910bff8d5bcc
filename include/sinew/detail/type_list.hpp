// Minimal type-list utilities: enough to index entities and check rules over
// the lists that declare them, and nothing more (compile time is a budget).
#pragma once

#include <cstddef>

#include <sinew/detail/traits.hpp>

namespace sinew::detail {

template <class... Ts>
struct type_list {
  static constexpr std::size_t size = sizeof...(Ts);
};

// The position of T in a list (its size when absent). A short-circuiting fold
// over the compiler's __is_same builtin: no array, no helper instantiation per
// element, which matters because every entity of a model is looked up this way.
template <class T, class... Ts>
consteval std::size_t index_in_pack() noexcept {
  std::size_t i = 0;
  (void)((__is_same(T, Ts) || (++i, false)) || ...);
  return i;
}

template <class T, class List>
struct index_of;

template <class T, class... Ts>
struct index_of<T, type_list<Ts...>> {
  static constexpr std::size_t value = index_in_pack<T, Ts...>();
};

template <class T, class List>
inline constexpr std::size_t index_of_v = index_of<T, List>::value;

template <class T, class List>
inline constexpr bool contains_v = index_of_v<T, List> != List::size;

template <class A, class B>
struct concat;

template <class... As, class... Bs>
struct concat<type_list<As...>, type_list<Bs...>> {
  using type = type_list<As..., Bs...>;
};

template <class A, class B>
using concat_t = typename concat<A, B>::type;

}  // namespace sinew::detail
