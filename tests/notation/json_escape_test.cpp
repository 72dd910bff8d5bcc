// The JSON string escaper (sinew/notation/json.hpp) on every byte sequence: its
// output is valid UTF-8 with no raw control character, and reads back as the
// input, with U+FFFD for each byte that was not UTF-8 (and only for those).
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include <sinew/notation/json.hpp>

namespace {

// An independent decoder: code points by arithmetic, then the ranges each
// length may encode (shortest form, no surrogates, at most U+10FFFF). -1 is an
// invalid sequence.
std::vector<long> decode(const std::string& s, std::size_t* invalid_bytes = nullptr) {
  std::vector<long> out;
  std::size_t bad = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80 ? 1 : b >> 5 == 6 ? 2 : b >> 4 == 14 ? 3 : b >> 3 == 30 ? 4 : 0;
    long cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    bool ok = n != 0 && i + n <= s.size();
    for (std::size_t k = 1; ok && k < n; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      ok = (c & 0xC0) == 0x80;
      cp = (cp << 6) | (c & 0x3F);
    }
    const long least[] = {0, 0, 0x80, 0x800, 0x10000};
    ok = ok && cp >= least[n] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (!ok) {
      out.push_back(-1);
      ++bad;
      ++i;
      continue;
    }
    out.push_back(cp);
    i += n;
  }
  if (invalid_bytes) *invalid_bytes = bad;
  return out;
}

// Reads a JSON string literal back into code points; fails the test on a raw control character.
std::vector<long> read_json_string(const std::string& literal) {
  REQUIRE(literal.size() >= 2);
  REQUIRE(literal.front() == '"');
  REQUIRE(literal.back() == '"');
  const auto raw = decode(literal.substr(1, literal.size() - 2));
  std::vector<long> out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const long c = raw[i];
    REQUIRE(c >= 0x20);                        // valid UTF-8, no raw C0 control
    REQUIRE(c != 0x7F);                        // nor DEL
    REQUIRE_FALSE((c >= 0x80 && c <= 0x9F));   // nor a C1 control
    REQUIRE(c != '"');
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    REQUIRE(i + 1 < raw.size());
    const long e = raw[++i];
    if (e == 'u') {
      REQUIRE(i + 4 < raw.size());
      long v = 0;
      for (int k = 0; k != 4; ++k) {
        const long h = raw[++i];
        v = v * 16 + (h >= 'a' ? h - 'a' + 10 : h - '0');
      }
      out.push_back(v);
    } else {
      const std::string simple = "\"\\/bfnrt";
      const std::string meaning = "\"\\/\b\f\n\r\t";
      const auto at = simple.find(static_cast<char>(e));
      REQUIRE(at != std::string::npos);
      out.push_back(static_cast<unsigned char>(meaning[at]));
    }
  }
  return out;
}

void check_round_trip(const std::string& input) {
  CAPTURE(input);
  std::string literal;
  const std::size_t replaced = sinew::json::append_quoted(literal, input);
  std::size_t invalid = 0;
  auto expected = decode(input, &invalid);
  for (auto& c : expected)
    if (c < 0) c = 0xFFFD;
  CHECK(replaced == invalid);
  CHECK(read_json_string(literal) == expected);
}

}  // namespace

TEST_CASE("every one- and two-byte string escapes to valid JSON that reads back as its text") {
  for (int a = 0; a != 256; ++a) {
    check_round_trip(std::string(1, static_cast<char>(a)));
    for (int b = 0; b != 256; ++b) check_round_trip(std::string{static_cast<char>(a), static_cast<char>(b)});
  }
}

TEST_CASE("longer byte strings, from a fixed pseudo-random sequence biased toward UTF-8 lead bytes") {
  std::uint32_t state = 12345;
  const auto next = [&] {
    state = state * 1664525U + 1013904223U;
    return state >> 24;
  };
  const unsigned char interesting[] = {0x00, 0x1B, 0x22, 0x5C, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                                       0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 'a', '\n', 0x8F, 0x90};
  for (int round = 0; round != 20000; ++round) {
    std::string s;
    const auto length = 3 + next() % 6;
    for (unsigned k = 0; k != length; ++k)
      s += static_cast<char>(next() % 2 ? interesting[next() % sizeof interesting] : next());
    check_round_trip(s);
  }
}

TEST_CASE("the classes of ill-formed UTF-8, each replaced byte by byte") {
  std::string out;
  CHECK(sinew::json::append_quoted(out, "\xC0\x80") == 2);      // overlong NUL
  CHECK(sinew::json::append_quoted(out, "\xED\xA0\x80") == 3);  // a UTF-16 surrogate
  CHECK(sinew::json::append_quoted(out, "\xF4\x90\x80\x80") == 4);  // above U+10FFFF
  CHECK(sinew::json::append_quoted(out, "\xE2\x82") == 2);      // truncated
  CHECK(sinew::json::append_quoted(out, "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x8F\x8B") == 0);  // well-formed
  out.clear();
  CHECK(sinew::json::append_quoted(out, "a\x1B[31m\xFF") == 1);
  CHECK(out == "\"a\\u001b[31m\\ufffd\"");
  out.clear();
  CHECK(sinew::json::append_quoted(out, "\xC2\x85\x7F") == 0);  // C1 NEL and DEL are escaped, not lost
  CHECK(out == "\"\\u0085\\u007f\"");
}
