// The quadriceps (Legs That Actually Grow; King of Workouts; Padron): four
// muscles that extend the knee. Rectus femoris also crosses the hip and flexes
// it, "to a lesser degree" (Padron). Vastus medialis is the "teardrop" (Legs
// That Actually Grow; Padron); vastus intermedius lies deep.
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct rectus_femoris final
    : muscle<"rectus_femoris", in<quadriceps, hip_flexors>, crosses<hip, knee>,
             primary<knee_extension>, secondary<hip_flexion>> {} rectus_femoris;

inline constexpr struct vastus_lateralis final
    : muscle<"vastus_lateralis", in<quadriceps>, crosses<knee>, primary<knee_extension>> {} vastus_lateralis;

inline constexpr struct vastus_medialis final
    : muscle<"vastus_medialis", in<quadriceps>, crosses<knee>, primary<knee_extension>> {} vastus_medialis;

inline constexpr struct vastus_intermedius final
    : muscle<"vastus_intermedius", in<quadriceps>, crosses<knee>, primary<knee_extension>> {} vastus_intermedius;

}  // namespace sinew
