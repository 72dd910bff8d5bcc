// The adductors (the inner-thigh stabilizers of Legs That Actually Grow).
// Adductor magnus has two
// parts that act differently: the adductor (pubofemoral) part adducts and
// flexes; the hamstring (ischiocondylar) part, supplied by the tibial nerve like
// the hamstrings, adducts and extends the hip. Neither part crosses the knee.
// Rotation by the adductors is where texts disagree most: Neumann reports
// internal rotation from the anatomical position, older texts external; sinew
// lists internal rotation as secondary and nothing as primary.
// Gracilis is the one adductor that crosses the knee.
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/literature.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct adductor_longus final
    : muscle<"adductor_longus", in<adductors>, crosses<hip>,
             primary<hip_adduction>, secondary<hip_flexion>, secondary<hip_internal_rotation>> {
  static constexpr muscle_figures figures{literature::no_fibre_typing, literature::arnold(10.8, 6.5, 7.1, 162.1)};
} adductor_longus;

inline constexpr struct adductor_brevis final
    : muscle<"adductor_brevis", in<adductors>, crosses<hip>,
             primary<hip_adduction>, secondary<hip_flexion>, secondary<hip_internal_rotation>> {
  static constexpr muscle_figures figures{literature::no_fibre_typing, literature::arnold(10.3, 5.0, 6.1, 104.0)};
} adductor_brevis;

inline constexpr struct adductor_magnus_adductor_part final
    : muscle<"adductor_magnus_adductor_part", in<adductors>, crosses<hip>,
             primary<hip_adduction>, secondary<hip_flexion>, secondary<hip_internal_rotation>> {
  static constexpr muscle_figures figures{literature::fibers(53.5, literature::johnson_1973, "whole muscle, surface sample (43-74 %); deep sample 63.3 %"),
                                         literature::arnold(14.0, literature::unknown, 16.9, literature::unknown, "mean of Arnold's proximal, middle and distal compartments; whole adductor magnus: PCSA 21.3 cm2, volume 559.8 cm3")};
} adductor_magnus_adductor_part;

inline constexpr struct adductor_magnus_hamstring_part final
    : muscle<"adductor_magnus_hamstring_part", in<adductors>, crosses<hip>,
             primary<hip_adduction>, primary<hip_extension>, secondary<hip_internal_rotation>> {
  static constexpr muscle_figures figures{literature::fibers(53.5, literature::johnson_1973, "whole muscle, surface sample (43-74 %); deep sample 63.3 %"),
                                         literature::arnold(15.6, literature::unknown, 11.9, literature::unknown, "Arnold's ischial compartment; whole adductor magnus: PCSA 21.3 cm2, volume 559.8 cm3")};
} adductor_magnus_hamstring_part;

inline constexpr struct gracilis final
    : muscle<"gracilis", in<adductors>, crosses<hip, knee>,
             primary<hip_adduction>, secondary<hip_flexion>, secondary<knee_flexion>,
             secondary<knee_internal_rotation>> {
  static constexpr muscle_figures figures{literature::no_fibre_typing, literature::arnold(22.8, 2.3, 8.2, 104.0)};
} gracilis;

inline constexpr struct pectineus final
    : muscle<"pectineus", in<adductors, hip_flexors>, crosses<hip>,
             primary<hip_adduction>, primary<hip_flexion>, secondary<hip_internal_rotation>> {
  static constexpr muscle_figures figures{literature::no_fibre_typing, literature::arnold(13.3, literature::unknown, 0.0, 66.3, "parameters from other literature than Ward 2009")};
} pectineus;

}  // namespace sinew
