// Whatever equipment a user has, the built-in catalog holds an exercise for
// everything the analysis requires covered. The README's plan for a full gym
// (barbell, dumbbell, machine, cable) warned "glutes are trained, but never in
// hip external rotation" because only a banded clamshell trained it: a gap in
// the catalog, and a class, so every realistic equipment set is checked against
// every coverage rule at once.
//
// The required list is the analysis' own: a program holding every usable
// exercise of an equipment set, analysed under every goal and level, must give
// no finding of the coverage kinds (uncovered_group, for the groups its volume
// ranges require and, at info level, every other group of the model;
// uncovered_action, for each action of a required group; calf_knee_position).
// A program of every usable exercise covers what any choice among them could, so
// a finding left is an action or group no usable exercise trains.
//
// Usable is what `sinew plan` may choose (generation/selection.hpp, eligible):
// a strength exercise, moved or held, whose equipment is all at hand. The CLI
// always adds bodyweight to the equipment given; `sinew exercises --equipment`
// and a library filter with exactly the equipment named do not, so each set is
// checked both ways. With bodyweight every gap is an error; without it, the
// gaps no exercise can close without the body are listed, each with why.
#include <doctest/doctest.h>

#include <sinew/exercises.hpp>
#include <sinew/programs.hpp>

#include <cstddef>
#include <string>
#include <vector>

using namespace sinew;

namespace {

struct equipment_case {
  const char* what;
  equipment_set at_hand;
};

// Sets people train with: home (nothing, a band), a pair of dumbbells, a rack,
// a machine or cable circuit, and a full gym.
const std::vector<equipment_case>& equipment_cases() {
  static const std::vector<equipment_case> cases = [] {
    const std::vector<equipment_case> named{
        {"bodyweight", {equipment::bodyweight}},
        {"bodyweight,band", {equipment::bodyweight, equipment::band}},
        {"dumbbell", {equipment::dumbbell}},
        {"barbell", {equipment::barbell}},
        {"machine", {equipment::machine}},
        {"cable", {equipment::cable}},
        {"barbell,dumbbell,machine,cable",
         {equipment::barbell, equipment::dumbbell, equipment::machine, equipment::cable}},
    };
    std::vector<equipment_case> out = named;
    for (const auto& c : named) {  // as `sinew plan` reads the same option: bodyweight is always at hand
      if (c.at_hand.contains(equipment::bodyweight)) continue;
      equipment_set with = c.at_hand;
      with.insert(equipment::bodyweight);
      out.push_back({nullptr, with});
    }
    return out;
  }();
  return cases;
}

std::string words_of(equipment_set s) {
  std::string out;
  for (std::size_t i = 0; i != equipment_count; ++i) {
    const auto e = static_cast<equipment>(i);
    if (!s.contains(e)) continue;
    if (!out.empty()) out += ',';
    out += std::string(name_of(e).data(), name_of(e).size());
  }
  return out;
}

// What `sinew plan` may choose with `at_hand`.
bool usable(const exercise_record& r, equipment_set at_hand) {
  return r.kind == exercise_kind::strength &&
         (r.contraction == contraction::dynamic || r.contraction == contraction::isometric) && !r.equipment.empty() &&
         at_hand.includes(r.equipment);
}

// One session of every usable exercise, a set each.
program program_of_every_usable(equipment_set at_hand) {
  program_builder b{"every usable exercise"};
  b.day(1).block(block_role::working);
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i)
    if (usable(builtin_exercises[i], at_hand))
      b.add(exercise_id{static_cast<std::uint16_t>(i)}, straight_sets(1, quantity::reps(10)));
  REQUIRE(b.broken() == program_rule::none);
  return b.peek();
}

constexpr finding_kind coverage_kinds[] = {finding_kind::uncovered_group, finding_kind::uncovered_action,
                                           finding_kind::calf_knee_position};

std::string id_of(text_view t) { return {t.data(), t.size()}; }

// Whether one of `muscles` crosses the knee (the gastrocnemius, which works with the knee straight).
bool crosses_knee(const muscle_set& muscles) {
  bool knee = false;
  muscles.for_each([&](muscle_id m) {
    builtin_model::joints_crossed_by(m).for_each(
        [&](joint_id j) { knee = knee || builtin_model::info(j).complex == joint_complex::knee; });
  });
  return knee;
}

// The gaps a program of every usable exercise leaves, one per group, per
// action of a group, or per calf knee position, under every goal and level
// (each names its own required groups), without repeats: "shin",
// "glutes/hip_external_rotation", "calves/bent_knee".
std::vector<std::string> gaps_of(equipment_set at_hand) {
  const program p = program_of_every_usable(at_hand);
  std::vector<std::string> out;
  const auto note = [&](const std::string& gap) {
    for (const auto& x : out)
      if (x == gap) return;
    out.push_back(gap);
  };
  for (std::size_t g = 0; g != training_goal_count; ++g)
    for (std::size_t l = 0; l != training_level_count; ++l) {
      analysis_options o{};
      o.goal = static_cast<training_goal>(g);
      o.level = static_cast<training_level>(l);
      o.enabled = finding_kind_set{coverage_kinds[0], coverage_kinds[1], coverage_kinds[2]};
      for (const finding& f : analyse(p, o).findings) {
        f.groups.for_each([&](group_id gr) {
          const std::string group = id_of(builtin_model::info(gr).id);
          if (f.kind == finding_kind::uncovered_group) note(group);
          if (f.kind == finding_kind::uncovered_action)
            f.actions.for_each([&](action_id a) { note(group + "/" + id_of(builtin_model::info(a).id)); });
          if (f.kind == finding_kind::calf_knee_position)  // the knee position the finding asks to add
            note(group + (crosses_knee(f.muscles) ? "/straight_knee" : "/bent_knee"));
        });
      }
    }
  return out;
}

