// A joint complex is a value a model declares, not a closed list: a model's own
// complex sits beside the built-in ones, compares by its id, and counts in
// is_two_joint and complex_count like them.
#include <sinew/anatomy.hpp>

namespace user_complex {
using namespace sinew;

inline constexpr joint_complex shoulder{"shoulder"};
inline constexpr struct glenohumeral_only final : joint<"glenohumeral_only", shoulder, 3> {} glenohumeral_only;
inline constexpr struct scapulothoracic_only final : joint<"scapulothoracic_only", shoulder, 3> {} scapulothoracic_only;

// The built-in names read as before.
static_assert(name_of(joint_complex::hip) == "hip");
static_assert(name_of(joint_complex::lumbar_spine) == "lumbar_spine");
static_assert(name_of(joint_complex{}).empty());
// A declared complex is named by its id and equals another value with that id.
static_assert(name_of(shoulder) == "shoulder");
static_assert(shoulder == joint_complex{"shoulder"});
static_assert(!(shoulder == joint_complex::hip));
static_assert(joint_complex::ankle < joint_complex::hip && !(joint_complex::hip < joint_complex::ankle));
static_assert(!(joint_complex::hip < joint_complex::hip));
// Prefixes differ: "hip" is not "hips".
static_assert(!(joint_complex{"hip"} == joint_complex{"hips"}) && joint_complex{"hip"} < joint_complex{"hips"});
static_assert(glenohumeral_only::complex == shoulder);

using model = extend_model<lower_body_model, joint_list<glenohumeral_only, scapulothoracic_only>>;
static_assert(model::info(model::id(glenohumeral_only)).complex == shoulder);
// Two joints of one complex count once; joints of different complexes count apart.
static_assert(model::complex_count(joint_set{model::id(glenohumeral_only), model::id(scapulothoracic_only)}) == 1);
static_assert(model::complex_count(joint_set{model::id(glenohumeral_only), joint_id{hip}}) == 2);
// The ankle and subtalar joints are one complex (the ankle), the toes another.
static_assert(model::complex_count(joint_set{joint_id{ankle}, joint_id{subtalar}}) == 1);
static_assert(model::complex_count(joint_set{joint_id{ankle}, joint_id{subtalar}, joint_id{mtp}}) == 2);
static_assert(model::complex_count(joint_set{}) == 0);
// The built-in two-joint muscles stay two-joint: gastrocnemius crosses knee and ankle,
// soleus only the ankle complex.
static_assert(lower_body.is_two_joint(gastrocnemius_medial_head) && !lower_body.is_two_joint(soleus));

}  // namespace user_complex
