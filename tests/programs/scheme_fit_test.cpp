// Scheme fits exercise, over the class: every built-in exercise against a
// representative scheme of every scheme kind and every way a set is counted.
// Each sample scheme states by hand what it does (drives to failure or names a
// tempo, is held, travels, drops load, counts sides), so the test judges the
// rules' reading of the scheme as well as their order; named cases below give
// the answers a coach would, one exercise at a time.
#include <doctest/doctest.h>

#include <sinew/notation.hpp>
#include <sinew/programs.hpp>

#include <array>
#include <string>

using namespace sinew;

namespace {

struct sample {
  const char* text;  // how a coach writes it
  set_scheme scheme;
  bool fails_or_tempo;  // to failure, AMAP, drops, strip, rest-pause, RPE 10, 0 RIR, or a tempo
  bool held;            // each set held: a time, reps of a hold, or a hold to failure
  bool travels;         // each set a distance, steps or a time
  bool drops_load;      // drops or strips take load off (a load added to bodyweight, @bw+20kg, does not)
  bool counts_sides;    // per leg, per side or steps
};

const std::array samples{
    sample{"3x10", straight_sets(3, 10), false, false, false, false, false},
    sample{"3x10/leg", straight_sets(3, quantity::reps(10).per_leg()), false, false, false, false, true},
    sample{"3x10/side", straight_sets(3, quantity::reps(10).per_side()), false, false, false, false, true},
    sample{"3x20 steps", straight_sets(3, quantity::steps(20)), false, false, true, false, true},
    sample{"3x30s", straight_sets(3, quantity::of(seconds(30))), false, true, true, false, false},
    sample{"3x30s/leg", straight_sets(3, quantity::of(seconds(30)).per_leg()), false, true, true, false, true},
    sample{"3x50yd", straight_sets(3, quantity::of(yards(50))), false, false, true, false, false},
    sample{"10min", straight_sets(1, quantity::of(minutes(10))), false, true, true, false, false},
    sample{"3 to failure", straight_sets(3, quantity::to_failure()), true, true, false, false, false},
    sample{"3x12-15 to failure", sets_to_failure(3, 12, 15), true, false, false, false, false},
    sample{"3xAMAP", straight_sets(3, quantity::amap()), true, false, false, false, false},
    sample{"150 non-stop", straight_sets(1, quantity::non_stop(150)), false, false, false, false, false},
    sample{"3x10 + 2 drops", drop_set(straight_sets(3, 10), 2), true, false, false, true, false},
    sample{"strip from 5RM", strip_sets(5), true, false, false, true, false},
    sample{"pyramid 15,12,10,8", pyramid({15, 12, 10, 8}), false, false, false, false, false},
    sample{"reverse pyramid 8,10,12", reverse_pyramid({8, 10, 12}), false, false, false, false, false},
    sample{"double pyramid 12,8,12", double_pyramid({12, 8, 12}), false, false, false, false, false},
    sample{"ramp 10,8,5", warm_up_ramp({10, 8, 5}), false, false, false, false, false},
    sample{"rest-pause 2x 8+3+3", rest_pause(2, {8, 3, 3}), true, false, false, false, false},
    sample{"cluster 3x 2+2+2", cluster(3, {2, 2, 2}), false, false, false, false, false},
    sample{"3x10 @301", straight_sets(3, 10).with(tempo::of(3, 0, 1)), true, false, false, false, false},
    sample{"3x5 hold 10s", straight_sets(3, 5).with(hold{10, hold_position::bottom}), false, true, false, false, false},
    sample{"3x30s @301", straight_sets(3, quantity::of(seconds(30))).with(tempo::of(3, 0, 1)), true, false, false,
           false, false},
    sample{"3x8 @RPE10", straight_sets(3, 8).at(load::rpe(10)), true, false, false, false, false},
    sample{"3x8 @0RIR", straight_sets(3, 8).at(load::reps_in_reserve(0)), true, false, false, false, false},
    sample{"3x8 @RPE8", straight_sets(3, 8).at(load::rpe(8)), false, false, false, false, false},
    sample{"3x10 @60kg", straight_sets(3, 10).at(load::kilograms(60)), false, false, false, false, false},
    sample{"3x5+", *parse_scheme("3x5+"), true, false, false, false, false},
    sample{"5,3,1+ @75,85,95%", *parse_scheme("5,3,1+ @75,85,95%"), true, false, false, false, false},
    sample{"pyramid 12,10,8/leg", *parse_scheme("pyramid 12,10,8/leg"), false, false, false, false, true},
    sample{"3x10 @bw+20kg", straight_sets(3, 10).at(load::bodyweight_plus_kilograms(20)), false, false, false, false, false},
    sample{"4x8 @80kg + drops 60,45,30kg", *parse_scheme("4x8 @80kg + drops 60,45,30kg"), true, false, false, true, false},
    sample{"EMOM 10min: 5", every(minutes(1), minutes(10), quantity::reps(5)), false, false, false, false, false},
    sample{"EMOM 10min: 40s hold", every(minutes(1), minutes(10), quantity::of(seconds(40))), false, true, true, false, false},
    sample{"EMOM 10min: 5/leg", every(minutes(1), minutes(10), quantity::reps(5).per_leg()), false, false, false, false, true},
};

/// What a coach expects, from the exercise's statement and the sample's stated behaviour.
fit_rule expected(const exercise_record& r, const sample& s) {
  const bool stretch_like = r.kind == exercise_kind::stretch || r.kind == exercise_kind::soft_tissue;
  if (stretch_like && s.fails_or_tempo) return fit_rule::stretch_to_failure_or_tempo;
  if (r.contraction == contraction::isometric && !s.held) return fit_rule::isometric_takes_time;
  if (r.contraction == contraction::locomotion && !s.travels) return fit_rule::locomotion_takes_distance;
  const bool only_bodyweight_or_band =
      equipment_set{equipment::bodyweight, equipment::band, equipment::foam_roller}.includes(r.equipment);
  if (s.drops_load && only_bodyweight_or_band) return fit_rule::drop_needs_external_load;
  if (r.laterality == laterality::bilateral && r.contraction != contraction::locomotion && s.counts_sides)
    return fit_rule::per_side_on_bilateral;
  return fit_rule::none;
}

}  // namespace

