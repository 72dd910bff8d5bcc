// The keyword table is the parser's whole vocabulary, and what is derived from
// it stays derived: the fuzzing dictionary lists every spelling of every
// keyword and every symbol (and nothing else), and the characters that can
// begin a scheme are exactly those the table's scheme-beginning words start with.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "dictionary.hpp"
#include <sinew/notation.hpp>

#ifndef SINEW_NOTATION_DICT
#error "SINEW_NOTATION_DICT must name tests/fuzz/notation.dict"
#endif

TEST_CASE("the fuzzing dictionary lists every keyword and symbol the parser knows") {
  std::ifstream in(SINEW_NOTATION_DICT);
  REQUIRE_MESSAGE(in.good(), "cannot read ", SINEW_NOTATION_DICT);
  std::stringstream file;
  file << in.rdbuf();
  std::set<std::string> listed;
  std::istringstream lines(file.str());
  for (std::string line; std::getline(lines, line);)
    if (!line.empty() && line[0] != '#') listed.insert(line);

  std::size_t keywords = 0, spelled = 0;
  for (const auto& k : sinew::notation_keywords()) {
    ++keywords;
    for (const auto& s : sinew_test::spellings(k.pattern)) {
      ++spelled;
      CAPTURE(s);
      CHECK(listed.count(sinew_test::dictionary_entry(s)) == 1);
    }
  }
  for (const auto& s : sinew::notation_symbols()) {
    CAPTURE(std::string(s));
    CHECK(listed.count(sinew_test::dictionary_entry(s)) == 1);
  }
  CHECK(keywords == static_cast<std::size_t>(sinew::detail::kw::count_of_keywords));
  MESSAGE(keywords, " keywords in ", spelled, " spellings, ", sinew::notation_symbols().size(), " symbols");
  // and nothing stale: the file is exactly what the table gives
  if (file.str() != sinew_test::dictionary_text())
    FAIL_CHECK("tests/fuzz/notation.dict is out of date: run "
               "build/dev/tests/notation/sinew_generate_notation_dict > tests/fuzz/notation.dict");
}

TEST_CASE("the keyword table: patterns in lower case, each listed once") {
  std::set<std::string> seen;
  for (const auto& k : sinew::notation_keywords()) {
    const std::string p(k.pattern);
    CAPTURE(p);
    CHECK(!p.empty());
    CHECK(seen.insert(p).second);
    for (char c : p) CHECK(!(c >= 'A' && c <= 'Z'));
  }
}

