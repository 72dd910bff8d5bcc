// Run-time tests of the exercises layer: the seeds' claims through the run-time
// paths (derive on records, scans of spans), the same answers as the built-in
// indexes, text parsing with error positions, substitutes and exact covers.
#include <span>
#include <doctest/doctest.h>

#include <sinew/exercises.hpp>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace sinew;

namespace {

std::vector<std::string> ids_of(const exercise_set& s) {
  std::vector<std::string> out;
  for (exercise_id e : s) out.emplace_back(info(e).id);
  return out;
}
bool contains(const std::vector<std::string>& v, std::string_view id) {
  for (const auto& s : v)
    if (s == id) return true;
  return false;
}
const exercise_record& by_id(std::string_view id) { return info(find_exercise(id).value()); }

}  // namespace

TEST_CASE("the catalog holds every exercise the articles name and the common gym exercises") {
  const char* seeds[] = {"barbell_back_squat", "front_squat", "toes_out_wide_stance_squat", "pulse_squat",
                         "heel_elevated_squat", "bodyweight_deep_squat", "walking_lunge", "forward_lunge",
                         "reverse_lunge", "bodyweight_lunge", "bulgarian_split_squat", "split_squat", "step_up",
                         "leg_press", "leg_press_feet_low", "leg_extension", "seated_leg_curl", "lying_leg_curl",
                         "adductor_machine", "standing_calf_raise", "seated_calf_raise", "conventional_deadlift",
                         "toes_out_barbell_deadlift", "romanian_deadlift", "dumbbell_romanian_deadlift",
                         "toes_out_dumbbell_romanian_deadlift", "toes_forward_romanian_deadlift",
                         "stiff_legged_deadlift", "shoulder_width_straight_leg_deadlift", "hip_thrust",
                         "toes_out_banded_back_extension", "toes_forward_banded_back_extension",
                         "lateral_single_leg_cable_glute_raise", "cable_hip_abduction", "donkey_calf_raise",
                         "bodyweight_calf_raise_off_step", "tip_toe_walk", "sprint_100_m", "sprint_200_m",
                         "leg_swings", "high_knees", "bodyweight_walking_lunge", "light_jogging",
                         "stationary_cycling", "standing_hamstring_stretch", "standing_quad_stretch",
                         "standing_calf_stretch", "foam_roll_quadriceps", "foam_roll_hamstrings",
                         "foam_roll_calves", "nordic_curl", "glute_ham_raise", "good_morning", "hack_squat",
                         "goblet_squat", "sumo_deadlift", "trap_bar_deadlift", "copenhagen_plank",
                         "cable_pull_through", "reverse_hyperextension", "tibialis_raise",
                         "single_leg_romanian_deadlift", "lateral_lunge", "sissy_squat", "pistol_squat",
                         "box_jump", "sled_push"};
  for (const char* id : seeds) {
    CAPTURE(id);
    CHECK(find_exercise(id).has_value());
  }
  CHECK(builtin_exercises.size() >= 80);
  CHECK(find_exercise("seated calf raise").value() == exercise_id{seated_calf_raise});
  CHECK_FALSE(find_exercise("seated calf rais").has_value());
}

