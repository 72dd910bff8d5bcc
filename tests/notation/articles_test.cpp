// Every scheme line of the four seed articles (../shared/seeds/), written in its
// natural compact form, reads, and reads as what the article means. The prefix
// names the article file; `original` is the article's own wording. Article 000
// gives no set scheme (it speaks of "a few sets" only).
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>

#include <sinew/notation.hpp>

namespace {
struct article_line {
  std::string_view article;
  std::string_view original;
  std::string_view compact;
  std::string_view canonical;
};

constexpr std::array lines{
    // 001: structuring your leg workout
    article_line{"001", "Warm-Up (10-15 minutes)", "warm-up 10-15min", "warm-up 10-15min"},
    article_line{"001", "Main Workout Routine (60-75 minutes)", "main 60-75min", "working 60-75min"},
    article_line{"001", "Squats (4 sets of 8-12 reps)", "4 sets of 8-12 reps", "4x8-12"},
    article_line{"001", "Deadlifts (4 sets of 6-10 reps)", "4x6-10", "4x6-10"},
    article_line{"001", "Lunges (3 sets of 10-12 reps per leg)", "3x10-12 per leg", "3x10-12/leg"},
    article_line{"001", "Leg Press (4 sets of 10-15 reps)", "4x10-15", "4x10-15"},
    article_line{"001", "Hamstring Curls (3 sets of 12-15 reps)", "3x12-15", "3x12-15"},
    article_line{"001", "Calf Raises (4 sets of 15-20 reps)", "4x15-20", "4x15-20"},
    article_line{"001", "Cool-Down (10-15 minutes)", "cool-down 10-15min", "cool-down 10-15min"},
    article_line{"001", "holding each stretch for 30 seconds", "30s hold", "30s hold"},
    // 002: the ultimate leg workout routine
    article_line{"002", "Barbell Squats: Sets: 4, Reps: 8-10", "4x8-10", "4x8-10"},
    article_line{"002", "Romanian Deadlifts: Sets: 4, Reps: 8-10", "4x8-10", "4x8-10"},
    article_line{"002", "Leg Press: Sets: 3, Reps: 10-12", "3x10-12", "3x10-12"},
    article_line{"002", "Walking Lunges: Sets: 3, Reps: 20 steps (10 each leg)", "3x20 steps", "3x20 steps"},
    article_line{"002", "Calf Raises: Sets: 3, Reps: 12-15", "3x12-15", "3x12-15"},
    // 003: leg training for maximal muscle growth
    article_line{"003", "Priming/Finishing Tri Set: 1A. Lateral Single-Leg Cable Glute Raises 3×15 with 2 second isometric "
                        "1B. Toes Out Dumbbell RDL 3×12 w/ 2 second isometric 1C. Toes Out Banded Glute Raises 3×15 w/ 2 second isometric",
                 "priming tri-set: 1A. Lateral single-leg cable glute raise 3×15 hold 2s 1B. Toes out dumbbell RDL 3×12 hold 2s "
                 "1C. Toes out banded glute raise 3×15 hold 2s",
                 "priming tri-set: A Lateral single-leg cable glute raise 3x15 hold 2s; B Toes out dumbbell RDL 3x12 hold 2s; "
                 "C Toes out banded glute raise 3x15 hold 2s"},
    article_line{"003", "Pyramid 15, 12, 10, 8, 4 reps (increase weight each set)", "Pyramid 15, 12, 10, 8, 4 reps",
                 "pyramid 15,12,10,8,4"},
    article_line{"003", "Toes-out Barbell Deadlifts 4×15", "4×15", "4x15"},
    article_line{"003", "Priming/Finishing Tri-Set: 1A. Toes Forward Banded Back Extensions 3×15 (301 tempo) 1B. Toes Forward RDL "
                        "3×12 (301 tempo) 1C. Lying Hamstring Curl 3×8 (no tempo)",
                 "finishing tri-set: 1A. Toes forward banded back extension 3×15 @301 1B. Toes forward RDL 3×12 @301 "
                 "1C. Lying hamstring curl 3×8 no tempo",
                 "finishing tri-set: A Toes forward banded back extension 3x15 @301; B Toes forward RDL 3x12 @301; "
                 "C Lying hamstring curl 3x8 no tempo"},
    article_line{"003", "5 sets to technical failure (choose weight to fail between 12 and 15 reps)", "5x fail 12-15",
                 "5x fail 12-15"},
    article_line{"003", "Lying Hamstring Curls 4×8 + double drop-set each set", "4×8 + double drop-set each set",
                 "4x8 + 2 drops"},
    article_line{"003", "Priming/Finishing Compound Set: 1A. Leg Extensions 3×20 (321 tempo) 1B. Bodyweight Deep Squats 3×25 "
                        "(hold every 5th rep at the bottom for a 5 count)",
                 "priming compound set: 1A. Leg extension 3×20 @321 1B. Bodyweight deep squat 3×25 @bw pause 5s every 5th",
                 "priming compound set: A Leg extension 3x20 @321; B Bodyweight deep squat 3x25 @bw pause 5s every 5th"},
    article_line{"003", "Pulse Squat Double Pyramid 20, 15, 12, 8, 12, 15, 20", "double pyramid 20, 15, 12, 8, 12, 15, 20",
                 "double pyramid 20,15,12,8,12,15,20"},
    article_line{"003", "Leg Press: a weight you can press 5 times ... strip sets until no weight remains",
                 "strip sets from 5RM", "strip from 5RM"},
    article_line{"003", "150 Bodyweight Lunges: Go non-stop", "finishing: 150 non-stop @bw", "finishing: 150 non-stop @bw"},
    article_line{"003", "Calf Circuit/Triset: 1A. Standing Calf Raise Machine 3×12 (3 second stretch and squeeze) 1B. Seated "
                        "Calf Raise Machine 3×25 (2 second stretch and squeeze) 1C. Tip Toe Walk 3×50 yds",
                 "circuit: 1A. Standing calf raise machine 3×12 stretch and squeeze 3s 1B. Seated calf raise machine 3×25 "
                 "stretch and squeeze 2s 1C. Tip toe walk 3×50 yds",
                 "circuit: A Standing calf raise machine 3x12 stretch and squeeze 3s; B Seated calf raise machine 3x25 "
                 "stretch and squeeze 2s; C Tip toe walk 3x50yd"},
    article_line{"003", "a set of AMAP bodyweight calf raises ... between each set", "AMAP @bw", "AMAP @bw"},
    article_line{"003", "at least a two second stretch on the bottom of every rep", "3x12 hold 2s bottom",
                 "3x12 hold 2s bottom"},
};
}  // namespace

