#!/usr/bin/env bash
# How long does including sinew cost a translation unit? Times `-fsyntax-only`
# of a file that includes <sinew/sinew.hpp> against files that include
# <iostream> and <vector>, a file that uses every layer (use_everything.cpp),
# a file that runs a typical query and a program analysis as a coach tool does
# (query_and_analysis.cpp), and an empty file (the compiler's start-up, the
# floor under every figure). Runs are interleaved - every case once per round, in a
# rotating order - so a busy machine slows all cases alike.
#
#   benchmarks/compile_time.sh [-n RUNS] [--compilers "g++ clang++"]
#                              [--file NAME=path.cpp]... [--json]
#                              [--instructions] [--cases "sinew iostream ..."]
#
#   -n RUNS        rounds (default 10); figures are medians over rounds
#   --compilers    compilers to try (default "g++ clang++"; missing ones are skipped)
#   --file N=P     an extra case: time P as N (e.g. a use-everything TU)
#   --json         print a JSON summary on stdout (the table goes to stderr)
#   --instructions count the instructions the compiler proper (cc1plus, clang -cc1)
#                  executes for each case under valgrind's callgrind, once per case:
#                  exact and the same on a busy machine, where wall time varies by half.
#                  Needs valgrind; -n is ignored. JSON: "instructions" per case instead
#                  of "median_ms", and the same ratio fields.
#   --cases LIST   only these cases (names as printed; sinew, iostream and empty
#                  are always kept, for the ratios)
#
# The ratio sinew/iostream is the headline: the target is below 1. The net
# ratio subtracts the empty file's time from both. Each layer's header is timed
# too (layer/iostream; JSON: ratio_layer_iostream).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
inputs="$here/compile_time"

runs=10
compilers="g++ clang++"
json=0
instructions=0
only=""
extra_names=()
extra_files=()

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit "${1:-2}"; }
while (($#)); do
  case "$1" in
    -n) runs="${2:?-n needs a number}"; shift 2 ;;
    --compilers) compilers="${2:?--compilers needs a list}"; shift 2 ;;
    --file)
      [[ "${2:-}" == *=* ]] || { echo "compile_time: --file takes NAME=path" >&2; exit 2; }
      extra_names+=("${2%%=*}"); extra_files+=("${2#*=}"); shift 2 ;;
    --json) json=1; shift ;;
    --instructions) instructions=1; shift ;;
    --cases) only="${2:?--cases needs a list}"; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "compile_time: unknown argument '$1'" >&2; usage ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "compile_time: -n needs a positive number, not '$runs'" >&2; exit 2; }
if [[ ! -f "$root/include/sinew/sinew.hpp" ]]; then
  echo "compile_time: $root/include/sinew/sinew.hpp does not exist yet; nothing to measure" >&2
  exit 1
fi

# With --json the human-readable table goes to stderr, keeping stdout pure JSON.
if ((json)); then exec 3>&2; else exec 3>&1; fi
say() { printf '%s\n' "$*" >&3; }

# Cases: name, source file, extra compiler arguments. The layer_* cases include one
# layer's header (which includes the layers it builds on): what an app that needs
# only that layer pays.
case_names=(empty vector iostream sinew sinew_use_everything sinew_query_and_analysis)
case_files=("$inputs/include_std.cpp" "$inputs/include_std.cpp" "$inputs/include_std.cpp" "$inputs/include_sinew.cpp"
            "$inputs/use_everything.cpp" "$inputs/query_and_analysis.cpp")
case_args=("" "-DSINEW_STD_HEADER=<vector>" "-DSINEW_STD_HEADER=<iostream>" "" "" "")
layers=(anatomy schemes notation exercises programs generation)
for layer in "${layers[@]}"; do
  case_names+=("layer_$layer")
  case_files+=("$inputs/include_layer.cpp")
  case_args+=("-DSINEW_LAYER_HEADER=<sinew/$layer.hpp>")
done
for i in "${!extra_names[@]}"; do
  [[ -f "${extra_files[$i]}" ]] || { echo "compile_time: ${extra_files[$i]} does not exist" >&2; exit 2; }
  case_names+=("${extra_names[$i]}")
  case_files+=("$(cd "$(dirname "${extra_files[$i]}")" && pwd)/$(basename "${extra_files[$i]}")")
  case_args+=("")
done
if [[ -n "$only" ]]; then
  for name in $only; do
    case " ${case_names[*]} " in
      *" $name "*) ;;
      *) echo "compile_time: --cases: no case '$name' (cases: ${case_names[*]})" >&2; exit 2 ;;
    esac
  done
  keep_names=() keep_files=() keep_args=()
  for i in "${!case_names[@]}"; do
    case " $only empty iostream sinew " in
      *" ${case_names[$i]} "*) keep_names+=("${case_names[$i]}"); keep_files+=("${case_files[$i]}"); keep_args+=("${case_args[$i]}") ;;
    esac
  done
  case_names=("${keep_names[@]}") case_files=("${keep_files[@]}") case_args=("${keep_args[@]}")
  layers=()
  for name in "${case_names[@]}"; do [[ "$name" == layer_* ]] && layers+=("${name#layer_}"); done