TEST_CASE("scheme fit: every sample is a valid scheme on its own") {
  for (const auto& s : samples) {
    CAPTURE(s.text);
    CHECK(is_valid(s.scheme));
  }
}

TEST_CASE("scheme fit: every built-in exercise against every sample") {
  std::array<std::size_t, fit_rule_count> reached{};
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) {
    const exercise_record& r = builtin_exercises[i];
    const exercise_id id{static_cast<std::uint16_t>(i)};
    for (const auto& s : samples) {
      CAPTURE(std::string(r.id));
      CAPTURE(s.text);
      const fit_rule want = expected(r, s);
      const fit_check got = check_fit(r, s.scheme);
      CHECK(got.rule == want);
      CHECK(got.index == fit_check::no_index);
      CHECK(check_fit(id, s.scheme) == got);
      CHECK(fits(r, s.scheme) == got.ok());
      const auto judged = fit(id, s.scheme);
      CHECK(judged.has_value() == got.ok());
      if (!judged) CHECK(judged.error().message == fit_rule_text(want));
      ++reached[static_cast<std::size_t>(got.rule)];
    }
  }
  for (std::size_t k = 0; k != fit_rule_count; ++k) {
    CAPTURE(std::string(name_of(static_cast<fit_rule>(k))));
    CHECK(reached[k] != 0);  // each rule is reached by some built-in exercise
  }
}

TEST_CASE("scheme fit: each rule's name and sentence are its own") {
  for (std::size_t a = 1; a != fit_rule_count; ++a) {
    const auto ra = static_cast<fit_rule>(a);
    CHECK(fit_rule_text(ra).substr(0, 7) == "sinew: ");
    CHECK(name_of(ra) != "unknown");
    for (std::size_t b = 0; b != a; ++b) {
      CHECK(fit_rule_text(ra) != fit_rule_text(static_cast<fit_rule>(b)));
      CHECK(name_of(ra) != name_of(static_cast<fit_rule>(b)));
    }
  }
  CHECK(name_of(static_cast<fit_rule>(fit_rule_count)) == "unknown");
}

