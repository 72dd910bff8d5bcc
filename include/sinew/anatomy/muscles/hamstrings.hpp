// The hamstrings, lateral to medial: biceps femoris, semitendinosus,
// semimembranosus (Padron). The articles (Legs That Actually Grow; King of
// Workouts; Padron) say all of them cross hip and knee; real anatomy differs
// for one head: the biceps femoris short head arises from the femur and
// crosses only the knee, so it flexes the knee but cannot extend the hip.
// sinew follows the anatomy. With the knee flexed, biceps femoris
// rotates the tibia externally and the "semi" muscles internally.
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/literature.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct biceps_femoris_long_head final
    : muscle<"biceps_femoris_long_head", in<hamstrings>, crosses<hip, knee>,
             primary<hip_extension>, primary<knee_flexion>, secondary<hip_external_rotation>,
             secondary<knee_external_rotation>> {
  static constexpr muscle_figures figures{literature::fibers(54.25, literature::uchida_2016), literature::arnold(9.8, 11.6, 11.6, 206.5)};
} biceps_femoris_long_head;

inline constexpr struct biceps_femoris_short_head final
    : muscle<"biceps_femoris_short_head", in<hamstrings>, crosses<knee>,
             primary<knee_flexion>, secondary<knee_external_rotation>> {
  static constexpr muscle_figures figures{literature::fibers(52.9, literature::uchida_2016), literature::arnold(11.0, 5.2, 12.3, 100.1)};
} biceps_femoris_short_head;

inline constexpr struct semitendinosus final
    : muscle<"semitendinosus", in<hamstrings>, crosses<hip, knee>,
             primary<hip_extension>, primary<knee_flexion>, secondary<hip_internal_rotation>,
             secondary<knee_internal_rotation>> {
  static constexpr muscle_figures figures{literature::fibers(42.5, literature::uchida_2016), literature::arnold(19.3, 4.9, 12.9, 186.0)};
} semitendinosus;

inline constexpr struct semimembranosus final
    : muscle<"semimembranosus", in<hamstrings>, crosses<hip, knee>,
             primary<hip_extension>, primary<knee_flexion>, secondary<hip_internal_rotation>,
             secondary<knee_internal_rotation>> {
  static constexpr muscle_figures figures{literature::fibers(49.25, literature::uchida_2016), literature::arnold(6.9, 19.1, 15.1, 245.4)};
} semimembranosus;

}  // namespace sinew
