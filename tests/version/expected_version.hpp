// The version this tree is meant to be, written a second time on purpose: CMake
// reads the version from include/sinew/version.hpp, so comparing the two is the
// only check that can fail when that header, or CMake's reading of it, goes
// wrong. A release bumps both.
#pragma once

#define SINEW_TEST_EXPECTED_MAJOR 0
#define SINEW_TEST_EXPECTED_MINOR 1
#define SINEW_TEST_EXPECTED_PATCH 0
#define SINEW_TEST_EXPECTED_VERSION "0.1.0"
