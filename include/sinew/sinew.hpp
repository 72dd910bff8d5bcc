// sinew: lower-body functional anatomy and training programming, header-only.
// This umbrella header includes every layer; printing and JSON are opt-in.
#pragma once

#include <sinew/anatomy.hpp>
#include <sinew/version.hpp>
