// In a tempo, X (explosive) is the concentric digit: "30X1" is valid, "3X01"
// puts it in the pause. The literal is read at compile time, so the broken
// rule stops compilation with its sentence and the byte offset.
// Twin: "30X1" compiles.
#include <sinew/notation.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto squats = sinew::scheme<"3x5 @3X01">;
#else
constexpr auto squats = sinew::scheme<"3x5 @30X1">;
#endif
static_assert(squats.sets == 3);