TEST_CASE("calf raises: the soleus leads the seated one, the gastrocnemius works at length in the standing one") {
  const auto seated = derive(by_id("seated_calf_raise"));
  const auto standing = derive(by_id("standing_calf_raise"));
  REQUIRE(seated.count > 0);
  CHECK(seated.entries[0].muscle == muscle_id{soleus});
  CHECK(seated.with_role(muscle_role::prime_mover) == muscle_set{soleus});
  CHECK(seated.role_of(gastrocnemius_medial_head) == muscle_role::synergist);
  CHECK(standing.role_of(gastrocnemius_medial_head) == muscle_role::prime_mover);
  CHECK(standing.role_of(gastrocnemius_lateral_head) == muscle_role::prime_mover);
  CHECK(standing.of(gastrocnemius_medial_head).length == muscle_length::lengthened);
  CHECK(standing.emphasis_of(gastrocnemius_medial_head) > 2.0F * seated.emphasis_of(gastrocnemius_medial_head));
  CHECK(seated.emphasis_of(soleus) > standing.emphasis_of(soleus));
  // Among all calf raises, the gastrocnemius gets most where the knees are straight.
  float best = 0.0F;
  std::string best_id;
  for (const auto& r : builtin_catalog())
    if (r.pattern == movement_pattern::raise && r.loads.contains(ankle_plantar_flexion)) {
      const float e = derive(r).emphasis_of(gastrocnemius_medial_head);
      if (e > best) {
        best = e;
        best_id = std::string(r.id);
      }
    }
  CHECK(by_id(best_id).held_toward.contains(knee_extension));

  const auto why = explain(by_id("seated_calf_raise"), gastrocnemius_medial_head);
  CHECK(why.has(reason::shortened_at_held_joint));
  CHECK(why.work.role == muscle_role::synergist);
  const auto soleus_why = explain(by_id("seated_calf_raise"), soleus);
  CHECK(soleus_why.has(reason::performs_primary_action));
  CHECK_FALSE(soleus_why.has(reason::shortened_at_held_joint));
}

TEST_CASE("leg curls are knee flexion for the hamstrings; the seated one lengthens them at the hip") {
  for (auto id : {"seated_leg_curl", "lying_leg_curl"}) {
    CAPTURE(id);
    const auto& r = by_id(id);
    CHECK(r.loads == action_set{knee_flexion});
    for (muscle_id m : {muscle_id{biceps_femoris_long_head}, muscle_id{semitendinosus}, muscle_id{semimembranosus},
                        muscle_id{biceps_femoris_short_head}})
      CHECK(role_in(r, m) == muscle_role::prime_mover);
  }
  CHECK(derive(by_id("seated_leg_curl")).of(semitendinosus).length == muscle_length::lengthened);
  CHECK(derive(by_id("lying_leg_curl")).of(semitendinosus).length == muscle_length::mid_range);
  std::array<std::uint32_t, 128> out{};
  const auto n = exercises_covering(builtin_catalog(), knee_flexion, std::span<std::uint32_t>(out), coverage::prime);
  std::vector<std::string> found;
  for (std::size_t i = 0; i != n; ++i) found.emplace_back(builtin_exercises[out[i]].id);
  CHECK(contains(found, "seated_leg_curl"));
  CHECK(contains(found, "lying_leg_curl"));
  CHECK_FALSE(contains(found, "romanian_deadlift"));
}

TEST_CASE("RDLs are hip extension with the hamstrings stretched; the short head is not worked") {
  for (auto id : {"romanian_deadlift", "dumbbell_romanian_deadlift", "stiff_legged_deadlift"}) {
    CAPTURE(id);
    const auto& r = by_id(id);
    CHECK(r.loads == action_set{hip_extension});
    CHECK(r.loaded_at == load_peak::stretched);
    const auto p = derive(r);
    CHECK(p.of(biceps_femoris_long_head).role == muscle_role::prime_mover);
    CHECK(p.of(biceps_femoris_long_head).length == muscle_length::lengthened);
    CHECK(p.role_of(biceps_femoris_short_head) == muscle_role::none);
    CHECK(explain(r, biceps_femoris_short_head).has(reason::not_involved));
  }
}

TEST_CASE("hip thrusts load the glutes shortened; hamstrings and rectus femoris are hampered") {
  const auto& r = by_id("hip_thrust");
  const auto p = derive(r);
  CHECK(p.of(gluteus_maximus).role == muscle_role::prime_mover);
  CHECK(p.of(gluteus_maximus).length == muscle_length::shortened);
  CHECK(p.role_of(semimembranosus) == muscle_role::synergist);
  CHECK(explain(r, semimembranosus).has(reason::shortened_at_held_joint));
  CHECK(explain(r, rectus_femoris).has(reason::opposes_primary_action));
  CHECK(r.mechanic == mechanic::isolation);  // "the king of glute isolation" (000)
}

