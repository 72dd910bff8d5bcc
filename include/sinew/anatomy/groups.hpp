// Muscle groups as the coaching articles of sinew/sources.hpp use them
// (quadriceps, hamstrings, glutes, calves, adductors, abductors, hip flexors)
// plus the ones a finer anatomy needs (deep external rotators, shin, peroneals,
// lower back). Chains: the anterior and posterior chains of Legs That Actually
// Grow; the adductors (medial) and abductors and peroneals (lateral) are the
// side stabilizers it names.
#pragma once

#include <sinew/anatomy/group.hpp>

namespace sinew {

inline constexpr struct quadriceps final : group<"quadriceps", chain::anterior> {} quadriceps;
inline constexpr struct hip_flexors final : group<"hip_flexors", chain::anterior> {} hip_flexors;
inline constexpr struct shin final : group<"shin", chain::anterior> {} shin;
inline constexpr struct glutes final : group<"glutes", chain::posterior> {} glutes;
inline constexpr struct hamstrings final : group<"hamstrings", chain::posterior> {} hamstrings;
inline constexpr struct calves final : group<"calves", chain::posterior> {} calves;
inline constexpr struct deep_external_rotators final : group<"deep_external_rotators", chain::posterior> {} deep_external_rotators;
inline constexpr struct lower_back final : group<"lower_back", chain::posterior> {} lower_back;
inline constexpr struct adductors final : group<"adductors", chain::medial> {} adductors;
inline constexpr struct abductors final : group<"abductors", chain::lateral> {} abductors;
inline constexpr struct peroneals final : group<"peroneals", chain::lateral> {} peroneals;

}  // namespace sinew
