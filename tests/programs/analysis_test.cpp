// The analysis at run time: the cases of analysis_cases.hpp evaluated by the
// running program, the JSON document read back by the strict reader, the text
// report, the body map's SVG (well-formed, shades ordered as the volumes), the
// finding list's capacity, and docs/programs.md listing every kind.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "../io/json_checker.hpp"
#include "analysis_cases.hpp"
#include "xml_checker.hpp"
#include <sinew/json.hpp>
#include <sinew/sinew.hpp>

namespace {
using namespace analysis_cases;

std::string text_of(const auto& write) {
  std::string out;
  write([&](sinew::text_view t) { out.append(t.data(), t.size()); });
  return out;
}

// A week of two sessions with a grouping, a warm-up and findings of several severities.
const small_program& sample() {
  static const small_program p = make([](builder& b) {
    b.day(sinew::weekday::monday, "Quads & \"calves\"")
        .block(block_role::warm_up, 10)
        .add(leg_swings, straight_sets(2, 10))
        .block(block_role::working)
        .add(barbell_back_squat, straight_sets(4, quantity::reps(6, 8)))
        .group(grouping_kind::superset, {{leg_extension, straight_sets(3, 12)}, {lying_leg_curl, straight_sets(3, 12)}})
        .add(seated_calf_raise, straight_sets(3, 10))
        .day(sinew::weekday::thursday)
        .add(romanian_deadlift, straight_sets(3, 8))
        .add(hip_thrust, straight_sets(4, quantity::reps(8, 12)));
  });
  return p;
}

}  // namespace

TEST_CASE("every analysis case holds at run time as at compile time") {
#define SINEW_RUNTIME_CASE(name) CHECK_MESSAGE(name(), #name);
  SINEW_ANALYSIS_CASES(SINEW_RUNTIME_CASE)
#undef SINEW_RUNTIME_CASE
}

TEST_CASE("every finding kind is produced by some case, each message starts with sinew: and states a figure or a name") {
  // Run every case's programs together: the union of kinds they produce covers the vocabulary.
  analysis_options all{};
  all.conditions = {condition::knee_valgus, condition::lumbar_pain, condition::quad_dominance, condition::knee_friendly,
                    condition::no_spinal_loading};
  all.target_minutes_max = 15;
  const auto p = make([](builder& b) {
    b.day(1).add(leg_extension, straight_sets(3, 12)).add(barbell_back_squat, straight_sets(3, 5)).add(conventional_deadlift,
                                                                                                       straight_sets(3, 5));
    b.add(seated_calf_raise, straight_sets(3, 8)).add(leg_press, straight_sets(10, 10));
    b.day(2).add(leg_extension, straight_sets(10, 12));
  });
  const auto a = run(p, all);
  for (std::size_t k = 0; k != finding_kind_count; ++k) {
    const auto kind = static_cast<finding_kind>(k);
    CAPTURE(name_of(kind));
    // Not produced here: volume_low needs a group under range and trained (the quadriceps are over).
    if (kind == finding_kind::volume_low) {
      CHECK(has(run(three_isolations), kind));
      continue;
    }
    CHECK(a.findings.has(kind));
  }
  for (const auto& f : a.findings) {
    CAPTURE(f.message());
    CHECK(f.message().substr(0, 7) == "sinew: ");
    CHECK(f.message().size() > 20);
    CHECK(f.message().back() != ' ');
  }
  CHECK(a.findings.omitted == 0);
}

TEST_CASE("a finding list keeps its capacity and counts what it could not keep; a long message is cut with ...") {
  finding_list list;
  for (std::size_t i = 0; i != max_findings + 3; ++i) list.add(finding_kind::order, severity::info).say("sinew: x");
  CHECK(list.size() == max_findings);
  CHECK(list.omitted == 3);
  finding f;
  for (int i = 0; i != 100; ++i) f.say("sinew: ");
  CHECK(f.message().size() == max_message_length);
  CHECK(f.message().substr(max_message_length - 3) == "...");
  finding g;
  g.say_figure(4.5).say(" ").say_figure(12.0).say(" ").say_ratio(0.254).say(" ").say(std::uint64_t{0});
  CHECK(g.message() == "4.5 12 0.25 0");
}

