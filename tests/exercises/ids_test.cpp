// Every id value is defined in the exercises layer too (issue #7): every
// public entry point taking an exercise_id, action_id, muscle_id or group_id
// (built-in queries, run-time record scans, scan rows, the columnar index, the
// derivation, covers, explain) is called with every value of the id type and
// gives the built-in answer for built-in ids and the empty answer (an empty
// set, none, 0, false, or an error) for the others. Run under ASan and UBSan in CI.
#include <doctest/doctest.h>

#include <sinew/exercises.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

using namespace sinew;

namespace {

constexpr coverage coverages[] = {coverage::prime, coverage::working, coverage::any, static_cast<coverage>(3),
                                  static_cast<coverage>(255)};
constexpr std::uint16_t some_muscles[] = {0, 29, 41, 42, 255, 256, 5000, 65535};

template <class Id>
constexpr auto index_count = std::size_t{std::numeric_limits<decltype(Id{}.index)>::max()} + 1;

bool valid_coverage(coverage c) { return c <= coverage::any; }

}  // namespace

TEST_CASE("exercise ids: every value, every entry point taking one") {
  // The boundary the checks below straddle: ids of the catalog, ids past it that an exercise_set
  // still holds, and ids past the set's capacity.
  REQUIRE(!builtin_exercises.empty());
  REQUIRE(builtin_exercises.size() < exercise_set::capacity);
  std::array<ranked_exercise, 4> ranked{};
  for (std::size_t i = 0; i != index_count<exercise_id>; ++i) {
    const exercise_id e{static_cast<std::uint16_t>(i)};
    const bool known = i < builtin_exercises.size();
    if (is_builtin(e) != known) FAIL_CHECK("is_builtin wrong for " << i);
    if (known) {
      if (&info(e) != &builtin_exercises[i]) FAIL_CHECK("info wrong for " << i);
      continue;
    }
    const exercise_record& r = info(e);
    bool empty = r.id.empty() && r.name.empty() && r.loads.empty() && r.equipment.empty() && r.treats.empty();
    empty = empty && substitutes_for(e, ranked) == match_count{} && !all_builtin_exercises().contains(e);
    for (std::uint16_t m : some_muscles)
      empty = empty && role_in(e, muscle_id{m}) == muscle_role::none && emphasis_in(e, muscle_id{m}) == 0.0F;
    if (!empty) FAIL_CHECK("foreign exercise id " << i << " has a non-empty answer");
    exercise_set s{};
    if (s.insert(e) != (i < exercise_set::capacity) || s.contains(e) != (i < exercise_set::capacity))
      FAIL_CHECK("exercise_set::insert wrong for " << i);
  }
  // The built-in ones, for contrast: the same calls answer.
  CHECK(role_in(seated_calf_raise, soleus) == muscle_role::prime_mover);
  CHECK(emphasis_in(seated_calf_raise, soleus) > 0.5F);
  CHECK(substitutes_for(seated_calf_raise, ranked).written == ranked.size());
}

TEST_CASE("muscle ids: built-in queries, covers, role_in, explain and the size weight") {
  const exercise_record& squat = info(barbell_back_squat);
  const exercise_record& roll = info(foam_roll_quadriceps);
  REQUIRE_FALSE(roll.treats.empty());
  std::vector<exercise_record> catalog(builtin_exercises.begin(), builtin_exercises.end());
  std::array<std::uint32_t, 8> out{};
  std::array<std::uint64_t, 2> bits{};
  const auto profile = derive(squat);
  for (std::size_t i = 0; i != index_count<muscle_id>; ++i) {
    const muscle_id m{static_cast<std::uint16_t>(i)};
    const bool known = i < lower_body_model::muscle_count;
    if (known) continue;
    bool empty = true;
    for (coverage c : {coverage::prime, coverage::working, coverage::any, static_cast<coverage>(255)}) {
      empty = empty && exercises_covering(m, c).empty() && exercises_covering(m, c, exercise_filter{}).empty() &&
              !covers(squat, m, c) && !covers(roll, m, c);
    }
    empty = empty && role_in(squat, m) == muscle_role::none && role_in(roll, m) == muscle_role::none &&
            size_weight(m) == 0.0 && profile.role_of(m) == muscle_role::none;
    const explanation x = explain(squat, m);
    empty = empty && x.work.role == muscle_role::none && x.count == 1 && x.reasons[0].code == reason::not_involved;
    if (i % 64 == 42) {  // the record scans over the whole catalog, on a spread of foreign ids
      empty = empty && exercises_covering(std::span<const exercise_record>(catalog), m, std::span<std::uint32_t>(out)) ==
                           match_count{} &&
              exercises_covering(std::span<const exercise_record>(catalog), m, std::span<std::uint64_t>(bits),
                                 coverage::any) == match_count{};
    }
    if (!empty) FAIL_CHECK("foreign muscle id " << i << " has a non-empty answer");
  }
  CHECK(exercises_covering(std::span<const exercise_record>(catalog), soleus, std::span<std::uint32_t>(out),
                           coverage::prime)
            .matches == exercises_covering(soleus, coverage::prime).size());
}

