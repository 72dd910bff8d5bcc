// Programs as text: the file format read and written (programs/text.hpp).
#include <doctest/doctest.h>

#include <deque>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sinew/programs.hpp>

#include "program_generator.hpp"

using namespace sinew;

namespace {

std::string formatted(const program& p, span<const exercise_record> catalog = builtin_catalog()) {
  std::string out;
  auto sink = [&](text_view t) { out.append(t.data(), t.size()); };
  format_program(sink, p, catalog);
  return out;
}

// A parsed program and its errors view the text they were read from, so the
// text must outlive them: every text read here is kept for the whole run (a
// literal or a temporary string argument would otherwise die first).
program_text_result<> read(const std::string& text, span<const exercise_record> catalog = builtin_catalog()) {
  static std::deque<std::string> kept;
  const std::string& held = kept.emplace_back(text);
  return parse_program(text_view{held.data(), held.size()}, catalog);
}

std::string ids(const program_text_error& e, span<const exercise_record> catalog = builtin_catalog()) {
  std::string out;
  for (std::size_t i = 0; i != e.candidate_count; ++i) {
    if (i != 0) out += ',';
    out += std::string(catalog[e.candidates[i].index].id);
  }
  return out;
}

}  // namespace

TEST_CASE("a program file: headers, labels, groupings, comments, blank lines") {
  const std::string text =
      "# a comment line\n"
      "program: Glutes\n"
      "\n"
      "week 1\n"
      "Monday: Lower A\n"
      "warm-up 10-15min:\n"
      "bodyweight deep squat 2x10   # after an entry\n"
      "working:\n"
      "1. hip thrust 4x8-12 @301 rest 90s\n"
      "superset: rest 60s\n"
      "2A. leg extension 3x15\n"
      "2B) lying leg curl 3x15\n"
      "tri-set: A squat 3x10; B walking lunge 3x12/leg; C standing calf raise 3x15\n"
      "THU\n"
      "seated calf raise 3x15\r\n";
  const auto r = read(text);
  REQUIRE_MESSAGE(r.has_value(), std::string(r.error().message));
  const program& p = *r;
  CHECK(p.name == "Glutes");
  REQUIRE(p.weeks().size() == 1);
  REQUIRE(p.sessions().size() == 2);
  CHECK(p.sessions()[0].day == 1);
  CHECK(p.sessions()[0].title == "Lower A");
  CHECK(p.sessions()[1].day == 4);
  CHECK(p.sessions()[1].title.empty());
  REQUIRE(p.blocks().size() == 3);
  CHECK(p.blocks()[0].role == block_role::warm_up);
  CHECK(p.blocks()[0].min_length == 10);
  CHECK(p.blocks()[0].max_length == 15);
  CHECK(p.blocks()[2].role == block_role::working);  // no block header: a working block
  REQUIRE(p.entries().size() == 8);
  CHECK(p.entries()[1].exercise == exercise_id{hip_thrust});
  CHECK(p.entries()[1].label == coach_label{1, 0});
  CHECK(p.entries()[1].scheme.rest_after == rest::of(seconds(90)));
  REQUIRE(p.groupings().size() == 2);
  CHECK(p.groupings()[0].kind == grouping_kind::superset);
  CHECK(p.groupings()[0].between_rounds == rest::of(seconds(60)));
  CHECK(p.entries()[2].label == coach_label{2, 'A'});
  CHECK(p.entries()[3].label == coach_label{2, 'B'});
  CHECK(p.entries()[3].exercise == exercise_id{lying_leg_curl});
  CHECK(p.groupings()[1].kind == grouping_kind::tri_set);
  CHECK(p.entries()[4].exercise == exercise_id{barbell_back_squat});
  CHECK(p.entries()[7].exercise == exercise_id{seated_calf_raise});
  // canonical text reads back to the same program
  const std::string canonical = formatted(p);
  const auto again = read(canonical);
  REQUIRE(again.has_value());
  CHECK(*again == p);
  CHECK(formatted(*again) == canonical);
}

TEST_CASE("lines with no header are day 1 of week 1, in a working block") {
  const auto r = read("hip thrust 3x10\n");
  REQUIRE(r.has_value());
  CHECK(r->weeks()[0].number == 1);
  CHECK(r->sessions()[0].day == 1);
  CHECK(r->blocks()[0].role == block_role::working);
  CHECK(formatted(*r) == "day 1\nworking:\nhip thrust 3x10\n");
}

