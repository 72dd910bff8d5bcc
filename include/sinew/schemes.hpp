// Set schemes, groupings and session blocks with their rules and derived
// figures, in the forms of the articles (Balanced Leg Muscles; King of
// Workouts; Padron; sinew/sources.hpp). The text notation is in
// sinew/notation.hpp.
#pragma once

#include <sinew/schemes/rules.hpp>
#include <sinew/schemes/prescription.hpp>
#include <sinew/schemes/set_scheme.hpp>
#include <sinew/schemes/grouping.hpp>
#include <sinew/schemes/figures.hpp>
