// Questions about exercises, on the built-in catalog and on any run-time catalog
// (a span of records): which exercises cover an action, a muscle or a group
// (optionally prime movers only), under a filter (equipment available, no
// spinal load, unilateral, pattern, compound/isolation, loaded stretched, the
// kinds counted: strength and power unless the filter opts others in);
// substitutes ranked by similarity; and the smallest set of exercises covering
// a set of actions. Everything is constexpr and allocation-free: built-in
// queries read precomputed bitset indexes (generated data,
// exercises/detail/builtin_index.hpp, checked against the derivation by
// tests/exercises/static_builtin_catalog.cpp); run-time queries scan records
// and write to the caller's output.
// Each job has its header, included here: filters (exercises/filter.hpp);
// what covers means, on records and run-time catalogs (coverage.hpp); the
// built-in catalog's precomputed indexes (builtin_queries.hpp); similarity
// and substitutes (similarity.hpp); the smallest covering set (cover.hpp).
#pragma once

#include <sinew/exercises/builtin_queries.hpp>
#include <sinew/exercises/cover.hpp>
#include <sinew/exercises/coverage.hpp>
#include <sinew/exercises/filter.hpp>
#include <sinew/exercises/similarity.hpp>
