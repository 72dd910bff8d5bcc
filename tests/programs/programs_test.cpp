// Run-time tests of the programs layer.
#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

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

namespace {
// A second, plain reading of the matching rule, to compare with the library's:
// the exercises all of whose words the name holds, keeping those with the most
// words. The words themselves (singulars, abbreviations) are the library's.
std::set<std::string> words_of(std::string_view text, bool expand) {
  const auto w = detail::words_of_name(text, expand);
  std::set<std::string> out;
  for (std::size_t i = 0; i != w.count; ++i) out.emplace(w.word(i).data(), w.word(i).size());
  return out;
}
std::vector<std::size_t> most_specific_fits(const std::set<std::string>& name) {
  std::vector<std::size_t> best;
  std::size_t best_words = 0;
  for (std::size_t e = 0; e != builtin_exercises.size(); ++e) {
    const auto own = words_of(builtin_exercises[e].id, false);
    bool all = true;
    for (const auto& w : own) all = all && name.count(w) != 0;
    if (!all) continue;
    if (own.size() > best_words) {
      best_words = own.size();
      best.clear();
    }
    if (own.size() == best_words) best.push_back(e);
  }
  return best;
}
}  // namespace

TEST_CASE("a name made of two exercises' ids is that exercise only when one is the most specific fit") {
  // Every pair of catalog ids: the name holds both, so both fit; a tie must be
  // reported as a tie listing every tied exercise, never as one of them or as unknown.
  std::size_t ambiguous = 0;
  for (std::size_t a = 0; a != builtin_exercises.size(); ++a) {
    for (std::size_t b = a + 1; b != builtin_exercises.size(); ++b) {
      const std::string name = std::string(builtin_exercises[a].id) + " " + std::string(builtin_exercises[b].id);
      CAPTURE(name);
      const auto expected = most_specific_fits(words_of(name, true));
      const auto got = match_exercise_name(name);
      if (detail::words_of_name(name, true).overflow) {
        CHECK(got.kind == name_match::too_long);
        continue;
      }
      REQUIRE(!expected.empty());
      if (expected.size() == 1) {
        CHECK(got.kind == name_match::found);
        CHECK(got.exercise.index == expected[0]);
        CHECK(got.tied_count == 0);
        continue;
      }
      ++ambiguous;
      REQUIRE(got.kind == name_match::ambiguous);
      CHECK(got.tied_count == expected.size());
      for (std::size_t k = 0; k != got.listed(); ++k) CHECK(got.tied[k].index == expected[k]);
      CHECK_FALSE(match_exercise(name).has_value());
      CHECK(match_exercise(name).error().message ==
            "sinew: this name matches two built-in exercises equally well; name it more fully");
    }
  }
  CHECK(ambiguous > 100);  // the catalog has many same-length names, so ties are common
}

TEST_CASE("ambiguity, absence and overflow are distinct answers") {
  CHECK(match_exercise_name("seated lying leg curl").kind == name_match::ambiguous);
  CHECK(match_exercise_name("overhead press").kind == name_match::not_found);
  CHECK(match_exercise_name(std::string(200, 'a')).kind == name_match::too_long);
  const auto found = match_exercise_name("Seated Leg Curls");
  CHECK(found.kind == name_match::found);
  CHECK(found.exercise == exercise_id{seated_leg_curl});
  CHECK(found.listed() == 0);
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