TEST_CASE("toes out adds hip external rotation") {
  const auto& out = by_id("toes_out_wide_stance_squat");
  const auto& plain = by_id("barbell_back_squat");
  CHECK(effective_actions_of(out).assisting.contains(hip_external_rotation));
  CHECK_FALSE(effective_actions_of(plain).all().contains(hip_external_rotation));
  CHECK(derive(out).emphasis_of(gluteus_maximus) > derive(plain).emphasis_of(gluteus_maximus));
  CHECK(explain(out, piriformis).has(reason::toes_out_external_rotation));
  CHECK(contains(ids_of(exercises_covering(hip_external_rotation)), "toes_out_dumbbell_romanian_deadlift"));
  CHECK_FALSE(contains(ids_of(exercises_covering(hip_external_rotation)), "toes_forward_romanian_deadlift"));
  // The rule cites its article as a reader can find it: author and title.
  const source_record* from = source_of(reason::toes_out_external_rotation);
  REQUIRE(from != nullptr);
  CHECK(from->citation == "Padron, \"Leg Training for Maximal Muscle Growth\"");
}

TEST_CASE("explain cites each article by author and title, never by a number of the project's copy") {
  const auto readable = [](text_view t) {
    const std::string s(t);
    return !s.empty() && s.find("seed") == std::string::npos && s.find("Seed") == std::string::npos &&
           s.find("00") == std::string::npos;
  };
  // Every reason's text, and the citation of every reason that comes from an article.
  int cited = 0;
  for (std::uint8_t code = 0; code <= static_cast<std::uint8_t>(reason::not_involved); ++code) {
    const auto r = static_cast<reason>(code);
    CAPTURE(std::string(text(r)));
    CHECK(readable(text(r)));
    if (const source_record* from = source_of(r)) {
      ++cited;
      CHECK(readable(from->citation));
      CHECK(&record_of(from->id) == from);
    }
  }
  CHECK(cited == 4);  // toes out, one leg, loaded spine, knees past toes
  // Every reason explain() gives for every muscle of every built-in exercise.
  for (const exercise_record& r : builtin_exercises)
    for (const auto& worked : derive(r))
      for (const reason_entry& why : explain(r, worked.muscle)) {
        CAPTURE(std::string(r.id));
        CHECK(readable(text(why.code)));
      }
  // The table: each article once, with a title a search finds and an author where it names one.
  for (const source_record& s : sources) {
    CAPTURE(std::string(s.key));
    CHECK(readable(s.citation));
    CHECK(std::string(s.citation).find(std::string(s.author.empty() ? s.title.substr(0, 20) : s.title)) !=
          std::string::npos);
  }
  CHECK(record_of(source::padron).author == "Ian Padron");
  CHECK_FALSE(record_of(source::king_of_workouts).titled);
}

TEST_CASE("leg press has no spinal loading, the squat does") {
  CHECK(by_id("leg_press").spinal_load == spinal_load::none);
  CHECK(by_id("barbell_back_squat").spinal_load == spinal_load::high);
  CHECK(derive(by_id("leg_press")).role_of(erector_spinae) == muscle_role::none);
  CHECK(derive(by_id("barbell_back_squat")).role_of(erector_spinae) == muscle_role::stabilizer);
  const auto spine_free = exercise_filter{}.without_spinal_load();
  CHECK(contains(ids_of(exercises_covering(quadriceps, coverage::prime, spine_free)), "leg_press"));
  CHECK_FALSE(contains(ids_of(exercises_covering(quadriceps, coverage::prime, spine_free)), "barbell_back_squat"));
}

TEST_CASE("lunges and split squats are unilateral and make the hips hold the pelvis") {
  for (auto id : {"walking_lunge", "forward_lunge", "reverse_lunge", "bodyweight_lunge", "bulgarian_split_squat",
                  "split_squat", "step_up"}) {
    CAPTURE(id);
    CHECK(by_id(id).laterality == laterality::unilateral);
    CHECK(derive(by_id(id)).role_of(gluteus_medius) >= muscle_role::stabilizer);
    CHECK(explain(by_id(id), adductor_longus).has(reason::pelvis_held_unilaterally));
  }
  CHECK(by_id("barbell_back_squat").laterality == laterality::bilateral);
}