TEST_CASE("every weekday, full and short, any case") {
  const char* days[][3] = {{"monday", "mon", "MON"},       {"tuesday", "tue", "Tues"}, {"wednesday", "wed", "WED"},
                           {"thursday", "thu", "Thurs"},   {"friday", "fri", "Fri"},   {"saturday", "sat", "SAT"},
                           {"sunday", "sun", "Sunday"}};
  for (int d = 0; d != 7; ++d)
    for (const char* w : days[d]) {
      CAPTURE(w);
      const std::string text = std::string(w) + ": T\nleg press 3x10\n";
      const auto r = read(text);
      REQUIRE(r.has_value());
      CHECK(r->sessions()[0].day == d + 1);
      CHECK(r->sessions()[0].title == "T");
    }
}

TEST_CASE("every grouping kind, as a header and on one line") {
  const char* kinds[] = {"superset", "compound set", "tri-set", "giant set", "circuit"};
  const int sizes[] = {2, 2, 3, 4, 3};
  const char* names[] = {"leg press", "leg extension", "lying leg curl", "seated calf raise"};
  for (int k = 0; k != 5; ++k) {
    CAPTURE(kinds[k]);
    std::string header = std::string(kinds[k]) + ":\n", line = std::string(kinds[k]) + ":";
    for (int i = 0; i != sizes[k]; ++i) {
      header += "3" + std::string(1, static_cast<char>('A' + i)) + ". " + names[i] + " 3x12\n";
      line += std::string(i == 0 ? " " : "; ") + static_cast<char>('A' + i) + " " + names[i] + " 3x12";
    }
    const auto a = read(header), b = read(line + "\n");
    REQUIRE_MESSAGE(a.has_value(), std::string(a.error().message));
    REQUIRE_MESSAGE(b.has_value(), std::string(b.error().message));
    CHECK(a->groupings()[0].kind == static_cast<grouping_kind>(k));
    CHECK(b->groupings()[0].kind == static_cast<grouping_kind>(k));
    CHECK(a->groupings()[0].entry_count == sizes[k]);
    CHECK(a->entries()[0].label == coach_label{3, 'A'});
    CHECK(b->entries()[0].label == coach_label{});
  }
}

TEST_CASE("errors: where and why, for each kind of line") {
  struct bad {
    const char* text;
    std::size_t line, column;
    const char* message;  // a part of the message
  };
  const bad cases[] = {
      {"hip thrus 4x8\n", 1, 1, "no built-in exercise matches"},
      {"day 1\n  hip abduction 3x10\n", 2, 3, "equally well"},
      {"2A. leg extension 3x15\n2B. lying leg curl 3x15\n", 1, 5, "state its kind"},
      {"superset:\nleg extension 3x15\n", 1, 1, "followed by its exercises"},
      {"superset:\n", 1, 1, "followed by its exercises"},
      {"superset:\nmonday\nleg press 3x10\n", 1, 1, "followed by its exercises"},
      {"tri-set:\n1A. leg press 3x10\n1B. leg extension 3x10\n", 1, 1, "tri-set"},
      {"working:\n  superset:\n2A. leg press 3x10\n", 2, 3, "superset"},
      {"superset: rest 30s between exercises\n2A. leg press 3x10\n2B. leg extension 3x10\n", 1, 1, "circuit"},
      {"giant set: A leg press 3x10; B leg extension 3x10; C lying leg curl 3x10; D seated calf raise 3x10\n"
       "circuit: A leg press 3x10\n", 2, 1, "circuit"},
      {"superset:\n2A. wall sit 3x10\n2B. leg extension 3x10\n", 2, 5, "isometric"},
      {"day 8\nsquat 3x5\n", 1, 5, "day is 1 to 7"},
      {"day x\n", 1, 5, "day header"},
      {"week 2\nsquat 3x5\nweek 1\nsquat 3x5\n", 3, 1, "week numbers rise"},
      {"week 0\nsquat 3x5\n", 1, 1, "weeks are numbered from 1"},
      {"week two\n", 1, 1, "week header"},
      {"day 3\nsquat 3x5\nday 1\nsquat 3x5\n", 3, 1, "forward through the week"},
      {"working:\ncool-down:\nsquat 3x5\n", 1, 1, "block holds at least one exercise"},
      {"monday\ntuesday\nsquat 3x5\n", 1, 1, "session holds at least one exercise"},
      {"wall sit 3x10\n", 1, 1, "isometric"},
      {"squat 3x5\nprogram: late\n", 2, 1, "comes before"},
      {"program: a\nprogram: b\n", 2, 1, "once"},
      {"squat 3x12-8\n", 1, 9, "minimum must not exceed"},
      {"0. squat 3x5\n", 1, 1, "label"},
      {"warm-up 0min:\nsquat 3x5\n", 1, 9, "length"},
      {"squat\n", 1, 6, "sinew: "},
      {"day 1\nmonday: x\nsquat 3x5\ncafé squat 3x5\n", 4, 1, "no built-in exercise"},
      {"superset: A leg extension 3x15; B nope 3x15\n", 1, 35, "no built-in exercise"},
      {"1A. leg press 3x10\n1B. leg extension 3x10\n1C. lying leg curl 3x10\n", 1, 5, "state its kind"},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.text));
    const auto r = read(c.text);
    REQUIRE_FALSE(r.has_value());
    const auto& e = r.error();
    CHECK(std::string(e.message).rfind("sinew: ", 0) == 0);
    CHECK(std::string(e.message).find(c.message) != std::string::npos);
    CHECK(e.line == c.line);
    CHECK(e.column == c.column);
    CHECK(e.position <= std::string(c.text).size());
  }
}