// Equipment alone, without the body to train against: what no exercise can
// load with that equipment and nothing else, each with why. `sinew plan` never
// meets these (bodyweight is always at hand); a library query filtered to
// exactly this equipment does. Checked both ways: a new gap fails, and so does
// a listed one that an exercise closes (then strike it here).
struct physical_gap {
  const char* equipment;
  const char* gap;
  const char* why;
};
constexpr physical_gap without_the_body[] = {
    {"dumbbell", "glutes/hip_abduction", "a dumbbell hangs down: abduction against it needs the body lying on its side"},
    {"dumbbell", "glutes/hip_external_rotation", "the clamshell's resistance is the leg's weight or a band"},
    {"barbell", "shin", "a bar cannot hang from the toes; the tibialis raise loads the body's own foot"},
    {"barbell", "hamstrings/knee_flexion", "a curl needs a pad, a cuff or the body anchored (Nordic curl)"},
    {"barbell", "glutes/hip_abduction", "a bar loads the spine or the hips, not the side of the thigh"},
    {"barbell", "glutes/hip_external_rotation", "a bar cannot turn the thigh"},
    {"machine", "shin", "no common machine loads the lifted toes; in the Smith machine's reverse calf raise "
                        "(free-exercise-db) the bar only steadies the body"},
    {"machine", "glutes/hip_external_rotation", "no common machine turns the hip out; a cable or a band does"},
    {"cable", "quadriceps", "a pulley alone gives no squat or leg extension worth its name"},
    {"cable", "calves", "calf raises need a platform, a machine or a held weight"},
    {"cable", "shin", "the tibialis raise lifts the foot against its own weight or a dumbbell"},
    {"cable", "peroneals", "the peroneals work in calf raises, which a pulley alone does not give"},
    {"cable", "hamstrings/knee_flexion", "a standing cable curl is rare; the built-in curls need a machine, dumbbell or floor"},
};

}  // namespace

TEST_CASE("every realistic equipment set covers every group and action the analysis requires") {
  std::size_t gaps = 0, expected = 0;
  std::vector<std::string> listed_seen;
  for (const auto& c : equipment_cases()) {
    const std::string what = words_of(c.at_hand);
    CAPTURE(what);
    for (const auto& gap : gaps_of(c.at_hand)) {
      ++gaps;
      bool listed = false;
      for (const auto& x : without_the_body)
        if (what == x.equipment && gap == x.gap) listed = true;
      if (listed) {
        ++expected;
        listed_seen.push_back(what + " " + gap);
        continue;
      }
      FAIL_CHECK("no usable exercise with " << what << " covers " << gap);
    }
  }
  // Each listed gap is still a gap (an exercise that closes one makes the list stale).
  for (const auto& x : without_the_body) {
    const std::string key = std::string(x.equipment) + " " + x.gap;
    bool seen = false;
    for (const auto& s : listed_seen) seen = seen || s == key;
    if (!seen) FAIL_CHECK("listed as a gap but covered now: " << key);
  }
  MESSAGE("coverage gaps (equipment set x group, action or calf knee position): " << gaps << ", of which "
                                                                                   << expected << " need the body");
}

TEST_CASE("the check sees a gap: without the exercises that cover an action, its finding appears") {
  // The class the test guards, shown on its instance: hip external rotation is
  // required (glutes), and a program of every usable exercise but those that
  // load or assist it leaves uncovered_action.
  const equipment_set gym{equipment::barbell, equipment::dumbbell, equipment::machine, equipment::cable,
                          equipment::bodyweight, equipment::band};
  program_builder b{"every exercise but the external rotators"};
  b.day(1).block(block_role::working);
  const action_id rotation{hip_external_rotation};
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) {
    const exercise_record& r = builtin_exercises[i];
    if (usable(r, gym) && !(r.loads | r.assists).contains(rotation))
      b.add(exercise_id{static_cast<std::uint16_t>(i)}, straight_sets(1, quantity::reps(10)));
  }
  analysis_options o{};
  o.enabled = finding_kind_set{finding_kind::uncovered_action};
  const auto a = analyse(b.peek(), o);
  bool found = false;
  for (const finding& f : a.findings) found = found || f.actions.contains(rotation);
  CHECK(found);
  // And with them it is gone.
  CHECK(analyse(program_of_every_usable(gym), o).findings.empty());
}