TEST_CASE("leg extension loads the quads shortened; rectus femoris by documented override") {
  const auto& r = by_id("leg_extension");
  const auto p = derive(r);
  for (muscle_id m : {muscle_id{vastus_lateralis}, muscle_id{vastus_medialis}, muscle_id{vastus_intermedius}}) {
    CHECK(p.of(m).role == muscle_role::prime_mover);
    CHECK(p.of(m).length == muscle_length::shortened);
  }
  CHECK(p.role_of(rectus_femoris) == muscle_role::prime_mover);
  CHECK(explain(r, rectus_femoris).has(reason::overridden));
  // Without the override the rules read the seat as active insufficiency.
  exercise_record plain = r;
  plain.override_count = 0;
  CHECK(role_in(plain, rectus_femoris) == muscle_role::synergist);
}

TEST_CASE("reverse lunges put more on the glutes and hamstrings, forward lunges and feet low more on the quads") {
  CHECK(derive(by_id("reverse_lunge")).emphasis_of(gluteus_maximus) >
        derive(by_id("forward_lunge")).emphasis_of(gluteus_maximus));
  // The front knee extends under the load in every lunge: the hamstrings' knee flexion opposes it
  // (Lombard), so they assist, as free-exercise-db labels the rear lunge (docs/evidence.md).
  CHECK(derive(by_id("reverse_lunge")).role_of(biceps_femoris_long_head) == muscle_role::synergist);
  CHECK(derive(by_id("reverse_lunge")).role_of(vastus_lateralis) == muscle_role::prime_mover);
  CHECK(derive(by_id("leg_press_feet_low")).emphasis_of(vastus_lateralis) >
        derive(by_id("leg_press")).emphasis_of(vastus_lateralis));
  CHECK(explain(by_id("heel_elevated_squat"), vastus_medialis).has(reason::longer_moment_arm));
  CHECK(derive(by_id("front_squat")).emphasis_of(vastus_lateralis) >
        derive(by_id("barbell_back_squat")).emphasis_of(vastus_lateralis));
}

TEST_CASE("run-time scans answer what the built-in indexes answer") {
  for (std::size_t c = 0; c != 3; ++c) {
    const auto cov = static_cast<coverage>(c);
    for (std::size_t a = 0; a != lower_body_model::action_count; ++a) {
      std::array<std::uint64_t, 2> bits{};
      const action_id act{static_cast<std::uint8_t>(a)};
      const auto n = exercises_covering(builtin_catalog(), act, std::span<std::uint64_t>(bits), cov);
      const auto index = exercises_covering(act, cov);
      CHECK(n == index.size());
      for (exercise_id e : index) CHECK(((bits[e.index / 64] >> (e.index % 64)) & 1U) == 1U);
    }
    for (std::size_t m = 0; m != lower_body_model::muscle_count; ++m) {
      const muscle_id mu{static_cast<std::uint16_t>(m)};
      exercise_set scanned{};
      for_each_exercise_covering(builtin_catalog(), mu,
                                 [&](std::size_t i) { scanned.insert(exercise_id{static_cast<std::uint16_t>(i)}); }, cov);
      CHECK(scanned == exercises_covering(mu, cov));
    }
    for (std::size_t g = 0; g != lower_body_model::group_count; ++g) {
      const group_id gr{static_cast<std::uint8_t>(g)};
      const auto filter = exercise_filter{}.with_equipment({equipment::dumbbell, equipment::bodyweight}).unilateral();
      exercise_set scanned{};
      for_each_exercise_covering(builtin_catalog(), gr,
                                 [&](std::size_t i) { scanned.insert(exercise_id{static_cast<std::uint16_t>(i)}); }, cov,
                                 filter);
      CHECK(scanned == exercises_covering(gr, cov, filter));
    }
  }
}

