// The version reaches every place it is published with the same three numbers:
// the header, the CMake project (which reads the header), and, when install
// rules are generated, the package files users see (sinewConfigVersion.cmake
// and sinew.pc). All are compared with the expected version written in
// expected_version.hpp, which does not come from the header.
#include <sinew/version.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "expected_version.hpp"

namespace {

std::string header_version() {
  return std::to_string(sinew::version_major) + "." + std::to_string(sinew::version_minor) + "." +
         std::to_string(sinew::version_patch);
}

}  // namespace

TEST_CASE("version.hpp holds the expected version") {
  CHECK(sinew::version_major == SINEW_TEST_EXPECTED_MAJOR);
  CHECK(sinew::version_minor == SINEW_TEST_EXPECTED_MINOR);
  CHECK(sinew::version_patch == SINEW_TEST_EXPECTED_PATCH);
  CHECK(header_version() == SINEW_TEST_EXPECTED_VERSION);
}

TEST_CASE("CMake read the expected version from version.hpp") {
  CHECK(SINEW_TEST_PROJECT_VERSION_MAJOR == SINEW_TEST_EXPECTED_MAJOR);
  CHECK(SINEW_TEST_PROJECT_VERSION_MINOR == SINEW_TEST_EXPECTED_MINOR);
  CHECK(SINEW_TEST_PROJECT_VERSION_PATCH == SINEW_TEST_EXPECTED_PATCH);
  CHECK(std::string(SINEW_TEST_PROJECT_VERSION) == SINEW_TEST_EXPECTED_VERSION);
}

#ifdef SINEW_TEST_PACKAGE_VERSION_FILE
namespace {
// The text after `key` on the first line that starts with it, up to `end`.
std::string field(const std::string& path, const std::string& key, char end) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "cannot read ", path);
  std::string line;
  while (std::getline(in, line)) {
    const auto at = line.find(key);
    if (at == std::string::npos) continue;
    const auto from = at + key.size();
    return line.substr(from, line.find(end, from) - from);
  }
  FAIL("no line with '", key, "' in ", path);
  return {};
}

}  // namespace

TEST_CASE("the package files carry the expected version") {
  CHECK(field(SINEW_TEST_PACKAGE_VERSION_FILE, "set(PACKAGE_VERSION \"", '"') == SINEW_TEST_EXPECTED_VERSION);
  CHECK(field(SINEW_TEST_PKG_CONFIG_FILE, "Version: ", '\n') == SINEW_TEST_EXPECTED_VERSION);
}
#endif
