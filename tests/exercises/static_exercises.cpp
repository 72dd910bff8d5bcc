// The seeds' claims and the queries, as static_asserts: the same questions
// exercises_test.cpp asks at run time, answered at compile time.
#include <array>
#include <span>
#include <sinew/exercises.hpp>

namespace {
using namespace sinew;

constexpr bool leads(const exercise_record& r, muscle_id m) {
  const auto p = derive(r);
  return p.count > 0 && p.entries[0].muscle == m;
}

// The soleus leads the seated calf raise; the gastrocnemius is slack there (000, 003).
static_assert(leads(record_of(seated_calf_raise), soleus));
static_assert(derive(seated_calf_raise).role_of(gastrocnemius_medial_head) == muscle_role::synergist);
static_assert(explain(seated_calf_raise, gastrocnemius_lateral_head).has(reason::shortened_at_held_joint));
// The gastrocnemius is a prime mover at full length in the standing one.
static_assert(derive(standing_calf_raise).role_of(gastrocnemius_medial_head) == muscle_role::prime_mover);
static_assert(derive(standing_calf_raise).of(gastrocnemius_medial_head).length == muscle_length::lengthened);
static_assert(emphasis_in(standing_calf_raise, gastrocnemius_medial_head) >
              2.0F * emphasis_in(seated_calf_raise, gastrocnemius_medial_head));

// Leg curls are knee flexion for the hamstrings.
static_assert(exercises_covering(knee_flexion, coverage::prime).contains(seated_leg_curl));
static_assert(exercises_covering(knee_flexion, coverage::prime).contains(lying_leg_curl));
static_assert(exercises_covering(hamstrings, coverage::prime).contains(lying_leg_curl));
static_assert(role_in(seated_leg_curl, semitendinosus) == muscle_role::prime_mover);

// RDLs are hip extension with the hamstrings stretched.
static_assert(info(romanian_deadlift).loads == action_set{hip_extension});
static_assert(derive(romanian_deadlift).of(biceps_femoris_long_head).length == muscle_length::lengthened);
static_assert(exercises_covering(biceps_femoris_long_head, coverage::prime, exercise_filter{}.loaded_stretched())
                  .contains(romanian_deadlift));

// Hip thrusts load the glutes shortened; the hamstrings are insufficient with knees bent.
static_assert(derive(hip_thrust).of(gluteus_maximus).role == muscle_role::prime_mover);
static_assert(derive(hip_thrust).of(gluteus_maximus).length == muscle_length::shortened);
static_assert(role_in(hip_thrust, semimembranosus) == muscle_role::synergist);

// Toes out adds external rotation.
static_assert(covers(info(toes_out_wide_stance_squat), hip_external_rotation));
static_assert(!covers(info(barbell_back_squat), hip_external_rotation));
static_assert(emphasis_in(toes_out_wide_stance_squat, gluteus_maximus) > emphasis_in(barbell_back_squat, gluteus_maximus));

// Leg press has no spinal loading; the squat does.
static_assert(exercises_covering(quadriceps, coverage::prime, exercise_filter{}.without_spinal_load()).contains(leg_press));
static_assert(!exercises_covering(quadriceps, coverage::prime, exercise_filter{}.without_spinal_load())
                   .contains(barbell_back_squat));
static_assert(role_in(barbell_back_squat, erector_spinae) == muscle_role::stabilizer);
static_assert(role_in(leg_press, erector_spinae) == muscle_role::none);

// Lunges and split squats are unilateral.
static_assert(accepted(exercise_filter{}.unilateral()).contains(walking_lunge));
static_assert(accepted(exercise_filter{}.unilateral()).contains(bulgarian_split_squat));
static_assert(accepted(exercise_filter{}.unilateral()).contains(split_squat));
static_assert(!accepted(exercise_filter{}.unilateral()).contains(barbell_back_squat));

// Leg extension loads the quads shortened.
static_assert(derive(leg_extension).of(vastus_medialis).length == muscle_length::shortened);
static_assert(role_in(leg_extension, rectus_femoris) == muscle_role::prime_mover);

// The biceps femoris short head crosses only the knee: no pure hip-extension exercise works it.
static_assert(!exercises_covering(biceps_femoris_short_head).contains(romanian_deadlift));
static_assert(!exercises_covering(biceps_femoris_short_head).contains(hip_thrust));
static_assert(exercises_covering(biceps_femoris_short_head, coverage::prime).contains(lying_leg_curl));

// Lombard's paradox: rectus femoris and the hamstrings are synergists in a squat.
static_assert(role_in(barbell_back_squat, rectus_femoris) == muscle_role::synergist);
static_assert(role_in(barbell_back_squat, biceps_femoris_long_head) == muscle_role::synergist);

// Filters compose, and the index answers equal the scan of the same catalog.
constexpr auto no_barbell = exercise_filter{}.without_equipment({equipment::barbell});
static_assert(!exercises_covering(hip_extension, coverage::prime, no_barbell).contains(hip_thrust));
static_assert(exercises_covering(hip_extension, coverage::prime, no_barbell).contains(glute_bridge));
constexpr std::size_t scanned_knee_flexion() {
  std::array<std::uint32_t, 128> out{};
  return exercises_covering(builtin_catalog(), action_id{knee_flexion}, std::span<std::uint32_t>(out), coverage::prime);
}
static_assert(scanned_knee_flexion() == exercises_covering(knee_flexion, coverage::prime).size());
// The columnar index works in constant evaluation too, on storage of the caller's.
constexpr bool index_equals_builtin(action_id a, coverage c) {
  std::array<std::uint64_t, catalog_index::words_needed(builtin_exercises.size())> storage{};
  const catalog_index index(builtin_catalog(), std::span<std::uint64_t>(storage));
  std::array<std::uint64_t, 2> bits{};
  const std::size_t n = exercises_covering(index, a, std::span<std::uint64_t>(bits), c);
  return index.valid() && n == exercises_covering(a, c).size() &&
         exercise_set::from_words({bits[0], bits[1]}) == exercises_covering(a, c);
}
static_assert(index_equals_builtin(knee_flexion, coverage::prime));
static_assert(index_equals_builtin(hip_external_rotation, coverage::working));
static_assert(index_equals_builtin(lumbar_extension, coverage::any));

// Substitutes: no barbell today.
constexpr std::uint32_t best_substitute_without_barbell() {
  std::array<ranked_exercise, 3> out{};
  const auto n = substitutes_for(barbell_back_squat, out, exercise_filter{}.with_equipment({equipment::dumbbell, equipment::bodyweight}));
  return n > 0 ? out[0].index : 9999;
}
static_assert(!builtin_exercises[best_substitute_without_barbell()].equipment.contains(equipment::barbell));
static_assert(builtin_exercises[best_substitute_without_barbell()].pattern == movement_pattern::squat);

// Smallest cover: calves need both straight- and bent-knee work, one exercise each.
constexpr auto calf_cover = smallest_cover(action_set{ankle_plantar_flexion, knee_flexion, knee_extension, hip_extension},
                                           exercise_filter{}.with_patterns({movement_pattern::squat, movement_pattern::hinge,
                                                                            movement_pattern::curl, movement_pattern::raise}));
static_assert(calf_cover.count == 3 && calf_cover.minimal && calf_cover.uncovered.empty());

// Text: the same rules, with a position.
static_assert(parse_exercise("name: cable pull-through; loads: hip_extension; equipment: cable; pattern: hinge")
                  ->mechanic == mechanic::isolation);
static_assert(parse_exercise("name: x; loads: hip_extension; assists: hip_extension; equipment: cable; pattern: hinge")
                  .error()
                  .position == 40);

// User-defined exercises at compile time use the same API.
inline constexpr struct landmine_squat final
    : exercise<"landmine_squat", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension, knee_extension},
                                               .loaded_at = load_peak::stretched,
                                               .equipment = {equipment::barbell},
                                               .pattern = movement_pattern::squat,
                                               .spinal_load = spinal_load::low}> {} landmine_squat;
static_assert(Exercise<struct landmine_squat>);
static_assert(derive(landmine_squat).role_of(gluteus_maximus) == muscle_role::prime_mover);
static_assert(!Exercise<int>);

}  // namespace

namespace {
using namespace sinew;
// The pulse squat is seed 003's quadriceps-dominant pattern: more quads than the back squat.
static_assert(emphasis_in(pulse_squat, vastus_lateralis) > emphasis_in(barbell_back_squat, vastus_lateralis));
static_assert(emphasis_in(pulse_squat, gluteus_maximus) < emphasis_in(barbell_back_squat, gluteus_maximus));
}  // namespace