TEST_CASE("an unknown or ambiguous name lists its candidates") {
  const auto unknown = read("hip thrus 4x8\n");
  REQUIRE_FALSE(unknown.has_value());
  CHECK(unknown.error().name == "hip thrus");
  CHECK(unknown.error().candidate_count > 0);
  CHECK(unknown.error().candidate_count <= 5);
  CHECK(ids(unknown.error()).find("hip_thrust") != std::string::npos);
  const auto tied = read("hip abduction 3x10\n");
  REQUIRE_FALSE(tied.has_value());
  CHECK(ids(tied.error()) == "hip_abduction_machine,cable_hip_abduction,side_lying_hip_abduction");
}

TEST_CASE("a user's run-time catalog: names by id or name, case and separators ignored") {
  std::vector<exercise_record> mine(3);
  mine[0].id = "sled_push";
  mine[0].name = "sled push";
  mine[1].id = "press_a";
  mine[1].name = "Hip Press";
  mine[2].id = "press_b";
  mine[2].name = "hip press";  // the same name as the record before: ambiguous by name
  for (auto& r : mine) r.contraction = contraction::dynamic;
  const span<const exercise_record> cat{mine.data(), mine.size()};
  for (const char* written : {"SLED-PUSH 3x10\n", "Sled_Push 3x10\n", "sled push 3x10\n"}) {
    CAPTURE(written);
    const auto r = read(written, cat);
    REQUIRE_MESSAGE(r.has_value(), std::string(r.error().message));
    CHECK(r->entries()[0].exercise == exercise_id{0});
  }
  const auto by_id = read("PRESS-B 3x10\n", cat);
  REQUIRE(by_id.has_value());
  CHECK(by_id->entries()[0].exercise == exercise_id{2});
  const auto tied = read("hip press 3x10\n", cat);
  REQUIRE_FALSE(tied.has_value());
  CHECK(ids(tied.error(), cat) == "press_a,press_b");
  const auto unknown = read("sled pull 3x10\n", cat);
  REQUIRE_FALSE(unknown.has_value());
  CHECK(ids(unknown.error(), cat) == "sled_push");
  // written back: the name where it reads back to the record, else its id
  CHECK(formatted(*by_id, cat) == "day 1\nworking:\npress_b 3x10\n");
  const auto again = read(formatted(*by_id, cat), cat);
  REQUIRE(again.has_value());
  CHECK(*again == *by_id);
}

TEST_CASE("every built-in exercise is written by a name that reads back to it") {
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) {
    const exercise_id id{static_cast<std::uint16_t>(i)};
    const text_view written = detail::written_name(id, builtin_catalog());
    CAPTURE(std::string(written));
    const auto back = detail::resolve_name(written, builtin_catalog());
    REQUIRE(back.found);
    CHECK(back.exercise == id);
  }
}

namespace {

// The built-in catalog with a user's exercises after it (as `sinew --exercises FILE` builds it).
struct extended_catalog {
  detail::array<exercise_record, builtin_exercises.size() + 2> records{};
  constexpr extended_catalog() {
    for (std::size_t i = 0; i != builtin_exercises.size(); ++i) records[i] = builtin_exercises[i];
    records[builtin_exercises.size()] = *parse_exercise(
        "name: banded frog pump; id: frog_pump; loads: hip_extension; equipment: band; pattern: hinge");
    // a user's record named as a built-in exercise is named: it comes first, the built-in one keeps its id
    records[builtin_exercises.size() + 1] = *parse_exercise(
        "name: back squat; id: my_back_squat; loads: knee_extension, hip_extension; equipment: barbell; pattern: squat");
  }
  constexpr span<const exercise_record> all() const { return {records.data(), records.size()}; }
};

}  // namespace

static_assert([] {
  constexpr extended_catalog ext{};
  const auto c = ext.all();
  const auto user = resolve_exercise_name("Banded Frog Pump", c);
  const auto alias = resolve_exercise_name("RDL", c);  // a built-in alias reads in an extended catalog
  const auto plain = resolve_exercise_name("RDL", span<const exercise_record>{c.data() + builtin_exercises.size(), 2});
  return extends_builtin_catalog(c) && !extends_builtin_catalog({c.data() + 1, c.size() - 1}) && user.found &&
         user.exercise.index == builtin_exercises.size() && alias.found &&
         alias.exercise == resolve_exercise_name("RDL").exercise && !plain.found;
}());

