// The library's JSON documents (<sinew/anatomy/json.hpp>, <sinew/exercises/json.hpp>),
// called directly as another program would: each parses as strict JSON, holds
// every field its header documents, and says what the library's queries say,
// entity by entity, for the built-in model and catalog and for a model
// extended with a joint, two actions, a group and a muscle, with an exercise
// on it. What `sinew export` prints is these documents (the CLI tests pin it).
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>
#include <algorithm>

#include <sinew/anatomy.hpp>
#include <sinew/exercises.hpp>
#include <sinew/json.hpp>

#include "json_checker.hpp"

namespace wrist {
using namespace sinew;
inline constexpr struct test_wrist final : joint<"test_wrist", joint_complex::toes, 2> {} test_wrist;
inline constexpr struct test_radial_deviation final
    : action<"test_radial_deviation", test_wrist, motion::radial_deviation> {} test_radial_deviation;
inline constexpr struct test_ulnar_deviation final
    : action<"test_ulnar_deviation", test_wrist, motion::ulnar_deviation> {} test_ulnar_deviation;
inline constexpr struct test_forearm final : group<"test_forearm", chain::lateral> {} test_forearm;
/// Figures a JSON number cannot hold (infinity) and one unknown: both null.
inline constexpr struct test_radial_flexor final
    : muscle<"test_radial_flexor", in<test_forearm>, crosses<test_wrist>, primary<test_radial_deviation>> {
  static constexpr muscle_figures figures{{{std::numeric_limits<double>::infinity()}, "a made-up source", {}},
                                          {{2.5}, {}, {}, {}, "another made-up source", {}}};
} test_radial_flexor;
using model = extend_model<lower_body_model, joint_list<test_wrist>, action_list<test_radial_deviation, test_ulnar_deviation>,
                           group_list<test_forearm>, muscle_list<test_radial_flexor>>;
inline constexpr model with_wrist{};
}  // namespace wrist

