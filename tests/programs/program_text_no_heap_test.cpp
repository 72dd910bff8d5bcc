// Reading and writing program files allocates nothing: parse_program (success
// and failure) and format_to run while a replaced global operator new counts
// allocations, and the count must not move.
#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "../../benchmarks/allocation_counter.hpp"
#include <sinew/programs.hpp>

using sinew_bench::allocations;

namespace {
constexpr char file[] =
    "program: No heap\nweek 1\nmonday: A\nwarm-up 10min:\nleg swings 2x10/leg\nworking:\n"
    "1. hip thrust 4x8-12 @301 rest 90s   # heavy\nsuperset: rest 60s\n2A. leg extension 3x15\n2B. lying leg curl 3x15\n"
    "tri-set: A squat 3x10; B walking lunge 3x12/leg; C standing calf raise 3x15\nweek 2\nthu\nseated calf raise 3x15\n";
constexpr char broken[] = "working:\nhip thrus 4x8\n";
char out[4096];
}  // namespace

TEST_CASE("parse_program and format_to allocate nothing") {
  static sinew::program_text_result<> read, refused;  // static: large values off the stack
  const std::size_t before = allocations.load();
  read = sinew::parse_program(sinew::text_view{file, sizeof file - 1});
  refused = sinew::parse_program(sinew::text_view{broken, sizeof broken - 1});
  char* end = read ? sinew::format_to(out, out + sizeof out, *read) : out;
  const std::size_t after = allocations.load();
  CHECK(after == before);
  REQUIRE(read.has_value());
  CHECK_FALSE(refused.has_value());
  CHECK(end - out > 100);
}