// Extending is by id (a user may restate a built-in record); being the built-in catalog is being its
// records: in constant evaluation a copy is one, and a copy with one record changed is not (its
// records are read, not the built-in tables).
static_assert([] {
  extended_catalog ext{};
  ext.records[0].loads = {};
  detail::array<exercise_record, builtin_exercises.size()> copy{};
  for (std::size_t i = 0; i != copy.size(); ++i) copy[i] = builtin_exercises[i];
  const span<const exercise_record> same{copy.data(), copy.size()};
  const bool was = detail::is_builtin_catalog(same) && detail::holds_builtin_record(same, 3);
  copy[3].loads = {};
  return extends_builtin_catalog(ext.all()) && was && !detail::is_builtin_catalog(same) &&
         !detail::holds_builtin_record(same, 3) && detail::holds_builtin_record(same, 4);
}());

TEST_CASE("a catalog that extends the built-in one reads every built-in name and the user's own") {
  static const extended_catalog ext{};
  const auto c = ext.all();
  REQUIRE(extends_builtin_catalog(c));
  for (std::size_t i = 0; i != builtin_exercises.size(); ++i) {
    const exercise_id id{static_cast<std::uint16_t>(i)};
    // each built-in record's id, name and written name read as in the built-in catalog
    for (const text_view n : {builtin_exercises[i].id, builtin_exercises[i].name, detail::written_name(id, builtin_catalog())}) {
      CAPTURE(std::string(n));
      const auto in_builtin = resolve_exercise_name(n);
      const auto in_ext = resolve_exercise_name(n, c);
      CHECK(in_ext.found == in_builtin.found);
      CHECK(in_ext.exercise == in_builtin.exercise);
    }
    // what format writes reads back to the same exercise in the extended catalog
    const auto back = resolve_exercise_name(detail::written_name(id, c), c);
    REQUIRE(back.found);
    CHECK(back.exercise == id);
  }
  // a user's name that is a built-in alias ("back squat") is the user's exercise; the built-in one reads by its name
  CHECK(resolve_exercise_name("back squat").exercise == resolve_exercise_name("barbell back squat").exercise);
  CHECK(resolve_exercise_name("back squat", c).exercise.index == builtin_exercises.size() + 1);
  for (std::size_t i = builtin_exercises.size(); i != c.size(); ++i) {
    const exercise_id id{static_cast<std::uint16_t>(i)};
    CHECK(resolve_exercise_name(c[i].id, c).exercise == id);
    CHECK(resolve_exercise_name(detail::written_name(id, c), c).exercise == id);
  }
  // an unknown name: the user's closest first, then the built-in catalog's
  const auto unknown = resolve_exercise_name("frog squat pump thing", c);
  REQUIRE_FALSE(unknown.found);
  CHECK(std::string(unknown.message) == "sinew: no exercise of the catalog has this id or name");
  REQUIRE(unknown.candidate_count >= 2);
  CHECK(unknown.candidates[0].index == builtin_exercises.size());
  CHECK(unknown.candidates[unknown.candidate_count - 1].index < builtin_exercises.size());
  // a program naming both reads, formats and reads back in it
  const auto p = read("program: mine\nday 1\nfrog pump 3x12\nRDL 3x8\nback squat 3x5\nbarbell back squat 3x5\n", c);
  REQUIRE(p.has_value());
  CHECK(p->entries()[0].exercise.index == builtin_exercises.size());
  CHECK(p->entries()[1].exercise == resolve_exercise_name("RDL").exercise);
  CHECK(p->entries()[2].exercise.index == builtin_exercises.size() + 1);
  CHECK(p->entries()[3].exercise == resolve_exercise_name("barbell back squat").exercise);
  const auto again = read(formatted(*p, c), c);
  REQUIRE(again.has_value());
  CHECK(*again == *p);
}

TEST_CASE("property: parse_program(format(p)) == p over generated programs") {
  sinew_test::rng r{20261202};
  std::size_t groupings = 0, labelled = 0, weeks = 0, progressions = 0, lengths = 0, waves = 0, deloads = 0;
  for (int n = 0; n != 400; ++n) {
    const program p = sinew_test::any_program(r);
    REQUIRE(check(p).ok());
    const std::string text = formatted(p);
    CAPTURE(text);
    const auto back = read(text);
    REQUIRE_MESSAGE(back.has_value(), std::string(back.error().message), " at line ", back.error().line);
    CHECK(*back == p);
    CHECK(formatted(*back) == text);
    CHECK(formatted_size(p) == text.size());
    groupings += p.groupings().size();
    weeks += p.weeks().size();
    for (const auto& e : p.entries()) labelled += e.label.letter != 0;
    progressions += p.progressions().size();
    lengths += p.stated_length() != 0;
    for (const auto& pr : p.progressions()) {
      waves += pr.rule.kind == progression_kind::percentage_wave;
      deloads += pr.rule.deload != deload_schedule{};
    }
  }
  CHECK(progressions > 200);
  CHECK(lengths > 100);
  CHECK(waves > 30);
  CHECK(deloads > 80);
  // the generator reaches what it is for
  CHECK(groupings > 100);
  CHECK(labelled > 100);
  CHECK(weeks > 400);
}

