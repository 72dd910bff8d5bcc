// The joints of the lower body and lumbar spine that training moves.
// Degrees of freedom are the rotational ones used in training: the hip is a
// ball and socket (3); the knee flexes and, when flexed, rotates the tibia (2);
// the talocrural ankle, the subtalar joint and the toes' metatarsophalangeal
// joints have one each. The lumbar spine has three, of which sinew models the
// sagittal one (flexion / extension), the one leg training loads.
#pragma once

#include <sinew/anatomy/joint.hpp>

namespace sinew {

inline constexpr struct lumbar_spine final : joint<"lumbar_spine", joint_complex::lumbar_spine, 3> {} lumbar_spine;
inline constexpr struct hip final : joint<"hip", joint_complex::hip, 3> {} hip;
inline constexpr struct knee final : joint<"knee", joint_complex::knee, 2> {} knee;
/// The talocrural joint: plantar flexion and dorsiflexion.
inline constexpr struct ankle final : joint<"ankle", joint_complex::ankle, 1> {} ankle;
/// Below the talus: inversion and eversion.
inline constexpr struct subtalar final : joint<"subtalar", joint_complex::ankle, 1> {} subtalar;
/// The metatarsophalangeal joints of the toes.
inline constexpr struct mtp final : joint<"mtp", joint_complex::toes, 1> {} mtp;

}  // namespace sinew
