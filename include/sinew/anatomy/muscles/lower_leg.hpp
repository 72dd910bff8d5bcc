// The rest of the lower leg. Shin (anterior compartment): tibialis anterior,
// the toe extensors and peroneus tertius dorsiflex. Peroneals (lateral
// compartment) evert; Padron notes they "help out" on calf raises when the
// feet roll out, which is their secondary plantar flexion. Deep posterior
// compartment: tibialis posterior inverts, the long toe flexors flex the toes
// and assist plantar flexion and inversion.
#pragma once

#include <sinew/anatomy/actions.hpp>
#include <sinew/anatomy/groups.hpp>
#include <sinew/anatomy/joints.hpp>
#include <sinew/anatomy/literature.hpp>
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct tibialis_anterior final
    : muscle<"tibialis_anterior", in<shin>, crosses<ankle, subtalar>,
             primary<ankle_dorsiflexion>, primary<subtalar_inversion>> {
  static constexpr muscle_figures figures{literature::fibers(70.0, literature::uchida_2016), literature::arnold(6.8, 11.0, 9.6, 135.2)};
} tibialis_anterior;

inline constexpr struct extensor_digitorum_longus final
    : muscle<"extensor_digitorum_longus", in<shin>, crosses<ankle, subtalar, mtp>,
             primary<mtp_extension>, primary<ankle_dorsiflexion>, secondary<subtalar_eversion>> {
  static constexpr muscle_figures figures{literature::fibers(75.0, literature::uchida_2016), literature::arnold(6.9, 5.7, 10.8, literature::unknown)};
} extensor_digitorum_longus;

inline constexpr struct extensor_hallucis_longus final
    : muscle<"extensor_hallucis_longus", in<shin>, crosses<ankle, subtalar, mtp>,
             primary<mtp_extension>, secondary<ankle_dorsiflexion>, secondary<subtalar_inversion>> {
  static constexpr muscle_figures figures{literature::fibers(75.0, literature::uchida_2016), literature::arnold(7.5, 2.7, 9.4, literature::unknown)};
} extensor_hallucis_longus;

inline constexpr struct peroneus_tertius final
    : muscle<"peroneus_tertius", in<shin, peroneals>, crosses<ankle, subtalar>,
             primary<ankle_dorsiflexion>, secondary<subtalar_eversion>> {
  static constexpr muscle_figures figures{literature::fibers(75.0, literature::uchida_2016), literature::arnold(7.9, literature::unknown, 13.0, literature::unknown, "parameters from other literature than Ward 2009")};
} peroneus_tertius;

inline constexpr struct peroneus_longus final
    : muscle<"peroneus_longus", in<peroneals>, crosses<ankle, subtalar>,
             primary<subtalar_eversion>, secondary<ankle_plantar_flexion>> {
  static constexpr muscle_figures figures{literature::fibers(60.0, literature::uchida_2016), literature::arnold(5.1, 10.7, 14.1, literature::unknown)};
} peroneus_longus;

inline constexpr struct peroneus_brevis final
    : muscle<"peroneus_brevis", in<peroneals>, crosses<ankle, subtalar>,
             primary<subtalar_eversion>, secondary<ankle_plantar_flexion>> {
  static constexpr muscle_figures figures{literature::fibers(60.0, literature::uchida_2016), literature::arnold(4.5, 5.0, 11.5, literature::unknown)};
} peroneus_brevis;

inline constexpr struct tibialis_posterior final
    : muscle<"tibialis_posterior", in<calves>, crosses<ankle, subtalar>,
             primary<subtalar_inversion>, secondary<ankle_plantar_flexion>> {
  static constexpr muscle_figures figures{literature::fibers(60.0, literature::uchida_2016), literature::arnold(3.8, 14.8, 13.7, 104.8)};
} tibialis_posterior;

inline constexpr struct flexor_digitorum_longus final
    : muscle<"flexor_digitorum_longus", in<calves>, crosses<ankle, subtalar, mtp>,
             primary<mtp_flexion>, secondary<ankle_plantar_flexion>, secondary<subtalar_inversion>> {
  static constexpr muscle_figures figures{literature::fibers(60.0, literature::uchida_2016), literature::arnold(4.5, 4.5, 13.6, 30.0)};
} flexor_digitorum_longus;

inline constexpr struct flexor_hallucis_longus final
    : muscle<"flexor_hallucis_longus", in<calves>, crosses<ankle, subtalar, mtp>,
             primary<mtp_flexion>, secondary<ankle_plantar_flexion>, secondary<subtalar_inversion>> {
  static constexpr muscle_figures figures{literature::fibers(60.0, literature::uchida_2016), literature::arnold(5.3, 7.2, 16.9, 78.8)};
} flexor_hallucis_longus;

}  // namespace sinew
