// The version of sinew, and the single place it is written down: CMake reads the
// three SINEW_VERSION_* lines below to set the project version (keep each one on
// its own line, in this form), and a test checks that the two agree.
// Semantic versioning: a new major version is the only one that may break code
// that compiled against an older release with the same major version.
#pragma once

#define SINEW_VERSION_MAJOR 0
#define SINEW_VERSION_MINOR 1
#define SINEW_VERSION_PATCH 0

namespace sinew {

inline constexpr int version_major = SINEW_VERSION_MAJOR;
inline constexpr int version_minor = SINEW_VERSION_MINOR;
inline constexpr int version_patch = SINEW_VERSION_PATCH;

}  // namespace sinew
