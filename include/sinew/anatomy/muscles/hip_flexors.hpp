// The hip flexors. Psoas major also crosses the lumbar spine, where it assists
// flexion (and lateral flexion, not modelled). Iliacus and psoas rotate the hip
// externally only weakly and texts disagree, so that action is secondary.
// Sartorius, the longest muscle in the body, crosses hip and knee.
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/literature.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct iliacus final
    : muscle<"iliacus", in<hip_flexors>, crosses<hip>,
             primary<hip_flexion>, secondary<hip_external_rotation>> {
  static constexpr muscle_figures figures{literature::fibers(50.0, literature::uchida_2016), literature::arnold(10.7, 10.2, 14.3, 176.8)};
} iliacus;

inline constexpr struct psoas_major final
    : muscle<"psoas_major", in<hip_flexors>, crosses<lumbar_spine, hip>,
             primary<hip_flexion>, secondary<lumbar_flexion>, secondary<hip_external_rotation>> {
  static constexpr muscle_figures figures{literature::fibers(50.0, literature::uchida_2016), literature::arnold(11.7, 7.9, 10.7, 274.8)};
} psoas_major;

inline constexpr struct sartorius final
    : muscle<"sartorius", in<hip_flexors>, crosses<hip, knee>,
             primary<hip_flexion>, secondary<hip_abduction>, secondary<hip_external_rotation>,
             secondary<knee_flexion>, secondary<knee_internal_rotation>> {
  static constexpr muscle_figures figures{literature::no_fibre_typing, literature::arnold(40.3, 1.9, 1.3, 163.7)};
} sartorius;

}  // namespace sinew
