// Proves the compile-fail harness itself: with -DSINEW_COMPILE_FAIL this file
// fails with a static_assert whose message the harness must find; without it,
// it compiles. The SINEW_SELFCHECK_* switches let tests/compile_fail/CMakeLists.txt
// show that the harness also reports a fail case that compiles and a twin that
// does not.
#include <sinew/version.hpp>

namespace harness {

template <class T>
inline constexpr bool false_v = false;  // dependent, so only an instantiation fails

template <class T>
constexpr int selfcheck() {
#if defined(SINEW_COMPILE_FAIL) && !defined(SINEW_SELFCHECK_DISARM)
  static_assert(false_v<T>, "sinew: harness self-check");
#endif
  return sinew::version_major;
}

}  // namespace harness

static_assert(harness::selfcheck<int>() == SINEW_VERSION_MAJOR);

#ifdef SINEW_SELFCHECK_BREAK_TWIN
static_assert(false, "sinew: harness self-check, broken twin");
#endif
