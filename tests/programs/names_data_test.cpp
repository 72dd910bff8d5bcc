// The agreement figure: how many of the names other programs and people write
// resolve to the right built-in exercise, and that none resolves to a wrong one.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <string_view>

#include <sinew/programs.hpp>

#include "data/written_names.hpp"

using namespace sinew;

namespace {
struct tally {
  int present = 0, right = 0, unresolved = 0, wrong = 0, absent = 0, absent_resolved = 0;
};

template <std::size_t N>
tally judge(const written_name (&names)[N], const char* label) {
  tally t;
  for (const auto& n : names) {
    const auto got = match_exercise(n.name);
    const std::string_view expected = n.expected;
    CAPTURE(std::string(n.name));
    if (!expected.empty()) {
      const auto want = find_exercise(expected);
      REQUIRE_MESSAGE(want.has_value(), "the data names an exercise sinew does not have: ", expected);
      ++t.present;
      if (!got) {
        ++t.unresolved;
        MESSAGE("unresolved: \"" << std::string(n.name) << "\" (" << expected << ")");
      } else if (*got == *want) {
        ++t.right;
      } else {
        ++t.wrong;
        FAIL_CHECK("\"" << std::string(n.name) << "\" resolves to " << std::string(info(*got).id) << ", not " << expected);
      }
    } else {
      ++t.absent;
      if (got) {
        ++t.absent_resolved;
        FAIL_CHECK("\"" << std::string(n.name) << "\" names a movement sinew does not have, yet resolves to "
                        << std::string(info(*got).id));
      }
    }
  }
  std::printf("%s: %d of %d names of exercises sinew has resolve right (%.1f %%), %d unresolved, %d wrong; "
              "%d of %d names of other movements resolve (must be 0)\n",
              label, t.right, t.present, 100.0 * t.right / t.present, t.unresolved, t.wrong, t.absent_resolved, t.absent);
  return t;
}
}  // namespace

TEST_CASE("names from free-exercise-db and app exports resolve right, and never wrong") {
  const auto a = judge(free_exercise_db_names, "free-exercise-db");
  const auto b = judge(app_export_names, "app exports and short forms");
  const int present = a.present + b.present, right = a.right + b.right;
  std::printf("together: %d of %d (%.1f %%)\n", right, present, 100.0 * right / present);
  CHECK(a.wrong + b.wrong == 0);
  CHECK(a.absent_resolved + b.absent_resolved == 0);
  CHECK(100 * a.right >= 95 * a.present);
  CHECK(100 * b.right >= 95 * b.present);
}
