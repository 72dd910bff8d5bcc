// One rule set for exercises defined at compile time and from text (issue #7):
// every rule exercise<> enforces is checked here on both paths, a statement
// breaking it (static_assert on first_broken_rule, the non-fatal twin of the
// compile error; tests/compile_fail/exercises/ has the compile errors) and the
// same statement as text (parse_exercise's error, with the same message).
// parse_exercise used to accept 18 loaded actions and 7 treated groups.
#include <doctest/doctest.h>

#include <sinew/exercises.hpp>

#include <string>

using namespace sinew;

namespace {

struct rule_case {
  exercise_rule rule;
  const char* text;         // the statement as a coach would type it
  std::size_t position;     // where parse_exercise points
};

// Six loads are allowed, a seventh is not; duplicates count as written.
constexpr exercise_spec six_loads{.kind = exercise_kind::strength, .contraction = contraction::dynamic,
    .loads = {hip_extension, knee_extension, ankle_plantar_flexion, hip_abduction,
                                            hip_adduction, lumbar_extension},
                                  .equipment = {equipment::barbell}, .pattern = movement_pattern::squat};
constexpr exercise_spec seven_loads{.loads = {hip_extension, knee_extension, ankle_plantar_flexion, hip_abduction,
                                              hip_adduction, lumbar_extension, hip_external_rotation},
                                    .equipment = {equipment::barbell}, .pattern = movement_pattern::squat};
constexpr exercise_spec seven_with_duplicates{
    .loads = {hip_extension, hip_extension, hip_extension, hip_extension, hip_extension, hip_extension, hip_extension},
    .equipment = {equipment::barbell}, .pattern = movement_pattern::squat};
constexpr exercise_spec seven_assists{.loads = {mtp_flexion},
                                      .assists = {hip_extension, knee_extension, ankle_plantar_flexion, hip_abduction,
                                                  hip_adduction, lumbar_extension, hip_external_rotation},
                                      .equipment = {equipment::barbell}, .pattern = movement_pattern::squat};
constexpr exercise_spec seven_stabilized{.loads = {mtp_flexion},
                                         .stabilizes = {hip_extension, knee_extension, ankle_plantar_flexion,
                                                        hip_abduction, hip_adduction, lumbar_extension,
                                                        hip_external_rotation},
                                         .equipment = {equipment::barbell}, .pattern = movement_pattern::squat};
constexpr exercise_spec six_held{.kind = exercise_kind::strength, .contraction = contraction::dynamic,
    .loads = {mtp_flexion},
                                 .held_toward = {lumbar_flexion, hip_flexion, hip_abduction, hip_internal_rotation,
                                                 knee_flexion, ankle_plantar_flexion},
                                 .equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat};
constexpr exercise_spec seven_held{.loads = {mtp_flexion},
                                   .held_toward = {lumbar_flexion, hip_flexion, hip_abduction, hip_internal_rotation,
                                                   knee_flexion, knee_internal_rotation, ankle_plantar_flexion},
                                   .equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat};
constexpr exercise_spec four_treats{.kind = exercise_kind::soft_tissue, .contraction = contraction::dynamic,
    .equipment = {equipment::foam_roller}, .pattern = movement_pattern::mobility,
                                    .treats = {quadriceps, hamstrings, glutes, calves}};
constexpr exercise_spec five_treats{.equipment = {equipment::foam_roller}, .pattern = movement_pattern::mobility,
                                    .treats = {quadriceps, hamstrings, glutes, calves, adductors}};
constexpr exercise_spec three_overrides{
    .loads = {knee_extension},
    .equipment = {equipment::machine}, .pattern = movement_pattern::squat,
    .overrides = {{muscle_id{rectus_femoris}, muscle_role::prime_mover}, {muscle_id{soleus}, muscle_role::none},
                  {muscle_id{gracilis}, muscle_role::none}}};

static_assert(first_broken_rule(six_loads) == exercise_rule::ok);
static_assert(first_broken_rule(seven_loads) == exercise_rule::too_many_actions);
static_assert(first_broken_rule(seven_with_duplicates) == exercise_rule::too_many_actions);
static_assert(first_broken_rule(seven_assists) == exercise_rule::too_many_actions);
static_assert(first_broken_rule(seven_stabilized) == exercise_rule::too_many_actions);
static_assert(first_broken_rule(six_held) == exercise_rule::ok);
static_assert(first_broken_rule(seven_held) == exercise_rule::too_many_actions);
static_assert(first_broken_rule(four_treats) == exercise_rule::ok);
static_assert(first_broken_rule(five_treats) == exercise_rule::too_many_actions);
static_assert(first_broken_rule(three_overrides) == exercise_rule::too_many_actions);
// A list of 256 items must not count as 0 (the count saturates).
static_assert(action_ids{}.count == 0);

// The other rules, one statement each.
static_assert(first_broken_rule(exercise_spec{.equipment = {equipment::bodyweight}, .pattern = movement_pattern::squat}) == exercise_rule::no_loaded_action);
static_assert(first_broken_rule(exercise_spec{.loads = {knee_extension}, .assists = {knee_extension},
                                              .equipment = {equipment::machine}, .pattern = movement_pattern::squat}) == exercise_rule::primary_and_assisting);
static_assert(first_broken_rule(exercise_spec{.loads = {knee_extension}, .stabilizes = {knee_extension},
                                              .equipment = {equipment::machine}, .pattern = movement_pattern::squat}) == exercise_rule::loaded_and_stabilized);
static_assert(first_broken_rule(exercise_spec{.loads = {knee_extension}, .held_toward = {knee_flexion},
                                              .equipment = {equipment::machine}, .pattern = movement_pattern::squat}) ==
              exercise_rule::position_on_moving_axis);
static_assert(first_broken_rule(exercise_spec{.loads = {knee_extension}, .held_toward = {hip_flexion, hip_extension},
                                              .equipment = {equipment::machine}, .pattern = movement_pattern::squat}) == exercise_rule::opposite_positions);
static_assert(first_broken_rule(exercise_spec{.loads = {knee_extension}}) == exercise_rule::no_equipment);
static_assert(first_broken_rule(exercise_spec{.loads = {knee_extension}, .stance = {stance::toes_forward, stance::toes_out},
                                              .equipment = {equipment::machine}, .pattern = movement_pattern::squat}) ==
              exercise_rule::toes_forward_and_out);
static_assert(first_broken_rule(exercise_spec{.loads = {knee_extension, action_id{100}}, .equipment = {equipment::machine}, .pattern = movement_pattern::squat}) ==
              exercise_rule::unknown_entity);
static_assert(first_broken_rule(exercise_spec{.equipment = {equipment::foam_roller}, .pattern = movement_pattern::squat, .treats = {group_id{200}}}) ==
              exercise_rule::unknown_entity);
static_assert(first_broken_rule(exercise_spec{.loads = {knee_extension}, .equipment = {equipment::machine}, .pattern = movement_pattern::squat,
                                              .overrides = {{muscle_id{5000}, muscle_role::prime_mover}}}) ==
              exercise_rule::unknown_entity);
static_assert(first_broken_rule(exercise_spec{.loads = {knee_extension}, .equipment = {equipment::machine}, .pattern = movement_pattern::squat,
                                              .overrides = {{muscle_id{soleus}, static_cast<muscle_role>(7)}}}) ==
              exercise_rule::unknown_entity);

constexpr const char* head = "name: x; pattern: squat; ";

// The same statements as text, with where the error points (-1: the end).
const rule_case text_cases[] = {
    {exercise_rule::too_many_actions,
     "loads: hip_extension, knee_extension, ankle_plantar_flexion, hip_abduction, hip_adduction, lumbar_extension, "
     "hip_external_rotation; equipment: barbell",
     std::string("loads: hip_extension, knee_extension, ankle_plantar_flexion, hip_abduction, hip_adduction, "
                 "lumbar_extension, ")
         .size()},
    {exercise_rule::too_many_actions,
     "loads: hip_extension, hip_extension, hip_extension, hip_extension, hip_extension, hip_extension, hip_extension; "
     "equipment: barbell",
     std::string("loads: hip_extension, hip_extension, hip_extension, hip_extension, hip_extension, hip_extension, ").size()},
    {exercise_rule::too_many_actions,
     "loads: mtp_flexion; assists: hip_extension, knee_extension, ankle_plantar_flexion, hip_abduction, hip_adduction, "
     "lumbar_extension, hip_external_rotation; equipment: barbell",
     std::string("loads: mtp_flexion; assists: hip_extension, knee_extension, ankle_plantar_flexion, hip_abduction, "
                 "hip_adduction, lumbar_extension, ")
         .size()},
    {exercise_rule::too_many_actions,
     "loads: mtp_flexion; stabilizes: hip_extension, knee_extension, ankle_plantar_flexion, hip_abduction, "
     "hip_adduction, lumbar_extension, hip_external_rotation; equipment: barbell",
     std::string("loads: mtp_flexion; stabilizes: hip_extension, knee_extension, ankle_plantar_flexion, hip_abduction, "
                 "hip_adduction, lumbar_extension, ")
         .size()},
    {exercise_rule::too_many_actions,
     "loads: mtp_flexion; held: lumbar_flexion, hip_flexed, hip_abduction, hip_internal_rotation, knee_bent, "
     "knee_internal_rotation, ankle_plantar_flexed; equipment: bodyweight",
     std::string("loads: mtp_flexion; held: lumbar_flexion, hip_flexed, hip_abduction, hip_internal_rotation, knee_bent, "
                 "knee_internal_rotation, ")
         .size()},
    {exercise_rule::too_many_actions,
     "treats: quadriceps, hamstrings, glutes, calves, adductors; equipment: foam_roller",
     std::string("treats: quadriceps, hamstrings, glutes, calves, ").size()},
    {exercise_rule::no_loaded_action, "equipment: bodyweight", static_cast<std::size_t>(-1)},
    {exercise_rule::primary_and_assisting, "loads: knee_extension; assists: knee_extension; equipment: machine",
     std::string("loads: knee_extension; assists: ").size()},
    {exercise_rule::loaded_and_stabilized, "loads: knee_extension; stabilizes: knee_extension; equipment: machine",
     std::string("loads: knee_extension; stabilizes: ").size()},
    {exercise_rule::position_on_moving_axis, "loads: knee_extension; held: knee_bent; equipment: machine",
     std::string("loads: knee_extension; held: ").size()},
    {exercise_rule::opposite_positions, "loads: knee_extension; held: hip_flexed, hip_extended; equipment: machine",
     std::string("loads: knee_extension; held: ").size()},
    {exercise_rule::no_equipment, "loads: knee_extension", static_cast<std::size_t>(-1)},
    {exercise_rule::toes_forward_and_out, "loads: knee_extension; stance: toes_forward, toes_out; equipment: machine",
     std::string("loads: knee_extension; stance: ").size()},
};

}  // namespace

