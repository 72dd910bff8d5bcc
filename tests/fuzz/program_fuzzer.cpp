// libFuzzer target for program files (parse_program, format_program, format_to,
// formatted_size). Any bytes must either be refused with a "sinew:" message at
// a position inside the input (line and column agreeing with that position),
// or read to a valid program for which:
//   - the canonical text reads back to the same program and formats to itself;
//   - formatted_size is the canonical text's length, and format_to writes its
//     prefix into a short buffer and nothing past `last`;
//   - a program built from the same bytes (the tests' generator, seeded by
//     them; for one input in 32) keeps parse_program(format(p)) == p as well.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "sinew/programs.hpp"

#include "../programs/program_generator.hpp"

namespace {

using sinew_fuzz::require;

std::string canonical_of(const sinew::program& p) {
  std::string out;
  auto sink = [&](sinew::text_view t) { out.append(t.data(), t.size()); };
  sinew::format_program(sink, p);
  return out;
}

void check_round_trip(const sinew::program& p, std::string_view input) {
  require(sinew::check(p).ok(), "parse: what reads is valid (check() finds no broken rule)", input);
  const std::string text = canonical_of(p);
  const auto again = sinew::parse_program(sinew::text_view{text.data(), text.size()});
  if (!again) {
    std::fprintf(stderr, "canonical text:\n%s\nrefused at line %zu: %.*s\n", text.c_str(), again.error().line,
                 static_cast<int>(again.error().message.size()), again.error().message.data());
  }
  require(again.has_value(), "round trip: the canonical text reads back", input);
  require(*again == p, "round trip: parse_program(format(p)) == p", input);
  require(canonical_of(*again) == text, "round trip: format is stable", input);
  require(sinew::formatted_size(p) == text.size(), "format: formatted_size is the canonical text's length", input);
  static char buffer[1 << 16];
  const std::size_t cap = text.size() / 2;
  if (cap + 8 <= sizeof(buffer)) {
    std::memset(buffer, 'Z', cap + 8);
    char* end = sinew::format_to(buffer, buffer + cap, p);
    require(end == buffer + cap, "format_to: returns `last` when cut short", input);
    require(std::memcmp(buffer, text.data(), cap) == 0, "format_to: writes the canonical prefix", input);
    for (std::size_t i = cap; i != cap + 8; ++i) require(buffer[i] == 'Z', "format_to: writes nothing past `last`", input);
  }
}

void check_error(const sinew::program_text_error& e, std::string_view input) {
  require(e.position <= input.size(), "parse: an error's position lies inside the input (or at its end)", input);
  require(std::string_view(e.message.data(), e.message.size()).substr(0, 7) == "sinew: ",
          "parse: an error message starts with 'sinew: '", input);
  std::size_t line = 1;
  for (std::size_t i = 0; i < e.position && i < input.size(); ++i) line += input[i] == '\n';
  require(e.line == line && e.column >= 1, "parse: the error's line is its position's line", input);
  require(e.candidate_count <= sinew::program_text_error::max_candidates, "parse: at most five candidates", input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto read = sinew::parse_program(sinew::text_view{input.data(), input.size()});
  if (read) check_round_trip(*read, input);
  else check_error(read.error(), input);

  // a program built from the bytes, for one input in 32: building one costs
  // twenty times a parse, and text mutation must keep most of the time
  if (size == 0 || (data[0] & 0x1FU) != 0) return 0;
  std::uint64_t seed = 1469598103934665603ULL;
  for (std::size_t i = 0; i != size && i != 64; ++i) seed = (seed ^ data[i]) * 1099511628211ULL;
  sinew_test::rng r{seed};
  const sinew::program built = sinew_test::any_program(r, 2);
  check_round_trip(built, "(a program built from the bytes)");
  return 0;
}
