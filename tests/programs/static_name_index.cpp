// The generated name index (programs/detail/builtin_name_index.hpp) is what
// make_name_index() computes from the built-in catalog and its aliases, member
// by member: the data an include reads is the computation it stands for.
#include <cstddef>

#include <sinew/programs/exercise_names.hpp>

namespace {
using sinew::detail::name_index;

template <class A>
constexpr bool same_array(const A& a, const A& b) {
  for (std::size_t i = 0; i != a.size(); ++i)
    if (!(a[i] == b[i])) return false;
  return true;
}

constexpr bool same(const name_index& a, const name_index& b) {
  if (a.used != b.used || a.vocabulary != b.vocabulary || a.alias_count != b.alias_count || a.overflow != b.overflow)
    return false;
  if (!same_array(a.chars, b.chars) || !same_array(a.start, b.start) || !same_array(a.size, b.size) ||
      !same_array(a.slot, b.slot) || !same_array(a.first, b.first) || !same_array(a.postings, b.postings))
    return false;
  for (std::size_t e = 0; e != a.fits.size(); ++e)
    if (!same_array(a.fits[e].w, b.fits[e].w)) return false;
  for (std::size_t i = 0; i != a.aliases.size(); ++i) {
    const auto &x = a.aliases[i], &y = b.aliases[i];
    if (x.text != y.text || x.exercise != y.exercise || x.count != y.count || x.family != y.family ||
        !same_array(x.words, y.words))
      return false;
  }
  return true;
}

constexpr name_index computed = sinew::detail::make_name_index();
static_assert(!computed.overflow, "the built-in exercise names fit the name index");
static_assert(same(sinew::detail::builtin_name_index, computed), "the generated name index is stale: run regenerate");
// The comparison can fail: one changed word number is seen.
static_assert([] {
  name_index changed = computed;
  changed.aliases[0].words[0] = static_cast<std::uint16_t>(changed.aliases[0].words[0] + 1);
  return !same(changed, computed);
}());
}  // namespace