TEST_CASE("filters compose and each one filters") {
  const auto f = exercise_filter{}.with_equipment({equipment::dumbbell, equipment::bodyweight}) &
                 exercise_filter{}.with_patterns({movement_pattern::hinge});
  for (exercise_id e : accepted(f)) {
    CHECK(info(e).pattern == movement_pattern::hinge);
    CHECK(exercise_filter{}.with_equipment({equipment::dumbbell, equipment::bodyweight}).available.includes(info(e).equipment));
  }
  CHECK(contains(ids_of(accepted(f)), "dumbbell_romanian_deadlift"));
  CHECK_FALSE(contains(ids_of(accepted(f)), "romanian_deadlift"));
  for (exercise_id e : accepted(exercise_filter{}.isolation())) CHECK(info(e).mechanic == mechanic::isolation);
  for (exercise_id e : accepted(exercise_filter{}.compound())) CHECK(info(e).mechanic == mechanic::compound);
  for (exercise_id e : accepted(exercise_filter{}.loaded_stretched())) CHECK(info(e).loaded_at == load_peak::stretched);
  // Compound and isolation split the catalog: the training kinds by default, every kind opted in.
  CHECK(accepted(exercise_filter{}.compound()).size() + accepted(exercise_filter{}.isolation()).size() ==
        accepted(exercise_filter{}).size());
  CHECK(accepted(exercise_filter{}.all_kinds().compound()).size() + accepted(exercise_filter{}.all_kinds().isolation()).size() ==
        builtin_exercises.size());
}

TEST_CASE("substitutes: no barbell today") {
  std::array<ranked_exercise, 5> out{};
  const auto filter = exercise_filter{}.with_equipment({equipment::dumbbell, equipment::bodyweight});
  const auto n = substitutes_for(exercise_id{barbell_back_squat}, out, filter);
  REQUIRE(n == 5);
  for (std::size_t i = 0; i != n; ++i) {
    CHECK_FALSE(builtin_exercises[out[i].index].equipment.contains(equipment::barbell));
    if (i > 0) CHECK(out[i - 1].similarity >= out[i].similarity);
  }
  CHECK(builtin_exercises[out[0].index].pattern == movement_pattern::squat);
  // The record-based overload on a span (derives on the fly) agrees with the indexed one.
  std::array<ranked_exercise, 5> out2{};
  const auto n2 = substitutes_for(by_id("barbell_back_squat"), builtin_catalog(), out2, filter);
  REQUIRE(n2 == n);
  for (std::size_t i = 0; i != n; ++i) CHECK(out2[i].similarity == doctest::Approx(out[i].similarity).epsilon(1e-4));
}

TEST_CASE("smallest cover is minimal: no smaller subset of the candidates covers the targets") {
  const action_set targets{hip_extension,  knee_flexion,  knee_extension,       ankle_plantar_flexion,
                           hip_abduction,  hip_adduction, hip_external_rotation, ankle_dorsiflexion};
  const auto filter = exercise_filter{}.with_patterns({movement_pattern::squat, movement_pattern::hinge,
                                                       movement_pattern::lunge, movement_pattern::curl,
                                                       movement_pattern::raise, movement_pattern::abduction,
                                                       movement_pattern::adduction, movement_pattern::extension});
  const auto cover = smallest_cover(targets, filter);
  REQUIRE(cover.minimal);
  CHECK(cover.uncovered.empty());
  action_set got{};
  for (auto i : cover) got |= (builtin_exercises[i].loads | effective_actions_of(builtin_exercises[i]).assisting);
  CHECK(got.includes(targets));
  // Brute force over every set one smaller, from all accepted exercises.
  std::vector<action_set> masks;
  for (const auto& r : builtin_catalog())
    if (filter.accepts(r)) {
      action_set m{};
      for (action_id a : targets)
        if (covers(r, a)) m.insert(a);
      masks.push_back(m);
    }
  const std::size_t k = cover.count - 1;
  bool smaller_exists = false;
  std::vector<std::size_t> pick(k);
  const auto search = [&](auto& self, std::size_t depth, std::size_t from, action_set acc) -> void {
    if (smaller_exists) return;
    if (depth == k) {
      smaller_exists = acc.includes(targets);
      return;
    }
    for (std::size_t i = from; i < masks.size(); ++i) self(self, depth + 1, i + 1, acc | masks[i]);
  };
  search(search, 0, 0, action_set{});
  CHECK_FALSE(smaller_exists);
  // Targets nothing under the filter covers are reported, not silently dropped.
  const auto partial = smallest_cover(action_set{lumbar_flexion, knee_flexion}, filter);
  CHECK(partial.uncovered == action_set{lumbar_flexion});
  CHECK(partial.count == 1);
}

