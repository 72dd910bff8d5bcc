// Compile-time tests of the anatomy layer: building this file is the test.
#include <sinew/anatomy.hpp>

namespace {
using namespace sinew;

// --- the model's size and order are a public interface ---------------------
static_assert(lower_body.joint_count == 6);
static_assert(lower_body.action_count == 18);
static_assert(lower_body.group_count == 11);
static_assert(lower_body.muscle_count == 42);
static_assert(joint_id{hip}.index == 1 && action_id{knee_flexion}.index == 8 && muscle_id{soleus}.index == 29);

// --- the rule: a muscle acts only on joints it crosses ----------------------
static_assert(!valid_muscle_declaration<in<calves>, crosses<ankle, subtalar>, primary<ankle_plantar_flexion>,
                                        secondary<knee_flexion>>,
              "soleus-like muscle flexing the knee it does not cross");
static_assert(valid_muscle_declaration<in<calves>, crosses<knee, ankle, subtalar>, primary<ankle_plantar_flexion>,
                                       secondary<knee_flexion>>);
static_assert(!valid_muscle_declaration<in<hamstrings>, crosses<knee>, primary<hip_extension>, primary<knee_flexion>>,
              "biceps femoris short head cannot extend the hip");
static_assert(!valid_muscle_declaration<in<glutes>, crosses<hip, hip>, primary<hip_extension>>, "joint listed twice");
static_assert(!valid_muscle_declaration<in<glutes>, crosses<hip>, primary<hip_extension>, secondary<hip_extension>>,
              "an action both primary and secondary");
static_assert(!valid_muscle_declaration<in<>, crosses<hip>, primary<hip_extension>>, "no group");
static_assert(!valid_muscle_declaration<in<glutes>, crosses<hip>>, "no action");

// --- joints crossed, from the seeds and from real anatomy ------------------
static_assert(crosses_joint(rectus_femoris, hip) && crosses_joint(rectus_femoris, knee));
static_assert(crosses_joint(biceps_femoris_long_head, hip) && !crosses_joint(biceps_femoris_short_head, hip));
static_assert(crosses_joint(gastrocnemius_medial_head, knee) && !crosses_joint(soleus, knee));
static_assert(crosses_joint(psoas_major, lumbar_spine));
static_assert(joints_crossed_by(gastrocnemius_lateral_head) == joint_set{knee, ankle, subtalar});

// --- two-joint muscles ------------------------------------------------------
static_assert(is_two_joint(rectus_femoris) && is_two_joint(semitendinosus) && is_two_joint(gracilis) &&
              is_two_joint(sartorius) && is_two_joint(gastrocnemius_medial_head) && is_two_joint(psoas_major));
static_assert(!is_two_joint(soleus) && !is_two_joint(biceps_femoris_short_head) && !is_two_joint(vastus_lateralis) &&
              !is_two_joint(gluteus_maximus) && !is_two_joint(tibialis_anterior));

// --- who performs what --------------------------------------------------------
static_assert(muscles_performing(knee_extension, role_filter::primary) ==
              muscle_set{rectus_femoris, vastus_lateralis, vastus_medialis, vastus_intermedius});
static_assert(muscles_performing(hip_flexion, role_filter::secondary).contains(rectus_femoris),
              "rectus femoris flexes the hip 'to a lesser degree' (Padron, \"Leg Training for Maximal Muscle Growth\")");
static_assert(muscles_performing(knee_flexion, role_filter::primary) ==
              muscle_set{biceps_femoris_long_head, biceps_femoris_short_head, semitendinosus, semimembranosus});
static_assert(muscles_performing(hip_extension, role_filter::primary) ==
              muscle_set{gluteus_maximus, biceps_femoris_long_head, semitendinosus, semimembranosus,
                         adductor_magnus_hamstring_part});
static_assert(muscles_performing(ankle_plantar_flexion, role_filter::primary) ==
              muscle_set{gastrocnemius_medial_head, gastrocnemius_lateral_head, soleus});
static_assert(muscles_performing(subtalar_eversion, role_filter::primary) == muscle_set{peroneus_longus, peroneus_brevis});
static_assert(muscles_performing(lumbar_extension) == muscle_set{erector_spinae});
static_assert(muscles_performing(hip_abduction, role_filter::primary).includes(
    muscle_set{gluteus_medius, gluteus_minimus, tensor_fasciae_latae}));
static_assert(actions_of(gluteus_maximus, role_filter::primary) == action_set{hip_extension, hip_external_rotation});
static_assert(actions_of(soleus) == action_set{ankle_plantar_flexion, subtalar_inversion});
static_assert(performs(semimembranosus, knee_internal_rotation, role_filter::secondary));
static_assert(!performs(biceps_femoris_short_head, hip_extension));

// --- antagonists ---------------------------------------------------------------
static_assert(antagonist_of(knee_flexion) == action_id{knee_extension});
static_assert(antagonist_of(ankle_plantar_flexion) == action_id{ankle_dorsiflexion});
static_assert(antagonist_of(hip_internal_rotation) == action_id{hip_external_rotation});
static_assert(antagonist_of(subtalar_inversion) == action_id{subtalar_eversion});
static_assert(antagonists_of(knee_extension, role_filter::primary) ==
              muscles_performing(knee_flexion, role_filter::primary));
static_assert(opposite(motion::pronation) == motion::supination && opposite(motion::rotation_right) == motion::rotation_left);

// --- groups and chains ---------------------------------------------------------
static_assert(members_of(quadriceps) == muscle_set{rectus_femoris, vastus_lateralis, vastus_medialis, vastus_intermedius});
static_assert(members_of(hamstrings).size() == 4 && members_of(glutes).size() == 3);
static_assert(members_of(abductors).includes(muscle_set{gluteus_medius, gluteus_minimus, tensor_fasciae_latae}));
static_assert(members_of(deep_external_rotators).size() == 6);
static_assert(muscles_on_chain(chain::posterior).contains(gluteus_maximus));
static_assert(muscles_on_chain(chain::anterior).contains(vastus_medialis));
static_assert(!muscles_on_chain(chain::anterior).intersects(muscles_on_chain(chain::posterior)));
static_assert(actions_at(knee).size() == 4 && actions_at(hip).size() == 6 && actions_at(ankle).size() == 2);
static_assert(muscles_crossing(knee).contains(gastrocnemius_medial_head) && !muscles_crossing(knee).contains(soleus));

// --- names, ids, figures ---------------------------------------------------------
static_assert(info(biceps_femoris_long_head).name == "biceps femoris long head");
static_assert(info(muscle_id{vastus_medialis}).id == "vastus_medialis");
static_assert(lower_body.find_muscle("soleus").value() == muscle_id{soleus});
static_assert(!lower_body.find_muscle("bicep").has_value());
static_assert(info(soleus).figures.fibers.type_i_percent.value == 70.0);
static_assert(info(soleus).figures.architecture.pcsa_cm2.value == 58.8);
static_assert(!info(erector_spinae).figures.architecture.pcsa_cm2.known());
static_assert(info(semitendinosus).figures.architecture.optimal_fiber_length_cm.value == 19.3);

}  // namespace

