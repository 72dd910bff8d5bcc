// What every built-in muscle does, written out by hand: the joints it crosses,
// its groups, and its actions with the role anatomy texts give it (prime mover
// or assistant), from the references the muscle headers cite (seeds 000-003,
// Gray's Anatomy, Neumann's Kinesiology of the Musculoskeletal System). The
// model's tables are generated from the declarations, and the "tables are up
// to date" check only proves they match them; this table is the independent
// statement, so dropping a muscle's secondary action, moving a muscle across a
// joint or demoting a prime mover fails here even after regenerating.
// Lists are space-separated snake_case ids, looked up by name in the model.
#include <doctest/doctest.h>

#include <cstddef>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <sinew/anatomy.hpp>

namespace {

struct expected_muscle {
  const char* id;
  const char* groups;     ///< the first is its main group
  const char* crosses;
  const char* primary;    ///< actions it is a prime mover of
  const char* secondary;  ///< actions it assists
};

// clang-format off
const expected_muscle expected_muscles[] = {
    {"gluteus_maximus", "glutes", "hip", "hip_extension hip_external_rotation", "hip_abduction"},
    {"gluteus_medius", "glutes abductors", "hip", "hip_abduction", "hip_internal_rotation hip_external_rotation hip_extension"},
    {"gluteus_minimus", "glutes abductors", "hip", "hip_abduction", "hip_internal_rotation hip_flexion"},
    {"tensor_fasciae_latae", "abductors hip_flexors", "hip", "hip_abduction hip_flexion", "hip_internal_rotation"},
    {"iliacus", "hip_flexors", "hip", "hip_flexion", "hip_external_rotation"},
    {"psoas_major", "hip_flexors", "lumbar_spine hip", "hip_flexion", "lumbar_flexion hip_external_rotation"},
    {"sartorius", "hip_flexors", "hip knee", "hip_flexion", "hip_abduction hip_external_rotation knee_flexion knee_internal_rotation"},
    {"rectus_femoris", "quadriceps hip_flexors", "hip knee", "knee_extension", "hip_flexion"},
    {"vastus_lateralis", "quadriceps", "knee", "knee_extension", ""},
    {"vastus_medialis", "quadriceps", "knee", "knee_extension", ""},
    {"vastus_intermedius", "quadriceps", "knee", "knee_extension", ""},
    {"biceps_femoris_long_head", "hamstrings", "hip knee", "hip_extension knee_flexion", "hip_external_rotation knee_external_rotation"},
    {"biceps_femoris_short_head", "hamstrings", "knee", "knee_flexion", "knee_external_rotation"},
    {"semitendinosus", "hamstrings", "hip knee", "hip_extension knee_flexion", "hip_internal_rotation knee_internal_rotation"},
    {"semimembranosus", "hamstrings", "hip knee", "hip_extension knee_flexion", "hip_internal_rotation knee_internal_rotation"},
    {"adductor_longus", "adductors", "hip", "hip_adduction", "hip_flexion hip_internal_rotation"},
    {"adductor_brevis", "adductors", "hip", "hip_adduction", "hip_flexion hip_internal_rotation"},
    {"adductor_magnus_adductor_part", "adductors", "hip", "hip_adduction", "hip_flexion hip_internal_rotation"},
    {"adductor_magnus_hamstring_part", "adductors", "hip", "hip_adduction hip_extension", "hip_internal_rotation"},
    {"gracilis", "adductors", "hip knee", "hip_adduction", "hip_flexion knee_flexion knee_internal_rotation"},
    {"pectineus", "adductors hip_flexors", "hip", "hip_adduction hip_flexion", "hip_internal_rotation"},
    {"piriformis", "deep_external_rotators", "hip", "hip_external_rotation", "hip_abduction"},
    {"obturator_internus", "deep_external_rotators", "hip", "hip_external_rotation", "hip_abduction"},
    {"obturator_externus", "deep_external_rotators", "hip", "hip_external_rotation", "hip_adduction"},
    {"gemellus_superior", "deep_external_rotators", "hip", "hip_external_rotation", ""},
    {"gemellus_inferior", "deep_external_rotators", "hip", "hip_external_rotation", ""},
    {"quadratus_femoris", "deep_external_rotators", "hip", "hip_external_rotation", "hip_adduction"},
    {"gastrocnemius_medial_head", "calves", "knee ankle subtalar", "ankle_plantar_flexion", "knee_flexion subtalar_inversion"},
    {"gastrocnemius_lateral_head", "calves", "knee ankle subtalar", "ankle_plantar_flexion", "knee_flexion subtalar_inversion"},
    {"soleus", "calves", "ankle subtalar", "ankle_plantar_flexion", "subtalar_inversion"},
    {"plantaris", "calves", "knee ankle subtalar", "", "ankle_plantar_flexion knee_flexion"},
    {"popliteus", "calves", "knee", "knee_internal_rotation", "knee_flexion"},
    {"tibialis_anterior", "shin", "ankle subtalar", "ankle_dorsiflexion subtalar_inversion", ""},
    {"tibialis_posterior", "calves", "ankle subtalar", "subtalar_inversion", "ankle_plantar_flexion"},
    {"peroneus_longus", "peroneals", "ankle subtalar", "subtalar_eversion", "ankle_plantar_flexion"},
    {"peroneus_brevis", "peroneals", "ankle subtalar", "subtalar_eversion", "ankle_plantar_flexion"},
    {"peroneus_tertius", "shin peroneals", "ankle subtalar", "ankle_dorsiflexion", "subtalar_eversion"},
    {"extensor_digitorum_longus", "shin", "ankle subtalar mtp", "mtp_extension ankle_dorsiflexion", "subtalar_eversion"},
    {"extensor_hallucis_longus", "shin", "ankle subtalar mtp", "mtp_extension", "ankle_dorsiflexion subtalar_inversion"},
    {"flexor_digitorum_longus", "calves", "ankle subtalar mtp", "mtp_flexion", "ankle_plantar_flexion subtalar_inversion"},
    {"flexor_hallucis_longus", "calves", "ankle subtalar mtp", "mtp_flexion", "ankle_plantar_flexion subtalar_inversion"},
    {"erector_spinae", "lower_back", "lumbar_spine", "lumbar_extension", ""},
};

struct expected_action {
  const char* id;
  const char* joint;
  const char* antagonist;
};

const expected_action expected_actions[] = {
    {"lumbar_flexion", "lumbar_spine", "lumbar_extension"},
    {"lumbar_extension", "lumbar_spine", "lumbar_flexion"},
    {"hip_flexion", "hip", "hip_extension"},
    {"hip_extension", "hip", "hip_flexion"},
    {"hip_abduction", "hip", "hip_adduction"},
    {"hip_adduction", "hip", "hip_abduction"},
    {"hip_internal_rotation", "hip", "hip_external_rotation"},
    {"hip_external_rotation", "hip", "hip_internal_rotation"},
    {"knee_flexion", "knee", "knee_extension"},
    {"knee_extension", "knee", "knee_flexion"},
    {"knee_internal_rotation", "knee", "knee_external_rotation"},
    {"knee_external_rotation", "knee", "knee_internal_rotation"},
    {"ankle_plantar_flexion", "ankle", "ankle_dorsiflexion"},
    {"ankle_dorsiflexion", "ankle", "ankle_plantar_flexion"},
    {"subtalar_inversion", "subtalar", "subtalar_eversion"},
    {"subtalar_eversion", "subtalar", "subtalar_inversion"},
    {"mtp_flexion", "mtp", "mtp_extension"},
    {"mtp_extension", "mtp", "mtp_flexion"},
};
// clang-format on

std::vector<std::string> words(const char* list) {
  std::istringstream in(list);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

sinew::muscle_id muscle(const std::string& id) {
  const auto m = sinew::lower_body.find_muscle(id.c_str());
  REQUIRE_MESSAGE(m.has_value(), "the model has no muscle ", id);
  return *m;
}
sinew::action_id action(const std::string& id) {
  const auto a = sinew::lower_body.find_action(id.c_str());
  REQUIRE_MESSAGE(a.has_value(), "the model has no action ", id);
  return *a;
}
sinew::joint_id joint(const std::string& id) {
  const auto j = sinew::lower_body.find_joint(id.c_str());
  REQUIRE_MESSAGE(j.has_value(), "the model has no joint ", id);
  return *j;
}
sinew::group_id group(const std::string& id) {
  const auto g = sinew::lower_body.find_group(id.c_str());
  REQUIRE_MESSAGE(g.has_value(), "the model has no group ", id);
  return *g;
}

sinew::action_set actions(const char* list) {
  sinew::action_set s{};
  for (const auto& w : words(list)) s.insert(action(w));
  return s;
}
sinew::joint_set joints(const char* list) {
  sinew::joint_set s{};
  for (const auto& w : words(list)) s.insert(joint(w));
  return s;
}
sinew::group_set groups(const char* list) {
  sinew::group_set s{};
  for (const auto& w : words(list)) s.insert(group(w));
  return s;
}

}  // namespace

TEST_CASE("the model has exactly the muscles of the expected table, each once") {
  std::set<std::string> ids;
  for (const auto& e : expected_muscles) CHECK_MESSAGE(ids.insert(e.id).second, e.id, " is listed twice");
  CHECK(sinew::lower_body_model::muscle_count == ids.size());
  for (std::size_t i = 0; i != sinew::lower_body_model::muscle_count; ++i) {
    const auto& info = sinew::lower_body.info(sinew::muscle_id{static_cast<std::uint16_t>(i)});
    CHECK_MESSAGE(ids.count(std::string(info.id)) == 1, "muscle ", std::string(info.id), " is not in the expected table");
  }
}

TEST_CASE("every muscle crosses the joints, belongs to the groups and performs the actions anatomy gives it") {
  for (const auto& e : expected_muscles) {
    CAPTURE(e.id);
    const auto m = muscle(e.id);
    const auto& info = sinew::lower_body.info(m);
    CHECK(info.crosses == joints(e.crosses));
    CHECK(sinew::joints_crossed_by(m) == joints(e.crosses));
    CHECK(info.groups == groups(e.groups));
    CHECK(info.main_group == group(words(e.groups).front()));
    CHECK(sinew::actions_of(m, sinew::role_filter::primary) == actions(e.primary));
    CHECK(sinew::actions_of(m, sinew::role_filter::secondary) == actions(e.secondary));
    CHECK(sinew::actions_of(m) == (actions(e.primary) | actions(e.secondary)));
    // The per-muscle list agrees with the sets: each action once, with its role.
    sinew::action_set listed_primary{}, listed_secondary{};
    CHECK(info.action_count == words(e.primary).size() + words(e.secondary).size());
    for (std::size_t k = 0; k != info.action_count; ++k)
      (info.actions[k].role == sinew::action_role::primary ? listed_primary : listed_secondary).insert(info.actions[k].action);
    CHECK(listed_primary == actions(e.primary));
    CHECK(listed_secondary == actions(e.secondary));
  }
}

TEST_CASE("the inverted queries answer from the same facts: who performs, who crosses, who belongs") {
  for (std::size_t i = 0; i != sinew::lower_body_model::action_count; ++i) {
    const sinew::action_id a{static_cast<std::uint8_t>(i)};
    CAPTURE(a);
    sinew::muscle_set primary{}, secondary{};
    for (const auto& e : expected_muscles) {
      if (actions(e.primary).contains(a)) primary.insert(muscle(e.id));
      if (actions(e.secondary).contains(a)) secondary.insert(muscle(e.id));
    }
    CHECK(sinew::muscles_performing(a, sinew::role_filter::primary) == primary);
    CHECK(sinew::muscles_performing(a, sinew::role_filter::secondary) == secondary);
    CHECK(sinew::muscles_performing(a) == (primary | secondary));
  }
  for (std::size_t i = 0; i != sinew::lower_body_model::joint_count; ++i) {
    const sinew::joint_id j{static_cast<std::uint8_t>(i)};
    CAPTURE(j);
    sinew::muscle_set crossing{};
    for (const auto& e : expected_muscles)
      if (joints(e.crosses).contains(j)) crossing.insert(muscle(e.id));
    CHECK(sinew::muscles_crossing(j) == crossing);
  }
  for (std::size_t i = 0; i != sinew::lower_body_model::group_count; ++i) {
    const sinew::group_id g{static_cast<std::uint8_t>(i)};
    CAPTURE(g);
    sinew::muscle_set members{};
    for (const auto& e : expected_muscles)
      if (groups(e.groups).contains(g)) members.insert(muscle(e.id));
    CHECK(sinew::members_of(g) == members);
  }
}

TEST_CASE("every action is at the expected joint, with the expected antagonist") {
  CHECK(sinew::lower_body_model::action_count == sizeof(expected_actions) / sizeof(expected_actions[0]));
  for (const auto& e : expected_actions) {
    CAPTURE(e.id);
    const auto a = action(e.id);
    CHECK(sinew::lower_body.info(a).joint == joint(e.joint));
    CHECK(sinew::antagonist_of(a) == action(e.antagonist));
  }
}