TEST_CASE("exercises from text") {
  const std::string text =
      "name: cable pull-through; loads: hip_extension; equipment: cable; pattern: hinge; held: knee_straight; "
      "loaded_at: shortened";
  const auto r = parse_exercise(text);
  REQUIRE(r.has_value());
  CHECK(r->name == "cable pull-through");
  CHECK(r->id == "cable pull-through");
  CHECK(r->name.data() >= text.data());  // a view into the caller's text
  CHECK(r->loads == action_set{hip_extension});
  CHECK(r->held_toward == action_set{knee_extension});
  CHECK(derive(*r).role_of(gluteus_maximus) == muscle_role::prime_mover);
  CHECK(derive(*r).of(biceps_femoris_long_head).length == muscle_length::mid_range);

  struct bad_case {
    std::string_view text;
    std::size_t position;
    std::string_view expected;
  };
  const bad_case bad[] = {
      {"name: x; loads: hip_extensionn; equipment: cable; pattern: hinge", 16, "expected an action id"},
      {"name: x; lods: hip_extension; equipment: cable; pattern: hinge", 9, "expected a key"},
      {"name: x; loads hip_extension; equipment: cable", 9, "expected 'key: value'"},
      {"name: x; loads: hip_extension; equipment: cable", 47, "expected a 'pattern:' entry"},
      {"loads: hip_extension; equipment: cable; pattern: hinge", 54, "expected a 'name:' entry"},
      {"name: x; equipment: cable; pattern: hinge", 41, "loads at least one action"},
      {"name: x; loads: knee_extension; held: knee_bent; equipment: machine; pattern: extension", 38,
       "held position cannot be on an axis"},
      {"name: x; loads: hip_extension; equipment: barbel; pattern: hinge", 42, "expected equipment"},
      {"name: x; loads: hip_extension; equipment: cable; pattern: hinge; name: y", 65, "each key once"},
      {"name: x; loads: hip_extension, ; equipment: cable; pattern: hinge", 30, "expected a value"},
  };
  for (const auto& b : bad) {
    CAPTURE(b.text);
    const auto e = parse_exercise(b.text);
    REQUIRE_FALSE(e.has_value());
    CHECK(e.error().position == b.position);
    CHECK(e.error().message.find(b.expected) != std::string_view::npos);
    CHECK(e.error().message.substr(0, 6) == "sinew:");
  }
}

TEST_CASE("a user's run-time catalog: records from text, queried like the built-in one") {
  const std::string texts[] = {
      "name: cable pull-through; loads: hip_extension; equipment: cable; pattern: hinge",
      "name: single-leg hip thrust; loads: hip_extension; held: knee_bent; loaded_at: shortened; equipment: "
      "bodyweight; pattern: hinge; laterality: unilateral",
      "name: seated soleus raise; loads: ankle_plantar_flexion; held: knee_bent; equipment: dumbbell; pattern: raise",
  };
  std::vector<exercise_record> mine;
  for (const auto& t : texts) mine.push_back(parse_exercise(t).value());
  std::array<std::uint32_t, 8> out{};
  CHECK(exercises_covering(std::span<const exercise_record>(mine), soleus, std::span<std::uint32_t>(out),
                           coverage::prime) == 1);
  CHECK(out[0] == 2);
  CHECK(exercises_covering(std::span<const exercise_record>(mine), gastrocnemius_medial_head,
                           std::span<std::uint32_t>(out), coverage::prime) == 0);
  CHECK(exercises_covering(std::span<const exercise_record>(mine), glutes, std::span<std::uint32_t>(out),
                           coverage::prime, exercise_filter{}.unilateral()) == 1);
}