TEST_CASE("format_to writes the canonical text's prefix and never past `last`") {
  sinew_test::rng r{7};
  const program p = sinew_test::any_program(r);
  const std::string text = formatted(p);
  std::vector<char> buffer(text.size() + 16, 'Z');
  for (std::size_t cap : {std::size_t{0}, std::size_t{1}, text.size() / 2, text.size(), text.size() + 1}) {
    std::fill(buffer.begin(), buffer.end(), 'Z');
    char* end = format_to(buffer.data(), buffer.data() + cap, p);
    const std::size_t written = cap < text.size() ? cap : text.size();
    CHECK(end == buffer.data() + written);
    CHECK(std::string(buffer.data(), written) == text.substr(0, written));
    for (std::size_t i = cap; i != buffer.size(); ++i) CHECK(buffer[i] == 'Z');
  }
}

TEST_CASE("progressions and the length: every part written and read back") {
  const std::string text =
      "program: Lower\n"
      "weeks: 12\n"
      "progression hip thrust: +2.5 per session, deload to 90% after 3 failures\n"
      "progression leg press: double progression +2 reps, +5% per week\n"
      "progression barbell back squat: 5/3/1, training max 140kg, +5kg per cycle, deload every 4 weeks\n"
      "progression leg extension: wave 65%x5 75%x3+ / 70%x3 80%x3, training max 90%, deload weeks 3 7, deload sets "
      "50%, deload load 62.5%\n"
      "progression lying leg curl: deload every 3 weeks, deload load 80%\n"
      "progression seated calf raise: none\n"
      "day 1\nworking:\nhip thrust 4x8-12 @100kg\nleg press 3x8-12 @100kg\nbarbell back squat 3x5\n"
      "leg extension 3x10\nlying leg curl 3x10 @40kg\nseated calf raise 3x15\n";
  const auto r = read(text);
  REQUIRE_MESSAGE(r.has_value(), std::string(r.error().message), " at line ", r.error().line);
  CHECK(r->stated_length() == 12);
  REQUIRE(r->progressions().size() == 6);
  CHECK(*r->progression_of(exercise_id{hip_thrust}) == linear_load({25, load_step::unit_kind::tenths}, progression_period::session, 3, 900));
  CHECK(*r->progression_of(exercise_id{leg_press}) ==
        double_progression_of(2, {50, load_step::unit_kind::percent_of_load}, progression_period::week));
  CHECK(*r->progression_of(exercise_id{barbell_back_squat}) ==
        wave_of(five_three_one({load_kind::kg, 1400}, five_three_one_lower_body_step_kg)).with({4, {}, 0, 1000, 1000}));
  const auto& wave = r->progression_of(exercise_id{leg_extension})->wave;
  CHECK(wave.count == 2);
  CHECK(wave.weeks[0].sets[1] == wave_set{750, 3});
  CHECK(wave.weeks[0].last_set_amap);
  CHECK_FALSE(wave.weeks[1].last_set_amap);
  CHECK(wave.training_max == load{load_kind::percent_1rm, 900});
  CHECK(r->progression_of(exercise_id{leg_extension})->deload.load_percent == 625);
  CHECK(r->progression_of(exercise_id{lying_leg_curl})->kind == progression_kind::none);
  CHECK(*r->progression_of(exercise_id{seated_calf_raise}) == progression{});
  // week 13 does not exist; week 5 is progressed
  CHECK(week_of(*r, 12).has_value());
  CHECK_FALSE(week_of(*r, 13).has_value());
  const std::string canonical = formatted(*r);
  CHECK(canonical.find("weeks: 12\n") != std::string::npos);
  CHECK(canonical.find("progression barbell back squat: 5/3/1, training max 140kg, +5kg per cycle, deload every 4 weeks\n") !=
        std::string::npos);
  const auto again = read(canonical);
  REQUIRE(again.has_value());
  CHECK(*again == *r);
}

