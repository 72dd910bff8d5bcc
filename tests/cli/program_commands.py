#!/usr/bin/env python3
"""The program commands of the `sinew` tool (check, bodymap, export program) as
a user runs them: exit codes, standard input, JSON read strictly, SVG parsed as
XML, and the README's shown output and committed body map kept equal to what
the tool prints now.

    program_commands.py SINEW_EXE SOURCE_DIR CASE

Each CASE is one CTest test (examples/CMakeLists.txt); a failed check prints
what was run and what came back, and exits 1.
"""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

EXE, SOURCE, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
SEEDS = ["glute_routine", "hamstring_routine", "quad_routine", "calf_routine", "balanced_leg_workout",
         "king_of_workouts"]
README_SEED = "balanced_leg_workout"


def seed(name):
    return os.path.join(SOURCE, "examples", "programs", name + ".txt")


class Failed(Exception):
    pass


def run(*args, stdin=None):
    r = subprocess.run([EXE, *args], input=stdin, capture_output=True, timeout=120)
    return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8")


def expect(condition, what, result=None):
    if not condition:
        shown = ""
        if result is not None:
            shown = f"\nexit {result[0]}\n--- stdout ---\n{result[1][:4000]}\n--- stderr ---\n{result[2][:4000]}"
        raise Failed(what + shown)


