// The programs layer: what needs both the exercises and the set schemes, such
// as resolving the exercise names written in a program and the rules that need
// their anatomy (a compound set's exercises share a target muscle).
#pragma once

#include <sinew/programs/checks.hpp>
#include <sinew/programs/exercise_names.hpp>
#include <sinew/programs/program.hpp>
#include <sinew/programs/rules.hpp>
#include <sinew/programs/scheme_fit.hpp>
#include <sinew/programs/text.hpp>