TEST_CASE("progression and length lines: errors where and why") {
  struct bad {
    const char* text;
    std::size_t line, column;
    const char* message;
  };
  const std::string body = "hip thrust 3x10 @100kg\n";
  const bad cases[] = {
      {"weeks: 0\n", 1, 8, "weeks: N"},
      {"weeks: 521\n", 1, 8, "520 weeks"},
      {"weeks: 4\nweeks: 5\n", 2, 8, "stated once"},
      {"progression hip thrus: +2.5 per session\n", 1, 13, "no built-in exercise"},
      {"progression hip thrust: +2.5kg per session\n", 1, 25, "progression line"},
      {"progression hip thrust: +2.5 per fortnight\n", 1, 25, "progression line"},
      {"progression hip thrust: +2.5 per session, +5 per week\n", 1, 43, "each part once"},
      {"progression hip thrust: training max 100kg\n", 1, 25, "kind first"},
      {"progression hip thrust: wave 65%x5+ 75%x5\n", 1, 25, "progression line"},
      {"progression hip thrust: wave 65%x5, training max 100kg, +5lb per cycle\n", 1, 1, "training max"},
      {"progression hip thrust: deload every 1 weeks\n", 1, 1, "deload keeps"},
      {"progression hip thrust: none, deload every 4 weeks\n", 1, 31, "each part once"},
      {"progression hip thrust: double progression +0 reps, +5 per week\n", 1, 1, "at least 1"},
      {"progression hip thrust: +2.5 per session\nprogression hip thrust: +5 per session\n", 2, 1, "once"},
      {"progression hip thrust: deload weeks 1 2 3 4 5 6 7 8 9\n", 1, 25, "progression line"},
      {"weeks: 4\nprogram: late\n", 2, 1, "comes before"},
  };
  for (const auto& c : cases) {
    const std::string text = c.text + body;
    CAPTURE(text);
    const auto r = read(text);
    REQUIRE_FALSE(r.has_value());
    const auto& e = r.error();
    CHECK(std::string(e.message).rfind("sinew: ", 0) == 0);
    CHECK(std::string(e.message).find(c.message) != std::string::npos);
    CHECK(e.line == c.line);
    CHECK(e.column == c.column);
  }
}

TEST_CASE("check refuses every class of value a program file cannot state") {
  const set_scheme s = straight_sets(3, 10);
  const auto one = [&](auto&& edit) {
    program_builder b{"Name"};
    b.day(1, "Title").block(block_role::working).add(exercise_id{leg_press}, s);
    edit(b);
    return b.peek();
  };
  struct refused {
    const char* rule;
    program p;
  };
  const auto with_name = [&](text_view n) {
    program_builder b{n};
    b.add(exercise_id{leg_press}, s);
    return b.peek();
  };
  const auto with_title = [&](text_view t) {
    program_builder b;
    b.day(1, t).add(exercise_id{leg_press}, s);
    return b.peek();
  };
  const auto with_labels = [&](coach_label a, coach_label c, bool grouped) {
    program_builder b;
    if (grouped) b.group(grouping_kind::superset, {{exercise_id{leg_press}, s, a}, {exercise_id{lying_leg_curl}, s, c}});
    else b.add(exercise_id{leg_press}, s, a).add(exercise_id{lying_leg_curl}, s, c);
    return b.peek();
  };
  std::vector<refused> cases;
  for (text_view t : {text_view{"a#b"}, text_view{"a\nb"}, text_view{" a"}, text_view{"a "}, text_view{"a\t"}, text_view{"\ra"}}) {
    cases.push_back({"text_unwritable", with_name(t)});
    cases.push_back({"text_unwritable", with_title(t)});
  }
  {
    program_builder b;
    b.block(block_role::none).add(exercise_id{leg_press}, s);
    cases.push_back({"block_role_none", b.peek()});
  }
  {
    program_builder b;
    b.block(block_role::working, 0, 0, time_unit::second).add(exercise_id{leg_press}, s);
    cases.push_back({"block_unit_without_length", b.peek()});
  }
  cases.push_back({"label_malformed", with_labels({0, 'A'}, {}, false)});
  cases.push_back({"label_malformed", with_labels({1, 'a'}, {}, false)});
  cases.push_back({"label_malformed", with_labels({1, '['}, {}, false)});
  cases.push_back({"grouping_labels", with_labels({2, 'A'}, {2, 'C'}, true)});
  cases.push_back({"grouping_labels", with_labels({2, 'A'}, {3, 'B'}, true)});
  cases.push_back({"grouping_labels", with_labels({2, 'A'}, {}, true)});
  cases.push_back({"grouping_labels", with_labels({}, {2, 'B'}, true)});
  cases.push_back({"grouping_labels", with_labels({1, 0}, {2, 0}, true)});
  cases.push_back({"grouping_labels", with_labels({2, 'B'}, {2, 'C'}, true)});
  cases.push_back({"label_joins_run", with_labels({2, 'A'}, {2, 'B'}, false)});
  cases.push_back({"label_joins_run", with_labels({2, 'C'}, {2, 'D'}, false)});
  {
    program_builder b;
    b.group(grouping_kind::superset, {{exercise_id{leg_press}, s, {2, 'A'}}, {exercise_id{lying_leg_curl}, s, {2, 'B'}}})
        .add(exercise_id{leg_extension}, s, {2, 'C'});
    cases.push_back({"label_joins_run", b.peek()});
  }
  cases.push_back({"week_number_too_large", one([](program_builder& b) { b.week(10000).add(exercise_id{leg_press}, straight_sets(3, 10)); })});
  progression mixed = linear_load({25, load_step::unit_kind::tenths});
  mixed.wave.count = 1;
  cases.push_back({"progression_unused_parameters", one([&](program_builder& b) { b.progress(exercise_id{leg_press}, mixed); })});
  progression none_with_step{};
  none_with_step.linear.step.amount = 5;
  cases.push_back({"progression_unused_parameters", one([&](program_builder& b) { b.progress(exercise_id{leg_press}, none_with_step); })});
  percentage_wave w = five_three_one({load_kind::kg, 1000}, {});
  w.weeks[4].count = 1;  // past the count
  cases.push_back({"progression_unwritable", one([&](program_builder& b) { b.progress(exercise_id{leg_press}, wave_of(w)); })});
  w = five_three_one({load_kind::kg, 1000}, {});
  w.weeks[0].sets[5] = {500, 5};  // past the week's count
  cases.push_back({"progression_unwritable", one([&](program_builder& b) { b.progress(exercise_id{leg_press}, wave_of(w)); })});
  deload_schedule d{};
  d.weeks[0] = 3;  // listed 0
  cases.push_back({"progression_unwritable", one([&](program_builder& b) { b.progress(exercise_id{leg_press}, progression{}.with(d)); })});
  cases.push_back({"wave_training_max", one([&](program_builder& b) {
                     b.progress(exercise_id{leg_press}, wave_of(five_three_one({load_kind::bodyweight, 0}, {})));
                   })});
  for (const auto& c : cases) {
    CAPTURE(c.rule);
    CAPTURE(formatted(c.p));
    const auto found = check(c.p);
    CHECK(found.rule == text_view{c.rule});
  }
}