TEST_CASE("action and group ids: built-in queries, record scans, scan rows and the columnar index") {
  std::vector<exercise_record> catalog(builtin_exercises.begin(), builtin_exercises.end());
  std::vector<exercise_scan_row> rows(catalog.size());
  REQUIRE(index_catalog(catalog, rows) == catalog.size());
  std::vector<std::uint64_t> storage(catalog_index::words_needed(catalog.size()));
  const catalog_index index(catalog, storage);
  REQUIRE(index.valid());
  std::vector<std::uint32_t> out(catalog.size());
  std::array<std::uint64_t, 2> bits{};
  std::array<std::uint64_t, 2> scanned{};
  for (std::size_t i = 0; i != index_count<action_id>; ++i) {
    const action_id a{static_cast<std::uint8_t>(i)};
    const group_id g{static_cast<std::uint8_t>(i)};
    CAPTURE(i);
    const bool known_action = i < lower_body_model::action_count;
    const bool known_group = i < lower_body_model::group_count;
    for (coverage c : coverages) {
      CAPTURE(static_cast<int>(c));
      const exercise_set by_action = exercises_covering(a, c);
      const exercise_set by_group = exercises_covering(g, c);
      if (!known_action) CHECK(by_action.empty());
      if (!known_group) CHECK(by_group.empty());
      if (!valid_coverage(c)) {  // a coverage past any is answered as any, by every query
        CHECK(by_action == exercises_covering(a, coverage::any));
        CHECK(by_group == exercises_covering(g, coverage::any));
      }
      CHECK(exercises_covering(a, c, exercise_filter{}.without_spinal_load()) == (by_action & accepted(exercise_filter{}.without_spinal_load())));
      // Record scans, the index and the rows agree with the built-in answer, or refuse.
      const auto from_records = exercises_covering(std::span<const exercise_record>(catalog), a, std::span<std::uint64_t>(scanned), c);
      const auto from_index = exercises_covering(index, a, std::span<std::uint64_t>(bits), c);
      CHECK(from_index == from_records);
      CHECK(bits == scanned);
      CHECK(exercise_set::from_words({scanned[0], scanned[1]}) == by_action);
      const auto from_rows = exercises_covering(std::span<const exercise_scan_row>(rows), a, std::span<std::uint32_t>(out), c);
      if (rows_cover(a) && (c == coverage::prime || c == coverage::working)) {
        REQUIRE(from_rows);
        CHECK(from_rows->matches == from_records.matches);
      } else {
        REQUIRE_FALSE(from_rows);
        CHECK(from_rows.error().message.substr(0, 6) == "sinew:");
      }
      const auto groups = exercises_covering(std::span<const exercise_record>(catalog), g, std::span<std::uint32_t>(out), c);
      CHECK(groups.matches == by_group.size());
    }
    if (!known_action) {
      CHECK_FALSE(covers(info(barbell_back_squat), a, coverage::any));
      CHECK(smallest_cover(action_set{}.with(a)).count == 0);
      CHECK(smallest_cover(action_set{}.with(a)).uncovered == action_set{}.with(a));
    }
    if (!known_group) {
      CHECK_FALSE(covers(info(foam_roll_quadriceps), g, coverage::any));
      CHECK(group_role(derive(info(foam_roll_quadriceps)), g) == muscle_role::none);
    }
  }
}

