// The text notation for set schemes: parse (text -> scheme, grouping, block),
// format (canonical text), and compile-time literals. Grammar: docs/notation.md.
// JSON output is opt-in: sinew/notation/json.hpp.
#pragma once

#include <sinew/schemes.hpp>
#include <sinew/notation/messages.hpp>
#include <sinew/notation/text.hpp>
#include <sinew/notation/parse.hpp>
#include <sinew/notation/format.hpp>
#include <sinew/notation/literal.hpp>
