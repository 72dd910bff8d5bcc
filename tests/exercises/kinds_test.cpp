// Kinds and contractions at run time: the names both ways for text a user
// typed, the kind filter's parser with its error position, and what records
// filled in by other programs hold.
#include <doctest/doctest.h>

#include <sinew/exercises.hpp>

#include <string>

using namespace sinew;

TEST_CASE("kinds: every name parses back, from run-time text") {
  for (std::size_t i = 0; i != exercise_kind_count; ++i) {
    const std::string word(name_of(static_cast<exercise_kind>(i)));
    CAPTURE(word);
    const auto k = parse_exercise_kind(text_view{word.data(), word.size()});
    REQUIRE(k);
    CHECK(static_cast<std::size_t>(*k) == i);
    const auto set = parse_kind_set(text_view{word.data(), word.size()});
    REQUIRE(set);
    CHECK(*set == kind_set{static_cast<exercise_kind>(i)});
  }
  for (std::size_t i = 0; i != contraction_count; ++i) {
    const std::string word(name_of(static_cast<contraction>(i)));
    const auto c = parse_contraction(text_view{word.data(), word.size()});
    REQUIRE(c);
    CHECK(static_cast<std::size_t>(*c) == i);
  }
}

TEST_CASE("kinds: a bad name in a list is refused where it stands, with the valid names") {
  const std::string typed = "strength, plyo";
  const auto r = parse_kind_set(text_view{typed.data(), typed.size()});
  REQUIRE_FALSE(r);
  CHECK(r.error().position == typed.find("plyo"));
  const text_view m = r.error().message;
  for (std::size_t i = 0; i != exercise_kind_count; ++i)
    CHECK(m.find(name_of(static_cast<exercise_kind>(i))) != text_view::npos);
}

TEST_CASE("kinds: a record another program fills in is a strength exercise moved in reps") {
  const exercise_record r{};
  CHECK(r.kind == exercise_kind::strength);
  CHECK(r.contraction == contraction::dynamic);
  CHECK(is_training(r));
}

TEST_CASE("kinds: the built-in catalog, each kind read its own way") {
  std::size_t training = 0;
  for (const auto& r : builtin_exercises) {
    CAPTURE(std::string(r.id.data(), r.id.size()));
    CHECK(first_broken_rule(r) == exercise_rule::ok);
    if (is_training(r)) {
      ++training;
      CHECK_FALSE(loaded_actions(r).empty());
      CHECK(stretched_actions(r).empty());
    }
    if (r.kind == exercise_kind::stretch) CHECK(stretched_actions(r) == (r.loads | r.assists));
  }
  CHECK(training == 86);
}
