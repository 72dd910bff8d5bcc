// Every anatomy query, every exercise query, the derivation with explain,
// substitutes and the smallest cover on a model sinew has never heard of: the
// shoulder of shoulder_model.hpp. Each expected answer is derived by hand in
// the comment above it from the anatomy stated there, not copied from a run.
#include <doctest/doctest.h>

#include "shoulder_model.hpp"

namespace {
using namespace sinew;
using shoulder::model;

constexpr joint_id gh = model::id(shoulder::glenohumeral);
constexpr joint_id st = model::id(shoulder::scapulothoracic);
constexpr joint_id el = model::id(shoulder::elbow);
constexpr action_id flex = model::id(shoulder::shoulder_flexion);
constexpr action_id ext = model::id(shoulder::shoulder_extension);
constexpr action_id abd = model::id(shoulder::shoulder_abduction);
constexpr action_id add = model::id(shoulder::shoulder_adduction);
constexpr action_id hadd = model::id(shoulder::shoulder_horizontal_adduction);
constexpr action_id habd = model::id(shoulder::shoulder_horizontal_abduction);
constexpr action_id ir = model::id(shoulder::shoulder_internal_rotation);
constexpr action_id protraction = model::id(shoulder::scapular_protraction);
constexpr action_id retraction = model::id(shoulder::scapular_retraction);
constexpr action_id elbow_flex = model::id(shoulder::elbow_flexion);
constexpr action_id elbow_ext = model::id(shoulder::elbow_extension);
constexpr group_id deltoids = model::id(shoulder::deltoids);
constexpr group_id triceps = model::id(shoulder::triceps);
constexpr muscle_id delt = model::id(shoulder::anterior_deltoid);
constexpr muscle_id tri = model::id(shoulder::triceps_long_head);
constexpr const exercise_record& bench = shoulder::catalog[0];
constexpr const exercise_record& raise = shoulder::catalog[1];

// --- anatomy ----------------------------------------------------------------------
static_assert(model::joint_count == 3 && model::action_count == 14 && model::group_count == 2 && model::muscle_count == 2);
// Both shoulder joints are one complex, the elbow another.
static_assert(model::info(gh).complex == shoulder::shoulder_complex && name_of(model::info(st).complex) == "shoulder");
static_assert(model::complex_count(joint_set{gh, st}) == 1 && model::complex_count(joint_set{gh, st, el}) == 2);
// Antagonists are the same joint's opposite direction.
static_assert(model::antagonist_of(flex) == ext && model::antagonist_of(hadd) == habd);
static_assert(model::antagonist_of(protraction) == retraction && model::antagonist_of(elbow_ext) == elbow_flex);
// Flexion: the deltoid is its prime mover; nobody assists it.
static_assert(model::muscles_performing(flex, role_filter::primary) == muscle_set{delt});
// Extension at the shoulder: the triceps long head assists it, no prime mover.
// Who opposes flexion: whoever extends the shoulder.
static_assert(model::actions_of(tri, role_filter::primary) == action_set{elbow_ext});
static_assert(model::actions_of(tri, role_filter::secondary) == action_set{ext, add});
static_assert(model::actions_of(delt) == action_set{flex, hadd, ir, abd});
static_assert(model::performs(delt, hadd, role_filter::primary) && !model::performs(delt, ir, role_filter::primary));
// The long head crosses the shoulder and the elbow (two complexes): a two-joint muscle.
static_assert(model::is_two_joint(tri) && !model::is_two_joint(delt));
static_assert(model::joints_crossed_by(tri) == joint_set{gh, el} && model::crosses_joint(delt, gh) && !model::crosses_joint(delt, el));
static_assert(model::muscles_crossing(gh) == muscle_set{delt, tri} && model::muscles_crossing(el) == muscle_set{tri});
// No muscle of this model moves the scapula.
static_assert(model::actions_at(el) == action_set{elbow_flex, elbow_ext} && model::actions_at(st).size() == 4);
static_assert(model::members_of(deltoids) == muscle_set{delt} && model::members_of(triceps) == muscle_set{tri});
static_assert(model::muscles_on_chain(chain::posterior) == muscle_set{tri} && model::all_muscles().size() == 2);
static_assert(*model::find_muscle("triceps_long_head") == tri && !model::find_joint("knee"));
static_assert(model::info(delt).name == "anterior deltoid" && model::info(tri).main_group == triceps);

// --- the statement rules, with this model's ids ---------------------------------------
// Holding the shoulder extended while loading its flexion holds a position on the moving axis.
static_assert(first_broken_rule<model>(exercise_spec{.loads = {flex}, .held_toward = {ext}, .equipment = {equipment::cable}}) ==
              exercise_rule::position_on_moving_axis);
// An action id past this model's 14 is unknown here, though the lower body has it.
static_assert(first_broken_rule<model>(exercise_spec{.loads = {action_id{15}}, .equipment = {equipment::cable}}) ==
              exercise_rule::unknown_entity);
static_assert(first_broken_rule(exercise_spec{.loads = {action_id{15}}, .equipment = {equipment::cable}}) != exercise_rule::unknown_entity);

// --- the derivation rules: a model has the rows it declares, an extension its base's too ---
static_assert(derivation_rules<model>.size() == 0);
static_assert(derivation_rules<shoulder::with_grip_rule>.size() == 1);
static_assert(derivation_rules<lower_body_model>.size() >= 3);
static_assert(derivation_rules<extend_model<lower_body_model, joint_list<shoulder::glenohumeral>>>.size() ==
              derivation_rules<lower_body_model>.size());
static_assert(derivation_rules<extend_model<shoulder::with_grip_rule>>.size() == 1);

// --- mechanic -------------------------------------------------------------------------------
// The press moves the shoulder and the elbow: two complexes. The raise moves the shoulder only.
static_assert(bench.mechanic == mechanic::compound && raise.mechanic == mechanic::isolation);
static_assert(std::is_same_v<model_of_t<std::remove_cvref_t<decltype(shoulder::front_raise)>>, model>);

}  // namespace

