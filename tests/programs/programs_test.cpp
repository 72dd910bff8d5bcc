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
std::string id_of(exercise_id e) { return std::string(info(e).id); }
// The words of a text as the matcher reads them.
std::set<std::string> words_of(std::string_view text) {
  const auto w = detail::words_of_name(text, true);
  std::set<std::string> out;
  for (std::size_t i = 0; i != w.count; ++i) out.emplace(w.word(i).data(), w.word(i).size());
  return out;
}
// Every word an exercise's names and allowed words use: the words a name may state and still mean it.
std::set<std::string> words_true_of(std::size_t e) {
  const auto& index = detail::builtin_name_index;
  std::set<std::string> out;
  for (std::size_t a = 0; a != index.alias_count; ++a)
    if (index.aliases[a].exercise == e)
      for (std::size_t k = 0; k != index.aliases[a].count; ++k) out.emplace(index.word(index.aliases[a].words[k]));
  for (std::size_t v = 0; v != index.vocabulary; ++v)
    if (index.fits[e].test(v)) out.emplace(index.word(v));
  return out;
}
}  // namespace

TEST_CASE("a name never resolves to an exercise when it states a word the exercise's names do not allow") {
  // Each exercise's own name plus any word of the vocabulary that is not true of it (an implement
  // it does not use, "calf", "seated", "single", another movement's word): never that exercise.
  const auto& index = detail::builtin_name_index;
  std::size_t tried = 0;
  for (std::size_t e = 0; e != builtin_exercises.size(); ++e) {
    const auto allowed = words_true_of(e);
    for (std::size_t v = 0; v != index.vocabulary; ++v) {
      const std::string word(index.word(v));
      if (allowed.count(word) != 0) continue;
      for (const std::string& name : {std::string(builtin_exercises[e].name) + " " + word,
                                      word + " " + std::string(builtin_exercises[e].name)}) {
        CAPTURE(name);
        const auto got = match_exercise_name(name);
        CHECK_FALSE((got.found() && got.exercise.index == e));
        ++tried;
      }
    }
  }
  CHECK(tried > 10000);
}

TEST_CASE("two exercises' names in one name resolve only to an exercise every word of it is true of") {
  // "walking lunge bodyweight lunge" is bodyweight_walking_lunge; "leg press leg extension" is nothing.
  for (std::size_t a = 0; a != builtin_exercises.size(); ++a) {
    for (std::size_t b = a + 1; b != builtin_exercises.size(); ++b) {
      const std::string name = std::string(builtin_exercises[a].id) + " " + std::string(builtin_exercises[b].id);
      CAPTURE(name);
      const auto got = match_exercise_name(name);
      if (got.found()) {
        const auto allowed = words_true_of(got.exercise.index);
        for (const auto& w : words_of(name)) CHECK_MESSAGE(allowed.count(w) != 0, w, " is not true of ", id_of(got.exercise));
      }
      if (got.kind == name_match::ambiguous)
        for (std::size_t k = 0; k != got.listed(); ++k)
          for (const auto& w : words_of(name)) CHECK(words_true_of(got.tied[k].index).count(w) != 0);
    }
  }
}

TEST_CASE("every alias resolves to its exercise, or is ambiguous between the exercises that share it") {
  const auto& index = detail::builtin_name_index;
  std::size_t shared = 0;
  for (std::size_t a = 0; a != index.alias_count; ++a) {
    const auto& al = index.aliases[a];
    const std::string text(al.text);
    CAPTURE(text);
    CAPTURE(id_of(exercise_id{al.exercise}));
    // The exercises with an alias of the same words.
    std::vector<std::size_t> owners;
    for (std::size_t b = 0; b != index.alias_count; ++b)
      if (words_of(index.aliases[b].text) == words_of(al.text) &&
          (owners.empty() || owners.back() != index.aliases[b].exercise))
        owners.push_back(index.aliases[b].exercise);
    const auto got = match_exercise_name(al.text);
    if (owners.size() == 1) {
      REQUIRE(got.found());
      CHECK(got.exercise.index == al.exercise);
      CHECK(got.confidence == (al.family ? 80 : 100));
    } else {
      ++shared;
      REQUIRE(got.kind == name_match::ambiguous);
      REQUIRE(got.tied_count == owners.size());
      for (std::size_t k = 0; k != owners.size(); ++k) CHECK(got.tied[k].index == owners[k]);
    }
  }
  CHECK(shared > 0);  // "hip abduction", "calf stretch", "sprint"
}

TEST_CASE("the answer lists at most five runners-up, best first, and only close ones on failure") {
  for (const char* name : {"seated lying leg curl", "zercher squat", "squat", "hip abduction", "Calf Raise (Dumbbell)", "bench press"}) {
    CAPTURE(std::string(name));
    const auto got = match_exercise_name(name);
    REQUIRE(got.candidate_count <= exercise_name_match::max_candidates);
    for (std::size_t k = 1; k < got.candidate_count; ++k)
      CHECK(got.candidates[k - 1].confidence >= got.candidates[k].confidence);
    if (got.kind == name_match::not_found)
      for (std::size_t k = 0; k != got.candidate_count; ++k) CHECK(got.candidates[k].confidence < 50);
    if (got.found()) CHECK(got.confidence >= 50);
  }
  const auto zercher = match_exercise_name("zercher squat");
  REQUIRE(zercher.candidate_count > 0);
  CHECK(zercher.candidates[0].exercise == exercise_id{barbell_back_squat});  // the family, named as close only
  const auto bench = match_exercise_name("bench press");
  CHECK((bench.candidate_count == 0 || bench.candidates[0].confidence < 30));
}

TEST_CASE("ambiguity, absence and overflow are distinct answers") {
  CHECK(match_exercise_name("hip adduction").kind == name_match::ambiguous);
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
