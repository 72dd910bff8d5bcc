// sinew: lower-body functional anatomy and training programming, header-only.
// This umbrella header includes every layer. Printing beyond text_view's
// stream operator, and JSON, are opt-in headers (sinew/io.hpp, sinew/json.hpp).
#pragma once

#include <sinew/anatomy.hpp>
#include <sinew/exercises.hpp>
#include <sinew/generation.hpp>
#include <sinew/notation.hpp>
#include <sinew/programs.hpp>
#include <sinew/schemes.hpp>
#include <sinew/version.hpp>
