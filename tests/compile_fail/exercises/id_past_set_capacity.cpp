// Rule: a set cannot hold an id past its capacity (action_id 0..255 against
// 128 actions). In constant evaluation the list constructor refuses it; at run
// time it leaves it out and insert() says it did not take it
// (tests/anatomy/ids_test.cpp). The twin lists ids the set can hold.
#include <sinew/anatomy/ids.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
constexpr action_set odd{action_id{3}, action_id{200}};
#else
constexpr action_set odd{action_id{3}, action_id{127}};
#endif
static_assert(odd.contains(action_id{3}));
static_assert(!action_set{}.with(action_id{200}).contains(action_id{200}));
static_assert([] {
  action_set s{};
  return !s.insert(action_id{200}) && s.empty() && s.insert(action_id{127});
}());
}  // namespace user
