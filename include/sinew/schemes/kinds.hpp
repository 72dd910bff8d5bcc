// The vocabularies of set schemes, each written once: one row per scheme kind
// (its name, how the notation writes it, the layout of its body), and one name
// per enumerator of every other enum of the layer. `name_of`, the notation's
// parser and formatter and the JSON documents read these rows; nothing else
// spells an enumerator. The kinds are the articles' set schemes (Balanced Leg
// Muscles; King of Workouts; Padron).
#pragma once

#include <cstddef>
#include <cstdint>
#include <sinew/span.hpp>
#include <sinew/text_view.hpp>

namespace sinew {

enum class scheme_kind : std::uint8_t {
  straight,         ///< sets x quantity, optionally + drops
  pyramid,          ///< reps go down, load goes up each set
  reverse_pyramid,  ///< reps go up, load goes down
  double_pyramid,   ///< down to the heaviest set and back up
  warm_up_ramp,     ///< load climbs towards the working weight, reps never rise
  strip,            ///< from an n-rep max, strip plates until no weight remains
  rest_pause,       ///< mini-sets with short rests (8+3+3, 15 s)
  cluster,          ///< mini-sets of a few reps with short rests (2+2+2+2, 20 s)
  interval,         ///< work at the start of each interval, resting out the rest (EMOM 10min: 5)
};

/// The layout of what follows a scheme kind's words in the notation.
enum class scheme_layout : std::uint8_t {
  counted,    ///< sets and a quantity: 3x15, 4x8-12, 3 sets of AMAP (no words)
  listed,     ///< the reps of each set: pyramid 15,12,10
  mini_sets,  ///< mini-set reps and an optional rest: 2x rest-pause 8+3+3 15s
  rep_max,    ///< a rep max: strip from 5RM
  interval,   ///< an interval, a total length and the work of each interval: every 2min for 20min: 5
};

/// One scheme kind. `written` is the notation's canonical spelling, which the
/// formatter writes; its first word is the kind's keyword (notation/keywords.hpp)
/// and the parser requires the words after it. `name` is name_of's and JSON's.
struct scheme_kind_row {
  scheme_kind kind;
  text_view name;
  text_view written;
  scheme_layout layout;
};

namespace detail {
inline constexpr scheme_kind_row scheme_kind_rows[] = {
    {scheme_kind::straight, "straight", "", scheme_layout::counted},
    {scheme_kind::pyramid, "pyramid", "pyramid", scheme_layout::listed},
    {scheme_kind::reverse_pyramid, "reverse_pyramid", "reverse pyramid", scheme_layout::listed},
    {scheme_kind::double_pyramid, "double_pyramid", "double pyramid", scheme_layout::listed},
    {scheme_kind::warm_up_ramp, "warm_up_ramp", "ramp", scheme_layout::listed},
    {scheme_kind::strip, "strip", "strip from", scheme_layout::rep_max},
    {scheme_kind::rest_pause, "rest_pause", "rest-pause", scheme_layout::mini_sets},
    {scheme_kind::cluster, "cluster", "cluster", scheme_layout::mini_sets},
    {scheme_kind::interval, "interval", "every", scheme_layout::interval},
};
inline constexpr std::size_t scheme_kind_count = sizeof(scheme_kind_rows) / sizeof(scheme_kind_rows[0]);

constexpr bool rows_in_enum_order() noexcept {
  for (std::size_t i = 0; i != scheme_kind_count; ++i)
    if (static_cast<std::size_t>(scheme_kind_rows[i].kind) != i) return false;
  return true;
}
static_assert(rows_in_enum_order(), "sinew: one scheme kind row per enumerator, in the enumerators' order");
}  // namespace detail

/// The row of a scheme kind.
[[nodiscard]] constexpr const scheme_kind_row& row_of(scheme_kind k) noexcept {
  const auto i = static_cast<std::size_t>(k);
  return detail::scheme_kind_rows[i < detail::scheme_kind_count ? i : 0];
}
[[nodiscard]] constexpr text_view name_of(scheme_kind k) noexcept { return row_of(k).name; }

/// Every scheme kind's row, in the enumerators' order.
[[nodiscard]] constexpr span<const scheme_kind_row> scheme_kinds() noexcept { return detail::scheme_kind_rows; }

namespace detail {
/// The name of enumerator `e` in a table of names in the enumerators' order
/// (empty past its end): how the layer's other enums are named once.
template <class E, std::size_t N>
[[nodiscard]] constexpr text_view name_in(const text_view (&names)[N], E e) noexcept {
  const auto i = static_cast<std::size_t>(e);
  return i < N ? names[i] : text_view{};
}
}  // namespace detail

}  // namespace sinew
