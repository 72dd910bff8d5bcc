// The version is usable in constant expressions, and the macros and the
// constants are the same numbers.
#include <sinew/version.hpp>

#include <type_traits>

static_assert(sinew::version_major == SINEW_VERSION_MAJOR);
static_assert(sinew::version_minor == SINEW_VERSION_MINOR);
static_assert(sinew::version_patch == SINEW_VERSION_PATCH);
static_assert(std::is_same_v<decltype(sinew::version_major), const int>);
static_assert(sinew::version_major >= 0 && sinew::version_minor >= 0 && sinew::version_patch >= 0);