fi
ncases=${#case_names[@]}

available=()
for cxx in $compilers; do
  if command -v "$cxx" >/dev/null; then available+=("$cxx"); else say "compile_time: $cxx not found, skipped"; fi
done
((${#available[@]})) || { echo "compile_time: none of '$compilers' is installed" >&2; exit 1; }

compile() {  # compile <cxx> <case index>
  local cxx="$1" i="$2"
  local -a args=(-std=c++20 -fsyntax-only "-I$root/include")
  [[ -n "${case_args[$i]}" ]] && args+=("${case_args[$i]}")
  "$cxx" "${args[@]}" "${case_files[$i]}"
}

# Each case must compile, and one untimed pass warms the file cache.
for cxx in "${available[@]}"; do
  for ((i = 0; i < ncases; i++)); do
    if ! compile "$cxx" "$i" 2>"${TMPDIR:-/tmp}/sinew-compile-time.err"; then
      cat "${TMPDIR:-/tmp}/sinew-compile-time.err" >&2
      echo "compile_time: $cxx fails on case '${case_names[$i]}'" >&2
      exit 1
    fi
  done
done
rm -f "${TMPDIR:-/tmp}/sinew-compile-time.err"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) print "null"; else printf "%.2f", a / b }'; }

# value[<compiler index>,<case index>]: a case's median in ms, or its instruction count
declare -A value
if ((instructions)); then
  command -v valgrind >/dev/null || { echo "compile_time: --instructions needs valgrind (apt-get install valgrind)" >&2; exit 1; }
  # The compiler proper's command line, as the driver prints it with -###, run under callgrind.
  count() {  # count <cxx> <case index>: instructions executed
    local cxx="$1" i="$2" line
    local -a args=(-std=c++20 -fsyntax-only "-I$root/include")
    [[ -n "${case_args[$i]}" ]] && args+=("${case_args[$i]}")
    line="$("$cxx" "${args[@]}" "${case_files[$i]}" -### 2>&1 | grep -E '(cc1plus|"-cc1") ' | head -n1)"
    [[ -n "$line" ]] || { echo "compile_time: $cxx -### printed no compiler command" >&2; return 1; }
    # split as a shell would, without running anything the line holds (no eval)
    local -a proper
    mapfile -t proper < <(python3 -c 'import shlex, sys; print("\n".join(shlex.split(sys.stdin.read())))' <<<"$line")
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "${proper[@]}" 2>&1 |
      awk '/Collected :/ { print $NF; found = 1 } END { exit !found }'
  }
  for c in "${!available[@]}"; do
    for ((i = 0; i < ncases; i++)); do
      value[$c,$i]="$(count "${available[$c]}" "$i")" ||
        { echo "compile_time: callgrind failed on ${case_names[$i]}" >&2; exit 1; }
    done
  done
  title="instructions executed by the compiler proper for -fsyntax-only (millions)"
  field=instructions
  json_out="{\"unit\":\"instructions\",\"statistic\":\"count\",\"tool\":\"valgrind callgrind\",\"compilers\":["
  shown() { awk -v v="$1" 'BEGIN { printf "%.0f", v / 1e6 }'; }
else
  # samples[<compiler index>,<case index>] = space-separated nanoseconds
  declare -A samples
  for ((r = 0; r < runs; r++)); do
    for c in "${!available[@]}"; do
      for ((k = 0; k < ncases; k++)); do
        i=$(((k + r) % ncases))  # rotate the order each round
        t0=$(date +%s%N)
        compile "${available[$c]}" "$i" 2>/dev/null
        t1=$(date +%s%N)
        samples[$c,$i]+="$((t1 - t0)) "
      done
    done
  done
  median_ms() {  # median of the space-separated nanoseconds in $1, in ms
    tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n |
      awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1e6 }'
  }
  for c in "${!available[@]}"; do
    for ((i = 0; i < ncases; i++)); do value[$c,$i]="$(median_ms "${samples[$c,$i]}")"; done
  done
  title="compile time of -fsyntax-only, median of $runs interleaved runs (ms)"
  field=median_ms
  json_out="{\"runs\":$runs,\"unit\":\"ms\",\"statistic\":\"median\",\"compilers\":["
  shown() { printf '%s' "$1"; }
fi

say ""
say "$title"
for c in "${!available[@]}"; do
  cxx="${available[$c]}"
  version="$("$cxx" -dumpfullversion -dumpversion 2>/dev/null | head -n1 || true)"
  declare -A med=()
  say ""
  say "$cxx $version"
  for ((i = 0; i < ncases; i++)); do
    med[${case_names[$i]}]="${value[$c,$i]}"
    say "$(printf '  %-24s %8s' "${case_names[$i]}" "$(shown "${value[$c,$i]}")")"
  done
  r="$(ratio "${med[sinew]}" "${med[iostream]}")"
  net="$(ratio "$(awk -v a="${med[sinew]}" -v e="${med[empty]}" 'BEGIN { print a - e }')" \
               "$(awk -v a="${med[iostream]}" -v e="${med[empty]}" 'BEGIN { print a - e }')")"
  say "  sinew/iostream = $r   (net of the empty file: $net)"
  layer_json=""
  for layer in "${layers[@]}"; do
    lr="$(ratio "${med[layer_$layer]}" "${med[iostream]}")"
    say "$(printf '  %-24s %8s' "$layer/iostream =" "$lr")"
    layer_json+="${layer_json:+,}\"$layer\":$lr"
  done

  ((c > 0)) && json_out+=","
  json_out+="{\"compiler\":\"$cxx\",\"version\":\"$version\",\"$field\":{"
  for ((i = 0; i < ncases; i++)); do
    ((i > 0)) && json_out+=","
    json_out+="\"${case_names[$i]}\":${med[${case_names[$i]}]}"
  done
  json_out+="},\"ratio_sinew_iostream\":$r,\"net_ratio_sinew_iostream\":$net,\"ratio_layer_iostream\":{$layer_json}}"
  unset med
done
json_out+="]}"

if ((json)); then printf '%s\n' "$json_out"; fi
