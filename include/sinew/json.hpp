// Opt-in JSON for every layer that writes it: the anatomy model
// (anatomy/json.hpp), exercises and catalogs (exercises/json.hpp), schemes,
// groupings and lines (notation/json.hpp), a program and its analysis
// (programs/json.hpp), all in namespace sinew::json and
// built on json_text.hpp. Uses <string>, so neither the core headers nor the
// umbrella <sinew/sinew.hpp> include it.
#pragma once

#include <sinew/anatomy/json.hpp>
#include <sinew/exercises/json.hpp>
#include <sinew/json_text.hpp>
#include <sinew/notation/json.hpp>
#include <sinew/programs/json.hpp>
