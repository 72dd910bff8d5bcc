// The anatomy layer: joints, their actions, muscle groups and muscles of the
// lower body as compile-time types with run-time ids, and the queries over them.
// JSON output is opt-in: sinew/anatomy/json.hpp.
#pragma once

#include <sinew/anatomy/lower_body.hpp>
#include <sinew/anatomy/names.hpp>
