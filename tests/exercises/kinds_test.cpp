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
  // Every exercise but the conditioning (2), mobility (4), stretch (7) and soft-tissue (5) ones, the
  // counts static_kinds.cpp pins.
  CHECK(training == builtin_exercises.size() - (2 + 4 + 7 + 5));
}

TEST_CASE("kinds: a text statement reads kind: and contraction:, strength and dynamic when left out") {
  const std::string head = "name: wall hold; loads: knee_extension; equipment: bodyweight; pattern: squat";
  const auto plain = parse_exercise(text_view{head.data(), head.size()});
  REQUIRE(plain);
  CHECK(plain->kind == exercise_kind::strength);
  CHECK(plain->contraction == contraction::dynamic);
  for (std::size_t k = 0; k != exercise_kind_count; ++k)
    for (std::size_t c = 0; c != contraction_count; ++c) {
      const std::string text = head + "; kind: " + std::string(name_of(static_cast<exercise_kind>(k))) +
                               "; contraction: " + std::string(name_of(static_cast<contraction>(c)));
      CAPTURE(text);
      const auto r = parse_exercise(text_view{text.data(), text.size()});
      REQUIRE(r);
      CHECK(r->kind == static_cast<exercise_kind>(k));
      CHECK(r->contraction == static_cast<contraction>(c));
      // What the text stated is what the queries see: a stretch is opted in, not counted by default.
      CHECK(exercise_filter{}.accepts(*r) == is_training_kind(r->kind));
      CHECK(exercise_filter{}.all_kinds().accepts(*r));
    }
}

TEST_CASE("kinds: a text statement's unknown kind or contraction is refused at its value, with the valid names") {
  const std::string head = "name: x; loads: knee_extension; equipment: bodyweight; pattern: squat; ";
  for (const std::string key : {"kind", "contraction"}) {
    const std::string text = head + key + ": plyometric";
    CAPTURE(text);
    const auto r = parse_exercise(text_view{text.data(), text.size()});
    REQUIRE_FALSE(r);
    CHECK(r.error().position == text.find("plyometric"));
    const text_view m = r.error().message;
    CHECK(m.starts_with("sinew:"));
    if (key == "kind")
      for (std::size_t i = 0; i != exercise_kind_count; ++i) CHECK(m.find(name_of(static_cast<exercise_kind>(i))) != text_view::npos);
    else
      for (std::size_t i = 0; i != contraction_count; ++i) CHECK(m.find(name_of(static_cast<contraction>(i))) != text_view::npos);
    const std::string twice = head + key + ": " + (key == "kind" ? "stretch" : "isometric") + "; " + key + ": " +
                              (key == "kind" ? "stretch" : "isometric");
    const auto d = parse_exercise(text_view{twice.data(), twice.size()});
    REQUIRE_FALSE(d);
    CHECK(d.error().position == twice.rfind(key));
  }
}

// The same statements at compile time.
static_assert(parse_exercise("name: s; loads: hip_extension; equipment: bodyweight; pattern: stretch; kind: stretch; "
                             "contraction: isometric")
                  ->kind == exercise_kind::stretch);
static_assert(parse_exercise("name: s; loads: hip_extension; equipment: bodyweight; pattern: stretch; kind: stretch; "
                             "contraction: isometric")
                  ->contraction == contraction::isometric);