TEST_CASE("scan rows answer what record scans answer") {
  std::vector<exercise_scan_row> rows(builtin_exercises.size());
  REQUIRE(index_catalog(builtin_catalog(), rows) == builtin_exercises.size());
  const exercise_filter filters[] = {exercise_filter{}, exercise_filter{}.without_spinal_load().unilateral(),
                                     exercise_filter{}.with_equipment({equipment::dumbbell}).loaded_stretched(),
                                     exercise_filter{}.with_patterns({movement_pattern::hinge}).compound(),
                                     exercise_filter{}.all_kinds(),
                                     exercise_filter{}.with_kinds({exercise_kind::mobility, exercise_kind::stretch})};
  for (const auto& f : filters)
    for (coverage c : {coverage::prime, coverage::working})
      for (std::size_t a = 0; a != lower_body_model::action_count; ++a) {
        const action_id act{static_cast<std::uint8_t>(a)};
        std::vector<std::uint32_t> from_rows(rows.size()), from_records(rows.size());
        std::array<std::uint32_t, 2> small{};
        const auto n1 = exercises_covering(std::span<const exercise_scan_row>(rows), act, std::span<std::uint32_t>(from_rows), c, f);
        const auto n2 = exercises_covering(builtin_catalog(), act, std::span<std::uint32_t>(from_records), c, f);
        const auto n3 = exercises_covering(std::span<const exercise_scan_row>(rows), act, std::span<std::uint32_t>(small), c, f);
        REQUIRE(n1);
        REQUIRE(n3);
        CHECK(n1->matches == n2.matches);
        CHECK(n1->complete());
        CHECK(n3->matches == n1->matches);
        CHECK(n3->written == std::min<std::size_t>(n1->matches, small.size()));
        for (std::size_t i = 0; i != n1->written; ++i) CHECK(from_rows[i] == from_records[i]);
        for (std::size_t i = 0; i != n3->written; ++i) CHECK(small[i] == from_records[i]);
      }
}

