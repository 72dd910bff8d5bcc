// The exercises layer: exercises as compile-time types with compact run-time
// records, muscles and roles derived from the anatomy, the built-in catalog,
// coverage queries, substitutes, smallest covers and the text format.
#pragma once

#include <sinew/exercises/catalog.hpp>
#include <sinew/exercises/derivation.hpp>
#include <sinew/exercises/descriptor.hpp>
#include <sinew/exercises/kinds.hpp>
#include <sinew/exercises/names.hpp>
#include <sinew/exercises/parse.hpp>
#include <sinew/exercises/queries.hpp>
#include <sinew/exercises/scan.hpp>
