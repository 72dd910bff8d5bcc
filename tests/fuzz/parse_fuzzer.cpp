// libFuzzer target for the notation parser: any bytes must either fail with a
// position inside the input, or parse to a value whose canonical text parses
// back to the same value and formats to the same text. Anything else traps.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sinew/notation.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = sinew::parse(text);
  if (!parsed) {
    if (parsed.error().position > size) __builtin_trap();
    if (parsed.error().message.substr(0, 7) != "sinew: ") __builtin_trap();
    return 0;
  }
  if (!sinew::is_valid(*parsed)) __builtin_trap();
  const auto canonical = sinew::format(*parsed);
  if (canonical.truncated) __builtin_trap();
  const auto again = sinew::parse(canonical.view());
  if (!again) __builtin_trap();
  if (!(*again == *parsed)) __builtin_trap();
  if (sinew::format(*again).view() != canonical.view()) __builtin_trap();
  // The scheme-only and grouping-only entry points must not crash either.
  (void)sinew::parse_scheme(text);
  (void)sinew::parse_grouping(text);
  return 0;
}