TEST_CASE("JSON: the schema of sinew check --json, read by the strict reader") {
  const auto& p = sample();
  const auto a = run(p);
  const std::string text = sinew::json::to_json(p, a);
  const auto doc = json_check::parsed(text);
  const auto& program = doc["program"];
  CHECK(program["name"].text == "case");
  REQUIRE(program["weeks"].items.size() == 1);
  const auto& week = program["weeks"].items[0];
  CHECK(week["week"].number == 1);
  REQUIRE(week["sessions"].items.size() == 2);
  const auto& monday = week["sessions"].items[0];
  CHECK(monday["day"].number == 1);
  CHECK(monday["title"].text == "Quads & \"calves\"");
  CHECK(week["sessions"].items[1]["title"].type == json_check::value::kind::null);
  REQUIRE(monday["blocks"].items.size() == 2);
  CHECK(monday["blocks"].items[0]["role"].text == "warm_up");
  const auto& entries = monday["blocks"].items[1]["entries"].items;
  REQUIRE(entries.size() == 4);
  CHECK(entries[0]["exercise"].text == "barbell_back_squat");
  CHECK(entries[0]["scheme"].text == "4x6-8");
  CHECK(entries[0]["grouping"].type == json_check::value::kind::null);
  CHECK(entries[1]["grouping"].text == "superset");
  CHECK(entries[2]["exercise"].text == "lying_leg_curl");

  const auto& volume = doc["volume"];
  CHECK(volume["muscles"].items.size() == builtin_model::muscle_count);
  CHECK(volume["groups"].items.size() == builtin_model::group_count);
  CHECK(volume["actions"].items.size() == builtin_model::action_count);
  // Each table's figures are the analysis's.
  for (std::size_t g = 0; g != builtin_model::group_count; ++g) {
    const auto& row = volume["groups"].items[g];
    CHECK(row["group"].text == std::string_view(builtin_model::info(group_id{static_cast<std::uint8_t>(g)}).id));
    CHECK(row["sets"].number == doctest::Approx(a.groups[g].sets));
    CHECK(row["direct_sets"].number == doctest::Approx(a.groups[g].direct_sets));
  }
  const auto& soleus_row = volume["muscles"].items[muscle_id{soleus}.index];
  CHECK(soleus_row["muscle"].text == "soleus");
  CHECK(soleus_row["sets"].number == doctest::Approx(a.of(muscle_id{soleus}).sets));
  CHECK(volume["actions"].items[action_id{knee_flexion}.index]["action"].text == "knee_flexion");

  REQUIRE(doc["sessions"].items.size() == 2);
  CHECK(doc["sessions"].items[0]["minutes"].number == a.sessions[0].minutes());
  CHECK(doc["sessions"].items[0]["sets"].number == a.sessions[0].sets);
  CHECK(doc["sessions"].items[1]["day"].number == 4);

  const auto& findings = doc["findings"].items;
  REQUIRE(findings.size() == a.findings.size());
  REQUIRE(!findings.empty());
  for (std::size_t i = 0; i != findings.size(); ++i) {
    const auto& f = findings[i];
    CHECK(f["kind"].text == std::string_view(name_of(a.findings[i].kind)));
    CHECK(f["severity"].text == std::string_view(name_of(a.findings[i].severity)));
    CHECK(f["message"].text == std::string_view(a.findings[i].message()));
    CHECK(f["muscles"].items.size() == a.findings[i].muscles.size());
    CHECK(f["groups"].items.size() == a.findings[i].groups.size());
    CHECK(f["actions"].items.size() == a.findings[i].actions.size());
  }
  // The program alone.
  const auto alone = json_check::parsed(sinew::json::to_json(p));
  CHECK(alone["weeks"].items.size() == 1);
}

TEST_CASE("JSON: findings past the list's capacity are counted, not silently dropped") {
  const auto& p = sample();
  auto a = run(p);
  CHECK(json_check::parsed(sinew::json::to_json(p, a))["findings_omitted"].number == 0);
  while (a.findings.omitted < 5) (void)a.findings.add(finding_kind::order, sinew::severity::info);
  const auto doc = json_check::parsed(sinew::json::to_json(p, a));
  CHECK(doc["findings"].items.size() == sinew::max_findings);
  CHECK(doc["findings_omitted"].number == 5);
}

