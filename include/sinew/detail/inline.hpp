// SINEW_DETAIL_INLINE_LAMBDA: asks GCC and Clang to inline a lambda at each call,
// written after its parameter list (`[&](int x) SINEW_DETAIL_INLINE_LAMBDA { ... }`).
// The standard attribute cannot say it there (it would name the lambda's type), and a
// search's small lambdas called in its innermost loop otherwise cost a call, a frame
// and their captures' loads each time (the volume search's: 6 % of a generate's
// instructions, callgrind).
// SINEW_DETAIL_OUT_OF_LINE_LAMBDA: the other way, for a lambda called rarely whose body,
// inlined, makes the compiler treat a hot loop beside it worse.
// SINEW_DETAIL_ALWAYS_INLINE and SINEW_DETAIL_NOINLINE: the same two requests for member
// functions, written before the declaration (detail::volume_search's terms and pair search).
// Other compilers read nothing.
#pragma once

#if defined(__GNUC__) || defined(__clang__)
#define SINEW_DETAIL_INLINE_LAMBDA __attribute__((always_inline))
#define SINEW_DETAIL_OUT_OF_LINE_LAMBDA __attribute__((noinline))
#define SINEW_DETAIL_ALWAYS_INLINE __attribute__((always_inline)) inline
#define SINEW_DETAIL_NOINLINE __attribute__((noinline))
#else
#define SINEW_DETAIL_INLINE_LAMBDA
#define SINEW_DETAIL_OUT_OF_LINE_LAMBDA
#define SINEW_DETAIL_ALWAYS_INLINE inline
#define SINEW_DETAIL_NOINLINE
#endif