TEST_CASE("records naming foreign ids: the derivation reads none of them, the rules refuse them") {
  exercise_record r = info(barbell_back_squat);
  r.loads.insert(action_id{100});        // fits an action_set, names no action
  r.held_toward.insert(action_id{101});
  r.stabilizes.insert(action_id{127});
  r.treats.insert(group_id{60});
  r.override_count = 2;
  r.overrides[0] = muscle_override{muscle_id{5000}, muscle_role::prime_mover};
  r.overrides[1] = muscle_override{muscle_id{soleus}, static_cast<muscle_role>(9)};
  CHECK(first_broken_rule(r) == exercise_rule::unknown_entity);
  const auto profile = derive(r);
  const auto reference = derive(info(barbell_back_squat));
  REQUIRE(profile.size() == reference.size());
  for (std::size_t k = 0; k != profile.size(); ++k) {
    CHECK(profile.entries[k].muscle == reference.entries[k].muscle);
    CHECK(profile.entries[k].role == reference.entries[k].role);
  }
  CHECK(derive(r).role_of(soleus) == reference.role_of(soleus));
  // An override count past the array is not read past it.
  r.override_count = 200;
  CHECK(first_broken_rule(r) == exercise_rule::too_many_actions);
  CHECK(role_in(r, soleus) == role_in(info(barbell_back_squat), soleus));
  // derived_mechanic counts only the model's actions: a knee action plus a
  // foreign one is one joint complex, isolation.
  const exercise_record one_joint =
      make_record(exercise_spec{.loads = {knee_extension, action_id{100}}, .equipment = {equipment::machine}}, "x", "x");
  CHECK(one_joint.mechanic == mechanic::isolation);
}

TEST_CASE("record fields past their enums: the scans, the rows and the index agree, names say unknown") {
  // Records another program filled in, with values no statement can make.
  std::vector<exercise_record> catalog(builtin_exercises.begin(), builtin_exercises.end());
  catalog[0].laterality = static_cast<laterality>(7);
  catalog[1].mechanic = static_cast<mechanic>(9);
  catalog[2].pattern = static_cast<movement_pattern>(200);
  catalog[3].equipment.bits = static_cast<std::uint16_t>(catalog[3].equipment.bits | 0x8000U);
  std::vector<std::uint64_t> storage(catalog_index::words_needed(catalog.size()));
  const catalog_index index(catalog, storage);
  std::vector<exercise_scan_row> rows(catalog.size());
  REQUIRE(index_catalog(catalog, rows) == catalog.size());
  const exercise_filter filters[] = {exercise_filter{}, exercise_filter{}.unilateral(), exercise_filter{}.bilateral(),
                                     exercise_filter{}.compound(), exercise_filter{}.isolation(),
                                     exercise_filter{}.with_patterns({movement_pattern::squat})};
  std::vector<std::uint32_t> out(catalog.size());
  for (const auto& f : filters)
    for (std::uint8_t a = 0; a != lower_body_model::action_count; ++a) {
      const action_id act{a};
      std::array<std::uint64_t, 2> scanned{}, indexed{};
      const auto n1 = exercises_covering(std::span<const exercise_record>(catalog), act, std::span<std::uint64_t>(scanned),
                                         coverage::working, f);
      const auto n2 = exercises_covering(index, act, std::span<std::uint64_t>(indexed), coverage::working, f);
      CHECK(n1 == n2);
      CHECK(scanned == indexed);
      const auto n3 = exercises_covering(std::span<const exercise_scan_row>(rows), act, std::span<std::uint32_t>(out),
                                         coverage::working, f);
      REQUIRE(n3);
      CHECK(n3->matches == n1.matches);
    }
  CHECK(name_of(static_cast<laterality>(7)) == "unknown");
  CHECK(name_of(static_cast<muscle_role>(9)) == "unknown");
  CHECK(name_of(static_cast<movement_pattern>(200)) == "unknown");
  CHECK(name_of(muscle_role::prime_mover) == "prime_mover");
}

TEST_CASE("equipment and pattern sets: every value of the enums' underlying type") {
  for (unsigned v = 0; v != 256; ++v) {
    const auto e = static_cast<equipment>(v);
    const bool real = v < equipment_count;
    equipment_set s{};
    CHECK(s.insert(e) == real);
    CHECK(s.contains(e) == real);
    CHECK(equipment_set{e}.contains(e) == real);
    CHECK(equipment_set{e}.empty() == !real);
    CHECK(equipment_set::all().contains(e) == real);
    const auto p = static_cast<movement_pattern>(v);
    const bool pattern_real = v < movement_pattern_count;
    CHECK(pattern_set{p}.contains(p) == pattern_real);
    CHECK(pattern_set::all().contains(p) == pattern_real);
    CHECK((pattern_set{p}.bits == 0) == !pattern_real);
  }
}
