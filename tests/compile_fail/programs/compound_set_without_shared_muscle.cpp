// Seed 003's compound set is two exercises for one muscle; a leg extension and a
// lying leg curl share none. Twin: the seed's own quad pair compiles.
#include <sinew/notation.hpp>
#include <sinew/programs.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto pair = sinew::checked_with_anatomy(sinew::line<"compound set: A leg extension 3x20; B lying leg curl 3x8">);
#else
constexpr auto pair =
    sinew::checked_with_anatomy(sinew::line<"compound set: A leg extensions 3x20 @321; B bodyweight deep squats 3x25">);
#endif
static_assert(pair.group.size == 2);
