// The deep external rotators of the hip ("deep six"). All rotate the femur
// externally; piriformis and obturator internus also abduct the flexed hip,
// obturator externus and quadratus femoris also adduct (secondary).
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/literature.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct piriformis final
    : muscle<"piriformis", in<deep_external_rotators>, crosses<hip>,
             primary<hip_external_rotation>, secondary<hip_abduction>> {
  static constexpr muscle_figures figures{literature::no_fibre_typing, literature::arnold(2.6, literature::unknown, 10.0, 42.8, "parameters from other literature than Ward 2009")};
} piriformis;

inline constexpr struct obturator_internus final
    : muscle<"obturator_internus", in<deep_external_rotators>, crosses<hip>,
             primary<hip_external_rotation>, secondary<hip_abduction>> {
  // Not in the model of Arnold et al. 2010 and no fibre-type study in the sources above.
  static constexpr muscle_figures figures = literature::not_measured;
} obturator_internus;

inline constexpr struct obturator_externus final
    : muscle<"obturator_externus", in<deep_external_rotators>, crosses<hip>,
             primary<hip_external_rotation>, secondary<hip_adduction>> {
  // Not in the model of Arnold et al. 2010 and no fibre-type study in the sources above.
  static constexpr muscle_figures figures = literature::not_measured;
} obturator_externus;

inline constexpr struct gemellus_superior final
    : muscle<"gemellus_superior", in<deep_external_rotators>, crosses<hip>, primary<hip_external_rotation>> {
  static constexpr muscle_figures figures{literature::no_fibre_typing, literature::arnold(2.4, literature::unknown, 0.0, literature::unknown, "Arnold models both gemelli as one; combined volume 16.1 cm3")};
} gemellus_superior;

inline constexpr struct gemellus_inferior final
    : muscle<"gemellus_inferior", in<deep_external_rotators>, crosses<hip>, primary<hip_external_rotation>> {
  static constexpr muscle_figures figures{literature::no_fibre_typing, literature::arnold(2.4, literature::unknown, 0.0, literature::unknown, "Arnold models both gemelli as one; combined volume 16.1 cm3")};
} gemellus_inferior;

inline constexpr struct quadratus_femoris final
    : muscle<"quadratus_femoris", in<deep_external_rotators>, crosses<hip>,
             primary<hip_external_rotation>, secondary<hip_adduction>> {
  static constexpr muscle_figures figures{literature::no_fibre_typing, literature::arnold(5.4, literature::unknown, 0.0, 32.4, "parameters from other literature than Ward 2009")};
} quadratus_femoris;

}  // namespace sinew
