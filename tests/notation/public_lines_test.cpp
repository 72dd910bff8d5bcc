// Set lines as public programs, coaches' logs and program sites write them
// (5/3/1, GZCLP, nSuns, Starting Strength, StrongLifts, Bill Starr's 5x5, leg
// days, weighted pull-ups, EMOMs), not the seed articles: each line below is
// the scheme part of a line of the page its comment names (the exercise name
// left out), and the value it must read as, compared whole (every field). The
// lines sinew cannot read yet are listed at the end with the reason, and must
// stay errors with a position (never a silent wrong reading).
#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <sinew/notation.hpp>

namespace {
using namespace sinew;

set_scheme amap_last(set_scheme s) {
  s.last_set_amap = true;
  return s;
}
set_scheme per_set_loads(set_scheme s, load_kind k, std::initializer_list<std::uint16_t> tenths) {
  s.load = load{k, 0};
  for (auto t : tenths) s.set_loads[s.set_load_count++] = t;
  return s;
}

struct public_line {
  std::string_view source;  ///< where the line is written
  std::string_view text;    ///< the line as written there (its scheme part)
  set_scheme value;         ///< what it must read as
};

std::vector<public_line> readable_lines() {
  return {
      // Starting Strength, as garagegympowerlifting.com lays it out ("A" and "B" days)
      {"garagegympowerlifting.com, Starting Strength", "3×5", straight_sets(3, 5)},
      {"garagegympowerlifting.com, Starting Strength", "1×5", straight_sets(1, 5)},
      {"garagegympowerlifting.com, Starting Strength", "5×3", straight_sets(5, 3)},
      // StrongLifts 5x5: a beginner's log (ktweblog.blogspot.com) and two summaries
      {"ktweblog.blogspot.com, StrongLifts 5x5", "5x5", straight_sets(5, 5)},
      {"ktweblog.blogspot.com, StrongLifts 5x5 deadlift", "1x5", straight_sets(1, 5)},
      {"strength-oldschool.com, StrongLifts 5×5", "5×5", straight_sets(5, 5)},
      {"reapergym.com, StrongLifts deadlift", "1 set of 5 reps", straight_sets(1, 5)},
      // GZCLP stages, thefitness.wiki ("+": the last set as many reps as possible)
      {"thefitness.wiki/routines/gzclp, tier 1 stage 1", "5×3+", amap_last(straight_sets(5, 3))},
      {"thefitness.wiki/routines/gzclp, tier 1 stage 2", "6×2+", amap_last(straight_sets(6, 2))},
      {"thefitness.wiki/routines/gzclp, tier 1 stage 3", "10×1+", amap_last(straight_sets(10, 1))},
      {"thefitness.wiki/routines/gzclp, tier 2 stage 1", "3×10", straight_sets(3, 10)},
      {"thefitness.wiki/routines/gzclp, tier 2 stage 2", "3×8", straight_sets(3, 8)},
      {"thefitness.wiki/routines/gzclp, tier 2 stage 3", "3×6", straight_sets(3, 6)},
      {"thefitness.wiki/routines/gzclp, tier 3", "3×15+", amap_last(straight_sets(3, 15))},
      // 5/3/1 (Wendler): the weeks as program sites summarise them
      {"spmembersonly.com, 5/3/1 week 1", "3×5", straight_sets(3, 5)},
      {"spmembersonly.com, 5/3/1 week 2", "3×3", straight_sets(3, 3)},
      {"edgamester.co.uk, 5/3/1 week 3", "5, 3, 1", pyramid({5, 3, 1})},
      {"aaronsagoge.blogspot.com, 5/3/1 week 1 (65% x 5, 75% x 5, 85% x 5+) in sinew's order", "3x5+ @65,75,85%",
       per_set_loads(amap_last(straight_sets(3, 5)), load_kind::percent_1rm, {650, 750, 850})},
      {"aaronsagoge.blogspot.com, 5/3/1 week 2 in sinew's order", "3x3+ @70,80,90%",
       per_set_loads(amap_last(straight_sets(3, 3)), load_kind::percent_1rm, {700, 800, 900})},
      {"aaronsagoge.blogspot.com, 5/3/1 week 3 (75% x 5, 85% x 3, 95% x 1+) in sinew's order", "5,3,1+ @75,85,95%",
       per_set_loads(amap_last(pyramid({5, 3, 1})), load_kind::percent_1rm, {750, 850, 950})},
      {"aaronsagoge.blogspot.com, 5/3/1 week 4 (40% x 5, 50% x 5, 60% x 5) in sinew's order", "3x5 @40,50,60%",
       per_set_loads(straight_sets(3, 5), load_kind::percent_1rm, {400, 500, 600})},
      // Bill Starr's original 5x5, oldschooltrainer.com
      {"oldschooltrainer.com, Bill Starr 5x5", "5 sets x 5 reps", straight_sets(5, 5)},
      {"oldschooltrainer.com, Bill Starr 5x5", "5 sets x 10 reps", straight_sets(5, 10)},
      // Modified Ivysaur 4-4-8 (pastebin.com/v6Wn2y1L)
      {"pastebin.com/v6Wn2y1L, Ivysaur 4-4-8", "4 x 4", straight_sets(4, 4)},
      {"pastebin.com/v6Wn2y1L, Ivysaur 4-4-8", "4 x 8", straight_sets(4, 8)},
      {"pastebin.com/v6Wn2y1L, Ivysaur 4-4-8", "3 x 4", straight_sets(3, 4)},
      {"pastebin.com/v6Wn2y1L, Ivysaur 4-4-8", "1 x 5", straight_sets(1, 5)},
      // a bodybuilder's leg day, themuscleprogram.com (2014-06-20)
      {"themuscleprogram.com, leg day", "10 sets x 10 reps", straight_sets(10, 10)},
      {"themuscleprogram.com, leg day", "7 sets x 10 reps", straight_sets(7, 10)},
      {"themuscleprogram.com, leg day", "4 sets x 12 reps", straight_sets(4, 12)},
      {"themuscleprogram.com, leg day", "7 sets x 12 reps", straight_sets(7, 12)},
      // leg days of a program site, setforceai.com (program 48)
      {"setforceai.com, legs week 3", "4 sets of 8-10 reps per leg", straight_sets(4, quantity::reps(8, 10).per_leg())},
      {"setforceai.com, legs week 3", "3 sets of 10 reps per leg", straight_sets(3, quantity::reps(10).per_leg())},
      {"setforceai.com, legs week 3 (\"with an RPE of 8\", \"Rest 60 seconds\")", "4 sets of 8-10 reps per leg, RPE 8, rest 60 seconds",
       straight_sets(4, quantity::reps(8, 10).per_leg()).at(load::rpe(8)).resting(seconds(60))},
      {"bodybuilding.com, split squat", "3 sets of 8-12 reps per leg", straight_sets(3, quantity::reps(8, 12).per_leg())},
      // a leg day log, forcedrep.com (2017-10-07)
      {"forcedrep.com, leg extensions", "4 sets of 25", straight_sets(4, 25)},
      // a weighted chin-up log, chadwalls.com: "(BW=159 lbs + 62.5 lbs), 3 sets x 5 reps"
      {"chadwalls.com, chin-ups", "3 sets x 5 reps", straight_sets(3, 5)},
      {"chadwalls.com, chin-ups, in sinew's order", "3 sets x 5 reps @BW + 62.5 lbs",
       straight_sets(3, 5).at(load::bodyweight_plus_pounds(62, 5))},
      {"chadwalls.com, barbell row (170 lbs), in sinew's order", "2 sets x 12 reps, 170 lbs", straight_sets(2, 12).at(load::pounds(170))},
      {"chadwalls.com, cheating curl", "5 sets x 3 reps", straight_sets(5, 3)},
      // a CrossFit log, donscrossfit.blogspot.com
      {"donscrossfit.blogspot.com, deadlift (across 150kg), in sinew's order", "3x10 150kg", straight_sets(3, 10).at(load::kilograms(150))},
      {"donscrossfit.blogspot.com, deadlift", "6x3", straight_sets(6, 3)},
      {"donscrossfit.blogspot.com, bench press", "8x3", straight_sets(8, 3)},
      // a beginner's 12-week program, slimstudio.com
      {"slimstudio.com, back squat weeks 1-4", "3×8", straight_sets(3, 8)},
      {"slimstudio.com, back squat weeks 5-8", "4×6", straight_sets(4, 6)},
      {"slimstudio.com, back squat weeks 9-12", "4×5", straight_sets(4, 5)},
      // a 5/3/1 plan on a forum, fitness.com: "Light Deadlift: 3x10 @ 50% top weight of the week"
      {"fitness.com forum, squats", "3x8", straight_sets(3, 8)},
      {"fitness.com forum, bench press", "2x8", straight_sets(2, 8)},
      // a squat EMOM, t-nation.com: 20 minutes, 3 reps each minute, 20X0 tempo
      {"t-nation.com, 20-minute squat challenge, in sinew's order", "3x3 @20X0", straight_sets(3, 3).with(tempo::of(2, 0, 10, 0))},
      // a leg-day drop set as a pyramid of loads, forcedrep.com ("60 pound dumbbells for 8. Dropped weight to 50 for 8 and then 40")
      {"forcedrep.com, Bulgarian drop sets, in sinew's order", "1x8 @60lb + drops 50,40lb",
       [] {
         auto s = straight_sets(1, 8).at(load::pounds(60));
         s.drops = 2;
         s.drop_loads[0] = 500;
         s.drop_loads[1] = 400;
         s.drop_load_unit = load_kind::lb;
         return s;
       }()},
      // a leg day, trainerkelly.org: "HAMSTRING CURLS. 4 sets 15,12,10,10" has equal reps (below); the squats' list without its repeat
      {"trainerkelly.org, back squats (15, 12, 10, 8, 8) without the repeated 8", "15, 12, 10, 8", pyramid({15, 12, 10, 8})},
      {"trainerkelly.org, weighted squat jumps (3-4 x max reps), 3 sets", "3 x max reps", straight_sets(3, quantity::amap())},
      {"trainerkelly.org, Bulgarian split squats (15 reps each leg)", "2 sets 15 reps each leg", straight_sets(2, quantity::reps(15).per_leg())},
      {"trainerkelly.org, step up to reverse lunge", "3 sets 10 each leg", straight_sets(3, quantity::reps(10).per_leg())},
      {"hardy.app, StrongLifts TM version (5 sets, the last \"5 + amrap\")", "5x5+", amap_last(straight_sets(5, 5))},
      // EMOMs: work at the start of each minute (or n minutes), for a total
      {"t-nation.com, 20-minute squat challenge (3 reps a minute, 20X0 tempo), in sinew's order", "EMOM 20min: 3 @20X0",
       every(minutes(1), minutes(20), quantity::reps(3)).with(tempo::of(2, 0, 10, 0))},
      {"mensjournal.com, front squats on the minute (5 reps every minute for six minutes)", "EMOM 6min: 5 reps",
       every(minutes(1), minutes(6), quantity::reps(5))},
      {"przilla.app, 10 minute EMOM of 2 back squats at 80%, in sinew's order", "EMOM 10min: 2 @80%",
       every(minutes(1), minutes(10), quantity::reps(2)).at(load::percent_of_1rm(80))},
      {"przilla.app, 8-minute EMOM of 1 back squat at 85%, in sinew's order", "EMOM 8min x 1 @ 85%",
       every(minutes(1), minutes(8), quantity::reps(1)).at(load::percent_of_1rm(85))},
      {"perfectfittraining.com.au, 2 back squats at the top of every minute for 10 minutes", "every 1min for 10min: 2",
       every(minutes(1), minutes(10), quantity::reps(2))},
      {"perfectfittraining.com.au, the same 10 minutes with 3 reps every 2 mins", "E2MOM 10min 3 reps",
       every(minutes(2), minutes(10), quantity::reps(3))},
  };
}

struct unreadable_line {
  std::string_view source;
  std::string_view text;
  std::string_view reason;  ///< why sinew does not read it (yet)
};

// Lines sinew refuses, each with the reason: they are errors with a position,
// never read as something else.
constexpr unreadable_line unreadable_lines[] = {
    {"aaronsagoge.blogspot.com, 5/3/1", "65% x 5", "the load before the reps (load x reps) is not the notation's order"},
    {"aaronsagoge.blogspot.com, 5/3/1", "85% x 5+", "the load before the reps"},
    {"fitness.com forum, 5/3/1 week 1", "5x65%, 5x75%, 5+ x85%", "a load per set written as reps x load pairs"},
    {"surfathleticscrossfit.wordpress.com, 5/3/1 week 3", "3 x 5, 3, 1", "a set count before a list of reps"},
    {"brotistic-site.pages.dev, nSuns T1", "65×5, 75×3, 85×1+, 85×3, 85×3, 80×3, 75×5, 70×5, 65×5+", "load x reps pairs"},
    {"trn.fitness, nSuns T1 reps", "5,3,1+,3,3,3,5,5,5+", "a wave (down, flat, up) is no pyramid shape, and '+' ends a list"},
    {"trainerkelly.org, back squats", "15, 12, 10, 8, 8", "a repeated set in a pyramid's list"},
    {"aaronsagoge.blogspot.com, 5/3/1 week 1 as a list", "5,5,5+ @65,75,85%", "equal reps in a bare list are no pyramid (3x5+ @65,75,85% reads)"},
    {"ktweblog.blogspot.com, StrongLifts pull-ups", "3 sets of 9 repetitions", "the word repetitions"},
    {"ktweblog.blogspot.com, StrongLifts deadlift", "1x5 (1 set of 5 reps)", "a parenthesised gloss after the scheme"},
    {"trainerkelly.org, hamstring curls", "4 sets 15,12,10,10", "a set count before a list, and a repeated set"},
    {"trainerkelly.org, weighted squat jumps", "3-4 x max reps", "a range of sets"},
    {"bodybuilding.com, split squat", "3-4 sets of 8-12 reps per leg", "a range of sets"},
    {"setforceai.com, legs", "4 sets of 8-10 reps per leg with an RPE of 8", "the words \"with an ... of\" around a load"},
    {"themuscleprogram.com, leg press", "5 sets x 15 sets", "a typo on the page: sets twice"},
    {"slimstudio.com, back squat", "3 x 8 tempo 3-1-1", "a tempo written with dashes"},
    {"dufisthenics.com, weighted pull-ups", "Pull ups + 25lbs x 7", "an added load before the reps"},
    {"live84today.com, squats", "three sets of eight reps at 315 pounds", "numbers written as words"},
    {"chadwalls.com, chin-ups", "(BW=159 lbs + 62.5 lbs), 3 sets x 5 reps", "the load before the sets, with the lifter's bodyweight"},
    {"surge-athletics.com, Bulgarian split squat drop set", "6-8 Reps Heavy 6-8 Reps Moderate 6-8 Reps Light Max Reps Bodyweight",
     "drops named by words (heavy, moderate, light) instead of loads"},
    {"fitness.com forum, light deadlift", "3x10 @ 50% top weight of the week",
     "a percentage of another set's load, not of 1RM: refused after the '%' rather than read as 50% of 1RM"},
    {"przilla.app, squat EMOM", "10 MINUTE EMOM: 2 BACK SQUATS @ 80%", "the total before EMOM, and the exercise's name inside its work"},
    {"mensjournal.com, front squats", "five repetitions every minute on the minute for six minutes", "an interval written out in words"},
    {"donscrossfit.blogspot.com", "Emom x 21min", "an interval without its work"},
};

}  // namespace