namespace {

// A user's catalog of n exercises: built-in records with their actions,
// stance, equipment, pattern and flags reshuffled, so that every column of the
// index varies independently.
std::vector<exercise_record> shuffled_catalog(std::size_t n) {
  std::mt19937 rng(7);
  std::vector<exercise_record> out;
  out.reserve(n);
  const auto any_action = [&] { return action_id{static_cast<std::uint8_t>(rng() % lower_body_model::action_count)}; };
  for (std::size_t i = 0; i != n; ++i) {
    exercise_record r = builtin_exercises[rng() % builtin_exercises.size()];
    if (rng() % 2 == 0) {
      r.loads = action_set{any_action()};
      r.assists = action_set{any_action()} - r.loads;
      r.stabilizes = action_set{any_action()} - (r.loads | r.assists);
    }
    r.stance.bits = static_cast<std::uint8_t>(rng() % 16);
    r.equipment = equipment_set{static_cast<equipment>(rng() % equipment_count), static_cast<equipment>(rng() % equipment_count)};
    r.pattern = static_cast<movement_pattern>(rng() % movement_pattern_count);
    r.laterality = static_cast<laterality>(rng() % 2);
    r.spinal_load = static_cast<spinal_load>(rng() % 3);
    r.mechanic = static_cast<mechanic>(rng() % 2);
    r.loaded_at = static_cast<load_peak>(rng() % 3);
    r.kind = static_cast<exercise_kind>(rng() % exercise_kind_count);
    out.push_back(r);
  }
  return out;
}

// The columnar index against the record scan: every action (and one past the
// index, which falls back to the scan), every coverage, a spread of filters.
void check_index_equals_scan(std::span<const exercise_record> catalog) {
  std::vector<std::uint64_t> storage(catalog_index::words_needed(catalog.size()));
  const catalog_index index(catalog, storage);
  REQUIRE(index.valid());
  REQUIRE(index.size() == catalog.size());
  const exercise_filter filters[] = {
      exercise_filter{},
      exercise_filter{}.without_spinal_load().unilateral(),
      exercise_filter{}.with_equipment({equipment::dumbbell, equipment::bodyweight}).loaded_stretched(),
      exercise_filter{}.with_patterns({movement_pattern::hinge, movement_pattern::squat}).compound(),
      exercise_filter{}.without_equipment({equipment::barbell}).isolation().bilateral(),
      exercise_filter{}.all_kinds(),
      exercise_filter{}.with_kinds({exercise_kind::stretch, exercise_kind::conditioning}).unilateral(),
  };
  std::size_t matched = 0;
  for (const auto& f : filters)
    for (coverage c : {coverage::prime, coverage::working, coverage::any})
      for (std::size_t a = 0; a <= lower_body_model::action_count; ++a) {
        const action_id act{static_cast<std::uint8_t>(a)};
        CAPTURE(a);
        CAPTURE(static_cast<int>(c));
        CHECK(index.indexes(act) == (a < lower_body_model::action_count));
        std::vector<std::uint64_t> from_index(index.words() + 1, ~std::uint64_t{0});
        std::vector<std::uint64_t> from_records(index.words() + 1, 0);
        const auto n1 = exercises_covering(index, act, from_index, c, f);
        const auto n2 = exercises_covering(catalog, act, std::span<std::uint64_t>(from_records), c, f);
        CHECK(n1 == n2);
        CHECK(from_index == from_records);
        matched += n1;
      }
  // Every muscle and group of the model, read from the index, against covers() on each record.
  std::size_t body_matched = 0;
  const auto compare = [&](auto target, coverage c, const exercise_filter& f) {
    CHECK(index.indexes(target));
    std::vector<std::uint64_t> from_index(index.words() + 1, ~std::uint64_t{0});
    std::vector<std::uint64_t> from_records(index.words() + 1, 0);
    const auto n1 = exercises_covering(index, target, std::span<std::uint64_t>(from_index), c, f);
    const auto n2 = exercises_covering(catalog, target, std::span<std::uint64_t>(from_records), c, f);
    CHECK(n1 == n2);
    CHECK(from_index == from_records);
    // A short answer: the count still covers the whole catalog.
    std::array<std::uint64_t, 1> first{};
    CHECK(exercises_covering(index, target, std::span<std::uint64_t>(first), c, f).matches == n2.matches);
    CHECK(first[0] == from_records[0]);
    body_matched += n1;
  };
  for (const auto& f : {filters[0], filters[1], filters[5], filters[6]})
    for (coverage c : {coverage::prime, coverage::working, coverage::any}) {
      CAPTURE(static_cast<int>(c));
      for (std::size_t m = 0; m != lower_body_model::muscle_count; ++m) {
        CAPTURE(m);
        compare(muscle_id{static_cast<std::uint16_t>(m)}, c, f);
      }
      for (std::size_t g = 0; g != lower_body_model::group_count; ++g) {
        CAPTURE(g);
        compare(group_id{static_cast<std::uint8_t>(g)}, c, f);
      }
    }
  CHECK_FALSE(index.indexes(muscle_id{static_cast<std::uint16_t>(lower_body_model::muscle_count)}));
  CHECK(matched > 0);  // the comparison is not between empty answers
  CHECK(body_matched > 0);
}

}  // namespace

TEST_CASE("the columnar index answers exactly like the record scan") {
  SUBCASE("built-in catalog") { check_index_equals_scan(builtin_catalog()); }
  SUBCASE("a generated catalog of 3,000 exercises (47 words of 64 bits, the last one partial)") {
    const auto catalog = shuffled_catalog(3000);
    check_index_equals_scan(catalog);
  }
  SUBCASE("too little storage: not valid, and queries scan the records") {
    std::vector<std::uint64_t> storage(catalog_index::words_needed(builtin_exercises.size()) - 1);
    const catalog_index index(builtin_catalog(), storage);
    CHECK_FALSE(index.valid());
    std::array<std::uint64_t, 2> bits{};
    CHECK(exercises_covering(index, knee_flexion, bits, coverage::prime) ==
          exercises_covering(knee_flexion, coverage::prime).size());
  }
}
