// How each rule and weight of the derivation (exercises/derivation.hpp) orders
// muscles, pinned without the generated catalog: each case is an exercise
// record written here, and a pair of muscles whose order of emphasis flips if
// that one weight is neutralised (set to 1, to 0, or switched off). The orders
// follow from the mechanics the derivation's header states (seeds 000, 003):
// a lengthened hamstring outworks a one-joint knee flexor of similar size in a
// seated curl; a gastrocnemius shortened at the bent knee loses to the deep
// plantar flexors; a big assistant outweighs a small prime mover; and so on.
// Roles and lengths are pinned where the rule sets them.
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>

#include <sinew/exercises.hpp>

namespace {

using sinew::exercise_record;
using sinew::muscle_length;
using sinew::muscle_role;

sinew::action_set actions(std::initializer_list<const char*> names) {
  sinew::action_set s{};
  for (const char* n : names) {
    const auto a = sinew::lower_body.find_action(n);
    REQUIRE_MESSAGE(a.has_value(), "no action ", std::string(n));
    s.insert(*a);
  }
  return s;
}

sinew::muscle_id muscle(const char* name) {
  const auto m = sinew::lower_body.find_muscle(name);
  REQUIRE_MESSAGE(m.has_value(), "no muscle ", std::string(name));
  return *m;
}

struct record_builder {
  exercise_record r{};
  record_builder& loads(std::initializer_list<const char*> a) { r.loads = actions(a); return *this; }
  record_builder& assists(std::initializer_list<const char*> a) { r.assists = actions(a); return *this; }
  record_builder& stabilizes(std::initializer_list<const char*> a) { r.stabilizes = actions(a); return *this; }
  record_builder& held_toward(std::initializer_list<const char*> a) { r.held_toward = actions(a); return *this; }
  record_builder& pattern(sinew::movement_pattern p) { r.pattern = p; return *this; }
  record_builder& stance(sinew::stance_set s) { r.stance = s; return *this; }
  record_builder& unilateral() { r.laterality = sinew::laterality::unilateral; return *this; }
  record_builder& spine(sinew::spinal_load l) { r.spinal_load = l; return *this; }
  operator exercise_record() const { return r; }  // NOLINT: a builder
};

record_builder exercise(sinew::movement_pattern p) { return record_builder{}.pattern(p); }

using mp = sinew::movement_pattern;

// `stronger` has the larger emphasis in `r`, by a margin (so float rounding
// cannot decide the order), and both are involved. (Records are built in
// functions: looking actions up needs doctest running.)
void check_order(const exercise_record& r, const char* stronger, const char* weaker) {
  const auto p = sinew::derive(r);
  const float a = p.emphasis_of(muscle(stronger));
  const float b = p.emphasis_of(muscle(weaker));
  INFO(std::string(stronger), " ", a, " vs ", std::string(weaker), " ", b);
  CHECK(p.role_of(muscle(stronger)) != muscle_role::none);
  CHECK(p.role_of(muscle(weaker)) != muscle_role::none);
  CHECK(a > b * 1.02F);
}

exercise_record seated_leg_curl() { return exercise(mp::curl).loads({"knee_flexion"}).held_toward({"hip_flexion"}); }
exercise_record lying_leg_curl() { return exercise(mp::curl).loads({"knee_flexion"}); }
exercise_record seated_calf_raise() { return exercise(mp::raise).loads({"ankle_plantar_flexion"}).held_toward({"knee_flexion"}); }
exercise_record romanian_deadlift() { return exercise(mp::hinge).loads({"hip_extension"}).held_toward({"knee_extension"}).spine(sinew::spinal_load::high); }
exercise_record hip_thrust() { return exercise(mp::hinge).loads({"hip_extension"}).held_toward({"knee_flexion"}); }
exercise_record back_squat() { return exercise(mp::squat).loads({"hip_extension", "knee_extension"}).spine(sinew::spinal_load::high); }
exercise_record goblet_squat() { return exercise(mp::squat).loads({"hip_extension", "knee_extension"}).spine(sinew::spinal_load::low); }
exercise_record toes_out_squat() { return exercise(mp::squat).loads({"hip_extension", "knee_extension"}).stance({sinew::stance::toes_out}); }
exercise_record leg_press_knees_forward() { return exercise(mp::press).loads({"hip_extension", "knee_extension"}).stance({sinew::stance::knees_past_toes}); }
exercise_record split_squat() { return exercise(mp::lunge).loads({"hip_extension", "knee_extension"}).unilateral(); }
exercise_record leg_extension_with_dorsiflexion() { return exercise(mp::extension).loads({"knee_extension"}).assists({"ankle_dorsiflexion"}); }
exercise_record hip_flexion_raise() { return exercise(mp::raise).loads({"hip_flexion"}); }
exercise_record hip_external_rotation_raise() { return exercise(mp::raise).loads({"hip_external_rotation"}); }

}  // namespace

TEST_CASE("lengthened bonus: a hamstring stretched at the flexed hip outworks the short head (seated leg curl)") {
  check_order(seated_leg_curl(), "semitendinosus", "biceps_femoris_short_head");
  check_order(romanian_deadlift(), "biceps_femoris_long_head", "adductor_magnus_hamstring_part");
  const auto p = sinew::derive(seated_leg_curl());
  CHECK(p.of(muscle("semitendinosus")).length == muscle_length::lengthened);
  CHECK(p.of(muscle("biceps_femoris_long_head")).length == muscle_length::lengthened);
  CHECK(p.of(muscle("biceps_femoris_short_head")).length == muscle_length::mid_range);
  CHECK(p.role_of(muscle("semitendinosus")) == muscle_role::prime_mover);
}

