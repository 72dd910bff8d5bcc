#!/usr/bin/env bash
# Builds sinew's libFuzzer targets (tests/fuzz/<name>_fuzzer.cpp) with clang's
# -fsanitize=fuzzer,address,undefined and runs each on a copy of its corpus
# (tests/fuzz/corpus/<name>/) with its dictionaries (tests/fuzz/<name>.dict and
# tests/fuzz/<name>_*.dict, merged). Targets build in parallel (FUZZ_JOBS, default the
# core count), then run one after another. A target fails when it does not build, the fuzzer exits
# non-zero, writes a crash/leak/timeout/OOM artifact, or does not report that
# it finished its run; the script fails when any target fails, after copying
# the artifacts and the log to tests/fuzz/corpus-run/<name>/ (git-ignored).
#
# Usage:
#   tests/fuzz/run.sh                  every target, FUZZ_SECONDS each (default 60)
#   tests/fuzz/run.sh notation 1800    one target (or several: a,b) for 1800 s
#   tests/fuzz/run.sh --self-test      proves that failures are detected (CI runs it first)
# Env: FUZZ_SECONDS, CXX_FUZZ (default clang++), FUZZ_DIR (the targets' folder,
#      default this one), FUZZ_OUT (default tests/fuzz/corpus-run),
#      SINEW_FUZZ_SKIP (read by the targets; for measuring, never set in CI).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir="${FUZZ_DIR:-$here}"
out="${FUZZ_OUT:-$here/corpus-run}"
cxx="${CXX_FUZZ:-clang++}"

# ---- the self-test: a passing target passes; a target that exits non-zero
# without an artifact, and one that crashes, each fail the script ----------------
if [[ "${1:-}" == "--self-test" ]]; then
  tmp="$(mktemp -d "${TMPDIR:-/tmp}/sinew-fuzz-selftest.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  cat >"$tmp/pass_fuzzer.cpp" <<'EOF'
#include <cstddef>
#include <cstdint>
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { return 0; }
EOF
  cat >"$tmp/exit_fuzzer.cpp" <<'EOF'
#include <cstddef>
#include <cstdint>
#include <unistd.h>
// Exits with status 3 and no crash file: what the old `status=${PIPESTATUS[0]}` missed.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { _exit(3); }
EOF
  cat >"$tmp/trap_fuzzer.cpp" <<'EOF'
#include <cstddef>
#include <cstdint>
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { __builtin_trap(); }
EOF
  cat >"$tmp/broken_fuzzer.cpp" <<'EOF'
// Does not compile: a build failure must fail the script, not skip the target.
extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return undeclared; }
EOF
  failures=0
  expect() {  # expect <0|1> <target>
    local want="$1" target="$2" got=0
    FUZZ_DIR="$tmp" FUZZ_OUT="$tmp/out" FUZZ_SECONDS=2 bash "${BASH_SOURCE[0]}" "$target" >"$tmp/$target.log" 2>&1 || got=1
    if [[ "$got" != "$want" ]]; then
      echo "fuzz self-test: FAILED: run.sh on '$target' exited $([[ $got == 1 ]] && echo non-zero || echo 0)," \
           "expected $([[ $want == 1 ]] && echo non-zero || echo 0); its output:" >&2
      cat "$tmp/$target.log" >&2
      failures=$((failures + 1))
    else
      echo "fuzz self-test: '$target' $([[ $want == 1 ]] && echo fails || echo passes), as it must"
    fi
  }
  expect 0 pass
  expect 1 exit
  expect 1 trap
  expect 1 broken
  if ! compgen -G "$tmp/out/trap/crash-*" >/dev/null; then
    echo "fuzz self-test: FAILED: the crashing input was not copied to FUZZ_OUT/trap/" >&2
    failures=$((failures + 1))
  fi
  ((failures == 0)) || exit 1
  echo "fuzz self-test: failure detection works"
  exit 0
fi

