// muscles_of at run time: for every built-in exercise and every muscle it
// agrees with role_in (the generated index, and the per-muscle rule on the
// record) and emphasis_in, holds each worked muscle once, in role-then-emphasis
// order, with emphases summing to 1; on a model extended with a knee extensor,
// the same holds for the model's muscles and the new muscle takes its share.
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <cstdint>

#include <sinew/exercises.hpp>
#include <sinew/exercises/muscles_of.hpp>

namespace extra {
using namespace sinew;
/// A made-up one-joint knee extensor, so that knee-extension exercises gain a prime mover.
inline constexpr struct test_knee_extensor final
    : muscle<"test_knee_extensor", in<quadriceps>, crosses<knee>, primary<knee_extension>> {
  static constexpr muscle_figures figures{{{}, "made up for a test", {}}, {}};
} test_knee_extensor;
using model = extend_model<lower_body_model, joint_list<>, action_list<>, group_list<>, muscle_list<test_knee_extensor>>;

inline constexpr struct landmine_squat final
    : exercise<"landmine_squat", exercise_spec{.kind = exercise_kind::strength, .contraction = contraction::dynamic, .loads = {hip_extension, knee_extension},
                                               .loaded_at = load_peak::stretched,
                                               .equipment = {equipment::barbell},
                                               .pattern = movement_pattern::squat,
                                               .spinal_load = spinal_load::low}> {} landmine_squat;
}  // namespace extra

namespace {
using namespace sinew;

template <class Model, class List>
void check_list(const List& list, const exercise_record& r) {
  double sum = 0.0;
  std::size_t worked = 0;
  for (std::size_t m = 0; m != Model::muscle_count; ++m) {
    const muscle_id mu{static_cast<std::uint16_t>(m)};
    const muscle_role role = role_in<Model>(r, mu);
    CHECK(list.role_of(mu) == role);
    std::size_t seen = 0;
    for (const auto& w : list) seen += w.muscle == mu ? 1U : 0U;
    CHECK(seen == (role == muscle_role::none ? 0U : 1U));
    worked += role == muscle_role::none ? 0U : 1U;
  }
  CHECK(list.size() == worked);
  for (std::size_t k = 0; k != list.size(); ++k) {
    const muscle_work& w = list.entries[k];
    sum += w.emphasis;
    CHECK(w.role != muscle_role::none);
    if (k == 0) continue;
    const muscle_work& before = list.entries[k - 1];
    CHECK((before.role > w.role || (before.role == w.role && before.emphasis >= w.emphasis)));
  }
  CHECK(std::fabs(sum - 1.0) < 1e-4);
}

TEST_CASE("muscles_of agrees with role_in and emphasis_in for every built-in exercise and muscle") {
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) {
    const exercise_id e{static_cast<std::uint16_t>(i)};
    const exercise_record& r = builtin_exercises[i];
    CAPTURE(r.id);
    const auto list = muscles_of(e);
    check_list<lower_body_model>(list, r);
    const auto from_record = muscles_of(r);
    REQUIRE(from_record.size() == list.size());
    for (std::size_t m = 0; m != lower_body_model::muscle_count; ++m) {
      const muscle_id mu{static_cast<std::uint16_t>(m)};
      CHECK(list.role_of(mu) == role_in(e, mu));
      CHECK(list.emphasis_of(mu) == emphasis_in(e, mu));
      CHECK(from_record.of(mu).length == list.of(mu).length);
    }
  }
}

TEST_CASE("muscles_of on an extended model: the model's muscles, the same rules") {
  using model = extra::model;
  const muscle_id added = model::id(extra::test_knee_extensor);
  std::size_t gained = 0;
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) {
    const exercise_record& r = builtin_exercises[i];
    CAPTURE(r.id);
    const auto list = muscles_of<model>(exercise_id{static_cast<std::uint16_t>(i)});
    check_list<model>(list, r);
    // Declared like vastus lateralis (quadriceps, crosses the knee, extends it): the same role.
    CHECK(list.role_of(added) == role_in(r, vastus_lateralis));
    gained += list.role_of(added) == muscle_role::none ? 0U : 1U;
  }
  CHECK(gained != 0);
  // The new muscle takes a share: the built-in vasti get less in a leg extension.
  CHECK(muscles_of<model>(leg_extension).emphasis_of(vastus_lateralis) <
        muscles_of(leg_extension).emphasis_of(vastus_lateralis));
}

TEST_CASE("muscles_of for a user-defined exercise type is its record's derivation") {
  const auto list = muscles_of(extra::landmine_squat);
  check_list<lower_body_model>(list, record_of(extra::landmine_squat));
  CHECK(list.role_of(gluteus_maximus) == muscle_role::prime_mover);
  CHECK(muscles_of<extra::model>(extra::landmine_squat).role_of(extra::model::id(extra::test_knee_extensor)) ==
        muscle_role::prime_mover);
}

TEST_CASE("muscles_of for an id that is not built in is empty") {
  CHECK(muscles_of(exercise_id{static_cast<std::uint16_t>(builtin_exercises.size())}).size() == 0);
  CHECK(muscles_of<extra::model>(exercise_id{0xFFFF}).size() == 0);
}

}  // namespace
