// The JSON exports on the shoulder model: the same documents `sinew export`
// prints, written for a model and a catalog that are not the built-in ones, are
// well-formed JSON (the strict reader of tests/io) and name the shoulder's own
// joints, complexes, muscles and derived roles.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include <sinew/json.hpp>

#include "../io/json_checker.hpp"
#include "shoulder_model.hpp"

namespace {
using json_check::value;
using kind = json_check::value::kind;

using json_check::parsed;

const value* find_by(const value& list, std::string_view field, std::string_view want) {
  for (const value& item : list.items)
    if (item[field].is(kind::string) && item[field].text == want) return &item;
  return nullptr;
}
}  // namespace

TEST_CASE("the anatomy document of the shoulder model names its joints, complex and muscles") {
  using model = shoulder::model;
  const value doc = parsed(sinew::json::to_json(model{}));
  REQUIRE(doc["joints"].items.size() == model::joint_count);
  REQUIRE(doc["muscles"].items.size() == model::muscle_count);
  const value* gh = find_by(doc["joints"], "id", "glenohumeral");
  REQUIRE(gh != nullptr);
  CHECK((*gh)["complex"].text == "shoulder");  // a complex the model declared itself
  const value* delt = find_by(doc["muscles"], "id", "anterior_deltoid");
  REQUIRE(delt != nullptr);
  // The anterior deltoid crosses the glenohumeral joint only; the triceps long head crosses it and the elbow.
  CHECK((*delt)["crosses"].items.size() == 1);
  const value* tri = find_by(doc["muscles"], "id", "triceps_long_head");
  REQUIRE(tri != nullptr);
  CHECK((*tri)["crosses"].items.size() == 2);
}

TEST_CASE("the exercises document of a shoulder catalog gives the derived roles") {
  using model = shoulder::model;
  const value doc = parsed(sinew::json::to_json<model>(sinew::span<const sinew::exercise_record>{shoulder::catalog}));
  REQUIRE(doc["exercises"].items.size() == 2);
  const value& bench = doc["exercises"].items[0];
  CHECK(bench["id"].text == "close_grip_bench_press");
  CHECK(bench["mechanic"].text == "compound");
  CHECK(bench["aliases"].items.empty());  // a program's own exercise has no built-in aliases
  // Both muscles are prime movers of the press: horizontal adduction and elbow extension.
  for (std::string_view m : {"anterior_deltoid", "triceps_long_head"}) {
    const value* w = find_by(bench["muscles"], "muscle", m);
    REQUIRE(w != nullptr);
    CHECK((*w)["role"].text == "prime_mover");
  }
  const value& raise = doc["exercises"].items[1];
  CHECK(raise["mechanic"].text == "isolation");
  // The front raise: the deltoid alone moves; the triceps long head is not a mover.
  const value* delt = find_by(raise["muscles"], "muscle", "anterior_deltoid");
  REQUIRE(delt != nullptr);
  CHECK((*delt)["role"].text == "prime_mover");
  const value* tri = find_by(raise["muscles"], "muscle", "triceps_long_head");
  CHECK((tri == nullptr || (*tri)["role"].text != "prime_mover"));
}
