// The derivation against free-exercise-db (public domain; tests/exercises/data/free_exercise_db.hpp):
// for each of its entries that names a built-in exercise, whether its primary groups, secondary
// groups, mechanic and equipment agree with sinew's, and the totals.
//
// free-exercise-db's muscle words map to sinew's groups in one table (`muscle_words`): quadriceps,
// hamstrings, glutes, calves, adductors and abductors are the groups of the same name; "lower back"
// is lower_back. Its other words (abdominals, lats, traps, forearms, ...) name muscles the lower-body
// model does not have and are not compared. sinew has groups free-exercise-db does not name (hip
// flexors, shin, peroneals, deep external rotators): they are not compared either.
//
// Agreement, for one entry:
//  - primary: every group free-exercise-db calls primary is a prime mover in sinew (group_role), or
//    the group a soft-tissue exercise treats;
//  - primary, both ways (printed, not required): also every group sinew calls a prime mover is one
//    free-exercise-db names (primary or secondary);
//  - secondary: every group free-exercise-db calls secondary is involved in sinew (any role);
//  - mechanic: the same word (entries without one are not compared);
//  - equipment: sinew's equipment holds free-exercise-db's (entries with "other" or none are not
//    compared; "body only" is bodyweight).
// Every primary disagreement must be listed, with its reason and source, in docs/evidence.md, and
// the primary groups must agree for at least 95 % of the entries.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <sinew/exercises.hpp>

#include "data/free_exercise_db.hpp"

