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
#include <sinew/anatomy/literature.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct gastrocnemius_medial_head final
    : muscle<"gastrocnemius_medial_head", in<calves>, crosses<knee, ankle, subtalar>,
             primary<ankle_plantar_flexion>, secondary<knee_flexion>, secondary<subtalar_inversion>> {
  static constexpr muscle_figures figures{literature::fibers(56.6, literature::uchida_2016, "Edgerton 1975: about 50 % for the whole gastrocnemius"),
                                         literature::arnold(5.1, 21.4, 9.9, 257.4)};
} gastrocnemius_medial_head;

inline constexpr struct gastrocnemius_lateral_head final
    : muscle<"gastrocnemius_lateral_head", in<calves>, crosses<knee, ankle, subtalar>,
             primary<ankle_plantar_flexion>, secondary<knee_flexion>, secondary<subtalar_inversion>> {
  static constexpr muscle_figures figures{literature::fibers(50.7, literature::uchida_2016, "Edgerton 1975: about 50 % for the whole gastrocnemius"),
                                         literature::arnold(5.9, 9.9, 12.0, 150.0)};
} gastrocnemius_lateral_head;

inline constexpr struct soleus final
    : muscle<"soleus", in<calves>, crosses<ankle, subtalar>,
             primary<ankle_plantar_flexion>, secondary<subtalar_inversion>> {
  static constexpr muscle_figures figures{literature::fibers(70.0, literature::edgerton_1975, "32 subjects; published range 60-100 %; OpenSim average 80.3 %"),
                                         literature::arnold(4.4, 58.8, 28.3, 438.2)};
} soleus;

inline constexpr struct plantaris final
    : muscle<"plantaris", in<calves>, crosses<knee, ankle, subtalar>,
             secondary<ankle_plantar_flexion>, secondary<knee_flexion>> {
  // Not in the model of Arnold et al. 2010 and no fibre-type study in the sources above.
  static constexpr muscle_figures figures = literature::not_measured;
} plantaris;

inline constexpr struct popliteus final
    : muscle<"popliteus", in<calves>, crosses<knee>,
             primary<knee_internal_rotation>, secondary<knee_flexion>> {
  // Not in the model of Arnold et al. 2010 and no fibre-type study in the sources above.
  static constexpr muscle_figures figures = literature::not_measured;
} popliteus;

}  // namespace sinew
