// The derivation's corrections from the evidence (docs/evidence.md), as static_asserts, each
// naming its source (full references in anatomy/literature.hpp). evidence_test.cpp checks the
// same classes over every built-in exercise at run time.
#include <sinew/exercises.hpp>

namespace {
using namespace sinew;

// Plantar flexors where the shank travels forward under load (Bryanton et al. 2012)...
static_assert(role_in(barbell_back_squat, soleus) >= muscle_role::stabilizer);
static_assert(role_in(forward_lunge, soleus) >= muscle_role::stabilizer);
static_assert(role_in(step_up, soleus) >= muscle_role::stabilizer);
static_assert(role_in(pistol_squat, gastrocnemius_medial_head) >= muscle_role::stabilizer);
// ...and not where the ankle does not move and the gastrocnemius is slack.
static_assert(role_in(hip_thrust, soleus) == muscle_role::none);
static_assert(role_in(romanian_deadlift, soleus) == muscle_role::none);
static_assert(role_in(reverse_hyperextension, gastrocnemius_medial_head) == muscle_role::none);
static_assert(role_in(wall_sit, soleus) == muscle_role::none);

// Group roles by the share of the work, not the best member.
static_assert(group_role(derive(hip_thrust), adductors) != muscle_role::prime_mover);
static_assert(group_role(derive(glute_bridge), adductors) != muscle_role::prime_mover);
static_assert(group_role(derive(leg_extension), hip_flexors) != muscle_role::prime_mover);
static_assert(group_role(derive(hanging_knee_raise), abductors) != muscle_role::prime_mover);
static_assert(group_role(derive(hanging_knee_raise), adductors) != muscle_role::prime_mover);
static_assert(group_role(derive(leg_swings), abductors) != muscle_role::prime_mover);
static_assert(group_role(derive(leg_swings), adductors) != muscle_role::prime_mover);
static_assert(group_role(derive(hip_thrust), glutes) == muscle_role::prime_mover);
static_assert(!exercises_covering(adductors, coverage::prime).contains(hip_thrust));

// Demotions that overreached: quadriceps in the box squat (McBride et al. 2010), the reverse lunge
// and jogging (Hamner et al. 2010); hamstrings in the sumo deadlift (Escamilla et al. 2002).
static_assert(group_role(derive(box_squat), quadriceps) == muscle_role::prime_mover);
static_assert(group_role(derive(reverse_lunge), quadriceps) == muscle_role::prime_mover);
static_assert(group_role(derive(light_jogging), quadriceps) == muscle_role::prime_mover);
static_assert(role_in(sumo_deadlift, biceps_femoris_long_head) == muscle_role::prime_mover);
static_assert(role_in(conventional_deadlift, biceps_femoris_long_head) == muscle_role::prime_mover);
// The Lombard demotion still holds where the knee's moment matters: the squat's hamstrings assist.
static_assert(role_in(barbell_back_squat, biceps_femoris_long_head) == muscle_role::synergist);

// Held work a statement omitted: the Nordic curl holds the hip extended; the reverse Nordic and the
// sissy squat hold it against the trunk leaning back; a hinge's lumbar extensors hold the trunk
// (Cholewicki et al. 1991); a stretch's two-joint target is its prime mover.
static_assert(role_in(nordic_curl, gluteus_maximus) == muscle_role::stabilizer);
static_assert(role_in(reverse_nordic, iliacus) == muscle_role::stabilizer);
static_assert(role_in(sissy_squat, psoas_major) == muscle_role::stabilizer);
static_assert(role_in(conventional_deadlift, erector_spinae) == muscle_role::prime_mover);
static_assert(role_in(back_extension, erector_spinae) == muscle_role::prime_mover);
static_assert(role_in(hip_thrust, erector_spinae) == muscle_role::none);
static_assert(exercises_covering(lumbar_extension, coverage::prime).contains(good_morning));
static_assert(role_in(kneeling_hip_flexor_stretch, rectus_femoris) == muscle_role::prime_mover);
static_assert(group_role(derive(lateral_leg_swings), adductors) == muscle_role::prime_mover);
}  // namespace
