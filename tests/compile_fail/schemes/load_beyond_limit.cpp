// A load factory refuses, in constant evaluation, an amount its field cannot
// hold: 7000 kg used to wrap to 446.4 kg. Twin: 6553.5 kg, the limit, compiles.
#include <sinew/schemes.hpp>

#ifdef SINEW_COMPILE_FAIL
constexpr auto sled = sinew::load::kilograms(7000);
#else
constexpr auto sled = sinew::load::kilograms(6553, 5);
#endif
static_assert(sled.tenths != 0);
