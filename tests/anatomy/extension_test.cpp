// Users extend the model with their own joints, actions, groups and muscles
// without editing sinew: here a sliver of the trunk. Built-in ids must not move.
#include <doctest/doctest.h>

#include <sinew/anatomy.hpp>

namespace trunk {
using namespace sinew;

inline constexpr struct lumbar_lateral_flexion_left final
    : action<"lumbar_lateral_flexion_left", lumbar_spine, motion::lateral_flexion_left> {} lumbar_lateral_flexion_left;
inline constexpr struct lumbar_lateral_flexion_right final
    : action<"lumbar_lateral_flexion_right", lumbar_spine, motion::lateral_flexion_right> {} lumbar_lateral_flexion_right;
inline constexpr struct core final : group<"core", chain::anterior> {} core;
inline constexpr struct thoracic_spine final : joint<"thoracic_spine", joint_complex::lumbar_spine, 3> {} thoracic_spine;
inline constexpr struct thoracic_rotation_left final
    : action<"thoracic_rotation_left", thoracic_spine, motion::rotation_left> {} thoracic_rotation_left;
inline constexpr struct thoracic_rotation_right final
    : action<"thoracic_rotation_right", thoracic_spine, motion::rotation_right> {} thoracic_rotation_right;

/// One side's quadratus lumborum: lateral flexion to its own side, extension assist.
inline constexpr struct quadratus_lumborum_left final
    : muscle<"quadratus_lumborum_left", in<core, lower_back>, crosses<lumbar_spine>,
             primary<lumbar_lateral_flexion_left>, secondary<lumbar_extension>> {
  static constexpr muscle_figures figures{{{}, "none published in sinew's tables", {}}, {}};
} quadratus_lumborum_left;

inline constexpr struct external_oblique_left final
    : muscle<"external_oblique_left", in<core>, crosses<lumbar_spine, thoracic_spine>,
             primary<thoracic_rotation_right>, secondary<lumbar_flexion>, secondary<lumbar_lateral_flexion_left>> {
} external_oblique_left;

using model = extend_model<lower_body_model, joint_list<thoracic_spine>,
                           action_list<lumbar_lateral_flexion_left, lumbar_lateral_flexion_right,
                                       thoracic_rotation_left, thoracic_rotation_right>,
                           group_list<core>, muscle_list<quadratus_lumborum_left, external_oblique_left>>;
inline constexpr model with_trunk{};

// The extended model answers at compile time too.
static_assert(with_trunk.muscle_count == lower_body.muscle_count + 2);
static_assert(with_trunk.id(quadratus_lumborum_left).index == lower_body.muscle_count);
static_assert(with_trunk.id(soleus) == muscle_id{soleus}, "built-in ids do not move");
static_assert(with_trunk.id(knee_flexion) == action_id{knee_flexion});
static_assert(with_trunk.muscles_performing(with_trunk.id(lumbar_lateral_flexion_left)) ==
              muscle_set{with_trunk.id(quadratus_lumborum_left), with_trunk.id(external_oblique_left)});
static_assert(with_trunk.muscles_performing(lumbar_extension) ==
              muscle_set{erector_spinae, with_trunk.id(quadratus_lumborum_left)});
static_assert(with_trunk.antagonist_of(with_trunk.id(thoracic_rotation_left)) == with_trunk.id(thoracic_rotation_right));
static_assert(with_trunk.members_of(lower_back) ==
              muscle_set{erector_spinae, with_trunk.id(quadratus_lumborum_left)});
static_assert(!with_trunk.is_two_joint(with_trunk.id(external_oblique_left)),
              "both spinal joints belong to one complex");
}  // namespace trunk

TEST_CASE("an extended model keeps built-in answers and adds the user's") {
  using namespace sinew;
  const auto& m = trunk::with_trunk;
  for (std::size_t i = 0; i != lower_body.muscle_count; ++i) {
    const muscle_id id{static_cast<std::uint16_t>(i)};
    CHECK(m.info(id).id == lower_body.info(id).id);
    CHECK(m.actions_of(id) == lower_body.actions_of(id));
  }
  const auto ql = m.find_muscle("quadratus_lumborum_left");
  REQUIRE(ql.has_value());
  CHECK(m.info(*ql).figures.fibers.source == "none published in sinew's tables");
  CHECK(m.info(*ql).groups.size() == 2);
  const auto rot = m.find_action("thoracic_rotation_right");
  REQUIRE(rot.has_value());
  CHECK(m.muscles_performing(*rot, role_filter::primary).contains(*m.find_muscle("external_oblique_left")));
  CHECK(m.info(*m.find_joint("thoracic_spine")).degrees_of_freedom == 3);
}
