#!/usr/bin/env bash
# Builds the notation parser's libFuzzer target with AddressSanitizer and
# UndefinedBehaviorSanitizer and runs it for FUZZ_SECONDS (default 60) on a
# copy of the seed corpus. Exits non-zero when the fuzzer finds a crash, a
# leak, undefined behaviour or a round-trip mismatch (__builtin_trap).
# Usage: tests/fuzz/run.sh   (env: FUZZ_SECONDS, CXX_FUZZ=clang++, FUZZ_JOBS)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${FUZZ_SECONDS:-60}"
cxx="${CXX_FUZZ:-clang++}"
work="$(mktemp -d "${TMPDIR:-/tmp}/sinew-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "fuzz: building $here/parse_fuzzer.cpp with $cxx into $work"
"$cxx" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
  -I "$root/include" "$here/parse_fuzzer.cpp" -o "$work/parse_fuzzer"

mkdir -p "$work/corpus" "$work/artifacts"
cp "$here"/corpus/* "$work/corpus/"
echo "fuzz: running for ${seconds} s on $(ls "$work/corpus" | wc -l) seed inputs"
status=0
"$work/parse_fuzzer" "$work/corpus" -max_total_time="$seconds" -max_len=512 -timeout=10 \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 2>&1 | tee "$work/log" | grep -E '^(#[0-9]+.*(DONE|pulse)|stat::|==|SUMMARY|artifact_prefix|Test unit written)' || true
status=${PIPESTATUS[0]}
if [[ $status -ne 0 ]] || ls "$work/artifacts"/* >/dev/null 2>&1; then
  echo "fuzz: FAILED (exit $status); the last lines of the log:" >&2
  tail -n 40 "$work/log" >&2
  mkdir -p "$root/tests/fuzz/corpus-run"
  cp "$work/artifacts"/* "$root/tests/fuzz/corpus-run/" 2>/dev/null || true
  echo "fuzz: crashing inputs copied to tests/fuzz/corpus-run/" >&2
  exit 1
fi
echo "fuzz: no findings in ${seconds} s"
