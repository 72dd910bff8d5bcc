// The program generator against its own analysis. The grid: every pair of
// factor values (days 1-6, four equipment sets, four goals, three levels, no
// condition and each of the five) appears in at least one row of a covering
// design built below (greedy, about 40 rows instead of the 1,728 of the full
// product), each row with 20 seeds: about 800 programs.
#include <doctest/doctest.h>

#include <cstdint>
#include <deque>
#include <set>
#include <string>
#include <vector>

#include "../../benchmarks/allocation_counter.hpp"
#include <sinew/generation.hpp>
#include <sinew/programs/text.hpp>

using namespace sinew;

namespace {

const equipment_set equipment_sets[] = {
    equipment_set{},                                                       // bodyweight only
    equipment_set{equipment::band, equipment::dumbbell},                   // at home
    equipment_set{equipment::dumbbell, equipment::machine},                // dumbbells and machines
    equipment_set::all(),                                                  // a full gym
};

struct row {
  int days, equipment, goal, level, condition;  // condition 0: none, k: condition k-1
};

/// A covering design: rows until every pair of factor values appears in one.
std::vector<row> covering_rows() {
  const int sizes[5] = {6, 4, 4, 3, 6};
  std::set<std::vector<int>> missing;
  for (int f = 0; f != 5; ++f)
    for (int g = f + 1; g != 5; ++g)
      for (int a = 0; a != sizes[f]; ++a)
        for (int b = 0; b != sizes[g]; ++b) missing.insert({f, a, g, b});
  std::vector<row> rows;
  while (!missing.empty()) {
    int best[5]{}, best_gain = -1;
    for (int d = 0; d != 6; ++d)
      for (int e = 0; e != 4; ++e)
        for (int go = 0; go != 4; ++go)
          for (int l = 0; l != 3; ++l)
            for (int c = 0; c != 6; ++c) {
              const int v[5] = {d, e, go, l, c};
              int gain = 0;
              for (int f = 0; f != 5; ++f)
                for (int g = f + 1; g != 5; ++g) gain += missing.count({f, v[f], g, v[g]}) != 0 ? 1 : 0;
              if (gain > best_gain) {
                best_gain = gain;
                for (int k = 0; k != 5; ++k) best[k] = v[k];
              }
            }
    for (int f = 0; f != 5; ++f)
      for (int g = f + 1; g != 5; ++g) missing.erase({f, best[f], g, best[g]});
    rows.push_back({best[0] + 1, best[1], best[2], best[3], best[4]});
  }
  return rows;
}

plan_request request_of(const row& r, std::uint64_t seed) {
  plan_request q{};
  q.days = static_cast<std::uint8_t>(r.days);
  q.minutes = r.days == 1 ? 150U : r.days == 2 ? 100U : 75U;
  q.equipment = equipment_sets[r.equipment];
  q.goal = static_cast<training_goal>(r.goal);
  q.level = static_cast<training_level>(r.level);
  if (r.condition != 0) q.conditions.insert(static_cast<condition>(r.condition - 1));
  q.seed = seed;
  return q;
}

std::string text_of(const program& p) {
  std::string out;
  auto sink = [&](text_view t) { out.append(t.data(), t.size()); };
  format_program(sink, p);
  return out;
}

std::string str(text_view t) { return {t.data(), t.size()}; }

}  // namespace

TEST_CASE("grid: every program passes its own analysis, within the request") {
  const auto rows = covering_rows();
  CHECK(rows.size() < 60);  // the design covers every pair in far fewer rows than the product
  std::size_t programs = 0, expected_errors = 0;
  static std::deque<std::string> kept;  // parsed programs view their text
  for (const row& r : rows) {
    std::set<std::string> distinct;
    for (std::uint64_t seed = 0; seed != 20; ++seed) {
      const plan_request q = request_of(r, seed);
      const auto p = generate(q);
      if ((r.equipment == 0 || r.equipment == 2) && r.condition == 1) {  // knee valgus asks hip external rotation: a band
        REQUIRE_FALSE(p);
        CHECK(str(p.error().message) == "sinew: equipment: nothing at hand trains hip external rotation");
        ++expected_errors;
        continue;
      }
      INFO("days ", r.days, " equipment ", r.equipment, " goal ", r.goal, " level ", r.level, " condition ",
           r.condition, " seed ", seed);
      CHECK_MESSAGE(p, str(p ? text_view{} : p.error().message));
      if (!p) continue;
      ++programs;
      CHECK(check(*p).ok());
      const auto a = analyse(*p, options_for(q));
      const auto forced = forced_warnings(q);
      for (const auto& f : a.findings) {
        INFO(str(f.message()));
        CHECK(f.severity != severity::error);
        if (f.severity == severity::warning) CHECK(forced.contains(f.kind));
        CHECK(f.kind != finding_kind::condition_unmet);
      }
      for (const auto& s : a.session_figures()) CHECK(s.main_minutes() <= q.minutes);
      for (const auto& e : p->entries()) CHECK(detail::at_hand(q).includes(info(e.exercise).equipment));
      const std::string& text = kept.emplace_back(text_of(*p));
      const auto back = parse_program(text_view{text.data(), text.size()});
      REQUIRE(back);
      CHECK(*back == *p);
      if (seed == 0) CHECK(*generate(q) == *p);  // the same request and seed: the same program
      distinct.insert(text);
    }
    if (!((r.equipment == 0 || r.equipment == 2) && r.condition == 1)) CHECK(distinct.size() >= 2);
  }
  CHECK(programs + expected_errors == rows.size() * 20);
}

