// The programs layer: what needs both the exercises and the set schemes, such
// as resolving the exercise names written in a program and the rules that need
// their anatomy (a compound set's exercises share a target muscle), the load
// arithmetic that turns @80% into kg, and progressions from week 1 to week n.
#pragma once

#include <sinew/programs/checks.hpp>
#include <sinew/programs/exercise_names.hpp>
#include <sinew/programs/loads.hpp>
#include <sinew/programs/program.hpp>
#include <sinew/programs/progression.hpp>
#include <sinew/programs/rules.hpp>
#include <sinew/programs/scheme_fit.hpp>
#include <sinew/programs/text.hpp>
