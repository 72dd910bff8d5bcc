// The header's version numbers equal the version CMake gave the project (and
// so the installed package's sinewConfigVersion.cmake and sinew.pc).
#include <sinew/version.hpp>

#include <doctest/doctest.h>

#include <string>

TEST_CASE("version.hpp agrees with the CMake project version") {
  CHECK(sinew::version_major == SINEW_TEST_PROJECT_VERSION_MAJOR);
  CHECK(sinew::version_minor == SINEW_TEST_PROJECT_VERSION_MINOR);
  CHECK(sinew::version_patch == SINEW_TEST_PROJECT_VERSION_PATCH);

  const std::string from_header = std::to_string(sinew::version_major) + "." +
                                  std::to_string(sinew::version_minor) + "." +
                                  std::to_string(sinew::version_patch);
  CHECK(from_header == SINEW_TEST_PROJECT_VERSION);
}