TEST_CASE("a compound set's exercises share a target muscle: in a file, in code, with a user's catalog") {
  const auto bad = read("working:\ncompound set: A leg extension 3x15; B lying leg curl 3x15\n");
  REQUIRE_FALSE(bad.has_value());
  CHECK(std::string(bad.error().message).find("share a target muscle") != std::string::npos);
  CHECK(bad.error().line == 2);
  const auto header = read("compound set:\n1A. leg extension 3x15\n1B. lying leg curl 3x15\n");
  REQUIRE_FALSE(header.has_value());
  CHECK(header.error().line == 1);
  const auto good = read("compound set: A leg extension 3x15; B leg press 3x10\n");
  REQUIRE_MESSAGE(good.has_value(), std::string(good.error().message));
  // a user's catalog: the records' derived anatomy decides
  std::vector<exercise_record> mine{builtin_exercises[exercise_id{leg_extension}.index],
                                    builtin_exercises[exercise_id{lying_leg_curl}.index],
                                    builtin_exercises[exercise_id{leg_press}.index]};
  const span<const exercise_record> cat{mine.data(), mine.size()};
  const std::string pair = "compound set: A " + std::string(mine[0].id) + " 3x15; B ";
  const auto user_bad = read(pair + std::string(mine[1].id) + " 3x15\n", cat);
  REQUIRE_FALSE(user_bad.has_value());
  CHECK(std::string(user_bad.error().message).find("share a target muscle") != std::string::npos);
  const auto user_good = read(pair + std::string(mine[2].id) + " 3x10\n", cat);
  REQUIRE_MESSAGE(user_good.has_value(), std::string(user_good.error().message));
  CHECK(check<builtin_model>(*user_good, cat).ok());
}