TEST_CASE("every rule, from text: the same rule, the same message, where it is broken") {
  const std::size_t offset = std::string(head).size();
  bool seen[16] = {};
  for (const auto& c : text_cases) {
    const std::string text = std::string(head) + c.text;
    CAPTURE(text);
    const auto r = parse_exercise(text);
    REQUIRE_FALSE(r);
    CHECK(r.error().message == message(c.rule));
    CHECK(r.error().position == (c.position == static_cast<std::size_t>(-1) ? text.size() : offset + c.position));
    seen[static_cast<std::size_t>(c.rule)] = true;
  }
  // Every rule but unknown_entity has a text case: text names entities by their
  // ids, so it cannot name a foreign one (parse refuses the word itself).
  for (auto rule = static_cast<std::size_t>(exercise_rule::no_loaded_action);
       rule <= static_cast<std::size_t>(exercise_rule::unknown_entity); ++rule) {
    CAPTURE(rule);
    CHECK(message(static_cast<exercise_rule>(rule)).substr(0, 6) == "sinew:");
    CHECK(message(static_cast<exercise_rule>(rule)) != message(exercise_rule::ok));
    if (static_cast<exercise_rule>(rule) != exercise_rule::unknown_entity) CHECK(seen[rule]);
  }
  CHECK_FALSE(parse_exercise(std::string(head) + "loads: action_100; equipment: machine"));
}

