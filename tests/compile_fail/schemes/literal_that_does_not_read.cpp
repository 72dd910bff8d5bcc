// A scheme literal that does not read stops compilation with what the parser
// expected and the byte offset of the problem (here 6, the end, where a tempo
// or load should follow the '@').
// Twin: the literal with its tempo compiles.
#include <sinew/notation.hpp>

using namespace sinew::literals;
#ifdef SINEW_COMPILE_FAIL
constexpr auto squats = "3x15 @"_scheme;
#else
constexpr auto squats = "3x15 @301"_scheme;
#endif
static_assert(squats.sets == 3);
