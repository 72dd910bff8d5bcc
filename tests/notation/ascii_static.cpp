// The one ASCII-text helper every reader uses (detail/ascii.hpp), checked over
// every byte value: only 'A'-'Z' fold, only the four blanks are blanks, and no
// byte of a UTF-8 sequence counts as a letter, digit or blank (building this
// file is the test).
#include <sinew/detail/ascii.hpp>

namespace {
namespace ascii = sinew::detail::ascii;

constexpr bool every_byte(bool (*ok)(char)) {
  for (int b = 0; b != 256; ++b)
    if (!ok(static_cast<char>(static_cast<unsigned char>(b)))) return false;
  return true;
}

static_assert(every_byte([](char c) {
  const bool upper = c >= 'A' && c <= 'Z';
  return ascii::lower(c) == (upper ? static_cast<char>(c + ('a' - 'A')) : c);
}));
static_assert(every_byte([](char c) {
  return ascii::is_blank(c) == (c == ' ' || c == '\t' || c == '\r' || c == '\n');
}));
static_assert(every_byte([](char c) {
  const auto u = static_cast<unsigned char>(c);
  const bool high = u >= 0x80;  // any byte of a UTF-8 sequence
  return !high || (!ascii::is_letter(c) && !ascii::is_digit(c) && !ascii::is_blank(c) && ascii::lower(c) == c);
}));
static_assert(every_byte([](char c) {
  int in = 0;
  for (char d : "0123456789") in += d != '\0' && d == c;
  for (char l : "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") in += 2 * (l != '\0' && l == c);
  return ascii::is_digit(c) == (in == 1) && ascii::is_letter(c) == (in == 2) && ascii::is_alnum(c) == (in != 0);
}));

static_assert(ascii::equal_ignoring_case("Drop-Set", "drop-set"));
static_assert(!ascii::equal_ignoring_case("drop-set", "drop-sets"));
static_assert(!ascii::equal_ignoring_case("\xC3\x89", "\xC3\xA9"));  // 'É' and 'é' are not ASCII
static_assert(ascii::trim(" \t squat \r\n") == "squat");
static_assert(ascii::trim("   ").empty());
static_assert(ascii::trim("a;  b  ;", 2, 7).position == 4 && ascii::trim("a;  b  ;", 2, 7).text == "b");
}  // namespace
