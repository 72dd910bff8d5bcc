// The actions of the lower-body joints. Plantar flexion is what anatomists also
// call ankle extension (Padron); sinew uses the clinical names.
#pragma once

#include <sinew/anatomy/action.hpp>
#include <sinew/anatomy/joints.hpp>

namespace sinew {

inline constexpr struct lumbar_flexion final : action<"lumbar_flexion", lumbar_spine, motion::flexion> {} lumbar_flexion;
inline constexpr struct lumbar_extension final : action<"lumbar_extension", lumbar_spine, motion::extension> {} lumbar_extension;

inline constexpr struct hip_flexion final : action<"hip_flexion", hip, motion::flexion> {} hip_flexion;
inline constexpr struct hip_extension final : action<"hip_extension", hip, motion::extension> {} hip_extension;
inline constexpr struct hip_abduction final : action<"hip_abduction", hip, motion::abduction> {} hip_abduction;
inline constexpr struct hip_adduction final : action<"hip_adduction", hip, motion::adduction> {} hip_adduction;
inline constexpr struct hip_internal_rotation final : action<"hip_internal_rotation", hip, motion::internal_rotation> {} hip_internal_rotation;
inline constexpr struct hip_external_rotation final : action<"hip_external_rotation", hip, motion::external_rotation> {} hip_external_rotation;

inline constexpr struct knee_flexion final : action<"knee_flexion", knee, motion::flexion> {} knee_flexion;
inline constexpr struct knee_extension final : action<"knee_extension", knee, motion::extension> {} knee_extension;
/// Tibial rotation, possible only with the knee flexed.
inline constexpr struct knee_internal_rotation final : action<"knee_internal_rotation", knee, motion::internal_rotation> {} knee_internal_rotation;
inline constexpr struct knee_external_rotation final : action<"knee_external_rotation", knee, motion::external_rotation> {} knee_external_rotation;

inline constexpr struct ankle_plantar_flexion final : action<"ankle_plantar_flexion", ankle, motion::plantar_flexion> {} ankle_plantar_flexion;
inline constexpr struct ankle_dorsiflexion final : action<"ankle_dorsiflexion", ankle, motion::dorsiflexion> {} ankle_dorsiflexion;

inline constexpr struct subtalar_inversion final : action<"subtalar_inversion", subtalar, motion::inversion> {} subtalar_inversion;
inline constexpr struct subtalar_eversion final : action<"subtalar_eversion", subtalar, motion::eversion> {} subtalar_eversion;

inline constexpr struct mtp_flexion final : action<"mtp_flexion", mtp, motion::flexion> {} mtp_flexion;
inline constexpr struct mtp_extension final : action<"mtp_extension", mtp, motion::extension> {} mtp_extension;

}  // namespace sinew