TEST_CASE("active insufficiency: a two-joint muscle shortened at the held joint loses work and its prime role") {
  check_order(seated_calf_raise(), "tibialis_posterior", "gastrocnemius_lateral_head");
  check_order(hip_thrust(), "gluteus_medius", "semimembranosus");
  const auto calf = sinew::derive(seated_calf_raise());
  CHECK(calf.role_of(muscle("soleus")) == muscle_role::prime_mover);
  CHECK(calf.role_of(muscle("gastrocnemius_medial_head")) == muscle_role::synergist);
  CHECK(calf.of(muscle("gastrocnemius_medial_head")).length == muscle_length::shortened);
  const auto thrust = sinew::derive(hip_thrust());
  CHECK(thrust.role_of(muscle("gluteus_maximus")) == muscle_role::prime_mover);
  CHECK(thrust.role_of(muscle("semimembranosus")) == muscle_role::synergist);
}

TEST_CASE("assisting actions weigh half a primary one") {
  check_order(leg_extension_with_dorsiflexion(), "vastus_intermedius", "extensor_digitorum_longus");
}

TEST_CASE("a secondary mover counts for less than a prime mover of its size") {
  check_order(lying_leg_curl(), "biceps_femoris_long_head", "gastrocnemius_medial_head");
  CHECK(sinew::derive(lying_leg_curl()).role_of(muscle("gastrocnemius_medial_head")) == muscle_role::synergist);
}

TEST_CASE("size: muscles share an action by PCSA") {
  // Gluteus minimus only assists hip flexion, sartorius is a prime mover of it,
  // but minimus is ten times the size.
  check_order(hip_flexion_raise(), "gluteus_minimus", "sartorius");
  check_order(hip_external_rotation_raise(), "piriformis", "quadratus_femoris");
}

TEST_CASE("a muscle without PCSA or volume in the tables weighs the default size") {
  // The gemelli have no literature figures: 5 cm2, between iliacus assisting
  // (10.2 x 0.3) and quadratus femoris (6.0).
  check_order(hip_external_rotation_raise(), "gemellus_superior", "iliacus");
  check_order(hip_external_rotation_raise(), "quadratus_femoris", "gemellus_superior");
}

TEST_CASE("Lombard's paradox: in a squat rectus femoris and the hamstrings oppose each other, so they work at half weight") {
  // Gluteus medius only assists hip extension, yet outworks both.
  check_order(back_squat(), "gluteus_medius", "rectus_femoris");
  check_order(back_squat(), "gluteus_medius", "semimembranosus");
  const auto p = sinew::derive(back_squat());
  CHECK(p.role_of(muscle("rectus_femoris")) == muscle_role::synergist);
  CHECK(p.role_of(muscle("semimembranosus")) == muscle_role::synergist);
  CHECK(p.role_of(muscle("vastus_lateralis")) == muscle_role::prime_mover);
  CHECK(p.role_of(muscle("gluteus_maximus")) == muscle_role::prime_mover);
}

TEST_CASE("knees past the toes load knee extension harder (longer moment arm)") {
  check_order(leg_press_knees_forward(), "vastus_lateralis", "gluteus_maximus");
  check_order(leg_press_knees_forward(), "rectus_femoris", "biceps_femoris_long_head");
}

TEST_CASE("toes out adds hip external rotation") {
  check_order(toes_out_squat(), "gluteus_medius", "vastus_intermedius");
  const auto p = sinew::derive(toes_out_squat());
  CHECK(p.role_of(muscle("piriformis")) == muscle_role::synergist);
  CHECK(sinew::derive(exercise(mp::squat).loads({"hip_extension", "knee_extension"})).role_of(muscle("piriformis")) ==
        muscle_role::none);
}

TEST_CASE("standing on one leg, the abductors and adductors hold the pelvis") {
  check_order(split_squat(), "gluteus_medius", "vastus_intermedius");
  check_order(split_squat(), "adductor_magnus_hamstring_part", "biceps_femoris_long_head");
  const auto p = sinew::derive(split_squat());
  CHECK(p.role_of(muscle("adductor_longus")) == muscle_role::stabilizer);
  CHECK(p.role_of(muscle("gluteus_minimus")) == muscle_role::stabilizer);
  // Not on a machine: a seated unilateral press holds nothing.
  CHECK(sinew::derive(exercise(mp::press).loads({"knee_extension"}).unilateral()).role_of(muscle("adductor_longus")) ==
        muscle_role::none);
}

TEST_CASE("a loaded spine is held by its extensors, less when lightly loaded") {
  CHECK(sinew::derive(back_squat()).role_of(muscle("erector_spinae")) == muscle_role::stabilizer);
  CHECK(sinew::derive(exercise(mp::press).loads({"hip_extension", "knee_extension"})).role_of(muscle("erector_spinae")) ==
        muscle_role::none);
  // Stabilising weighs 0.15 of a primary action, a third of that for a light load.
  check_order(goblet_squat(), "biceps_femoris_long_head", "erector_spinae");
  check_order(goblet_squat(), "rectus_femoris", "erector_spinae");
  check_order(back_squat(), "erector_spinae", "rectus_femoris");
}

TEST_CASE("emphases of an exercise sum to 1, prime movers listed first") {
  for (const exercise_record& r : {seated_leg_curl(), seated_calf_raise(), back_squat(), split_squat(), toes_out_squat()}) {
    const auto p = sinew::derive(r);
    double sum = 0.0;
    for (const auto& w : p) sum += w.emphasis;
    CHECK(sum == doctest::Approx(1.0).epsilon(1e-5));
    for (std::size_t i = 1; i < p.size(); ++i) CHECK(p.entries[i - 1].role >= p.entries[i].role);
  }
}
