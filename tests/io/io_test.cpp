// The opt-in stream operators of sinew/io.hpp.
#include <doctest/doctest.h>

#include <iomanip>
#include <sstream>
#include <string>

#include <sinew/io.hpp>

using namespace sinew;

template <class T>
std::string printed(const T& value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

TEST_CASE("ids print as their snake_case ids, sets as braces") {
  CHECK(printed(muscle_id{soleus}) == "soleus");
  CHECK(printed(action_id{knee_flexion}) == "knee_flexion");
  CHECK(printed(joint_id{subtalar}) == "subtalar");
  CHECK(printed(group_id{deep_external_rotators}) == "deep_external_rotators");
  CHECK(printed(exercise_id{seated_calf_raise}) == "seated_calf_raise");
  CHECK(printed(muscle_id{static_cast<std::uint16_t>(200)}) == "muscle#200");
  CHECK(printed(muscles_performing(ankle_plantar_flexion, role_filter::primary)) ==
        "{gastrocnemius_medial_head, gastrocnemius_lateral_head, soleus}");
  CHECK(printed(action_set{}) == "{}");
}

TEST_CASE("schemes and lines print in canonical notation; errors with their byte") {
  CHECK(printed(*parse_scheme("Pyramid 15, 12, 10, 8, 4")) == "pyramid 15,12,10,8,4");
  CHECK(printed(*parse("tri-set: A leg extension 3x20; B leg press 4x10; C hack squat 3x8")) ==
        "tri-set: A leg extension 3x20; B leg press 4x10; C hack squat 3x8");
  CHECK(printed(parse_scheme("3x12-8").error()) ==
        "sinew: a rep range's minimum must not exceed its maximum (at byte 2)");
}

TEST_CASE("text_view prints with the stream's width and alignment") {
  std::ostringstream out;
  out << '[' << std::setw(8) << text_view{"knee"} << "][" << std::left << std::setw(6) << text_view{"hip"} << ']';
  CHECK(out.str() == "[    knee][hip   ]");
}
