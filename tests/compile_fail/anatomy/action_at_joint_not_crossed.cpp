// The rule everything rests on (seed 003): a muscle acts only on a joint it crosses.
// Twin: the same muscle declared crossing the knee compiles.
#include <sinew/anatomy.hpp>

namespace user {
using namespace sinew;
#ifdef SINEW_COMPILE_FAIL
inline constexpr struct soleus_that_flexes_the_knee final
    : muscle<"soleus_that_flexes_the_knee", in<calves>, crosses<ankle, subtalar>,
             primary<ankle_plantar_flexion>, secondary<knee_flexion>> {} soleus_that_flexes_the_knee;
#else
inline constexpr struct soleus_that_flexes_the_knee final
    : muscle<"soleus_that_flexes_the_knee", in<calves>, crosses<knee, ankle, subtalar>,
             primary<ankle_plantar_flexion>, secondary<knee_flexion>> {} soleus_that_flexes_the_knee;
#endif
}  // namespace user