TEST_CASE("every scheme line of the articles parses in its compact form") {
  for (const auto& l : lines) {
    CAPTURE(l.article);
    CAPTURE(l.original);
    const auto r = sinew::parse(l.compact);
    if (!r) FAIL_CHECK(std::string(r.error().message), " at ", r.error().position);
    REQUIRE(r.has_value());
    CHECK(sinew::format(*r).view() == l.canonical);
    REQUIRE(sinew::parse(sinew::format(*r).view()).has_value());
    CHECK(*sinew::parse(sinew::format(*r).view()) == *r);
  }
}

TEST_CASE("the article lines mean what the articles say") {
  using namespace sinew;
  const auto figures_of_line = [](std::string_view text) { return figures_of(*parse(text)); };

  // 001: 10-12 reps per leg, 3 sets: 30-36 reps each leg, 60-72 in all.
  const auto lunges = figures_of_line("3x10-12 per leg");
  CHECK(lunges.reps_per_side == figure::between(30, 36));
  CHECK(lunges.total_reps == figure::between(60, 72));
  // 002: 20 steps, 10 each leg.
  const auto walking = figures_of_line("3x20 steps");
  CHECK(walking.total_reps == figure::exactly(60));
  CHECK(walking.reps_per_side == figure::exactly(30));
  // 003: the pyramid is five sets, 49 reps, heavier each set.
  const auto pyr = parse_scheme("pyramid 15, 12, 10, 8, 4 reps");
  REQUIRE(pyr);
  CHECK(pyr->sets == 5);
  CHECK(figures_of(*pyr).total_reps == figure::exactly(49));
  // 003: 3x12 at 301 tempo: 4 s a rep, 144 s under tension.
  CHECK(figures_of_line("3x12 @301").time_under_tension == figure::exactly(144));
  // 003: hold every 5th rep for a 5 count: 25 reps x 3 s + 5 pauses x 5 s = 100 s a set.
  CHECK(figures_of_line("1x25 pause 5s every 5th").time_under_tension == figure::exactly(100));
  // 001: a block lasts what it says.
  CHECK(figures_of_line("warm-up 10-15min").duration == figure::between(600, 900));
  // 003: the tri-set's three exercises are done for 3 rounds, 9 sets in all.
  const auto tri = parse("priming tri-set: 1A. Lateral single-leg cable glute raise 3×15 hold 2s 1B. Toes out dumbbell RDL 3×12 hold 2s 1C. Toes out banded glute raise 3×15 hold 2s");
  REQUIRE(tri);
  CHECK(figures_of(*tri).total_sets == 9);
  CHECK(figures_of(*tri).total_reps == figure::exactly(126));
}
