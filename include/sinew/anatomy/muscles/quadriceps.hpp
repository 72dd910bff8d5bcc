// The quadriceps (Legs That Actually Grow; King of Workouts; Padron): four
// muscles that extend the knee. Rectus femoris also crosses the hip and flexes
// it, "to a lesser degree" (Padron). Vastus medialis is the "teardrop" (Legs
// That Actually Grow; Padron); vastus intermedius lies deep.
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/literature.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct rectus_femoris final
    : muscle<"rectus_femoris", in<quadriceps, hip_flexors>, crosses<hip, knee>,
             primary<knee_extension>, secondary<hip_flexion>> {
  static constexpr muscle_figures figures{literature::fibers(38.65, literature::uchida_2016), literature::arnold(7.6, 13.9, 13.9, 269.0)};
} rectus_femoris;

inline constexpr struct vastus_lateralis final
    : muscle<"vastus_lateralis", in<quadriceps>, crosses<knee>, primary<knee_extension>> {
  static constexpr muscle_figures figures{literature::fibers(52.0, literature::lexell_1983, "44-57 % across subjects; Edgerton 1975 reports about 32 %"),
                                         literature::arnold(9.9, 37.0, 18.4, 830.9)};
} vastus_lateralis;

inline constexpr struct vastus_medialis final
    : muscle<"vastus_medialis", in<quadriceps>, crosses<knee>, primary<knee_extension>> {
  static constexpr muscle_figures figures{literature::fibers(50.3, literature::uchida_2016), literature::arnold(9.7, 23.7, 29.6, 423.6)};
} vastus_medialis;

inline constexpr struct vastus_intermedius final
    : muscle<"vastus_intermedius", in<quadriceps>, crosses<knee>, primary<knee_extension>> {
  static constexpr muscle_figures figures{literature::fibers(47.0, literature::edgerton_1975), literature::arnold(9.9, 16.8, 4.5, 270.5)};
} vastus_intermedius;

}  // namespace sinew
