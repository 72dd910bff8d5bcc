// The deep external rotators of the hip ("deep six"). All rotate the femur
// externally; piriformis and obturator internus also abduct the flexed hip,
// obturator externus and quadratus femoris also adduct (secondary).
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct piriformis final
    : muscle<"piriformis", in<deep_external_rotators>, crosses<hip>,
             primary<hip_external_rotation>, secondary<hip_abduction>> {} piriformis;

inline constexpr struct obturator_internus final
    : muscle<"obturator_internus", in<deep_external_rotators>, crosses<hip>,
             primary<hip_external_rotation>, secondary<hip_abduction>> {} obturator_internus;

inline constexpr struct obturator_externus final
    : muscle<"obturator_externus", in<deep_external_rotators>, crosses<hip>,
             primary<hip_external_rotation>, secondary<hip_adduction>> {} obturator_externus;

inline constexpr struct gemellus_superior final
    : muscle<"gemellus_superior", in<deep_external_rotators>, crosses<hip>, primary<hip_external_rotation>> {} gemellus_superior;

inline constexpr struct gemellus_inferior final
    : muscle<"gemellus_inferior", in<deep_external_rotators>, crosses<hip>, primary<hip_external_rotation>> {} gemellus_inferior;

inline constexpr struct quadratus_femoris final
    : muscle<"quadratus_femoris", in<deep_external_rotators>, crosses<hip>,
             primary<hip_external_rotation>, secondary<hip_adduction>> {} quadratus_femoris;

}  // namespace sinew
