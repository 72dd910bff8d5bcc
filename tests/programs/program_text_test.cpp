// Programs as text: the file format read and written (programs/text.hpp).
#include <doctest/doctest.h>

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

program_text_result<> read(const std::string& text, span<const exercise_record> catalog = builtin_catalog()) {
  return parse_program(text_view{text.data(), text.size()}, catalog);
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

TEST_CASE("property: parse_program(format(p)) == p over generated programs") {
  sinew_test::rng r{20261202};
  std::size_t groupings = 0, labelled = 0, weeks = 0;
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
  }
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
