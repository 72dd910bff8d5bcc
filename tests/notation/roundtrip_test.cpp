// The round-trip property: for every valid value x, parse(format(x)) == x and
// format is a fixed point (format(parse(format(x))) == format(x)). Values come
// from a deterministic generator (generator.hpp), so a failure reproduces.
#include <doctest/doctest.h>

#include <cctype>
#include <cstddef>
#include <string>

#include "generator.hpp"
#include <sinew/notation.hpp>

namespace {
constexpr std::uint64_t seed = 0x5EEDF00DULL;
}

TEST_CASE("parse(format(x)) == x for 120000 generated set schemes") {
  sinew_test::rng r{seed};
  std::size_t checked = 0;
  for (int i = 0; i != 120000; ++i) {
    const auto s = sinew_test::any_scheme(r);
    REQUIRE_MESSAGE(sinew::is_valid(s), "generator produced an invalid scheme at ", i);
    const auto text = sinew::format(s);
    REQUIRE(!text.truncated);
    const auto back = sinew::parse_scheme(text.view());
    if (!back) FAIL_CHECK(std::string(text.view()), " -> ", std::string(back.error().message), " at ", back.error().position);
    REQUIRE(back.has_value());
    if (!(*back == s)) FAIL_CHECK("round trip changed ", std::string(text.view()), " into ", std::string(sinew::format(*back).view()));
    REQUIRE(*back == s);
    ++checked;
  }
  CHECK([&] { sinew_test::rng again{seed}; unsigned kinds = 0; for (std::size_t i = 0; i != checked; ++i) kinds |= 1U << static_cast<unsigned>(sinew_test::any_scheme(again).kind); return kinds; }() == (1U << (static_cast<unsigned>(sinew::scheme_kind::interval) + 1U)) - 1U);  // the schemes checked cover every kind
}

TEST_CASE("parse(format(x)) == x for 20000 generated groupings") {
  sinew_test::rng r{seed + 1};
  for (int i = 0; i != 20000; ++i) {
    const auto g = sinew_test::any_grouping(r);
    REQUIRE(sinew::is_valid(g));
    const auto text = sinew::format(g);
    REQUIRE(!text.truncated);
    const auto back = sinew::parse_grouping(text.view());
    if (!back) FAIL_CHECK(std::string(text.view()), " -> ", std::string(back.error().message), " at ", back.error().position);
    REQUIRE(back.has_value());
    if (!(*back == g)) FAIL_CHECK("round trip changed ", std::string(text.view()), " into ", std::string(sinew::format(*back).view()));
    REQUIRE(*back == g);
  }
}

TEST_CASE("parse(format(x)) == x for 20000 generated blocks") {
  sinew_test::rng r{seed + 2};
  for (int i = 0; i != 20000; ++i) {
    const auto b = sinew_test::any_block(r);
    REQUIRE(sinew::is_valid(b));
    const auto text = sinew::format(b);
    REQUIRE(!text.truncated);
    const auto back = sinew::parse(text.view());
    if (!back) FAIL_CHECK(std::string(text.view()), " -> ", std::string(back.error().message), " at ", back.error().position);
    REQUIRE(back.has_value());
    if (!(*back == b)) FAIL_CHECK("round trip changed ", std::string(text.view()), " into ", std::string(sinew::format(*back).view()));
    REQUIRE(*back == b);
    REQUIRE(sinew::format(*back).view() == text.view());
  }
}

TEST_CASE("every prefix of a formatted line either parses or fails inside the text") {
  sinew_test::rng r{seed + 3};
  for (int i = 0; i != 2000; ++i) {
    const auto b = sinew_test::any_block(r);
    const auto text = sinew::format(b);
    const std::string whole(text.view());
    for (std::size_t n = 0; n <= whole.size(); ++n) {
      const std::string cut = whole.substr(0, n);  // its own allocation: ASan sees any read past n
      const auto p = sinew::parse(cut);
      if (!p) {
        REQUIRE(p.error().position <= n);
        REQUIRE(p.error().message.substr(0, 7) == "sinew: ");
      }
    }
  }
}

namespace {
/// parse_scheme(text) and parse(text) agree: both read the same scheme (parse
/// as a block holding only it), or both fail with the same error. The one
/// exception is text that parse reads as a rest line ("rest", "rest-", "rest p",
/// prefixes of "rest-pause"): both fail, parse expecting the rest's time.
void check_agreement(std::string_view text) {
  const auto scheme = sinew::parse_scheme(text);
  const auto line = sinew::parse(text);
  CAPTURE(text);
  REQUIRE(scheme.has_value() == line.has_value());
  if (scheme) {
    REQUIRE(line->content == sinew::block_content::scheme);
    REQUIRE(line->role == sinew::block_role::none);
    REQUIRE(line->scheme == *scheme);
  } else if (!(line.error() == scheme.error())) {
    INFO("parse: ", std::string(line.error().message), " at ", line.error().position);
    INFO("parse_scheme: ", std::string(scheme.error().message), " at ", scheme.error().position);
    REQUIRE(text.substr(0, 4) == "rest");
    REQUIRE((text.size() == 4 || !std::isalnum(static_cast<unsigned char>(text[4]))));
    CHECK(line.error().message == sinew::expectation_text(sinew::expectation::duration));
  }
}
}  // namespace

TEST_CASE("parse_scheme and parse agree on every generated scheme text and its prefixes") {
  sinew_test::rng r{seed + 4};
  std::size_t texts = 0;
  for (int i = 0; i != 20000; ++i) {
    const std::string text(sinew::format(sinew_test::any_scheme(r)).view());
    check_agreement(text);
    ++texts;
    if (i % 10 == 0) {
      for (std::size_t n = 0; n < text.size(); ++n) {
        check_agreement(text.substr(0, n));
        ++texts;
      }
    }
  }
  MESSAGE(texts, " texts: parse_scheme and parse agree");
}
