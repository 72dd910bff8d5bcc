#!/usr/bin/env python3
"""Writes sinew as one header: single_include/sinew/sinew.hpp.

Starts from the umbrella include/sinew/sinew.hpp and replaces every
`#include <sinew/...>` / `#include "sinew/..."` with that header's text, the
first time it is met (depth first, so each header lands after everything it
includes: dependency order). `#pragma once` goes; the standard headers the
inlined code includes are gathered, deduplicated, at the top. Only what the
umbrella reaches is inlined, so the opt-in headers (sinew/io.hpp,
sinew/json.hpp and the JSON headers it includes) stay out, as they stay out of the umbrella.

    python3 tools/amalgamate.py                 write single_include/sinew/sinew.hpp
    python3 tools/amalgamate.py --output FILE   write FILE instead
    python3 tools/amalgamate.py --check [FILE]  exit 1 if FILE (default: the
                                                committed one) is not what this
                                                script writes; nothing is written

The output depends only on the headers, never on the date, the machine or git,
so `--check` is exact. Needs nothing beyond Python 3's standard library.
"""

import argparse
import difflib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
INCLUDE = ROOT / "include"
UMBRELLA = "sinew/sinew.hpp"
DEFAULT_OUTPUT = ROOT / "single_include" / "sinew" / "sinew.hpp"

INCLUDE_RE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]\s*(//.*)?$')
PRAGMA_ONCE_RE = re.compile(r"^\s*#\s*pragma\s+once\s*$")
CONDITIONAL_OPEN_RE = re.compile(r"^\s*#\s*if(n?def)?\b")
CONDITIONAL_CLOSE_RE = re.compile(r"^\s*#\s*endif\b")
VERSION_RE = re.compile(r"^#define SINEW_VERSION_(MAJOR|MINOR|PATCH) +([0-9]+) *$", re.M)


class AmalgamationError(Exception):
    pass


def version() -> str:
    text = (INCLUDE / "sinew" / "version.hpp").read_text(encoding="utf-8")
    parts = dict(VERSION_RE.findall(text))
    try:
        return f"{parts['MAJOR']}.{parts['MINOR']}.{parts['PATCH']}"
    except KeyError as missing:
        raise AmalgamationError(f"sinew: include/sinew/version.hpp has no SINEW_VERSION_{missing.args[0]} line")


class Amalgamation:
    def __init__(self) -> None:
        self.inlined: set[str] = set()
        self.in_progress: list[str] = []
        self.standard: list[str] = []  # in order of first use
        self.body: list[str] = []

    def add(self, name: str, included_from: str | None) -> None:
        if name in self.inlined:
            return
        if name in self.in_progress:
            cycle = " -> ".join(self.in_progress[self.in_progress.index(name):] + [name])
            raise AmalgamationError(f"sinew: include cycle: {cycle}")
        path = INCLUDE / name
        if not path.is_file():
            where = f" (included from {included_from})" if included_from else ""
            raise AmalgamationError(f"sinew: {name} does not exist under include/{where}")
        self.in_progress.append(name)
        self.body.append(f"// ======== {name}\n")
        depth = 0  # of #if blocks: an include inside one cannot be moved or inlined once
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(keepends=True), 1):
            if not line.endswith("\n"):
                line += "\n"
            if PRAGMA_ONCE_RE.match(line):
                continue
            if CONDITIONAL_OPEN_RE.match(line):
                depth += 1
            elif CONDITIONAL_CLOSE_RE.match(line):
                depth -= 1
            include = INCLUDE_RE.match(line)
            if include is None:
                self.body.append(line)
                continue
            target = include.group(2).strip()
            if depth:
                raise AmalgamationError(
                    f"sinew: {name}:{number} includes {target} inside #if; "
                    "the amalgamation only knows unconditional includes")
            if target.startswith("sinew/"):
                self.add(target, f"{name}:{number}")
            elif include.group(1) == "<":
                if target not in self.standard:
                    self.standard.append(target)
            else:
                raise AmalgamationError(f'sinew: {name}:{number} includes "{target}", which is neither sinew/ nor a standard header')
        if depth:
            raise AmalgamationError(f"sinew: {name} has an #if without its #endif")
        self.in_progress.pop()
        self.inlined.add(name)
        # One blank line between headers, whatever each file ends with.
        while self.body and self.body[-1].strip() == "":
            self.body.pop()
        self.body.append(f"// ======== end of {name}\n\n")


def amalgamate() -> str:
    a = Amalgamation()
    a.add(UMBRELLA, None)
    v = version()
    header = [
        f"// sinew {v}, the whole library in one header: every layer the umbrella\n",
        "// <sinew/sinew.hpp> includes (anatomy, exercises, schemes, notation, programs).\n",
        "// The opt-in headers are not in it, as they are not in the umbrella: printing\n",
        "// (sinew/io.hpp) and JSON (sinew/json.hpp) come from include/.\n",
        "//\n",
        "// GENERATED by tools/amalgamate.py from include/sinew/; do not edit. To regenerate:\n",
        "//   cmake --build <build dir> --target regenerate   (or: python3 tools/amalgamate.py)\n",
        "// The test amalgamation.up_to_date fails while this file is stale.\n",
        "#pragma once\n",
        "\n",
    ]
    standard = [f"#include <{h}>\n" for h in a.standard]
    # A dropped include or #pragma once leaves its blank lines behind: keep one.
    body: list[str] = []
    for line in a.body:
        if not (line == "\n" and body and body[-1] == "\n"):
            body.append(line)
    return "".join(header + standard + ["\n"] + body).rstrip("\n") + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=pathlib.Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", nargs="?", const=DEFAULT_OUTPUT, type=pathlib.Path, metavar="FILE")
    args = parser.parse_args()
    try:
        text = amalgamate()
    except AmalgamationError as error:
        print(error, file=sys.stderr)
        return 2
    if args.check is not None:
        try:
            current = args.check.read_text(encoding="utf-8")
        except FileNotFoundError:
            print(f"sinew: {args.check} does not exist; run python3 tools/amalgamate.py", file=sys.stderr)
            return 1
        if current == text:
            return 0
        diff = difflib.unified_diff(current.splitlines(keepends=True), text.splitlines(keepends=True),
                                    str(args.check), "tools/amalgamate.py", n=1)
        sys.stderr.writelines(line for _, line in zip(range(40), diff))
        print(f"sinew: {args.check} is stale; regenerate it: cmake --build <build dir> --target regenerate"
              " (or python3 tools/amalgamate.py)", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    # newline="\n": the same bytes on every platform, so --check compares equal.
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
