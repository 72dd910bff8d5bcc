// The programs layer: what needs both the exercises and the set schemes, such
// as resolving the exercise names written in a program and the rules that need
// their anatomy (a compound set's exercises share a target muscle), and the
// analysis of a program (volume, coverage, balance, order, recovery, duration).
#pragma once

#include <sinew/programs/analysis.hpp>
#include <sinew/programs/bodymap.hpp>
#include <sinew/programs/checks.hpp>
#include <sinew/programs/exercise_names.hpp>
#include <sinew/programs/findings.hpp>
#include <sinew/programs/program.hpp>
#include <sinew/programs/report.hpp>
#include <sinew/programs/rules.hpp>
#include <sinew/programs/scheme_fit.hpp>