def strict_json(text):
    """JSON as RFC 8259 has it: no NaN or Infinity, no duplicate keys, one value."""
    def no_constant(name):
        raise Failed(f"JSON holds {name}, which is not JSON")

    def no_duplicates(pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise Failed(f"JSON object with a duplicate key: {keys}")
        return dict(pairs)

    return json.loads(text, parse_constant=no_constant, object_pairs_hook=no_duplicates)


def check_document(doc):
    """The schema of `sinew check --json` (docs/programs.md)."""
    expect(set(doc) >= {"program", "volume", "sessions", "findings"}, f"top-level keys {sorted(doc)}")
    p = doc["program"]
    expect(isinstance(p["name"], str) and p["weeks"], "program name and weeks")
    for w in p["weeks"]:
        expect(isinstance(w["week"], int), "week number")
        for s in w["sessions"]:
            expect({"day", "title", "blocks"} <= set(s), f"session keys {sorted(s)}")
            for b in s["blocks"]:
                for e in b["entries"]:
                    expect({"exercise", "scheme", "grouping"} <= set(e), f"entry keys {sorted(e)}")
                    expect(e["grouping"] is None or isinstance(e["grouping"], str), "grouping is a kind or null")
    v = doc["volume"]
    for key, name in (("muscles", "muscle"), ("groups", "group")):
        for row in v[key]:
            expect({name, "sets", "direct_sets"} <= set(row), f"{key} row {row}")
            expect(row["direct_sets"] <= row["sets"] + 1e-9, f"direct sets above all sets: {row}")
    for row in v["actions"]:
        expect({"action", "sets"} <= set(row), f"actions row {row}")
    for s in doc["sessions"]:
        expect({"week", "day", "minutes", "sets"} <= set(s), f"session figures {s}")
    for f in doc["findings"]:
        expect({"kind", "severity", "message", "muscles", "groups", "actions"} <= set(f), f"finding {f}")
        expect(f["severity"] in ("error", "warning", "info"), f"severity {f['severity']}")


def counts_of_report(text):
    """{"errors": n, ...} from the headings of the text report."""
    out = {}
    for line in text.splitlines():
        for h in ("errors", "warnings", "info"):
            if line.startswith(h + " ("):
                out[h] = int(line[len(h) + 2:line.index(")")])
    return out


def case_check_seeds():
    # Every seed routine reads and passes (no error-level finding) with the defaults.
    for name in SEEDS:
        r = run("check", seed(name))
        expect(r[0] == 0, f"check {name}: exit 0", r)
        expect(r[1].startswith("errors (0)\nwarnings ("), f"check {name}: findings by severity first", r)
        expect("\nweekly sets per group (all, direct)\n" in r[1], f"check {name}: group table", r)
        expect("\nweekly sets per muscle (all, direct)\n" in r[1], f"check {name}: muscle table", r)
        expect(r[2] == "", f"check {name}: nothing on stderr", r)


def case_check_error_exits_1():
    # A condition the program does not honour is an error: exit 1, the report still printed.
    r = run("check", seed("king_of_workouts"), "--condition", "lumbar_pain")
    expect(r[0] == 1, "an error-level finding exits 1", r)
    counts = counts_of_report(r[1])
    expect(counts.get("errors", 0) >= 1, "errors counted", r)
    expect("  condition_unmet: sinew: lumbar_pain: barbell back squat loads the spine heavily" in r[1],
           "the back squat named under lumbar_pain", r)
    # The list form and the repeated option are the same set of conditions.
    a = run("check", seed("king_of_workouts"), "--condition", "lumbar_pain,no_spinal_loading")
    b = run("check", seed("king_of_workouts"), "--condition", "no_spinal_loading", "--condition", "lumbar_pain")
    expect(a == b and a[0] == 1, "--condition a,b is --condition b --condition a", a)
    # The goal changes the analysis: strength ranges are not hypertrophy's.
    g = run("check", seed("glute_routine"), "--goal", "strength")
    expect(g[0] == 0 and "range for strength, intermediate" in g[1], "--goal strength is read", g)
    lv = run("check", seed("glute_routine"), "--level", "beginner")
    expect(lv[0] == 0 and "beginner" in lv[1], "--level beginner is read", lv)


def case_check_stdin():
    # FILE '-' reads standard input: the same report as the file.
    with open(seed("glute_routine"), "rb") as f:
        text = f.read()
    from_file = run("check", seed("glute_routine"))
    from_stdin = run("check", "-", stdin=text)
    expect(from_file[0] == 0 and from_file[1].startswith("errors (0)\n"), "check FILE reports", from_file)
    expect(from_stdin == from_file, "check - reads standard input", from_stdin)
    j = run("check", "-", "--json", stdin=text)
    expect(j[0] == 0 and j[1] == run("check", seed("glute_routine"), "--json")[1], "check - --json", j)
    expect(j[1].startswith('{"program":{"name":"Glute routine"'), "check - --json is the program's document", j)
    b = run("bodymap", "-", stdin=text)
    expect(b[1].startswith("<svg "), "bodymap - writes SVG", b)
    expect(b[0] == 0 and b[1] == run("bodymap", seed("glute_routine"))[1], "bodymap -", b)
    e = run("export", "program", "-", stdin=text)
    expect(e[0] == 0 and e[1] == j[1], "export program -", e)


def case_check_json():
    for name in SEEDS:
        r = run("check", seed(name), "--json")
        expect(r[0] == 0, f"check {name} --json: exit 0", r)
        expect(r[1].endswith("}\n") and r[1].count("\n") == 1, "one JSON document on one line", r)
        doc = strict_json(r[1])
        check_document(doc)
        # The same findings as the text report, severity by severity.
        text = counts_of_report(run("check", seed(name))[1])
        by = {"errors": "error", "warnings": "warning", "info": "info"}
        for h, s in by.items():
            n = sum(1 for f in doc["findings"] if f["severity"] == s)
            expect(n == text[h], f"{name}: {n} {s} findings in JSON, {text[h]} in the report")
    # Under a condition it does not honour, the errors are in the JSON too (and exit 1).
    r = run("check", seed("king_of_workouts"), "--condition", "lumbar_pain", "--json")
    expect(r[0] == 1, "--json keeps the exit code", r)
    doc = strict_json(r[1])
    expect(any(f["severity"] == "error" and f["kind"] == "condition_unmet" for f in doc["findings"]),
           "condition_unmet as an error in the JSON", r)


def case_export_program():
    # export program FILE is check --json's document; it exits 0 whatever the findings.
    for args in ([], ["--condition", "lumbar_pain"], ["--goal", "strength", "--level", "advanced"]):
        e = run("export", "program", seed("king_of_workouts"), *args)
        c = run("check", seed("king_of_workouts"), "--json", *args)
        expect(e[0] == 0, "export program exits 0", e)
        expect(e[1] == c[1], f"export program {args} is check --json's document", e)
        check_document(strict_json(e[1]))
    # The other targets keep their names.
    expect(run("export", "anatomy")[0] == 0 and run("export", "exercises")[0] == 0, "export anatomy, exercises")
    r = run("export", "program")
    expect(r[0] == 2 and r[2].startswith("sinew: usage: sinew export program FILE"), "export program without FILE", r)
    r = run("export", "programs")
    expect(r[0] == 2 and "anatomy|exercises|program" in r[2], "an unknown export target lists program", r)


def case_bad_input():
    data = os.path.join(SOURCE, "tests", "programs", "data")
    r = run("format", data)
    expect(r == (2, "", f"sinew: cannot read the program file '{data}' (a directory)\n"), "format: a directory", r)
    for command in (["check"], ["bodymap"], ["export", "program"]):
        r = run(*command, os.path.join(data, "program_unknown_name.txt"))
        expect(r[0] == 2 and r[1] == "", f"{command}: a bad name exits 2 with nothing on stdout", r)
        expect(r[2].startswith("sinew: no built-in exercise matches this name\n  line 2, column 3 (byte 11):\n"),
               f"{command}: line and column", r)
        expect("\n      ^\nDid you mean: " in r[2] and "hip_thrust" in r[2], f"{command}: caret and candidates", r)
        r = run(*command, "no/such/file.txt")
        expect(r[0] == 2 and r[2] == "sinew: cannot read the program file 'no/such/file.txt'\n", f"{command}: missing file", r)
        # a directory opens as a stream that reads nothing: it must not pass for an empty program
        r = run(*command, data)
        expect(r == (2, "", f"sinew: cannot read the program file '{data}' (a directory)\n"), f"{command}: a directory", r)
        r = run(*command, seed("glute_routine"), "--exercises", data)
        expect(r == (2, "", f"sinew: --exercises: cannot read the file of exercises '{data}' (a directory)\n"),
               f"{command}: --exercises a directory", r)
        r = run(*command)
        expect(r[0] == 2 and r[2].startswith("sinew: usage: sinew " + " ".join(command) + " FILE"), f"{command}: no FILE", r)
        r = run(*command, seed("glute_routine"), seed("quad_routine"))
        expect(r[0] == 2 and "one program file at a time" in r[2], f"{command}: two files", r)
        r = run(*command, "-", stdin=b"program: x\nday 1\n  leg pres 3x10\n")
        expect(r[0] == 2 and "line 3, column 3" in r[2] and "leg_press" in r[2], f"{command}: a bad name on stdin", r)


def case_bad_option_values():
    # Each option names itself and lists every valid word of its vocabulary.
    vocabularies = {
        "--goal": ("goal", ["hypertrophy", "strength", "endurance", "general"]),
        "--level": ("level", ["beginner", "intermediate", "advanced"]),
        "--condition": ("condition", ["knee_valgus", "lumbar_pain", "quad_dominance", "knee_friendly", "no_spinal_loading"]),
    }
    for command in (["check"], ["bodymap"], ["export", "program"]):
        for option, (what, words) in vocabularies.items():
            r = run(*command, seed("glute_routine"), option, "musle")
            expect(r[0] == 2 and r[1] == "", f"{command} {option} musle: exit 2, nothing on stdout", r)
            expect(r[2].startswith(f"sinew: {option}: unknown {what} 'musle'."), f"{command} {option}: named", r)
            expect(r[2].endswith(f"\nValid {what}s: " + " ".join(words) + "\n"), f"{command} {option}: choices", r)
            expect("detail::" not in r[2], "no library internals in the message", r)
            r = run(*command, seed("glute_routine"), option)
            expect(r[0] == 2 and r[2] == f"sinew: {option} needs a value\n", f"{command} {option} without a value", r)
        # An option of one value given twice is refused, naming both values: a later value must
        # not silently replace the first. A list (--condition) adds up instead.
        for option, first, second in (("--goal", "strength", "hypertrophy"), ("--level", "beginner", "advanced"),
                                      ("--minutes", "45", "60"), ("--goal", "strength", "strength")):
            r = run(*command, seed("glute_routine"), option, first, option, second)
            expect(r == (2, "", f"sinew: {option} is given twice ('{first}', then '{second}'): give it once\n"),
                   f"{command} {option} twice", r)
        r = run(*command, seed("glute_routine"), "--condition", "lumbar_pain", "--condition", "knee_valgus")
        expect(r[0] != 2, f"{command}: --condition repeated adds to the list", r)
        r = run(*command, seed("glute_routine"), "--condition", "lumbar_pain,")
        expect(r[0] == 2 and "empty item" in r[2], f"{command}: an empty condition", r)
        r = run(*command, seed("glute_routine"), "--prime")
        expect(r[0] == 2 and r[2].startswith(f"sinew: {' '.join(command)} does not take --prime"), f"{command} --prime", r)
    # A blank name, wherever a name is read: refused as empty, with no "closest" names offered
    # (every name is equally far from nothing, so any offer would be arbitrary).
    for args in (["find", " "], ["explain", ""], ["explain", "  "], ["explain", "back squat", " "],
                 ["substitute", " "], ["anatomy", " "], ["anatomy", "--joint", ""], ["anatomy", "--action", " "],
                 ["anatomy", "--group", ""], ["exercises", "--muscle", ""], ["exercises", "--group", " "],
                 ["exercises", "--action", ""], ["plan", "--exclude", " "], ["plan", "--require", ""],
                 ["plan", "--priority", " "], ["plan", "--goal", ""], ["plan", "--level", " "],
                 ["check", seed("glute_routine"), "--goal", " "], ["check", seed("glute_routine"), "--condition", " "]):
        r = run(*args)
        expect(r[0] == 2 and r[1] == "", f"{args}: exit 2, nothing on stdout", r)
        expect("empty" in r[2] and "Did you mean" not in r[2], f"{args}: said to be empty, no names offered", r)
    r = run("check", seed("glute_routine"), "-o", "x.svg")
    expect(r[0] == 2 and "unknown option '-o'" in r[2], "check does not take -o", r)
    r = run("bodymap", seed("glute_routine"), "--json")
    expect(r[0] == 2 and "bodymap does not take --json" in r[2], "bodymap does not take --json", r)


def well_formed_svg(text, what):
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as e:
        raise Failed(f"{what}: not well-formed XML: {e}")
    expect(root.tag == "{http://www.w3.org/2000/svg}svg", f"{what}: the root is an svg element ({root.tag})")
    return root


def case_bodymap(tmp):
    for name in SEEDS:
        out = os.path.join(tmp, name + ".svg")
        r = run("bodymap", seed(name), "-o", out)
        expect(r[0] == 0 and r[1] == "" and r[2] == "", f"bodymap {name} -o: exit 0, quiet", r)
        with open(out, encoding="utf-8") as f:
            svg = f.read()
        root = well_formed_svg(svg, name)
        title = root.find("{http://www.w3.org/2000/svg}title")
        expect(title is not None and title.text, f"{name}: the program's name as the title")
        # Without -o, and with -o -, the same SVG on standard output.
        expect(run("bodymap", seed(name))[1] == svg, f"{name}: bodymap FILE writes the same to stdout")
        expect(run("bodymap", "-o", "-", seed(name))[1] == svg, f"{name}: -o - writes the same to stdout")
        expect(run("bodymap", seed(name), "--output", out)[0] == 0, f"{name}: --output is -o")
    # Exit codes as check: 1 with an error-level finding (the map still written), 2 when it cannot write.
    out = os.path.join(tmp, "error.svg")
    r = run("bodymap", seed("king_of_workouts"), "--condition", "lumbar_pain", "-o", out)
    expect(r[0] == 1, "bodymap exits 1 on an error-level finding", r)
    with open(out, encoding="utf-8") as f:
        well_formed_svg(f.read(), "the map of a program with an error")
    r = run("bodymap", seed("glute_routine"), "-o", os.path.join(tmp, "no", "such", "dir.svg"))
    expect(r[0] == 1 and r[2].startswith("sinew: cannot write the body map to "), "an unwritable -o", r)
    r = run("bodymap", seed("glute_routine"), "-o")
    expect(r[0] == 2 and r[2] == "sinew: -o needs a file name (- for standard output)\n", "-o without a file", r)
    r = run("bodymap", seed("glute_routine"), "-o", "a.svg", "-o", "b.svg")
    expect(r[0] == 2 and "give -o once" in r[2], "-o twice", r)


def case_help():
    r = run("--help")
    for line in ("  check FILE ", "  bodymap FILE ", "  export anatomy|exercises|program FILE"):
        expect(line in r[1], f"--help lists {line.strip()}", r)
    for command in ("check", "bodymap"):
        r = run("help", command)
        expect(r[0] == 0 and r[1].startswith(f"usage: sinew {command} FILE"), f"help {command}", r)


def readme_block(marker, fence):
    with open(os.path.join(SOURCE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    start = readme.find(marker + "\n```" + fence + "\n")
    expect(start != -1, f"README.md has no block marked {marker!r} followed by a ```{fence} fence")
    body = readme[start + len(marker) + len(fence) + 5:]
    return body[:body.index("```")]


def expect_readme_shows(command, printed):
    """The README's block marked `<!-- output: COMMAND -->` starts with `$ COMMAND`, then shows what the
    tool printed, trimmed: each run of lines between "..." lines is consecutive lines of `printed`, in
    order, and the first shown line is the first printed. Returns the block's lines."""
    lines = readme_block(f"<!-- output: {command} -->", "text").splitlines()
    expect(lines and lines[0] == "$ " + command, f"README's block starts with '$ {command}'")
    printed = printed.splitlines()
    chunks, chunk = [], []
    for line in lines[1:]:
        if line.strip() == "...":
            chunks.append(chunk)
            chunk = []
        else:
            chunk.append(line)
    chunks.append(chunk)
    at = 0
    for c in chunks:
        if not c:
            continue
        found = next((i for i in range(at, len(printed) - len(c) + 1) if printed[i:i + len(c)] == c), None)
        expect(found is not None, f"README.md shows lines `{command}` does not print (in this order):\n" +
               "\n".join(c) + "\n--- the tool prints ---\n" + "\n".join(printed))
        at = found + len(c)
    expect(len(lines) > 1 and printed and lines[1] == printed[0], "the README shows the output from its first line")
    return lines


def case_readme_check_output():
    # The README shows `sinew check` on a seed routine, trimmed (expect_readme_shows).
    r = run("check", seed(README_SEED))
    expect(r[0] == 0, "the README's routine passes", r)
    expect_readme_shows(f"sinew check examples/programs/{README_SEED}.txt", r[1])


def case_readme_bodymap_up_to_date():
    # docs/images/bodymap.svg is what `sinew bodymap` writes now for the README's routine.
    path = os.path.join(SOURCE, "docs", "images", "bodymap.svg")
    with open(path, encoding="utf-8", newline="") as f:
        committed = f.read()
    r = run("bodymap", seed(README_SEED))
    expect(r[0] == 0, "bodymap of the README's routine", r)
    expect(committed == r[1], "docs/images/bodymap.svg is out of date: run\n  sinew bodymap examples/programs/"
           f"{README_SEED}.txt -o docs/images/bodymap.svg")
    with open(os.path.join(SOURCE, "README.md"), encoding="utf-8") as f:
        expect("](docs/images/bodymap.svg)" in f.read(), "README.md embeds docs/images/bodymap.svg")


def main():
    import tempfile
    cases = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}
    if CASE not in cases:
        print(f"program_commands.py: unknown case {CASE!r}; cases: {' '.join(cases)}")
        return 2
    try:
        if CASE == "bodymap":
            with tempfile.TemporaryDirectory() as tmp:
                cases[CASE](tmp)
        else:
            cases[CASE]()
    except Failed as e:
        print(f"FAILED {CASE}: {e}")
        return 1
    print(f"ok {CASE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
