// The lower back: erector spinae, the lumbar extensor that deadlifts "target"
// (Balanced Leg Muscles) and that holds the spine still under a squat (King of
// Workouts).
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/literature.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct erector_spinae final
    : muscle<"erector_spinae", in<lower_back>, crosses<lumbar_spine>, primary<lumbar_extension>> {
  // Not in the model of Arnold et al. 2010 and no fibre-type study in the sources above.
  static constexpr muscle_figures figures = literature::not_measured;
} erector_spinae;

}  // namespace sinew
