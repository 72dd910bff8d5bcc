// A user of the single header: this file is compiled with -I single_include
// only (never include/), so everything it uses comes from the one generated
// file single_include/sinew/sinew.hpp. It asks one question of each layer at
// compile time and the same questions at run time, on text that is not a
// constant.
#include <sinew/sinew.hpp>

#include <cstdio>

// The guard that gives the test its meaning: were include/ on the path, the
// single header would not be what is tested.
#if __has_include(<sinew/anatomy.hpp>) || __has_include(<sinew/version.hpp>)
#error "sinew: the single-header consumer must see single_include/ only, not include/"
#endif

namespace {
using namespace sinew;

// anatomy, exercises, schemes, notation, programs, version: one query each.
static_assert(!crosses_joint(soleus, knee));
static_assert(muscles_performing(knee_flexion).contains(biceps_femoris_short_head));
static_assert(role_in(seated_calf_raise, soleus) == muscle_role::prime_mover);
static_assert(exercises_covering(ankle_plantar_flexion).contains(seated_calf_raise));
static_assert(figures_of(scheme<"pyramid 15,12,10,8,4">).total_reps.max == 49);
static_assert(format(scheme<"3x10-12/leg @301">) == text_view{"3x10-12/leg @301"});
static_assert(match_exercise("DB RDL").has_value() && *match_exercise("DB RDL") == exercise_id{dumbbell_romanian_deadlift});
static_assert(!check_with_anatomy(line<"compound set: A leg extension 3x20; B lying leg curl 3x8">).has_value());
static_assert(version_major == SINEW_VERSION_MAJOR && version_minor == SINEW_VERSION_MINOR);

int failures = 0;
void check(bool ok, const char* what) {
  if (!ok) {
    std::printf("single-header consumer: FAILED: %s\n", what);
    ++failures;
  }
}

// Not constexpr: the queries below run on values the compiler is not told.
const char* written_muscle = "soleus";
const char* written_scheme = "pyramid 15,12,10,8,4";
const char* written_exercise = "DB RDL";
const char* written_line = "compound set: A leg extension 3x20; B lying leg curl 3x8";
}  // namespace

int main() {
  const auto muscle = lower_body.find_muscle(written_muscle);
  check(muscle.has_value(), "anatomy: find_muscle(\"soleus\")");
  if (muscle) {
    check(!lower_body.crosses_joint(*muscle, knee), "anatomy: the soleus does not cross the knee");
    check(role_in(exercise_id{seated_calf_raise}, *muscle) == muscle_role::prime_mover,
          "exercises: the soleus leads the seated calf raise");
    check(exercises_covering(*muscle).contains(seated_calf_raise), "exercises: exercises covering the soleus");
  }
  const auto parsed = parse_scheme(written_scheme);
  check(parsed.has_value(), "notation: parse_scheme(\"pyramid 15,12,10,8,4\")");
  if (parsed) {
    check(figures_of(*parsed).total_reps.max == 49, "schemes: a pyramid 15,12,10,8,4 has 49 reps");
    check(format(*parsed) == text_view{written_scheme}, "notation: format(parse(x)) == x");
  }
  const auto exercise = match_exercise(written_exercise);
  check(exercise.has_value() && *exercise == exercise_id{dumbbell_romanian_deadlift}, "programs: DB RDL is the dumbbell RDL");
  const auto judged = parse(written_line);
  check(judged.has_value() && !check_with_anatomy(*judged).has_value(),
        "programs: a leg extension and a lying leg curl share no prime mover");
  if (failures == 0) std::printf("sinew %d.%d.%d single header: every layer answers\n", version_major, version_minor, version_patch);
  return failures == 0 ? 0 : 1;
}
