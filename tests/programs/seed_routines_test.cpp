// The seed routines: each program file of examples/programs/ reads to the
// program its C++ twin builds (examples/programs/seed_routines.hpp), is valid,
// and writes back to a text that reads to it again.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "seed_routines.hpp"

TEST_CASE("every seed routine's file reads to the program its C++ builds") {
  for (const auto& seed : seed_routines::all) {
    CAPTURE(seed.file);
    std::ifstream in(std::string(SINEW_SEED_ROUTINES_DIR) + "/" + seed.file, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream all;
    all << in.rdbuf();
    const std::string text = all.str();
    const auto read = sinew::parse_program(sinew::text_view{text.data(), text.size()});
    REQUIRE_MESSAGE(read.has_value(), std::string(read.error().message), " at line ", read.error().line);
    const sinew::program built = seed.build();
    CHECK(sinew::check(built).ok());
    CHECK(*read == built);
    std::string canonical;
    auto sink = [&](sinew::text_view t) { canonical.append(t.data(), t.size()); };
    sinew::format_program(sink, built);
    const auto again = sinew::parse_program(sinew::text_view{canonical.data(), canonical.size()});
    REQUIRE(again.has_value());
    CHECK(*again == built);
  }
}