namespace {
using json_check::value;
using kind = json_check::value::kind;

using json_check::parsed;

bool is_string(const value& v, std::string_view text) { return v.is(kind::string) && v.text == text; }

/// Every id of the set, in order, is the array's strings.
template <class Model, class Set>
bool same_ids(const value& array, const Set& ids) {
  if (!array.is(kind::array)) return false;
  std::size_t k = 0;
  for (auto id : ids) {
    if (k == array.items.size() || !is_string(array.items[k], std::string_view(Model::info(id).id))) return false;
    ++k;
  }
  return k == array.items.size();
}

bool same_measure(const value& v, sinew::measurement m) {
  if (!m.known() || !std::isfinite(m.value)) return v.is(kind::null);
  return v.is(kind::number) && std::fabs(v.number - m.value) <= 5e-6 * (1.0 + std::fabs(m.value));
}

template <class Model>
void check_anatomy(const value& doc) {
  using namespace sinew;
  REQUIRE(doc.keys.size() == 4);
  const value& joints = doc["joints"];
  REQUIRE(joints.items.size() == Model::joint_count);
  for (std::size_t j = 0; j != Model::joint_count; ++j) {
    const joint_id id{static_cast<std::uint8_t>(j)};
    const value& x = joints.items[j];
    CAPTURE(Model::info(id).id);
    CHECK(x.keys.size() == 5);
    CHECK(is_string(x["id"], std::string_view(Model::info(id).id)));
    CHECK(is_string(x["complex"], std::string_view(name_of(Model::info(id).complex))));
    CHECK(is_string(x["name"], std::string_view(Model::info(id).name)));
    CHECK((x["degrees_of_freedom"].is(kind::number) && x["degrees_of_freedom"].number == Model::info(id).degrees_of_freedom));
    CHECK(same_ids<Model>(x["actions"], Model::actions_at(id)));
  }
  const value& actions = doc["actions"];
  REQUIRE(actions.items.size() == Model::action_count);
  for (std::size_t a = 0; a != Model::action_count; ++a) {
    const action_info& ai = Model::info(action_id{static_cast<std::uint8_t>(a)});
    const value& x = actions.items[a];
    CAPTURE(ai.id);
    CHECK(x.keys.size() == 4);
    CHECK(is_string(x["id"], std::string_view(ai.id)));
    CHECK(is_string(x["name"], std::string_view(ai.name)));
    CHECK(is_string(x["joint"], std::string_view(Model::info(ai.joint).id)));
    CHECK(is_string(x["antagonist"], std::string_view(Model::info(ai.antagonist).id)));
  }
  const value& groups = doc["groups"];
  REQUIRE(groups.items.size() == Model::group_count);
  for (std::size_t g = 0; g != Model::group_count; ++g) {
    const group_id id{static_cast<std::uint8_t>(g)};
    const value& x = groups.items[g];
    CAPTURE(Model::info(id).id);
    CHECK(x.keys.size() == 4);
    CHECK(is_string(x["id"], std::string_view(Model::info(id).id)));
    CHECK(is_string(x["name"], std::string_view(Model::info(id).name)));
    CHECK(is_string(x["chain"], std::string_view(name_of(Model::info(id).on_chain))));
    CHECK(same_ids<Model>(x["muscles"], Model::members_of(id)));
  }
  const value& muscles = doc["muscles"];
  REQUIRE(muscles.items.size() == Model::muscle_count);
  for (std::size_t m = 0; m != Model::muscle_count; ++m) {
    const muscle_id id{static_cast<std::uint16_t>(m)};
    const muscle_info& mi = Model::info(id);
    const value& x = muscles.items[m];
    CAPTURE(mi.id);
    CHECK(x.keys.size() == 10);
    CHECK(is_string(x["id"], std::string_view(mi.id)));
    CHECK(is_string(x["name"], std::string_view(mi.name)));
    CHECK(is_string(x["group"], std::string_view(Model::info(mi.main_group).id)));
    CHECK(same_ids<Model>(x["groups"], mi.groups));
    CHECK(same_ids<Model>(x["crosses"], mi.crosses));
    CHECK((x["two_joint"].is(kind::boolean) && x["two_joint"].flag == Model::is_two_joint(id)));
    const value& acts = x["actions"];
    REQUIRE(acts.items.size() == mi.action_count);
    for (std::size_t k = 0; k != mi.action_count; ++k) {
      CHECK(acts.items[k].keys.size() == 2);
      CHECK(is_string(acts.items[k]["action"], std::string_view(Model::info(mi.actions[k].action).id)));
      CHECK(is_string(acts.items[k]["role"], std::string_view(name_of(mi.actions[k].role))));
    }
    CHECK(same_measure(x["type_i_percent"], mi.figures.fibers.type_i_percent));
    const value& arch = x["architecture"];
    CHECK(arch.keys.size() == 4);
    CHECK(same_measure(arch["optimal_fiber_length_cm"], mi.figures.architecture.optimal_fiber_length_cm));
    CHECK(same_measure(arch["pcsa_cm2"], mi.figures.architecture.pcsa_cm2));
    CHECK(same_measure(arch["pennation_deg"], mi.figures.architecture.pennation_deg));
    CHECK(same_measure(arch["volume_cm3"], mi.figures.architecture.volume_cm3));
    const value& sources = x["sources"];
    REQUIRE(sources.is(kind::array));
    std::size_t expected = 0;
    for (const sinew::text_view s : {mi.figures.fibers.source, mi.figures.architecture.source}) {
      if (s.empty()) continue;
      REQUIRE(expected < sources.items.size());
      CHECK(is_string(sources.items[expected], std::string_view(s)));
      ++expected;
    }
    CHECK(sources.items.size() == expected);
  }
}

template <class Model>
void check_exercise(const value& x, const sinew::exercise_record& r) {
  using namespace sinew;
  CAPTURE(std::string_view(r.id));
  REQUIRE(x.is(kind::object));
  CHECK(x.keys.size() == 15);
  CHECK(is_string(x["id"], std::string_view(r.id)));
  CHECK(is_string(x["name"], std::string_view(r.name)));
  std::size_t listed = 0;
  REQUIRE(x["equipment"].is(kind::array));
  for (std::size_t q = 0; q != equipment_count; ++q) {
    if (!r.equipment.contains(static_cast<equipment>(q))) continue;
    REQUIRE(listed < x["equipment"].items.size());
    CHECK(is_string(x["equipment"].items[listed++], std::string_view(name_of(static_cast<equipment>(q)))));
  }
  CHECK(x["equipment"].items.size() == listed);
  CHECK(is_string(x["mechanic"], std::string_view(name_of(r.mechanic))));
  CHECK(is_string(x["laterality"], std::string_view(name_of(r.laterality))));
  CHECK(is_string(x["pattern"], std::string_view(name_of(r.pattern))));
  CHECK(is_string(x["spinal_load"], std::string_view(name_of(r.spinal_load))));
  CHECK(is_string(x["loaded_at"], std::string_view(name_of(r.loaded_at))));
  CHECK(is_string(x["difficulty"], std::string_view(name_of(r.difficulty))));
  CHECK(is_string(x["kind"], std::string_view(name_of(r.kind))));
  CHECK(is_string(x["contraction"], std::string_view(name_of(r.contraction))));
  // Actions: the effective ones, primary, then assisting, then stabilized.
  const effective_actions e = effective_actions_of(r);
  const value& actions = x["actions"];
  REQUIRE(actions.is(kind::array));
  std::size_t k = 0;
  const auto expect = [&](const action_set& s, std::string_view role) {
    for (action_id a : s) {
      REQUIRE(k < actions.items.size());
      CHECK(actions.items[k].keys.size() == 2);
      CHECK(is_string(actions.items[k]["action"], std::string_view(Model::info(a).id)));
      CHECK(is_string(actions.items[k]["role"], role));
      ++k;
    }
  };
  expect(e.primary, "primary");
  expect(e.assisting, "assisting");
  expect(e.stabilized, "stabilized");
  CHECK(actions.items.size() == k);
  // Muscles: muscles_of's list, in its order, emphasis to 4 decimals.
  const auto list = muscles_of<Model>(r);
  const value& muscles = x["muscles"];
  REQUIRE(muscles.items.size() == list.size());
  for (std::size_t i = 0; i != list.size(); ++i) {
    const muscle_work& w = list.entries[i];
    const value& m = muscles.items[i];
    CHECK(m.keys.size() == 4);
    CHECK(is_string(m["muscle"], std::string_view(Model::info(w.muscle).id)));
    CHECK(is_string(m["role"], std::string_view(name_of(w.role))));
    CHECK(is_string(m["length"], std::string_view(name_of(w.length))));
    CHECK((m["emphasis"].is(kind::number) && std::fabs(m["emphasis"].number - w.emphasis) <= 0.00005 + 1e-9));
  }
  // Groups: every group with a worked member, with its members' best role, in id order.
  const value& groups = x["groups"];
  REQUIRE(groups.is(kind::array));
  std::size_t n = 0;
  for (std::size_t g = 0; g != Model::group_count; ++g) {
    const group_id gid{static_cast<std::uint8_t>(g)};
    // The group's role as group_role gives it: its best member's, a prime mover only by its share.
    const muscle_role best = group_role<Model>(derive<Model>(r), gid);
    if (best == muscle_role::none) continue;
    REQUIRE(n < groups.items.size());
    CHECK(groups.items[n].keys.size() == 2);
    CHECK(is_string(groups.items[n]["group"], std::string_view(Model::info(gid).id)));
    CHECK(is_string(groups.items[n]["role"], std::string_view(name_of(best))));
    ++n;
  }
  CHECK(groups.items.size() == n);
}

TEST_CASE("the anatomy document of the built-in model is JSON and says what the model says") {
  const std::string text = sinew::json::to_json(sinew::lower_body);
  CHECK(text.back() == '}');
  check_anatomy<sinew::lower_body_model>(parsed(text));
}

TEST_CASE("the anatomy document of an extended model lists the user's entities; figures JSON cannot hold are null") {
  using model = wrist::model;
  const value doc = parsed(sinew::json::to_json(wrist::with_wrist));
  check_anatomy<model>(doc);
  const value& added = doc["muscles"].items.back();
  CHECK(is_string(added["id"], "test_radial_flexor"));
  CHECK(added["type_i_percent"].is(kind::null));  // infinity
  CHECK(added["architecture"]["optimal_fiber_length_cm"].number == 2.5);
  CHECK(added["architecture"]["pcsa_cm2"].is(kind::null));  // unknown
  CHECK(is_string(doc["joints"].items.back()["id"], "test_wrist"));
  CHECK(is_string(doc["actions"].items.back()["antagonist"], "test_radial_deviation"));
}

TEST_CASE("the exercises document of the built-in catalog is JSON and says what the derivation says") {
  const std::string text = sinew::json::to_json(sinew::builtin_catalog());
  const value doc = parsed(text);
  REQUIRE(doc.keys.size() == 1);
  const value& exercises = doc["exercises"];
  REQUIRE(exercises.items.size() == sinew::builtin_exercises.size());
  for (std::size_t i = 0; i != sinew::builtin_exercises.size(); ++i) {
    check_exercise<sinew::lower_body_model>(exercises.items[i], sinew::builtin_exercises[i]);
    // One exercise alone is the same object as in the document.
    const sinew::exercise_id id{static_cast<std::uint16_t>(i)};
    CHECK(text.find(sinew::json::to_json(sinew::builtin_exercises[i], sinew::aliases_of(id))) != std::string::npos);
    // Aliases: every name and family name of the row, in order, none other.
    const sinew::exercise_aliases row = sinew::aliases_of(id);
    std::vector<std::string> expected;
    for (std::string_view list : {std::string_view(row.names), std::string_view(row.family)})
      for (std::size_t from = 0; from <= list.size();) {
        const std::size_t bar = std::min(list.find('|', from), list.size());
        if (bar > from) expected.emplace_back(list.substr(from, bar - from));
        from = bar + 1;
      }
    const value& aliases = exercises.items[i]["aliases"];
    REQUIRE(aliases.is(kind::array));
    REQUIRE(aliases.items.size() == expected.size());
    for (std::size_t k = 0; k != expected.size(); ++k) CHECK(is_string(aliases.items[k], expected[k]));
  }
  // A catalog of a program's own records carries no aliases.
  const std::vector<sinew::exercise_record> copies(sinew::builtin_exercises.begin(), sinew::builtin_exercises.begin() + 2);
  const value own = parsed(sinew::json::to_json(sinew::span<const sinew::exercise_record>(copies.data(), copies.size())));
  CHECK(own["exercises"].items[0]["aliases"].items.empty());
  // Built-in records keep their aliases wherever a span of them starts.
  const value tail = parsed(sinew::json::to_json(sinew::span<const sinew::exercise_record>(sinew::builtin_exercises.data() + 1, 1)));
  CHECK(is_string(tail["exercises"].items[0]["aliases"].items[0], "front squat"));
}

TEST_CASE("an exercise on an extended model: its muscles and groups are the model's") {
  using model = wrist::model;
  sinew::exercise_record r{};
  r.id = "test_wrist_curl";
  r.name = "test wrist curl";
  r.loads = sinew::action_set{model::id(wrist::test_radial_deviation)};
  r.equipment = {sinew::equipment::dumbbell};
  r.pattern = sinew::movement_pattern::curl;
  const sinew::exercise_record records[] = {r, sinew::builtin_exercises[0]};
  const value doc = parsed(sinew::json::to_json<model>(sinew::span<const sinew::exercise_record>(records, 2)));
  REQUIRE(doc["exercises"].items.size() == 2);
  const value& x = doc["exercises"].items[0];
  check_exercise<model>(x, r);
  check_exercise<model>(doc["exercises"].items[1], sinew::builtin_exercises[0]);
  REQUIRE(x["muscles"].items.size() == 1);
  CHECK(is_string(x["muscles"].items[0]["muscle"], "test_radial_flexor"));
  CHECK(is_string(x["muscles"].items[0]["role"], "prime_mover"));
  CHECK(x["muscles"].items[0]["emphasis"].number == 1.0);
  CHECK(is_string(x["groups"].items[0]["group"], "test_forearm"));
}

TEST_CASE("the checker rejects what a strict JSON reader rejects") {
  for (const char* bad : {"{\"a\":1,}", "[1,]", "{\"a\":01}", "{\"a\":nan}", "{\"a\":inf}", "{\"a\":1.}",
                          "{\"a\":\"\x01\"}", "{\"a\":\"\xFF\"}", "{\"a\":\"\\ud800\"}", "{\"a\":1,\"a\":2}",
                          "{\"a\":1} x", "{'a':1}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":\"\\x41\"}"}) {
    value v;
    std::string error;
    CAPTURE(std::string(bad));
    CHECK_FALSE(json_check::parse(bad, v, error));
    CHECK_FALSE(error.empty());
  }
  value v;
  std::string error;
  REQUIRE(json_check::parse(" {\"a\":[1,-0.5e+3,true,null,\"\\u00e9\\ud83c\\udfcb\"]} ", v, error));
  CHECK(v["a"].items[1].number == -500.0);
  CHECK(v["a"].items[4].text == "\xC3\xA9\xF0\x9F\x8F\x8B");
}

}  // namespace
