// The seed routines are valid programs at compile time, and a program file is
// read at compile time too.
#include "seed_routines.hpp"

namespace {
using namespace sinew;

static_assert(check(seed_routines::glute_routine()).ok());
static_assert(check(seed_routines::hamstring_routine()).ok());
static_assert(check(seed_routines::quad_routine()).ok());
static_assert(check(seed_routines::calf_routine()).ok());
static_assert(check(seed_routines::balanced_leg_workout()).ok());
static_assert(check(seed_routines::king_of_workouts()).ok());

// The calf routine's file, read in constant evaluation, is the C++ value.
constexpr text_view calf_file =
    "program: Calf routine\n"
    "working:\n"
    "circuit:\n"
    "1A. standing calf raise machine 3x12 stretch and squeeze 3s\n"
    "1B. seated calf raise machine 3x25 stretch and squeeze 2s\n"
    "1C. tip toe walk 3x50yd\n";
static_assert(parse_program(calf_file).has_value());
static_assert(*parse_program(calf_file) == seed_routines::calf_routine());
// An error is a value in constant evaluation: line, column, candidates.
constexpr auto unknown = parse_program("working:\n  hip thrus 4x8\n");
static_assert(!unknown.has_value() && unknown.error().line == 2 && unknown.error().column == 3);
static_assert(unknown.error().candidate_count != 0);
}  // namespace