namespace {
// Names of the enumerations, as the CLI and JSON spell them.
static_assert(sinew::name_of(sinew::chain::posterior) == "posterior");
static_assert(sinew::name_of(sinew::motion::plantar_flexion) == "plantar_flexion");
static_assert(sinew::name_of(sinew::motion::ulnar_deviation) == "ulnar_deviation");
static_assert(sinew::name_of(sinew::joint_complex::toes) == "toes");
static_assert(sinew::name_of(sinew::action_role::secondary) == "secondary");
}  // namespace

// Sets answer for every id value, in constant evaluation too (where a read past
// the set's words is a compile error): the last member and the first value past
// the capacity, for each set type whose id can hold that value.
namespace id_set_bounds {
using namespace sinew;
static_assert(!joint_set{}.contains(joint_id{max_joints}) && !joint_set{}.contains(joint_id{255}));
static_assert(!group_set{}.contains(group_id{max_groups}) && !group_set{}.contains(group_id{255}));
static_assert(!action_set{}.contains(action_id{max_actions}) && !action_set{}.contains(action_id{255}));
static_assert(!muscle_set{}.contains(muscle_id{max_muscles}) && !muscle_set{}.contains(muscle_id{65535}));
static_assert(action_set{}.with(action_id{max_actions - 1}).contains(action_id{max_actions - 1}));
static_assert(!action_set{}.with(action_id{max_actions - 1}).contains(action_id{max_actions}));
}  // namespace id_set_bounds
