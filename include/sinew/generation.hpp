// The program generator (generation/): a request (generation/request.hpp) in,
// a program its own analysis finds no fault with out, built from blocks a user
// can replace one at a time (generation/parts.hpp).
#pragma once

#include <sinew/generation/draft.hpp>
#include <sinew/generation/editing.hpp>
#include <sinew/generation/generator.hpp>
#include <sinew/generation/ordering.hpp>
#include <sinew/generation/parts.hpp>
#include <sinew/generation/prescription.hpp>
#include <sinew/generation/progression_plan.hpp>
#include <sinew/generation/request.hpp>
#include <sinew/generation/request_text.hpp>
#include <sinew/generation/scheduling.hpp>
#include <sinew/generation/selection.hpp>
#include <sinew/generation/time_budget.hpp>
#include <sinew/generation/volume.hpp>
