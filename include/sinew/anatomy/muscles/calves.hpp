// The calf: gastrocnemius (two heads) and soleus plantar flex the ankle (Legs
// That Actually Grow; King of Workouts; Padron). The gastrocnemius crosses the
// knee and flexes it, so a bent knee slackens it and leaves the work to the
// soleus, which does not cross the knee (Legs That Actually Grow; Padron). Both
// also invert at the subtalar joint (their tendon inserts medial to the
// subtalar axis). Plantaris is a small, weak synergist; popliteus, deep behind
// the knee, unlocks it by rotating the tibia internally.
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct gastrocnemius_medial_head final
    : muscle<"gastrocnemius_medial_head", in<calves>, crosses<knee, ankle, subtalar>,
             primary<ankle_plantar_flexion>, secondary<knee_flexion>, secondary<subtalar_inversion>> {} gastrocnemius_medial_head;

inline constexpr struct gastrocnemius_lateral_head final
    : muscle<"gastrocnemius_lateral_head", in<calves>, crosses<knee, ankle, subtalar>,
             primary<ankle_plantar_flexion>, secondary<knee_flexion>, secondary<subtalar_inversion>> {} gastrocnemius_lateral_head;

inline constexpr struct soleus final
    : muscle<"soleus", in<calves>, crosses<ankle, subtalar>,
             primary<ankle_plantar_flexion>, secondary<subtalar_inversion>> {} soleus;

inline constexpr struct plantaris final
    : muscle<"plantaris", in<calves>, crosses<knee, ankle, subtalar>,
             secondary<ankle_plantar_flexion>, secondary<knee_flexion>> {} plantaris;

inline constexpr struct popliteus final
    : muscle<"popliteus", in<calves>, crosses<knee>,
             primary<knee_internal_rotation>, secondary<knee_flexion>> {} popliteus;

}  // namespace sinew