TEST_CASE("scheme fit: as a coach would judge it") {
  const auto rule_of = [](exercise_id e, const set_scheme& s) { return check_fit(e, s).rule; };
  // A wall sit is held: the pyramid of reps at a tempo does not fit; seconds do.
  CHECK(rule_of(wall_sit, pyramid({15, 12, 10, 8}).with(tempo::of(3, 0, 1))) == fit_rule::isometric_takes_time);
  CHECK(rule_of(wall_sit, straight_sets(3, quantity::of(seconds(45)))) == fit_rule::none);
  CHECK(rule_of(copenhagen_plank, straight_sets(3, 5).with(hold{10, hold_position::top})) == fit_rule::none);
  CHECK(rule_of(copenhagen_plank, straight_sets(3, 10)) == fit_rule::isometric_takes_time);
  // Sprints, sleds and walks travel.
  CHECK(rule_of(sprint_100_m, straight_sets(6, quantity::of(metres(100)))) == fit_rule::none);
  CHECK(rule_of(sprint_100_m, straight_sets(3, 10)) == fit_rule::locomotion_takes_distance);
  CHECK(rule_of(sled_push, straight_sets(4, quantity::of(metres(20)))) == fit_rule::none);
  CHECK(rule_of(tip_toe_walk, straight_sets(3, quantity::of(yards(50)))) == fit_rule::none);
  CHECK(rule_of(light_jogging, straight_sets(1, quantity::of(minutes(10)))) == fit_rule::none);
  CHECK(rule_of(high_knees, straight_sets(3, quantity::steps(20))) == fit_rule::none);
  // A stretch is held for time; foam rolling is passes or time, never to failure.
  CHECK(rule_of(standing_hamstring_stretch, straight_sets(2, quantity::of(seconds(30)))) == fit_rule::none);
  CHECK(rule_of(standing_hamstring_stretch, straight_sets(2, quantity::to_failure())) ==
        fit_rule::stretch_to_failure_or_tempo);
  CHECK(rule_of(foam_roll_quadriceps, straight_sets(2, 10)) == fit_rule::none);
  CHECK(rule_of(foam_roll_quadriceps, straight_sets(2, quantity::amap())) == fit_rule::stretch_to_failure_or_tempo);
  // Drops need a load to take off: plates, a stack, a lighter dumbbell; not a band or bodyweight.
  CHECK(rule_of(barbell_back_squat, drop_set(straight_sets(4, 8), 2)) == fit_rule::none);
  CHECK(rule_of(toes_out_banded_back_extension, drop_set(straight_sets(3, 12), 1)) == fit_rule::none);
  CHECK(rule_of(glute_bridge, drop_set(straight_sets(3, 12), 2)) == fit_rule::drop_needs_external_load);
  CHECK(rule_of(clamshell, strip_sets(5)) == fit_rule::drop_needs_external_load);
  CHECK(rule_of(jump_squat, drop_set(straight_sets(3, 10), 1)) == fit_rule::drop_needs_external_load);
  // Per leg is for one leg at a time.
  CHECK(rule_of(barbell_back_squat, straight_sets(3, quantity::reps(10).per_leg())) == fit_rule::per_side_on_bilateral);
  CHECK(rule_of(bulgarian_split_squat, straight_sets(3, quantity::reps(10).per_leg())) == fit_rule::none);
  CHECK(rule_of(walking_lunge, straight_sets(3, quantity::steps(20))) == fit_rule::none);
}

TEST_CASE("scheme fit: a unilateral exercise's reps count each leg unless they are steps") {
  const auto split = as_prescribed_for(bulgarian_split_squat, straight_sets(3, 10));
  CHECK(split.per_set.side == rep_count::per_leg);
  CHECK(figures_of(split).total_reps == figure::exactly(60));
  CHECK(figures_of(straight_sets(3, 10)).total_reps == figure::exactly(30));
  CHECK(as_prescribed_for(barbell_back_squat, straight_sets(3, 10)) == straight_sets(3, 10));
  // an interval's work on a unilateral exercise counts each leg, as a straight set's does
  CHECK(as_prescribed_for(bulgarian_split_squat, every(minutes(1), minutes(10), quantity::reps(5))).per_set.side ==
        rep_count::per_leg);
  CHECK(as_prescribed_for(walking_lunge, straight_sets(3, quantity::steps(20))) == straight_sets(3, quantity::steps(20)));
  CHECK(as_prescribed_for(bulgarian_split_squat, straight_sets(3, quantity::reps(10).per_side())).per_set.side ==
        rep_count::per_side);
  CHECK(as_prescribed_for(copenhagen_plank, straight_sets(3, quantity::of(seconds(30)))).per_set.side ==
        rep_count::per_leg);
  CHECK(as_prescribed_for(sprint_100_m, straight_sets(6, quantity::of(metres(100)))).per_set.side == rep_count::both);
  CHECK(as_prescribed_for(single_leg_calf_raise, straight_sets(3, quantity::amap())).per_set.side == rep_count::per_leg);
  // Listed reps count per leg on a unilateral exercise too: 37 a leg, 74 in all.
  const auto listed = as_prescribed_for(single_leg_calf_raise, pyramid({15, 12, 10}));
  CHECK(listed.listed_side == rep_count::per_leg);
  CHECK(figures_of(listed).total_reps == figure::exactly(74));
  CHECK(as_prescribed_for(barbell_back_squat, pyramid({15, 12, 10})) == pyramid({15, 12, 10}));
  // Listed and straight reps count alike on every exercise.
  CHECK(as_prescribed_for(walking_lunge, pyramid({15, 12, 10})).listed_side ==
        as_prescribed_for(walking_lunge, straight_sets(3, 10)).per_set.side);
  // Over the class: every unilateral, non-travelling exercise counts "3x10" per leg; no other does.
  for (const auto& r : builtin_exercises) {
    CAPTURE(std::string(r.id));
    const bool per_leg = r.laterality == laterality::unilateral && r.contraction != contraction::locomotion;
    CHECK((as_prescribed_for(r, straight_sets(3, 10)).per_set.side == rep_count::per_leg) == per_leg);
  }
}

TEST_CASE("scheme fit: a grouping's entries are judged against the exercises they name") {
  const auto parsed = parse("superset: A wall sit 3x12; B leg extension 3x12");
  REQUIRE(parsed);
  REQUIRE(parsed->content == block_content::grouping);
  const fit_check c = check_fit(parsed->group);
  CHECK(c.rule == fit_rule::isometric_takes_time);
  CHECK(c.index == 0);
  const auto fine = parse("superset: A leg extension 3x12; B wall sit 3x45s");
  REQUIRE(fine);
  CHECK(check_fit(fine->group).ok());
}