// g++ 12 refuses, in constant evaluation, to copy an all-zero set out of a
// computed model's static index ("modification of ... index is not a constant
// expression"; clang accepts it), so the queries whose answer here is such a
// set are checked at run time.
TEST_CASE("anatomy queries whose answers are read from empty index entries") {
  // Flexion has no assistant; the long head is the only muscle extending the
  // shoulder (an assistant, no prime mover), so it alone opposes flexion; no
  // muscle of this model moves or crosses the scapulothoracic joint.
  CHECK(model::muscles_performing(flex, role_filter::secondary).empty());
  CHECK(model::muscles_performing(ext) == muscle_set{tri});
  CHECK(model::muscles_performing(ext, role_filter::primary).empty());
  CHECK(model::antagonists_of(flex) == muscle_set{tri});
  CHECK(model::muscles_crossing(st).empty());
  CHECK(model::muscles_performing(protraction).empty());
}

TEST_CASE("derivation on the shoulder: roles, lengths and emphasis") {
  // Close-grip press: horizontal adduction (the deltoid's, as prime mover, alone)
  // and elbow extension (the long head's, as prime mover, alone), each weighing 1;
  // the held scapular retraction has no muscle in this model, so it weighs
  // nothing. Neither muscle's other action opposes a loaded one (the long head's
  // shoulder extension and adduction oppose flexion and abduction, not loaded).
  // Both prime movers, half each.
  const auto p = derive(shoulder::close_grip_bench_press);
  CHECK(p.size() == 2);
  CHECK(p.role_of(delt) == muscle_role::prime_mover);
  CHECK(p.role_of(tri) == muscle_role::prime_mover);
  CHECK(p.emphasis_of(delt) == doctest::Approx(0.5));
  CHECK(p.emphasis_of(tri) == doctest::Approx(0.5));
  CHECK(p.of(delt).length == muscle_length::mid_range);

  // Front raise: flexion, the deltoid's alone: prime mover with all the work.
  // The long head performs nothing the raise loads: not involved, though its
  // shoulder extension opposes the flexion (opposition needs a working muscle).
  const auto q = derive(shoulder::front_raise);
  CHECK(q.size() == 1);
  CHECK(q.role_of(delt) == muscle_role::prime_mover);
  CHECK(q.emphasis_of(delt) == doctest::Approx(1.0));
  CHECK(q.role_of(tri) == muscle_role::none);
  CHECK(role_in<model>(raise, tri) == muscle_role::none);
  CHECK(group_role<model>(p, triceps) == muscle_role::prime_mover);
  CHECK(group_role<model>(q, triceps) == muscle_role::none);
}

