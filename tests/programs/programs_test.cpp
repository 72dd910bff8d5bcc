// Run-time tests of the programs layer.
#include <doctest/doctest.h>

#include <string>

#include <sinew/notation.hpp>
#include <sinew/programs.hpp>

using namespace sinew;

TEST_CASE("every built-in exercise is found by its id and by its name, in any case") {
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) {
    const auto& r = builtin_exercises[i];
    CAPTURE(std::string(r.id));
    const exercise_id expected{static_cast<std::uint16_t>(i)};
    const auto by_id = match_exercise(r.id);
    REQUIRE(by_id.has_value());
    CHECK(*by_id == expected);
    std::string shouted(r.name);
    for (char& c : shouted)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    const auto by_name = match_exercise(shouted);
    REQUIRE(by_name.has_value());
    CHECK(*by_name == expected);
  }
}

TEST_CASE("a written name that fits no exercise, or two equally, is an error that says so") {
  CHECK(match_exercise("overhead press").error().message == "sinew: no built-in exercise matches this name");
  CHECK(match_exercise("").error().message == "sinew: no built-in exercise matches this name");
  const std::string long_name(200, 'a');
  CHECK(match_exercise(long_name).error().message == "sinew: an exercise name has at most 16 words and 160 characters");
}

TEST_CASE("compound sets are judged by the exercises' prime movers") {
  const auto ok = parse("compound set: A seated calf raise 3x25; B standing calf raise machine 3x12");
  REQUIRE(ok.has_value());
  CHECK(check_with_anatomy(*ok).has_value());  // soleus and gastrocnemius: both raises share the soleus

  const auto quads_and_hamstrings = parse("compound set: A leg extension 3x20; B lying leg curl 3x8");
  REQUIRE(quads_and_hamstrings.has_value());
  const auto rejected = check_with_anatomy(*quads_and_hamstrings);
  REQUIRE_FALSE(rejected.has_value());
  CHECK(rejected.error().message == "sinew: the exercises of a compound set share a target muscle");

  const auto unknown = parse("compound set: A leg extension 3x20; B zercher carry 3x8");
  REQUIRE(unknown.has_value());
  CHECK(check_with_anatomy(*unknown).error().message ==
        "sinew: a compound set names exercises sinew knows, to compare their target muscles");

  // Other groupings are not compound sets: their exercises need not share a muscle.
  const auto superset = parse("superset: A leg extension 3x20; B lying leg curl 3x8");
  REQUIRE(superset.has_value());
  CHECK(check_with_anatomy(*superset).has_value());
}

TEST_CASE("target muscles follow the derivation") {
  const auto seated = target_muscles(exercise_id{seated_calf_raise});
  CHECK(seated.contains(soleus));
  CHECK_FALSE(seated.contains(gastrocnemius_medial_head));
  CHECK(target_muscles("Lying Hamstring Curls") ==
        muscle_set{biceps_femoris_long_head, biceps_femoris_short_head, semitendinosus, semimembranosus});
  CHECK(target_muscles("no such exercise").empty());
}