TEST_CASE("at the limits, text is accepted as compile-time statements are") {
  const std::string six = std::string(head) +
                          "loads: hip_extension, knee_extension, ankle_plantar_flexion, hip_abduction, hip_adduction, "
                          "lumbar_extension; equipment: barbell";
  const auto r6 = parse_exercise(six);
  REQUIRE(r6);
  CHECK(r6->loads == make_record(six_loads, "x", "x").loads);
  // a record views its text (the name and id): each text outlives its record
  const std::string held_text = std::string(head) +
                                "loads: mtp_flexion; held: lumbar_flexion, hip_flexed, hip_abduction, "
                                "hip_internal_rotation, knee_bent, ankle_plantar_flexed; equipment: bodyweight";
  const auto held = parse_exercise(held_text);
  REQUIRE(held);
  CHECK(held->held_toward == make_record(six_held, "x", "x").held_toward);
  const std::string four_text = std::string(head) + "treats: quadriceps, hamstrings, glutes, calves; equipment: foam_roller";
  const auto four = parse_exercise(four_text);
  REQUIRE(four);
  CHECK(four->treats == make_record(four_treats, "x", "x").treats);
  // What parse_exercise makes keeps every rule, checked again on the record.
  CHECK(first_broken_rule(*r6) == exercise_rule::ok);
  CHECK(first_broken_rule(*held) == exercise_rule::ok);
  CHECK(first_broken_rule(*four) == exercise_rule::ok);
}

TEST_CASE("records: the same rules, counted as set sizes") {
  exercise_record r = make_record(six_loads, "x", "x");
  CHECK(first_broken_rule(r) == exercise_rule::ok);
  r.loads.insert(hip_external_rotation);  // a seventh, which no statement could make
  CHECK(first_broken_rule(r) == exercise_rule::too_many_actions);
  exercise_record t = make_record(four_treats, "x", "x");
  t.treats.insert(adductors);
  CHECK(first_broken_rule(t) == exercise_rule::too_many_actions);
}