namespace {

using namespace sinew;

struct muscle_word {
  std::string_view word;
  const char* group;  // sinew's group, or nullptr: a muscle the lower-body model does not have
};

// free-exercise-db's muscle words and the sinew group each names.
constexpr muscle_word muscle_words[] = {
    {"quadriceps", "quadriceps"}, {"hamstrings", "hamstrings"}, {"glutes", "glutes"},
    {"calves", "calves"},         {"adductors", "adductors"},   {"abductors", "abductors"},
    {"lower back", "lower_back"}, {"abdominals", nullptr},      {"biceps", nullptr},
    {"chest", nullptr},           {"forearms", nullptr},        {"lats", nullptr},
    {"middle back", nullptr},     {"neck", nullptr},            {"shoulders", nullptr},
    {"traps", nullptr},           {"triceps", nullptr},
};

struct equipment_word {
  std::string_view word;
  int equipment;  // a sinew::equipment, or -1: not compared
};
constexpr equipment_word equipment_words[] = {
    {"barbell", static_cast<int>(equipment::barbell)},   {"dumbbell", static_cast<int>(equipment::dumbbell)},
    {"kettlebells", static_cast<int>(equipment::kettlebell)}, {"cable", static_cast<int>(equipment::cable)},
    {"machine", static_cast<int>(equipment::machine)},   {"bands", static_cast<int>(equipment::band)},
    {"body only", static_cast<int>(equipment::bodyweight)}, {"foam roll", static_cast<int>(equipment::foam_roller)},
    {"other", -1}, {"", -1}, {"e-z curl bar", -1}, {"medicine ball", -1}, {"exercise ball", -1},
};

group_set groups_of(std::string_view list) {
  group_set s{};
  while (!list.empty()) {
    const auto comma = list.find(',');
    const std::string_view w = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    bool known = false;
    for (const auto& m : muscle_words)
      if (m.word == w) {
        known = true;
        if (m.group != nullptr) {
          const auto g = lower_body.find_group(m.group);
          REQUIRE(g.has_value());
          s.insert(*g);
        }
      }
    REQUIRE_MESSAGE(known, "free-exercise-db muscle word not in the table: ", std::string(w));
  }
  return s;
}

std::string names(const group_set& s) {
  std::string out;
  s.for_each([&](group_id g) {
    if (!out.empty()) out += ",";
    out += std::string(lower_body.info(g).id.data(), lower_body.info(g).id.size());
  });
  return out.empty() ? "-" : out;
}

struct sinew_groups {
  group_set prime{};
  group_set involved{};
};

sinew_groups sinew_groups_of(const exercise_record& r) {
  const auto p = derive(r);
  sinew_groups s{};
  for (std::size_t i = 0; i != lower_body_model::group_count; ++i) {
    const group_id g{static_cast<std::uint8_t>(i)};
    const muscle_role role = group_role(p, g);
    // Soft-tissue work has no prime mover: the group it treats is its primary group.
    if (role == muscle_role::prime_mover || role == muscle_role::treated) s.prime.insert(g);
    if (role != muscle_role::none) s.involved.insert(g);
  }
  return s;
}

std::string read_text(const char* path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("the derivation agrees with free-exercise-db") {
  const std::string doc = read_text(SINEW_EVIDENCE_DOC);
  int primary = 0, both = 0, secondary = 0, mech = 0, mech_n = 0, equip = 0, equip_n = 0, n = 0;
  for (const auto& x : free_exercise_db_entries) {
    const auto id = find_exercise(x.sinew_id);
    REQUIRE_MESSAGE(id.has_value(), "no built-in exercise ", x.sinew_id);
    const exercise_record& r = builtin_catalog()[id->index];
    const group_set fp = groups_of(x.primary);
    const group_set fs = groups_of(x.secondary);
    const sinew_groups s = sinew_groups_of(r);
    const bool p_ok = (fp - s.prime).empty();
    const bool both_ok = p_ok && (s.prime - (fp | fs)).empty();
    both += both_ok ? 1 : 0;
    const bool s_ok = (fs - s.involved).empty();
    ++n;
    primary += p_ok ? 1 : 0;
    secondary += s_ok ? 1 : 0;
    const std::string_view m = x.mechanic;
    const char* mech_mark = "  ";
    if (!m.empty()) {
      ++mech_n;
      const bool ok = m == std::string_view(name_of(r.mechanic).data(), name_of(r.mechanic).size());
      mech += ok ? 1 : 0;
      mech_mark = ok ? "ok" : "NO";
    }
    const char* equip_mark = "  ";
    for (const auto& e : equipment_words)
      if (e.word == x.equipment) {
        if (e.equipment >= 0) {
          ++equip_n;
          const bool ok = r.equipment.contains(static_cast<equipment>(e.equipment));
          equip += ok ? 1 : 0;
          equip_mark = ok ? "ok" : "NO";
        }
      }
    std::printf("%-40s %-28s primary %s [fdb %s | sinew %s] secondary %s [fdb %s | sinew %s] mechanic %s equipment %s\n",
                x.name, x.sinew_id, p_ok ? "ok" : "NO", names(fp).c_str(), names(s.prime).c_str(), s_ok ? "ok" : "NO",
                names(fs).c_str(), names(s.involved).c_str(), mech_mark, equip_mark);
    if (!p_ok) {
      // Each primary disagreement is listed in docs/evidence.md with its reason and source.
      const std::string row = std::string("| ") + x.name + " | " + x.sinew_id + " |";
      CHECK_MESSAGE(doc.find(row) != std::string::npos, "not listed in docs/evidence.md: ", row);
    }
  }
  std::printf("free-exercise-db agreement over %d matches: primary %d (%.1f %%; both ways %d), secondary %d (%.1f %%), "
              "mechanic %d/%d, equipment %d/%d\n",
              n, primary, 100.0 * primary / n, both, secondary, 100.0 * secondary / n, mech, mech_n, equip, equip_n);
  CHECK(primary * 100 >= 95 * n);
}

TEST_CASE("every built-in exercise and group: a prime group carries its share, no muscle counts twice") {
  for (const exercise_record& r : builtin_catalog()) {
    CAPTURE(std::string(r.id.data(), r.id.size()));
    const auto p = derive(r);
    double total = 0.0;
    for (std::size_t i = 0; i != lower_body_model::group_count; ++i) {
      const group_id g{static_cast<std::uint8_t>(i)};
      CAPTURE(std::string(lower_body.info(g).id.data(), lower_body.info(g).id.size()));
      total += group_share(p, g);
      const muscle_role role = group_role(p, g);
      if (role == muscle_role::prime_mover) CHECK(group_share(p, g, muscle_role::prime_mover) >= group_prime_share);
      CHECK(covers(r, g, coverage::prime) == (role == muscle_role::prime_mover));
      CHECK(exercises_covering(g, coverage::prime, exercise_filter{}.all_kinds()).contains(exercise_id{static_cast<std::uint16_t>(&r - builtin_catalog().data())}) ==
            (role == muscle_role::prime_mover));
    }
    // The groups' shares sum like the muscles' emphases: each set of an exercise counts once in all.
    CHECK(total <= 1.0 + 1e-5);
    // Plantar flexors in every moved squat, lunge and step (Bryanton et al. 2012); none in a hinge
    // that does not load the ankle.
    const bool shank_forward = (r.pattern == movement_pattern::squat || r.pattern == movement_pattern::lunge ||
                                r.pattern == movement_pattern::step) &&
                               r.contraction != contraction::isometric;
    if (shank_forward) CHECK(role_in(r, soleus) >= muscle_role::stabilizer);
    if (r.pattern == movement_pattern::hinge && !(r.loads | r.assists | r.stabilizes).contains(ankle_plantar_flexion))
      CHECK(role_in(r, soleus) == muscle_role::none);
  }
}