TEST_CASE("lines of public programs read as what they prescribe, field by field") {
  std::size_t read = 0;
  for (const auto& l : readable_lines()) {
    CAPTURE(std::string(l.source));
    CAPTURE(std::string(l.text));
    const auto r = parse_scheme(l.text);
    if (!r) FAIL_CHECK(std::string(r.error().message), " at ", r.error().position);
    REQUIRE(r.has_value());
    CHECK(*r == l.value);
    if (!(*r == l.value)) MESSAGE("read as ", std::string(format(*r).view()), ", expected ", std::string(format(l.value).view()));
    // and the canonical text reads back as the same value
    const auto back = parse_scheme(format(*r).view());
    REQUIRE(back.has_value());
    CHECK(*back == *r);
    ++read;
  }
  MESSAGE(read, " public lines read");
  CHECK(read >= 40);
}

TEST_CASE("lines of public programs sinew cannot read are errors with a position, each with its reason") {
  for (const auto& l : unreadable_lines) {
    CAPTURE(std::string(l.source));
    CAPTURE(std::string(l.text));
    CAPTURE(std::string(l.reason));
    const auto r = parse_scheme(l.text);
    CHECK_FALSE(r.has_value());
    if (!r) {
      CHECK(r.error().position <= l.text.size());
      CHECK(std::string_view(r.error().message).substr(0, 6) == "sinew:");
    }
  }
  CHECK(sizeof(unreadable_lines) / sizeof(unreadable_lines[0]) >= 15);
}

