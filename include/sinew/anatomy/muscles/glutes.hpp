// The gluteal muscles. Padron gives all three gluteals hip extension,
// abduction and external rotation; anatomy texts (Gray's, Neumann's
// Kinesiology of the Musculoskeletal System) are finer, and sinew follows them:
// - gluteus maximus extends and externally rotates the hip; its upper fibres
//   abduct (secondary); its lower fibres adduct, left out as they oppose the
//   muscle's training role.
// - gluteus medius is the prime abductor; its anterior fibres rotate internally
//   and its posterior fibres extend and rotate externally (both secondary;
//   texts disagree on which rotation dominates, hence neither is primary).
// - gluteus minimus abducts and rotates internally; its external rotation in
//   Padron is not what most texts say.
// Gluteus medius and minimus are also abductors (the "outer hip" of Legs That
// Actually Grow).
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/literature.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct gluteus_maximus final
    : muscle<"gluteus_maximus", in<glutes>, crosses<hip>,
             primary<hip_extension>, primary<hip_external_rotation>, secondary<hip_abduction>> {
  static constexpr muscle_figures figures{literature::fibers(55.0, literature::uchida_2016),
                                         literature::arnold(15.7, 30.4, 21.9, 849.0, "mean of Arnold's three compartments (14.7/15.7/16.7 cm)")};
} gluteus_maximus;

inline constexpr struct gluteus_medius final
    : muscle<"gluteus_medius", in<glutes, abductors>, crosses<hip>,
             primary<hip_abduction>, secondary<hip_internal_rotation>, secondary<hip_external_rotation>,
             secondary<hip_extension>> {
  static constexpr muscle_figures figures{literature::fibers(55.0, literature::uchida_2016), literature::arnold(7.3, 36.1, 20.5, 323.2)};
} gluteus_medius;

inline constexpr struct gluteus_minimus final
    : muscle<"gluteus_minimus", in<glutes, abductors>, crosses<hip>,
             primary<hip_abduction>, secondary<hip_internal_rotation>, secondary<hip_flexion>> {
  static constexpr muscle_figures figures{literature::fibers(55.0, literature::uchida_2016),
                                         literature::arnold(5.4, literature::unknown, 3.7, 104.5, "mean of three compartments; parameters from other literature than Ward 2009")};
} gluteus_minimus;

/// Tensor fasciae latae acts at the knee only through the iliotibial band, which
/// stabilizes rather than moves it; sinew lists the hip, the joint it moves.
inline constexpr struct tensor_fasciae_latae final
    : muscle<"tensor_fasciae_latae", in<abductors, hip_flexors>, crosses<hip>,
             primary<hip_abduction>, primary<hip_flexion>, secondary<hip_internal_rotation>> {
  static constexpr muscle_figures figures{literature::no_fibre_typing, literature::arnold(9.5, literature::unknown, 3.0, 64.9, "parameters from other literature than Ward 2009")};
} tensor_fasciae_latae;

}  // namespace sinew