# ---- which targets, for how long ----------------------------------------------------------
seconds="${FUZZ_SECONDS:-60}"
if [[ $# -ge 1 ]]; then
  IFS=',' read -r -a targets <<<"$1"
  [[ $# -ge 2 ]] && seconds="$2"
else
  targets=()
  for f in "$dir"/*_fuzzer.cpp; do targets+=("$(basename "$f" _fuzzer.cpp)"); done
fi
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz: seconds must be a whole number, not '$seconds'" >&2; exit 2; }
for t in "${targets[@]}"; do
  [[ -f "$dir/${t}_fuzzer.cpp" ]] || {
    echo "fuzz: no target '$t' (have: $(cd "$dir" && ls *_fuzzer.cpp | sed 's/_fuzzer.cpp//' | paste -sd' '))" >&2
    exit 2
  }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/sinew-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The longest input each target needs (the catalog target reads a few dozen bytes).
max_len() {
  case "$1" in
    notation) echo 512 ;;
    names) echo 256 ;;
    exercise) echo 1024 ;;
    catalog) echo 256 ;;
    program) echo 2048 ;;
    request) echo 512 ;;
    *) echo 4096 ;;
  esac
}

# Build every target first, as many at a time as the machine has cores (FUZZ_JOBS to
# choose): a build is a minute of one core, a run only FUZZ_SECONDS of one.
jobs="${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}"
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || jobs=2
build_failed=()
pids=()
names=()
for t in "${targets[@]}"; do
  echo "fuzz: [$t] building ${t}_fuzzer.cpp with $cxx"
  "$cxx" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -I "$root/include" -I "$here" "$dir/${t}_fuzzer.cpp" -o "$work/$t" >"$work/$t.build.log" 2>&1 &
  pids+=($!)
  names+=("$t")
  while (($(jobs -rp | wc -l) >= jobs)); do wait -n || true; done
done
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then
    echo "fuzz: [${names[$i]}] FAILED: the build failed:" >&2
    cat "$work/${names[$i]}.build.log" >&2
    build_failed+=("${names[$i]}")
  fi
done
((${#build_failed[@]} == 0)) || { echo "fuzz: FAILED to build: ${build_failed[*]}" >&2; exit 1; }

failed=()
for t in "${targets[@]}"; do
  mkdir -p "$work/corpus/$t" "$work/artifacts/$t"
  if [[ -d "$dir/corpus/$t" ]] && compgen -G "$dir/corpus/$t/*" >/dev/null; then cp "$dir/corpus/$t"/* "$work/corpus/$t/"; fi
  dict_args=()
  dicts=()
  for d in "$dir/$t.dict" "$dir/${t}"_*.dict; do [[ -f "$d" ]] && dicts+=("$d"); done
  # a program file is the notation plus structure: its target reads the notation's words too
  [[ "$t" == program && -f "$dir/notation.dict" ]] && dicts+=("$dir/notation.dict")
  if ((${#dicts[@]})); then
    cat "${dicts[@]}" >"$work/$t.dict"
    dict_args=(-dict="$work/$t.dict")
  fi
  echo "fuzz: [$t] running for ${seconds} s on $(ls "$work/corpus/$t" | wc -l) inputs," \
       "dictionaries: ${#dicts[@]} ($(grep -c '^"' "$work/$t.dict" 2>/dev/null || echo 0) entries)"

  # The fuzzer's own exit status, read directly (no pipe in between).
  status=0
  "$work/$t" "$work/corpus/$t" "${dict_args[@]}" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
    -timeout=20 -rss_limit_mb=2560 -artifact_prefix="$work/artifacts/$t/" -print_final_stats=1 \
    >"$work/$t.log" 2>&1 || status=$?
  grep -E '^#[0-9]+.*(DONE|INITED)|^stat::number_of_executed_units|^Done [0-9]+ runs|property broken|^SUMMARY|Test unit written' \
    "$work/$t.log" | sed "s/^/fuzz: [$t]   /" || true

  why=""
  if [[ $status -ne 0 ]]; then why="the fuzzer exited with status $status"
  elif compgen -G "$work/artifacts/$t/*" >/dev/null; then why="the fuzzer wrote an artifact"
  elif ! grep -qE '^Done [0-9]+ runs in' "$work/$t.log"; then why="the fuzzer did not report the end of its run"
  fi
  if [[ -n "$why" ]]; then
    echo "fuzz: [$t] FAILED: $why; the last lines of its log:" >&2
    tail -n 40 "$work/$t.log" >&2
    mkdir -p "$out/$t"
    cp "$work/artifacts/$t"/* "$out/$t/" 2>/dev/null || true
    cp "$work/$t.log" "$out/$t/fuzz.log"
    echo "fuzz: [$t] the failing inputs and the log are in $out/$t/" >&2
    failed+=("$t")
  else
    echo "fuzz: [$t] no findings in ${seconds} s"
  fi
done

if ((${#failed[@]})); then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${seconds} s each without findings"