TEST_CASE("the text report lists findings by severity, then volume per group and muscle, then sessions") {
  const auto a = run(sample());
  const std::string report = text_of([&](auto sink) { sinew::write_report(a, sink); });
  const auto errors = report.find("errors (0)");
  const auto warnings = report.find("warnings (");
  const auto info = report.find("info (");
  const auto groups = report.find("weekly sets per group");
  const auto muscles = report.find("weekly sets per muscle");
  const auto sessions = report.find("\nsessions\n");
  REQUIRE(errors != std::string::npos);
  CHECK(errors < warnings);
  CHECK(warnings < info);
  CHECK(info < groups);
  CHECK(groups < muscles);
  CHECK(muscles < sessions);
  for (const auto& f : a.findings) CHECK(report.find(std::string(f.message())) != std::string::npos);
  // Quadriceps: 4 (squat) + 3 (leg extension) = 7 target sets.
  CHECK(a.of(group_named("quadriceps")).sets == 7.0);
  CHECK(report.find("  quadriceps" + std::string(32 - 10, ' ') + "7  7\n") != std::string::npos);
  CHECK(report.find("week 1 day 4: about ") != std::string::npos);
}

namespace {
double luminance(std::string_view hex) {
  const auto channel = [&](std::size_t at) { return std::stoi(std::string(hex.substr(at, 2)), nullptr, 16); };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
}  // namespace

TEST_CASE("the body map is well-formed SVG whose shades are ordered as the volumes") {
  const auto& p = sample();
  const auto a = run(p);
  const std::string svg = text_of([&](auto sink) { sinew::write_bodymap(a, sink, "Legs & <more>"); });
  CHECK(xml_check::problem(svg).empty());
  CAPTURE(xml_check::problem(svg));
  CHECK(svg.find("<title>Legs &amp; &lt;more&gt;</title>") != std::string::npos);
  // The checker refuses what is not XML (it is not vacuous).
  CHECK(!xml_check::problem("<svg><g></svg>").empty());
  CHECK(!xml_check::problem("<svg a=\"1\" a=\"2\"/>").empty());
  CHECK(!xml_check::problem("<svg>&</svg>").empty());

  // Each drawn shape: its fill and its figure.
  std::map<std::string, std::string> fill;
  std::size_t at = 0;
  while ((at = svg.find("<ellipse ", at)) != std::string::npos) {
    const auto end = svg.find('>', at);
    const std::string tag = svg.substr(at, end - at);
    const auto f = tag.find("fill=\"") + 6;
    const auto id = tag.find("data-id=\"") + 9;
    fill[tag.substr(id, tag.find('"', id) - id)] = tag.substr(f, 7);
    at = end;
  }
  std::size_t drawn = 0;
  for (const auto& s : sinew::bodymap_shapes) {
    CAPTURE(s.id);
    REQUIRE(fill.count(std::string(s.id)) == 1);
    ++drawn;
  }
  CHECK(drawn >= 15);
  const auto sets_of = [&](const sinew::bodymap_shape& s) {
    return s.group ? a.of(*builtin_model::find_group(s.id)).sets : a.of(*builtin_model::find_muscle(s.id)).sets;
  };
  std::size_t ordered_pairs = 0;
  for (const auto& x : sinew::bodymap_shapes)
    for (const auto& y : sinew::bodymap_shapes) {
      if (sets_of(x) <= sets_of(y)) continue;
      CAPTURE(x.id);
      CAPTURE(y.id);
      CHECK(luminance(fill[std::string(x.id)]) < luminance(fill[std::string(y.id)]));
      ++ordered_pairs;
    }
  CHECK(ordered_pairs > 20);
  // The legend states each figure.
  CHECK(svg.find(">vastus lateralis: 7</text>") != std::string::npos);
}

TEST_CASE("docs/programs.md lists every finding kind in its Findings section") {
  std::ifstream in(SINEW_PROGRAMS_DOC);
  REQUIRE(in.good());
  const std::string doc{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const auto section = doc.find("## Findings");
  REQUIRE(section != std::string::npos);
  const auto next = doc.find("\n## ", section + 1);
  const std::string findings = doc.substr(section, next == std::string::npos ? std::string::npos : next - section);
  for (const auto word : sinew::words_of<finding_kind>()) {
    CAPTURE(word);
    CHECK(findings.find("| `" + std::string(word) + "` |") != std::string::npos);
  }
  for (const auto word : sinew::words_of<condition>()) {
    CAPTURE(word);
    CHECK(findings.find("`" + std::string(word) + "`") != std::string::npos);
  }
}

#include "../model/shoulder_model.hpp"

TEST_CASE("a user's model and catalog: the shoulder, its own groups and ranges; rules about legs stay silent") {
  // Exercise 0: close-grip bench press (anterior deltoid and triceps long head work), 1: front raise.
  sinew::program_builder b{"push"};
  b.day(1).add(sinew::exercise_id{0}, sinew::straight_sets(4, 8)).add(sinew::exercise_id{1}, sinew::straight_sets(3, 12));
  const auto p = b.build(shoulder::catalog);
  REQUIRE(p.has_value());
  sinew::analysis_options o{};
  o.ranges.items[0] = {"deltoids", 10, 20};
  o.ranges.items[1] = {"triceps", 2, 3};
  o.ranges.count = 2;
  const auto a = sinew::analyse<shoulder::model>(*p, o, shoulder::catalog);
  const auto deltoids = *shoulder::model::find_group("deltoids");
  const auto triceps = *shoulder::model::find_group("triceps");
  const auto front = *shoulder::model::find_muscle("anterior_deltoid");
  // The front raise's prime mover is the anterior deltoid: 3 target sets at least; the press adds its own.
  CHECK(a.of(front).direct_sets >= 3.0);
  CHECK(a.of(deltoids).sets == doctest::Approx(a.of(front).sets));
  CHECK(a.total_sets == 7);
  CAPTURE(a.of(deltoids).sets);
  CAPTURE(a.of(triceps).sets);
  // Deltoids under 10: volume_low names them; triceps (4 at most) over 3: volume_high.
  bool low = false, high = false;
  for (const auto& f : a.findings) {
    CHECK(f.message().substr(0, 7) == "sinew: ");
    low = low || (f.kind == sinew::finding_kind::volume_low && f.groups.contains(deltoids));
    high = high || (f.kind == sinew::finding_kind::volume_high && f.groups.contains(triceps));
    // No calves, no knees, no hips in this model: those rules find nothing to say.
    CHECK(f.kind != sinew::finding_kind::calf_knee_position);
  }
  CHECK(low);
  CHECK(high == (a.of(triceps).sets > 3.0));
  const std::string json = sinew::json::to_json(*p, a, shoulder::catalog);
  const auto doc = json_check::parsed(json);
  CHECK(doc["volume"]["muscles"].items.size() == shoulder::model::muscle_count);
  CHECK(doc["program"]["weeks"].items[0]["sessions"].items[0]["blocks"].items[0]["entries"].items[1]["exercise"].text ==
        "front_raise");
  const std::string svg = text_of([&](auto sink) { sinew::write_bodymap(a, sink); });
  CHECK(xml_check::problem(svg).empty());
  CHECK(svg.find("<ellipse") == std::string::npos);  // none of the legs' shapes is in this model
}

TEST_CASE("a session whose length cannot be estimated says so: null minutes, no too_long, the report tells") {
  const auto p = make([](builder& b) { b.add(leg_extension, straight_sets(3, sinew::quantity::amap())); });
  analysis_options o{};
  o.target_minutes_max = 1;
  const auto a = run(p, o);
  CHECK(!a.sessions[0].seconds.known);
  CHECK(!has(a, finding_kind::too_long));
  const auto doc = json_check::parsed(sinew::json::to_json(p, a));
  CHECK(doc["sessions"].items[0]["minutes"].type == json_check::value::kind::null);
  CHECK(doc["sessions"].items[0]["sets"].number == 3);
  const std::string report = text_of([&](auto sink) { sinew::write_report(a, sink); });
  CHECK(report.find("length not estimated") != std::string::npos);
  // With a stated block length the session has one again.
  const auto timed = make([](builder& b) {
    b.block(block_role::working, 20).add(leg_extension, straight_sets(3, sinew::quantity::amap()));
  });
  CHECK(run(timed).sessions[0].minutes() == 20);
}

// One source for a group's role: the analysis counts a group's direct sets
// exactly where the exercises layer's group_role makes the group a prime mover
// (a group's prime movers carry at least group_prime_share of the work), for
// every built-in exercise of a training kind and every group. Before, a leg
// extension gave the hip flexors direct sets through the rectus femoris, and
// every squat the adductors through the adductor magnus's hamstring part.
TEST_CASE("analysis: a group's direct sets follow the exercises layer's group role, for every built-in exercise") {
  for (std::size_t x = 0; x != builtin_exercises.size(); ++x) {
    const exercise_record& r = builtin_exercises[x];
    if (!is_training(r)) continue;
    CAPTURE(std::string(r.id));
    program_builder b;
    b.add(exercise_id{static_cast<std::uint16_t>(x)}, straight_sets(3, 10));
    const auto a = analyse(b.peek());
    const auto profile = muscles_of(r);
    for (std::size_t g = 0; g != builtin_model::group_count; ++g) {
      const group_id id{static_cast<std::uint8_t>(g)};
      CAPTURE(std::string(builtin_model::info(id).name));
      const bool target = group_role(profile, id) == muscle_role::prime_mover;
      CHECK((a.of(id).direct_sets == 3.0) == target);
      CHECK((a.of(id).direct_sets == 0.0) == !target);
    }
  }
}

// The built-in catalog is read through the generated profiles; any other catalog
// through profiles derived from its records. A copy of the built-in catalog
// takes the second path: both must give every exercise the same volume, to the
// bit (each profile's muscles, groups and actions are lists the volume loop reads).
TEST_CASE("analysis: the generated and the derived profiles of every built-in exercise give the same volume") {
  const std::vector<exercise_record> copy(builtin_catalog().begin(), builtin_catalog().end());
  const span<const exercise_record> copied{copy.data(), copy.size()};
  analysis_options o{};
  o.weights.stabilizer = 0.25;  // so that stabilizers count too
  std::size_t trained = 0;
  for (std::size_t x = 0; x != builtin_exercises.size(); ++x) {
    const exercise_record& r = builtin_exercises[x];
    if (!is_training(r)) continue;
    CAPTURE(std::string(r.id));
    ++trained;
    program_builder b;
    b.add(exercise_id{static_cast<std::uint16_t>(x)}, straight_sets(3, 10)).add(leg_extension, straight_sets(2, 12));
    const auto generated = analyse(b.peek(), o);
    const auto derived = analyse(b.peek(), o, copied);
    CHECK(generated.muscles == derived.muscles);
    CHECK(generated.groups == derived.groups);
    CHECK(generated.actions == derived.actions);
    CHECK(generated.anterior_sets == derived.anterior_sets);
    CHECK(generated.posterior_sets == derived.posterior_sets);
    CHECK(generated.session_figures()[0].busiest_muscle_sets == derived.session_figures()[0].busiest_muscle_sets);
    CHECK(generated.session_figures()[0].busiest_muscle == derived.session_figures()[0].busiest_muscle);
    CHECK(generated.session_figures()[0].loaded == derived.session_figures()[0].loaded);
    // and each muscle the exercise works (the derivation's roles) has sets
    for (const auto& w : muscles_of(r)) {
      if (w.role == muscle_role::none || w.role == muscle_role::treated) continue;
      CAPTURE(std::string(builtin_model::info(w.muscle).name));
      CHECK(generated.of(w.muscle).sets > 0.0);
    }
  }
  CHECK(trained > 50);
}

// The analysis copies an entry's scheme for its figures only where
// as_prescribed_for would change it (detail::prescribed_differs): the two must
// agree on every built-in exercise, scheme kind, count side and quantity kind.
TEST_CASE("prescribed_differs says exactly when as_prescribed_for changes a scheme") {
  using namespace sinew;
  std::size_t changed = 0;
  for (const exercise_record& r : builtin_catalog())
    for (std::size_t k = 0; k != detail::scheme_kind_count; ++k)
      for (std::uint8_t side = 0; side != 4; ++side)
        for (std::uint8_t q = 0; q != 6; ++q) {
          set_scheme s{};
          s.kind = static_cast<scheme_kind>(k);
          s.per_set.kind = static_cast<quantity_kind>(q);
          s.per_set.side = static_cast<rep_count>(side);
          s.listed_side = static_cast<rep_count>(side);
          const bool differs = !(as_prescribed_for(r, s) == s);
          CHECK(detail::prescribed_differs(r, s) == differs);
          changed += differs ? 1U : 0U;
        }
  CHECK(changed != 0);  // the unilateral exercises' unstated counts
}

namespace {
// Every field of two findings, the message buffer whole (past `length` too).
bool same_finding(const sinew::finding& x, const sinew::finding& y) {
  for (std::size_t i = 0; i != sinew::max_message_length; ++i)
    if (x.text[i] != y.text[i]) return false;
  return x.kind == y.kind && x.severity == y.severity && x.length == y.length && x.muscles == y.muscles &&
         x.groups == y.groups && x.actions == y.actions && x.session == y.session && x.entry == y.entry;
}
constexpr analysis_options every_condition() {
  analysis_options o{};
  o.conditions = {condition::knee_valgus, condition::lumbar_pain, condition::quad_dominance, condition::knee_friendly,
                  condition::no_spinal_loading};
  return o;
}
// A list past its capacity, started as the analysis starts its own (storage left
// uninitialized at run time): its findings, and the scratch one written again and again.
constexpr finding_list overfull_list() {
  finding_list list = sinew::detail::empty_findings();
  for (std::size_t i = 0; i != max_findings + 3; ++i)
    list.add(i % 2 == 0 ? finding_kind::order : finding_kind::imbalance, severity::info).say("sinew: finding ").say(i);
  return list;
}
}  // namespace

TEST_CASE("at run time (its storage left uninitialized) a finding list holds what constant evaluation gives, byte for byte") {
  static constexpr small_analysis at_compile_time = run(three_isolations, every_condition());
  const small_analysis at_run_time = run(three_isolations, every_condition());
  REQUIRE(at_run_time.findings.size() == at_compile_time.findings.size());
  CHECK(at_run_time.findings.size() > 3);
  for (std::size_t i = 0; i != at_run_time.findings.size(); ++i) {
    CAPTURE(at_run_time.findings[i].message());
    CHECK(same_finding(at_run_time.findings[i], at_compile_time.findings[i]));
  }
  static constexpr finding_list full_at_compile_time = overfull_list();
  const finding_list full_at_run_time = overfull_list();
  REQUIRE(full_at_run_time.size() == max_findings);
  CHECK(full_at_run_time.omitted == 3);
  CHECK(full_at_compile_time.omitted == 3);
  for (std::size_t i = 0; i != max_findings; ++i) CHECK(same_finding(full_at_run_time[i], full_at_compile_time[i]));
  // An analysis's list, as the analysis leaves it, takes more findings like any other.
  small_analysis a = run(three_isolations);
  const std::size_t before = a.findings.size();
  a.findings.add(finding_kind::order, severity::info).say("sinew: one more");
  CHECK(a.findings.size() == before + 1);
  CHECK(a.findings[before].message() == "sinew: one more");
  CHECK(a.findings[before].session == finding::npos);
  CHECK(a.findings[before].text[a.findings[before].length] == '\0');
}

TEST_CASE("a replace slot given a null function at run time is no rule: the built-in one runs") {
  analysis_options o{};
  const finding_policy none = nullptr;  // a variable, as a plug-in table would hold it
  o.replace[static_cast<std::size_t>(finding_kind::volume_low)] = none;
  CHECK(o.replace[static_cast<std::size_t>(finding_kind::volume_low)] == nullptr);
  const bool holds_a_rule = o.replace[static_cast<std::size_t>(finding_kind::volume_low)].get() != nullptr;
  CHECK_FALSE(holds_a_rule);
  CHECK(analysis_cases::has(analysis_cases::run(analysis_cases::three_isolations, o), finding_kind::volume_low));
}