TEST_CASE("forced warnings: only what the equipment or the days leave no way around") {
  plan_request q{};
  CHECK(forced_warnings(q).bits == 0);
  q.equipment = {};
  CHECK(forced_warnings(q).contains(finding_kind::calf_knee_position));  // no seated calf raise without a machine
  CHECK(forced_warnings(q).contains(finding_kind::uncovered_action));    // hip external rotation needs a band
  q = {};
  q.goal = training_goal::strength;
  q.days = 1;
  CHECK(forced_warnings(q).contains(finding_kind::frequency_low));
  q.days = 3;
  CHECK_FALSE(forced_warnings(q).contains(finding_kind::frequency_low));
}

TEST_CASE("a prioritised group gets more weekly sets than without the priority") {
  const auto group = [](text_view name) { return *builtin_model::find_group(name); };
  // every ranged group, over days, goals and levels (full gym, so the priority has work to add)
  for (int days = 1; days <= 6; ++days)
    for (int goal = 0; goal != 4; ++goal)
      for (int level = 0; level != 3; ++level)
        for (const text_view name : {text_view{"glutes"}, text_view{"quadriceps"}, text_view{"hamstrings"}, text_view{"calves"}}) {
          plan_request plain = request_of({days, 3, goal, level, 0}, 3);
          plan_request prio = plain;
          prio.priorities.groups.insert(group(name));
          const auto p = generate(plain), q = generate(prio);
          REQUIRE(p);
          REQUIRE(q);
          const auto a = analyse(*p, options_for(plain));
          const auto b = analyse(*q, options_for(prio));
          INFO(str(name), " days ", days, " goal ", goal, " level ", level);
          CHECK(b.of(group(name)).sets > a.of(group(name)).sets);
        }
}

TEST_CASE("session shape: the work opens with a moved exercise; split weeks of four and five days hold a hinge") {
  for (const row& r : covering_rows())
    for (std::uint64_t seed = 0; seed != 5; ++seed) {
      const plan_request q = request_of(r, seed);
      const auto p = generate(q);
      if (!p) continue;
      INFO("days ", r.days, " equipment ", r.equipment, " goal ", r.goal, " condition ", r.condition, " seed ", seed);
      for (const auto& s : p->sessions()) {
        bool first = true, dynamic_any = false;
        bool opens_dynamic = false;
        for (const auto& b : p->blocks(s)) {
          if (b.role == block_role::warm_up || b.role == block_role::priming) continue;
          for (const auto& e : p->entries(b)) {
            const bool dyn = info(e.exercise).contraction == contraction::dynamic;
            if (first) opens_dynamic = dyn;
            first = false;
            dynamic_any = dynamic_any || dyn;
          }
        }
        if (dynamic_any) CHECK(opens_dynamic);
      }
    }
  for (const int days : {4, 5})
    for (std::uint64_t seed = 0; seed != 20; ++seed) {
      const auto p = generate(request_of({days, 3, 0, 1, 0}, seed));
      REQUIRE(p);
      bool hinge = false;
      for (const auto& e : p->entries()) hinge = hinge || info(e.exercise).pattern == movement_pattern::hinge;
      INFO("days ", days, " seed ", seed);
      CHECK(hinge);
    }
}

TEST_CASE("errors name the input and why") {
  const auto message = [](const plan_request& q) {
    const auto p = generate(q);
    return p ? std::string{} : str(p.error().message);
  };
  plan_request q{};
  q.days = 0;
  CHECK(message(q).starts_with("sinew: days: "));
  q.days = 7;
  CHECK(message(q).starts_with("sinew: days: "));
  q = {};
  q.weekdays = {weekday::monday, weekday::tuesday, weekday::wednesday, weekday::thursday, weekday::friday,
                weekday::saturday, weekday::sunday};
  CHECK(message(q).starts_with("sinew: weekdays: "));
  q = {};
  q.minutes = 5;
  CHECK(message(q).starts_with("sinew: minutes: "));
  q = {};
  q.days = 1;
  q.minutes = 20;
  CHECK(message(q).starts_with("sinew: minutes: "));  // too few for the week's minimum in one session
  q = {};
  q.weeks = 0;
  CHECK(message(q).starts_with("sinew: weeks: "));
  q.weeks = 17;
  CHECK(message(q).starts_with("sinew: weeks: "));
  q = {};
  q.equipment = {};
  q.priorities.actions.insert(*builtin_model::find_action("hip_external_rotation"));
  CHECK(message(q) == "sinew: equipment: nothing at hand trains hip external rotation");
  q = {};
  q.equipment = {};
  q.require.add(barbell_back_squat);
  CHECK(message(q) == "sinew: require: an exercise needs equipment not at hand");
  CHECK(generate(q).error().position == 0);
  q = {};
  q.require.add(hip_thrust);
  q.exclude.add(hip_thrust);
  CHECK(message(q) == "sinew: require: an exercise is also excluded");
  q = {};
  q.conditions.insert(condition::lumbar_pain);
  q.require.add(barbell_back_squat);
  CHECK(message(q).starts_with("sinew: require: "));
  q = {};
  q.exclude.add(exercise_id{9999});
  CHECK(message(q).starts_with("sinew: exclude: "));
}