// A user's exercise is named in a program file by its name or id, alone on a
// line (where a header word, a label or a ':' could make the line read as a
// header), after a label, in a one-line grouping and in a progression line. A
// name built from every word that begins another kind of line, and from every
// mark the formats give a meaning to, is either refused by parse_exercise (the
// name rule, at the name) or read back from every such program unchanged.
TEST_CASE("a user's exercise name is refused, or every program naming it reads back") {
  std::vector<std::string> words = {"program", "weeks", "progression", "week", "day", "main", "x", "lift",
                                    "1.", "2A)", "12", "3x10", "10min", "rest 60s", "A.", "1A.", "-", "caf\xC3\xA9",
                                    ":", "@", "#", "\"", ";", "'", ",", "(", "+", "/"};
  for (const auto& day : detail::weekday_words)
    for (text_view w : day)
      if (!w.empty()) words.emplace_back(w);
  for (const auto& k : notation_keywords())
    if (k.group == keyword_group::block_role || k.group == keyword_group::grouping_kind) {
      std::string spaced(k.pattern), closed;
      for (char& c : spaced) {
        if (c == '-') c = ' ';
        else closed += c;
      }
      words.push_back(std::string(k.pattern));
      words.push_back(spaced);
      words.push_back(closed);
    }
  std::vector<std::string> names;
  for (const auto& a : words) {
    for (const char* form : {"%", "% lift", "%: lift", "% 2: lift", "lift %", "% 3x10", "%%"}) {
      std::string n;
      for (const char* f = form; *f; ++f) n += *f == '%' ? a : std::string(1, *f);
      names.push_back(n);
    }
    for (const char* mark : {":", "@", "#", "1.", "A.", "\"", ";"}) names.push_back(a + " " + mark);
  }
  names.push_back(std::string(64, 'a'));
  names.push_back(std::string(65, 'a'));

  std::vector<exercise_record> records(builtin_catalog().begin(), builtin_catalog().end());
  records.emplace_back();
  const span<const exercise_record> cat{records.data(), records.size()};
  const exercise_id mine{static_cast<std::uint16_t>(records.size() - 1)};
  const set_scheme s = straight_sets(3, 10);
  std::vector<program> programs;
  std::size_t refused = 0, read_back = 0;
  for (const auto& n : names) {
    for (const bool as_id : {false, true}) {
      const std::string text = (as_id ? "name: user lift; id: " + n : "name: " + n) +
                               "; loads: hip_extension; equipment: band; pattern: hinge";
      CAPTURE(text);
      const auto r = parse_exercise(text);
      if (n.find(';') != std::string::npos) {
        // ';' ends the entry, so no statement names this: what reads is another name
        CHECK((!r || (r->name != text_view{n.data(), n.size()} && r->id != text_view{n.data(), n.size()})));
      } else {
        REQUIRE(r.has_value() == detail::writable_exercise_name(text_view{n.data(), n.size()}));
      }
      if (!r) {
        ++refused;
        if (n.find(';') == std::string::npos) {
          CHECK(r.error().message == message(exercise_rule::name_unwritable));
          CHECK(r.error().position == text.find(n, 5));
        }
        continue;
      }
      CHECK(first_broken_rule(*r) == exercise_rule::ok);
      records.back() = *r;
      const auto add = [&](auto&& fill) {
        program_builder b;
        fill(b);
        programs.push_back(b.peek());
      };
      programs.clear();
      add([&](program_builder& b) { b.add(mine, s); });
      add([&](program_builder& b) { b.add(mine, s, {1, 0}); });
      add([&](program_builder& b) { b.group(grouping_kind::superset, {{mine, s}, {exercise_id{lying_leg_curl}, s}}); });
      add([&](program_builder& b) {
        b.group(grouping_kind::superset, {{exercise_id{lying_leg_curl}, s, {2, 'A'}}, {mine, s, {2, 'B'}}});
      });
      add([&](program_builder& b) { b.progress(mine, linear_load({25, load_step::unit_kind::tenths})).add(mine, s); });
      for (const auto& p : programs) {
        REQUIRE(check(p, cat).ok());
        const std::string file = formatted(p, cat);
        CAPTURE(file);
        const auto back = read(file, cat);
        REQUIRE_MESSAGE(back.has_value(), std::string(back.error().message));
        CHECK(*back == p);
        ++read_back;
      }
    }
  }
  MESSAGE(names.size(), " names: ", refused, " refused, ", read_back, " programs read back");
  CHECK(refused > 100);
  CHECK(read_back > 1000);
}

TEST_CASE("check refuses an exercise whose id a program file cannot write") {
  std::vector<exercise_record> records(builtin_catalog().begin(), builtin_catalog().end());
  records.push_back(builtin_catalog()[exercise_id{leg_press}.index]);
  const span<const exercise_record> cat{records.data(), records.size()};
  const exercise_id mine{static_cast<std::uint16_t>(records.size() - 1)};
  for (const char* id : {"", "a#b", "a@b", "say \"hi\"", "a;b", "a\nb", " a", "1A. lift",
                         "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}) {
    CAPTURE(id);
    records.back().id = id;
    CHECK(first_broken_rule(records.back()) == exercise_rule::name_unwritable);
    program_builder b;
    b.add(mine, straight_sets(3, 10));
    CHECK(check(b.peek(), cat).rule == text_view{"exercise_id_unwritable"});
    program_builder q;
    q.progress(mine, linear_load({25, load_step::unit_kind::tenths})).add(exercise_id{leg_press}, straight_sets(3, 10));
    CHECK(check(q.peek(), cat).rule == text_view{"exercise_id_unwritable"});
  }
  records.back().id = "my_leg_press";
  program_builder b;
  b.add(mine, straight_sets(3, 10));
  CHECK(check(b.peek(), cat).ok());
}
