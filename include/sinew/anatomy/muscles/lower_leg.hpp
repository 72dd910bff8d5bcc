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
#include <sinew/anatomy/muscle.hpp>

namespace sinew {

inline constexpr struct tibialis_anterior final
    : muscle<"tibialis_anterior", in<shin>, crosses<ankle, subtalar>,
             primary<ankle_dorsiflexion>, primary<subtalar_inversion>> {} tibialis_anterior;

inline constexpr struct extensor_digitorum_longus final
    : muscle<"extensor_digitorum_longus", in<shin>, crosses<ankle, subtalar, mtp>,
             primary<mtp_extension>, primary<ankle_dorsiflexion>, secondary<subtalar_eversion>> {} extensor_digitorum_longus;

inline constexpr struct extensor_hallucis_longus final
    : muscle<"extensor_hallucis_longus", in<shin>, crosses<ankle, subtalar, mtp>,
             primary<mtp_extension>, secondary<ankle_dorsiflexion>, secondary<subtalar_inversion>> {} extensor_hallucis_longus;

inline constexpr struct peroneus_tertius final
    : muscle<"peroneus_tertius", in<shin, peroneals>, crosses<ankle, subtalar>,
             primary<ankle_dorsiflexion>, secondary<subtalar_eversion>> {} peroneus_tertius;

inline constexpr struct peroneus_longus final
    : muscle<"peroneus_longus", in<peroneals>, crosses<ankle, subtalar>,
             primary<subtalar_eversion>, secondary<ankle_plantar_flexion>> {} peroneus_longus;

inline constexpr struct peroneus_brevis final
    : muscle<"peroneus_brevis", in<peroneals>, crosses<ankle, subtalar>,
             primary<subtalar_eversion>, secondary<ankle_plantar_flexion>> {} peroneus_brevis;

inline constexpr struct tibialis_posterior final
    : muscle<"tibialis_posterior", in<calves>, crosses<ankle, subtalar>,
             primary<subtalar_inversion>, secondary<ankle_plantar_flexion>> {} tibialis_posterior;

inline constexpr struct flexor_digitorum_longus final
    : muscle<"flexor_digitorum_longus", in<calves>, crosses<ankle, subtalar, mtp>,
             primary<mtp_flexion>, secondary<ankle_plantar_flexion>, secondary<subtalar_inversion>> {} flexor_digitorum_longus;

inline constexpr struct flexor_hallucis_longus final
    : muscle<"flexor_hallucis_longus", in<calves>, crosses<ankle, subtalar, mtp>,
             primary<mtp_flexion>, secondary<ankle_plantar_flexion>, secondary<subtalar_inversion>> {} flexor_hallucis_longus;

}  // namespace sinew