TEST_CASE("required exercises are in the week; excluded ones never") {
  plan_request q{};
  q.require.add(nordic_curl);
  q.exclude.add(leg_press);
  q.exclude.add(barbell_back_squat);
  for (std::uint64_t seed = 0; seed != 10; ++seed) {
    q.seed = seed;
    const auto p = generate(q);
    REQUIRE(p);
    bool found = false;
    for (const auto& e : p->entries()) {
      found = found || e.exercise == nordic_curl;
      CHECK(e.exercise != leg_press);
      CHECK(e.exercise != barbell_back_squat);
    }
    CHECK(found);
  }
}

TEST_CASE("weeks: the program runs them, with progressions and deloads") {
  plan_request q{};
  q.weeks = 12;
  const auto p = generate(q);
  REQUIRE(p);
  CHECK(p->length() == 12);
  CHECK(!p->progressions().empty());
  for (std::uint16_t w = 1; w <= 12; ++w) CHECK(week_of(*p, w).has_value());
}

namespace {
// A user's selection: the default, then the first exercise swapped for a user's
// record appended to the catalog when it fits the same role.
struct only_first_candidate {
  template <class Model>
  constexpr result<week_draft> select(const generation_context<Model>& c, const week_draft& w) const noexcept {
    auto d = default_selection{}.select(c, w);
    if (!d) return d;
    week_draft out = *d;
    for (std::size_t s = 0; s != out.count; ++s)
      for (std::size_t i = 0; i != out.sessions[s].count; ++i)
        if (out.sessions[s].items[i].role == exercise_role::knee_extensor) out.sessions[s].items[i].exercise = leg_extension;
    return out;
  }
};
struct fixed_reps {
  template <class Model>
  constexpr set_scheme scheme_for(const generation_context<Model>& c, const chosen_exercise& e) const noexcept {
    auto s = default_prescription{}.scheme_for(c, e);
    return s;
  }
};
}  // namespace

TEST_CASE("a user's block replaces one, the others stay") {
  plan_request q{};
  q.equipment = equipment_set::all();
  const auto parts = default_parts{}.with_selection(only_first_candidate{});
  const auto p = generate(q, builtin_catalog(), parts);
  REQUIRE(p);
  bool leg_ext = false;
  for (const auto& e : p->entries()) leg_ext = leg_ext || e.exercise == leg_extension;
  CHECK(leg_ext);
  const auto p2 = generate(q, builtin_catalog(), default_parts{}.with_prescription(fixed_reps{}));
  REQUIRE(p2);
  CHECK(*p2 == *generate(q));
}

TEST_CASE("a run-time catalog extending the built-in one: a user's exercise is chosen when it fits") {
  std::vector<exercise_record> catalog(builtin_catalog().begin(), builtin_catalog().end());
  exercise_record mine = info(clamshell);
  mine.equipment = {equipment::bodyweight};
  mine.id = "bodyweight_clamshell";
  mine.name = "bodyweight clamshell";
  catalog.push_back(mine);
  const span<const exercise_record> cat{catalog.data(), catalog.size()};
  plan_request q{};
  q.equipment = {};
  q.conditions.insert(condition::knee_valgus);
  CHECK_FALSE(generate(q).has_value());  // nothing built in trains external rotation with the body alone
  const auto p = generate(q, cat);
  REQUIRE(p);
  bool mine_chosen = false;
  for (const auto& e : p->entries()) mine_chosen = mine_chosen || e.exercise.index == catalog.size() - 1;
  CHECK(mine_chosen);
  CHECK(analyse(*p, options_for(q), cat).findings.count_of(finding_kind::condition_unmet) == 0);
}

TEST_CASE("no heap allocation") {
  plan_request q{};
  q.weeks = 8;
  static result<program> p = program{};
  const auto before = sinew_bench::allocations.load();
  p = generate(q);
  const auto after = sinew_bench::allocations.load();
  CHECK(p.has_value());
  CHECK(after == before);
}
