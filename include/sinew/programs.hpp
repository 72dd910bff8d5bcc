// The programs layer: programs as values (weeks of sessions on days, blocks,
// entries naming exercises by id, progressions) and as text, the rules that need
// the exercises' anatomy (a compound set's exercises share a target muscle, a
// scheme fits its exercise), resolving the names people write, the load
// arithmetic that turns @80% into kg, and the analysis of a program (volume,
// coverage, balance, order, recovery, duration) with its report and body map.
#pragma once

#include <sinew/programs/analysis.hpp>
#include <sinew/programs/bodymap.hpp>
#include <sinew/programs/checks.hpp>
#include <sinew/programs/exercise_names.hpp>
#include <sinew/programs/findings.hpp>
#include <sinew/programs/loads.hpp>
#include <sinew/programs/program.hpp>
#include <sinew/programs/progression.hpp>
#include <sinew/programs/report.hpp>
#include <sinew/programs/rules.hpp>
#include <sinew/programs/scheme_fit.hpp>
#include <sinew/programs/text.hpp>