TEST_CASE("explain on the shoulder, and the parser with the model's words") {
  // Overhead press: shoulder flexion and elbow extension. The long head extends
  // the elbow as a prime mover, but its shoulder extension opposes the loaded
  // flexion (Lombard's paradox): a synergist, with that reason naming flexion.
  const auto parsed = parse_exercise<model>(
      "name: overhead press; loads: shoulder_flexion, elbow_extension; held: scapulothoracic_retracted; "
      "equipment: barbell; pattern: press");
  REQUIRE(parsed);
  CHECK(parsed->held_toward == action_set{retraction});
  CHECK(parsed->mechanic == mechanic::compound);
  const explanation x = explain<model>(*parsed, tri);
  CHECK(x.work.role == muscle_role::synergist);
  CHECK(x.has(reason::performs_primary_action));
  CHECK(x.has(reason::opposes_primary_action));
  bool names_flexion = false;
  for (const auto& r : x)
    if (r.code == reason::opposes_primary_action) names_flexion = r.has_action && r.action == flex;
  CHECK(names_flexion);
  // Each action has one performer, so each muscle takes its action's whole share.
  CHECK(x.work.emphasis == doctest::Approx(0.5));
  CHECK(explain<model>(*parsed, delt).work.role == muscle_role::prime_mover);
  // A position word names any joint of the model; a lower-body word is unknown here.
  CHECK(parse_exercise<model>("name: curl; loads: elbow_flexion; held: glenohumeral_flexed; equipment: cable; pattern: curl")
            ->held_toward == action_set{flex});
  CHECK_FALSE(parse_exercise<model>("name: x; loads: elbow_flexion; held: knee_bent; equipment: cable; pattern: curl"));
  CHECK_FALSE(parse_exercise<model>("name: x; loads: hip_extension; equipment: cable; pattern: hinge"));
  // The lower body's position words still read as before.
  CHECK(parse_exercise("name: x; loads: ankle_plantar_flexion; held: knee_bent; equipment: machine; pattern: raise")
            ->held_toward == action_set{knee_flexion});
}

TEST_CASE("a model's own derivation rule: added action, weight and explanation") {
  // Wide grip: shoulder abduction added as assisting (weight 0.5), the
  // deltoid's (secondary, but its only performer: the whole 0.5). Totals: 1 + 1
  // + 0.5 = 2.5; deltoid (1 + 0.5) / 2.5 = 0.6, long head 1 / 2.5 = 0.4. The long
  // head's adduction opposes abduction, but abduction is not primary: no opposition.
  using grip = shoulder::with_grip_rule;
  exercise_record wide = bench;
  wide.stance = stance_set{stance::wide};
  const effective_actions e = effective_actions_of<grip>(wide);
  CHECK(e.assisting == action_set{abd});
  CHECK(e.fired == 1U);
  const auto p = derive<grip>(wide);
  CHECK(p.emphasis_of(delt) == doctest::Approx(0.6));
  CHECK(p.emphasis_of(tri) == doctest::Approx(0.4));
  CHECK(p.role_of(tri) == muscle_role::prime_mover);
  const explanation x = explain<grip>(wide, delt);
  const reason_entry* from_rule = nullptr;
  for (const auto& r : x)
    if (r.code == reason::model_rule) from_rule = &r;
  REQUIRE(from_rule != nullptr);
  REQUIRE(from_rule->rule != nullptr);
  CHECK(from_rule->rule->id == "wide_grip_abducts_the_arm");
  CHECK(from_rule->action == abd);
  // The same record in the model without rows: nothing added, half each.
  CHECK(effective_actions_of<model>(wide).assisting.empty());
  CHECK(derive<model>(wide).emphasis_of(delt) == doctest::Approx(0.5));
  // Coverage follows the rule: the wide press covers abduction as working only with it.
  CHECK(covers<grip>(wide, abd, coverage::working));
  CHECK_FALSE(covers<model>(wide, abd, coverage::working));
}

