// Set schemes, groupings and session blocks with their rules and derived
// figures (domain.md section 3). The text notation is in sinew/notation.hpp.
#pragma once

#include <sinew/schemes/rules.hpp>
#include <sinew/schemes/prescription.hpp>
#include <sinew/schemes/set_scheme.hpp>
#include <sinew/schemes/grouping.hpp>
#include <sinew/schemes/figures.hpp>
