// The version is usable in constant expressions, the macros and the constants
// are the same numbers, and they are the version this tree is meant to be.
#include <sinew/version.hpp>

#include <type_traits>

#include "expected_version.hpp"

static_assert(sinew::version_major == SINEW_VERSION_MAJOR);
static_assert(sinew::version_minor == SINEW_VERSION_MINOR);
static_assert(sinew::version_patch == SINEW_VERSION_PATCH);
static_assert(std::is_same_v<decltype(sinew::version_major), const int>);
static_assert(std::is_same_v<decltype(sinew::version_minor), const int>);
static_assert(std::is_same_v<decltype(sinew::version_patch), const int>);
static_assert(sinew::version_major == SINEW_TEST_EXPECTED_MAJOR, "sinew: version.hpp's major version is not the expected one");
static_assert(sinew::version_minor == SINEW_TEST_EXPECTED_MINOR, "sinew: version.hpp's minor version is not the expected one");
static_assert(sinew::version_patch == SINEW_TEST_EXPECTED_PATCH, "sinew: version.hpp's patch version is not the expected one");
