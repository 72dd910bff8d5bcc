// The exercises layer: exercises as compile-time types with compact run-time
// records, the muscles of an exercise with roles and emphasis derived from the
// anatomy (muscles_of), the built-in catalog, coverage queries, substitutes,
// smallest covers and the text format. JSON output is opt-in: sinew/exercises/json.hpp.
#pragma once

#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/derivation.hpp>
#include <sinew/exercises/muscles_of.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/kinds.hpp>
#include <sinew/exercises/names.hpp>
#include <sinew/exercises/parse.hpp>
#include <sinew/exercises/queries.hpp>
#include <sinew/exercises/scan.hpp>
