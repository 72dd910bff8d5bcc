#!/usr/bin/env bash
# Regenerates docs/troubleshooting.md from examples/troubleshooting/rules.cpp:
# each rule is broken once there; this compiles it with g++ and clang++ and
# quotes the first lines each compiler prints. Run it after changing a rule.
#   bash docs/make_troubleshooting.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
src=examples/troubleshooting/rules.cpp
out=docs/troubleshooting.md
rules=$(grep -c '^// Rule: ' "$src")

{
  echo "# Troubleshooting: what sinew's compile-time errors mean"
  echo
  echo "sinew checks its rules while your code compiles. Each message names the rule it enforces;"
  echo "this page shows what g++ $(g++ -dumpfullversion) and clang $(clang++ -dumpversion) print for each, produced by"
  echo "\`bash docs/make_troubleshooting.sh\` from \`$src\` (the lines shown are the ones that name the"
  echo "rule; the compilers print more context around them)."
  for n in $(seq 1 "$rules"); do
    rule=$(grep '^// Rule: ' "$src" | sed -n "${n}p" | sed 's|^// Rule: ||')
    echo
    echo "## $n. ${rule^}"
    echo
    echo '```cpp'
    awk -v n="$n" '
      $0 ~ "^#(el)?if SINEW_TROUBLESHOOTING_CASE == " n "$" { on = 1; next }
      on && /^#(elif|endif)/ { exit }
      on && !/^\/\/ Rule: / { print }' "$src"
    echo '```'
    for cxx in g++ clang++; do
      echo
      echo "$cxx:"
      echo
      echo '```text'
      LC_ALL=C $cxx -std=c++20 -fsyntax-only -fdiagnostics-color=never -Iinclude -DSINEW_TROUBLESHOOTING_CASE="$n" "$src" 2>&1 \
        | grep -E 'error|sinew: |sinew_rule_|evaluates to false' | grep -v 'In instantiation of\|required from' \
        | sed -e "s|$root/||g" -e 's/^\(.\{300\}\).*/\1 .../' | head -4 || true
      echo '```'
    done
  done
} >"$out"
echo "wrote $out ($rules rules)"