TEST_CASE("exercise queries on a catalog of the shoulder") {
  const span<const exercise_record> cat{shoulder::catalog};
  // Prime coverage of the deltoid: both exercises (it is a prime mover in each);
  // of the long head: the press only.
  CHECK(covers<model>(bench, delt, coverage::prime));
  CHECK(covers<model>(raise, delt, coverage::prime));
  CHECK_FALSE(covers<model>(raise, tri, coverage::working));
  CHECK(covers<model>(bench, triceps, coverage::prime));
  // The held scapular retraction counts as "any" coverage only.
  CHECK(covers<model>(bench, retraction, coverage::any));
  CHECK_FALSE(covers<model>(bench, retraction, coverage::working));

  std::uint32_t out[4]{};
  const match_count flexing = exercises_covering<model>(cat, flex, span<std::uint32_t>{out});
  CHECK(flexing.matches == 1);
  CHECK(out[0] == 1);
  const match_count tri_work = exercises_covering<model>(cat, tri, span<std::uint32_t>{out});
  CHECK(tri_work.matches == 1);
  CHECK(out[0] == 0);
  std::uint64_t bits[1]{};
  CHECK(exercises_covering<model>(cat, delt, span<std::uint64_t>{bits}, coverage::prime).matches == 2);
  CHECK(bits[0] == 0b11U);

  // The columnar index answers as the scan does.
  std::uint64_t storage[basic_catalog_index<model>::words_needed(2, model::action_count)]{};
  const basic_catalog_index<model> index(cat, span<std::uint64_t>{storage});
  REQUIRE(index.valid());
  std::uint64_t from_index[1]{};
  CHECK(exercises_covering(index, hadd, span<std::uint64_t>{from_index}).matches == 1);
  CHECK(from_index[0] == 0b01U);
  CHECK(exercises_covering(index, retraction, span<std::uint64_t>{from_index}, coverage::any).matches == 1);

  // Similarity of the raise and the press: no loaded action in common (Jaccard 0);
  // emphasis vectors (1, 0) and (0.5, 0.5): cosine 0.5 / sqrt(0.5) = 0.7071;
  // patterns differ (x 0.9), both bilateral: (0 + 0.5 x 0.7071) x 0.9 = 0.3182.
  CHECK(similarity<model>(raise, bench) == doctest::Approx(0.3182).epsilon(0.001));
  ranked_exercise ranked[2]{};
  const match_count subs = substitutes_for<model>(raise, cat, span<ranked_exercise>{ranked});
  REQUIRE(subs.matches == 1);
  CHECK(ranked[0].index == 0);
  CHECK(ranked[0].similarity == doctest::Approx(0.3182).epsilon(0.001));
  // An isolation filter leaves no substitute for the raise.
  CHECK(substitutes_for<model>(raise, cat, span<ranked_exercise>{ranked}, exercise_filter{}.isolation()).matches == 0);

  // Smallest cover: flexion is only in the raise, elbow extension only in the
  // press: both. Horizontal adduction and elbow extension: the press alone.
  const exercise_cover both = smallest_cover<model>(cat, action_set{flex, elbow_ext});
  CHECK(both.count == 2);
  CHECK(both.uncovered.empty());
  const exercise_cover one = smallest_cover<model>(cat, action_set{hadd, elbow_ext});
  REQUIRE(one.count == 1);
  CHECK(one.exercises[0] == 0);
  // Scapular protraction: no exercise covers it.
  CHECK(smallest_cover<model>(cat, action_set{protraction}).uncovered == action_set{protraction});
  // Programs: the press targets both muscles, the raise the deltoid.
  CHECK(target_muscles<model>(bench) == muscle_set{delt, tri});
  CHECK(target_muscles<model>(raise) == muscle_set{delt});
}

TEST_CASE("smallest_cover and substitutes_for answer with exercise ids") {
  // A run-time catalog: the id is the position in it.
  const span<const exercise_record> cat{shoulder::catalog};
  const exercise_cover both = smallest_cover<model>(cat, action_set{flex, elbow_ext});
  REQUIRE(both.count == 2);
  CHECK(both.ids[0] == exercise_id{0});
  CHECK(both.ids[1] == exercise_id{1});
  ranked_exercise ranked[1]{};
  REQUIRE(substitutes_for<model>(raise, cat, span<ranked_exercise>{ranked}).written == 1);
  CHECK(ranked[0].id == exercise_id{0});

  // The built-in catalog: each id names the same exercise as its index, and
  // reads back as that exercise.
  const exercise_cover c = smallest_cover(action_set{hip_extension, knee_flexion, ankle_plantar_flexion});
  REQUIRE(c.count >= 1);
  for (std::size_t j = 0; j != c.count; ++j) {
    CHECK(c.ids[j].index == c.exercises[j]);
    CHECK(info(c.ids[j]).id == builtin_exercises[c.exercises[j]].id);
  }
  const auto squat = find_exercise("barbell_back_squat");
  REQUIRE(squat);
  ranked_exercise subs[5]{};
  const std::size_t n = substitutes_for(*squat, span<ranked_exercise>{subs});
  REQUIRE(n > 0);
  for (std::size_t j = 0; j != n; ++j) {
    CHECK(subs[j].id.index == subs[j].index);
    CHECK(subs[j].id != *squat);
  }
  // Best first.
  for (std::size_t j = 1; j < n; ++j) CHECK(subs[j - 1].similarity >= subs[j].similarity);
}