TEST_CASE("the new forms' errors point at the part of the line to change") {
  struct wrong {
    std::string_view text;
    std::size_t position;
    std::string_view message;
  };
  const wrong cases[] = {
      // a bare number after the reps: a load or a tempo? refused at the number
      {"3x8 80", 4, "sinew: expected a load unit (kg, lb or %)"},
      {"3x8, 80", 5, "sinew: expected a load unit (kg, lb or %)"},
      // a load per set: one for each set, of two or more
      {"3x5 @65,75%", 4, rule_text(rule::set_loads_count)},
      {"pyramid 5,3,1 @75,85,95,100%", 14, rule_text(rule::set_loads_count)},
      {"3x5 @65,75,185%", 4, rule_text(rule::percent_out_of_range)},
      // drops given as loads: one per drop, going down, below the working load
      {"4x8 @80kg + 2 drops 60,45,30kg", 12, rule_text(rule::drop_loads_count)},
      {"4x8 @80kg + drops 60,65kg", 12, rule_text(rule::drop_loads_rise)},
      {"4x8 @80kg + drops 80,45kg", 12, rule_text(rule::drop_loads_not_below_load)},
      {"4x8 + drops 60,45", 17, "sinew: expected a load unit (kg, lb or %)"},
      // a last set as many as possible needs rep counts
      {"3x30s+ hold", 7, "sinew: expected drops after '+' (+ 2 drops, + double drop-set)"},
      {"150+ non-stop", 0, rule_text(rule::last_set_amap_needs_reps)},
      // a bare list that is no pyramid's shape
      {"5,5,5+", 2, rule_text(rule::pyramid_not_down)},
      // per leg is for listed sets, not mini-sets
      {"rest-pause 8+3+3/leg", 16, "sinew: expected a modifier (@load, @tempo, no tempo, hold, pause, stretch and squeeze, rest) or the end"},
      // intervals
      {"every 3min for 20min: 5", 0, rule_text(rule::interval_lengths)},
      {"EMOM 10min: 60s hold", 12, rule_text(rule::interval_work_too_long)},
      {"EMOM 10min: 5 rest 30s", 0, rule_text(rule::interval_rest)},
      {"every 2min 20min: 5", 10, expectation_text(expectation::interval)},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.text));
    const auto r = parse_scheme(c.text);
    REQUIRE_FALSE(r.has_value());
    CHECK(std::string_view(r.error().message) == c.message);
    CHECK(r.error().position == c.position);
  }
}