TEST_CASE("what can begin a scheme is derived from the table, and is exactly that") {
  using sinew::keyword_group;
  const auto& starts = sinew::detail::scheme_starts;
  // Each scheme-beginning keyword begins a scheme (with a body that fits it).
  const auto body_for = [](std::string_view pattern) -> std::string {
    if (pattern == "pyramid" || pattern == "ramp" || pattern == "warm-up ramp") return " 10,8";
    if (pattern == "reverse") return " pyramid 8,10";
    if (pattern == "double") return " pyramid 10,8,10";
    if (pattern == "strip") return " from 5RM";
    if (pattern == "rest-pause" || pattern == "cluster") return " 8+3";
    if (pattern == "every") return " 2min for 20min: 5";
    if (pattern == "emom") return " 10min: 5";
    return "";  // amap, amrap, as many as possible, max reps, fail, failure
  };
  std::size_t beginners = 0;
  for (const auto& k : sinew::notation_keywords()) {
    const bool begins = k.group == keyword_group::scheme_name || k.group == keyword_group::quantity_word;
    CAPTURE(std::string(k.pattern));
    if (begins) {
      ++beginners;
      CHECK(starts.has(k.pattern[0]));
      for (const auto& s : sinew_test::spellings(k.pattern)) {
        CAPTURE(s);
        CHECK(sinew::parse_scheme(s + body_for(k.pattern)).has_value());
      }
    } else if (!starts.has(k.pattern[0])) {
      // a word of any other group, whose letter begins no scheme, begins none
      for (const auto& s : sinew_test::spellings(k.pattern))
        for (const char* rest : {"", " 3x10", " 10,8", " 8+3", " 3x10 @301"}) CHECK_FALSE(sinew::parse_scheme(s + rest).has_value());
    }
  }
  CHECK(beginners == 16);
  for (char c = '0'; c <= '9'; ++c) CHECK(starts.has(c));
  // and no character outside the set begins a scheme, whatever follows it
  for (int c = 1; c < 128; ++c) {
    if (starts.has(sinew::detail::ascii::lower(static_cast<char>(c))) || c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    const std::string first(1, static_cast<char>(c));
    for (const char* rest : {"", "3x10", " 3x10", "x10", "mAP", "ail", "yramid 10,8"}) {
      CAPTURE(first + rest);
      CHECK_FALSE(sinew::parse_scheme(first + rest).has_value());
    }
  }
}

// The grammar lets blanks (space, tab, line break) separate any two tokens, and a
// keyword's '-' may be written as blanks: so every keyword matches, whole, with
// each of its '-' and ' ' written as any run of blanks, and with '-' as itself or
// as nothing. A keyword that cannot is refused as a typo in the user's text.
TEST_CASE("every keyword matches with any run of blanks where its pattern has '-' or ' '") {
  std::size_t checked = 0;
  for (std::size_t i = 0; i != sinew::notation_keywords().size(); ++i) {
    const std::string_view pattern = sinew::notation_keywords()[i].pattern;
    if (pattern.find_first_of("- ") == std::string_view::npos) continue;
    std::vector<std::string> texts;
    for (const char* run : {" ", "  ", "\t", "\n", "\r\n", " \t\n "}) {
      std::string s;
      for (char c : pattern) s += (c == '-' || c == ' ') ? std::string(run) : std::string(1, c);
      texts.push_back(s);
    }
    std::string dashes, closed;
    for (char c : pattern) {
      dashes += c;
      if (c != '-') closed += c;
    }
    texts.push_back(dashes);
    if (pattern.find(' ') == std::string_view::npos) texts.push_back(closed);
    for (const auto& t : texts) {
      CAPTURE(std::string(pattern));
      CAPTURE(t);
      sinew::detail::lexer lx(t, 0, t.size());
      CHECK(lx.word(static_cast<sinew::detail::kw>(i)));
      CHECK(lx.pos_ == t.size());
      ++checked;
    }
  }
  CHECK(checked >= 7 * 20);
  // and in context: the same spellings parse to the same value as the canonical text
  for (const auto& spelled :
       {std::pair{"rest\tpause 8+3+3", "rest-pause 8+3+3"}, std::pair{"rest\npause 8+3", "rest-pause 8+3"},
        std::pair{"warm  up ramp 10,8,5", "warm-up ramp 10,8,5"}, std::pair{"3x10 stretch \t squeeze 3s", "3x10 stretch-squeeze 3s"},
        std::pair{"150  non \t stop", "150 non-stop"}, std::pair{"warm \t up 10min", "warm-up 10min"},
        std::pair{"cool\tdown 10-15min", "cool-down 10-15min"},
        std::pair{"compound  set: A lunge 3x10; B squat 3x10", "compound-set: A lunge 3x10; B squat 3x10"},
        std::pair{"tri\nsets: A lunge 3x10; B squat 3x10; C bridge 3x10", "tri-sets: A lunge 3x10; B squat 3x10; C bridge 3x10"},
        std::pair{"giant  set: A a 10; B b 10; C c 10; D d 10", "giant-set: A a 10; B b 10; C c 10; D d 10"}}) {
    const std::string variant = spelled.first;  // named: clang 14 captures no structured binding
    CAPTURE(variant);
    const auto a = sinew::parse(spelled.first);  // a line: a scheme, a grouping or a block
    const auto b = sinew::parse(spelled.second);
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    CHECK(*a == *b);
  }
}
