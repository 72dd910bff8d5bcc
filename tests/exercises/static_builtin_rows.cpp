// The generated rows (exercises/detail/builtin_rows.hpp) equal the derivation:
// each row is re-derived in its own constant evaluation and compared.
#include <sinew/exercises/queries.hpp>

#include <utility>

namespace {
using namespace sinew;

template <std::size_t I>
inline constexpr bool row_matches_derivation = detail::make_builtin_row(I) == detail::builtin_rows[I];

template <std::size_t... I>
constexpr bool all_rows_match(std::index_sequence<I...>) {
  return (row_matches_derivation<I> && ...);
}

static_assert(all_rows_match(std::make_index_sequence<builtin_exercises.size()>{}),
              "sinew: exercises/detail/builtin_rows.hpp is stale: regenerate it with generate_builtin_rows");

}  // namespace
