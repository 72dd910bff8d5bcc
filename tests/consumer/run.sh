#!/usr/bin/env bash
# Consumer tests: sinew as its users get it.
#   tests/consumer/run.sh [compiler]        (default: g++)
# 1. configures sinew alone (no tests/examples/benchmarks), installs it with
#    `cmake --install --prefix` into a temporary prefix, checks every header was
#    installed, then moves the prefix, so the package must be relocatable;
# 2. builds and runs tests/consumer/find_package against the moved prefix;
# 3. compiles the same program with only `pkg-config --cflags sinew` (and checks
#    that `pkg-config --libs sinew` is empty);
# 4. compiles and runs the same program under -fsanitize=address,undefined;
# 5. builds and runs tests/consumer/add_subdirectory against this source tree.
# Set SINEW_KEEP_TMP=1 to keep the temporary directory.
set -euo pipefail

cxx="${1:-g++}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
command -v "$cxx" >/dev/null || { echo "consumer: compiler '$cxx' not found" >&2; exit 1; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/sinew-consumer.XXXXXX")"
cleanup() { if [[ "${SINEW_KEEP_TMP:-0}" != 1 ]]; then rm -rf "$tmp"; else echo "consumer: kept $tmp"; fi; }
trap cleanup EXIT

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
quiet() {  # run a step; show its output only if it fails
  local log="$tmp/step.log"
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "consumer ($cxx): FAILED: $*" >&2
    return 1
  fi
}
step() { echo "consumer ($cxx): $*"; }

version="$(sed -n 's/^#define SINEW_VERSION_\(MAJOR\|MINOR\|PATCH\) \+\([0-9]\+\).*/\2/p' "$root/include/sinew/version.hpp" | paste -sd.)"

step "install sinew $version"
quiet cmake -S "$root" -B "$tmp/sinew-build" "${generator[@]}" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release \
  -DSINEW_BUILD_TESTS=OFF -DSINEW_BUILD_EXAMPLES=OFF -DSINEW_BUILD_BENCHMARKS=OFF \
  -DSINEW_VERIFY_HEADERS=OFF -DSINEW_INSTALL=ON
quiet cmake --build "$tmp/sinew-build"
quiet cmake --install "$tmp/sinew-build" --prefix "$tmp/staging"

# Every header in the source tree, and nothing else, is in the package.
diff <(cd "$root/include" && find sinew -name '*.hpp' | sort) \
     <(cd "$tmp/staging/include" && find sinew -type f | sort) \
  || { echo "consumer ($cxx): installed headers differ from include/ (< source, > installed)" >&2; exit 1; }
for f in share/cmake/sinew/sinewConfig.cmake share/cmake/sinew/sinewConfigVersion.cmake \
         share/cmake/sinew/sinewTargets.cmake share/pkgconfig/sinew.pc; do
  [[ -f "$tmp/staging/$f" ]] || { echo "consumer ($cxx): $f was not installed" >&2; exit 1; }
done

# A package that only works where it was installed is broken: move it.
mv "$tmp/staging" "$tmp/prefix"
prefix="$tmp/prefix"

step "find_package(sinew) from the installed package"
quiet cmake -S "$here/find_package" -B "$tmp/find_package" "${generator[@]}" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$prefix" -DSINEW_EXPECTED_VERSION="$version"
quiet cmake --build "$tmp/find_package"
"$tmp/find_package/consumer"

if command -v pkg-config >/dev/null; then
  step "pkg-config --cflags sinew"
  export PKG_CONFIG_PATH="$prefix/share/pkgconfig"
  [[ "$(pkg-config --modversion sinew)" == "$version" ]] \
    || { echo "consumer ($cxx): sinew.pc has version $(pkg-config --modversion sinew), not $version" >&2; exit 1; }
  libs="$(pkg-config --libs sinew)"
  [[ -z "${libs// /}" ]] || { echo "consumer ($cxx): sinew.pc has Libs: '$libs'; a header-only library links nothing" >&2; exit 1; }
  read -r -a cflags <<<"$(pkg-config --cflags sinew)"
  quiet "$cxx" -std=c++20 "${cflags[@]}" "$here/find_package/main.cpp" -o "$tmp/pkg-config-consumer"
  "$tmp/pkg-config-consumer"
else
  step "pkg-config not installed: sinew.pc not checked"
fi

# Users build with the sanitizers too: the same program, from the package, with them on (g++ once
# refused the umbrella under -fsanitize=undefined: it compared addresses in constant evaluation).
step "the same program under -fsanitize=address,undefined"
quiet "$cxx" -std=c++20 -fsanitize=address,undefined -fno-sanitize-recover=all -I"$prefix/include" \
  "$here/find_package/main.cpp" -o "$tmp/sanitized-consumer"
"$tmp/sanitized-consumer"

step "add_subdirectory(sinew) from the source tree"
quiet cmake -S "$here/add_subdirectory" -B "$tmp/add_subdirectory" "${generator[@]}" \
  -DCMAKE_CXX_COMPILER="$cxx" -DSINEW_SOURCE_DIR="$root"
quiet cmake --build "$tmp/add_subdirectory"
"$tmp/add_subdirectory/consumer"

step "passed"
