#!/usr/bin/env python3
"""`sinew plan` as a user runs it: each option and what it does to the program,
each refused input (exit 2 and a message naming the input), the output read
back by `sinew check`, --json as check --json's document, the same seed giving
the same program and another seed another, -o writing a file check accepts,
and the README's shown output kept equal to what the tool prints now.

    plan_commands.py SINEW_EXE SOURCE_DIR CASE

Each CASE is one CTest test (examples/CMakeLists.txt); a failed check prints
what was run and what came back, and exits 1.
"""
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# The runner, the strict JSON reader and the schema of `sinew check --json` are
# program_commands.py's (same arguments): one definition of the document.
import program_commands as pc  # noqa: E402

EXE, SOURCE, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
run, expect, Failed = pc.run, pc.expect, pc.Failed

# The README's example (its first command) and a smaller request for the other checks.
README_ARGS = ["--days", "2", "--minutes", "60", "--equipment", "barbell,dumbbell,machine,cable", "--goal",
               "hypertrophy"]
GYM = "barbell,dumbbell,machine,cable"


def plan(*args, stdin=None):
    return run("plan", *args, stdin=stdin)


def plan_ok(*args):
    r = plan(*args)
    expect(r[0] == 0, f"sinew plan {' '.join(args)}: exit 0", r)
    expect(r[2] == "", f"sinew plan {' '.join(args)}: nothing on stderr", r)
    return r[1]


def doc_of(*args):
    """The --json document of a plan, read strictly and checked against check --json's schema."""
    r = plan(*args, "--json")
    expect(r[0] == 0, f"sinew plan {' '.join(args)} --json: exit 0", r)
    expect(r[1].endswith("}\n") and r[1].count("\n") == 1, "one JSON document on one line", r)
    doc = pc.strict_json(r[1])
    pc.check_document(doc)
    return doc


def check_part(text, asked=None):
    """plan --json's document read strictly, less its "plan" member (checked here): check --json's document."""
    doc = pc.strict_json(text)
    expect(list(doc)[-1] == "plan", "plan --json ends with its plan member", (0, text, ""))
    p = doc.pop("plan")
    expect(set(p) == {"days_asked", "days_held", "rest_days"}, f"plan member keys {sorted(p)}")
    held = len(sessions_of(doc, 1)) if doc["program"]["weeks"] else 0
    expect(p["days_held"] == held and p["rest_days"] == p["days_asked"] - held >= 0,
           f"plan member: the week holds {held} sessions, {p}")
    if asked is not None:
        expect(p["days_asked"] == asked, f"plan member: {asked} days asked, {p}")
    return doc


def program_part(text):
    """The program file part of plan's output: everything before the report's comment lines."""
    return text[:text.index("\n# Checked as: ")] if "\n# Checked as: " in text else text


def check_command(text):
    """The arguments of the `sinew check` command plan's report names (its first line), FILE left out."""
    m = re.search(r"^# Checked as: sinew check FILE(.*)$", text, re.M)
    expect(m is not None, "the report's first line names the check command", (0, text, ""))
    return m.group(1).split()


def exercises_of(doc):
    return [e["exercise"] for w in doc["program"]["weeks"] for s in w["sessions"] for b in s["blocks"]
            for e in b["entries"]]


def sessions_of(doc, week=None):
    return [s for w in doc["program"]["weeks"] if week is None or w["week"] == week for s in w["sessions"]]


def group_sets(doc, group):
    for row in doc["volume"]["groups"]:
        if row["group"] == group:
            return row["sets"]
    return 0


def catalog():
    r = run("export", "exercises")
    expect(r[0] == 0, "export exercises", r)
    return {e["id"]: e for e in pc.strict_json(r[1])["exercises"]}


def check_reads_back(text, *analysis):
    """`sinew check -` on plan's output: the program reads and has no error-level finding."""
    r = run("check", "-", *analysis, stdin=text.encode("utf-8"))
    expect(r[0] == 0, f"sinew check {' '.join(analysis)} reads plan's output back with no error", r)
    return r


def case_defaults():
    # `sinew plan` alone: the default request (plan_request{}), no file needed.
    out = plan_ok()
    expect(out.startswith("program: "), "a program file first", (0, out, ""))
    expect("\n# errors (0)\n" in out and "\n# weekly sets per group (all, direct)\n" in out,
           "then check's report as comment lines", (0, out, ""))
    # Every line after the program is a comment: the output is a program file.
    report = out[len(program_part(out)):]
    expect(all(line == "" or line.startswith("#") for line in report.splitlines()), "the report is all comments",
           (0, out, ""))
    check_reads_back(out)
    doc = doc_of()
    expect(len(sessions_of(doc, 1)) == 3, "3 sessions a week by default", (0, json.dumps(doc)[:2000], ""))


def case_report_is_checks():
    # The report is the one `sinew check` prints for the same program with the options the report's first
    # line names (the request's goal, level, conditions and minutes): line for line, and the same JSON.
    for args in (README_ARGS, ["--days", "3", "--goal", "strength", "--level", "beginner", "--condition",
                               "knee_valgus,lumbar_pain", "--minutes", "45"], ["--days", "1", "--minutes", "90"]):
        out = plan_ok(*args)
        shown = "\n".join(line[2:] if line.startswith("# ") else line[1:]
                          for line in out[len(program_part(out)):].splitlines() if line.startswith("#")) + "\n"
        options = check_command(out)
        expect(shown.startswith("Checked as: sinew check FILE " + " ".join(options) + "\n\n"), "the command first",
               (0, shown, ""))
        r = check_reads_back(out, *options)
        expect(shown[shown.index("\n\n") + 2:] == r[1], "plan's report is check's, line for line", (0, shown, r[1]))
        c = run("check", "-", *options, "--json", stdin=out.encode("utf-8"))
        expect(pc.strict_json(c[1]) == check_part(plan(*args, "--json")[1]), "plan --json is check --json's and its plan member", c)
    expect(check_command(plan_ok("--condition", "quad_dominance")).count("--condition") == 1,
           "conditions in one --condition option")


def case_days():
    for days in range(1, 7):
        doc = doc_of("--days", str(days), "--equipment", GYM)
        n = len(sessions_of(doc, 1))
        expect(n == days, f"--days {days}: {days} sessions in week 1 (got {n})")
        check_reads_back(plan_ok("--days", str(days), "--equipment", GYM))
        expect("Rest days:" not in plan_ok("--days", str(days), "--equipment", GYM), f"--days {days}: no rest day in a gym")
        check_part(plan("--days", str(days), "--equipment", GYM, "--json")[1], days)
    # a beginner's strength week on six days with dumbbells: every group reaches its weekly maximum
    # before the sixth day, which is left out, and the report says so
    args = ("--days", "6", "--minutes", "75", "--equipment", "dumbbell", "--goal", "strength", "--level", "beginner")
    n = len(sessions_of(doc_of(*args), 1))
    text = plan_ok(*args)
    expect(n < 6, f"six days of a beginner's strength with dumbbells: a day left out (got {n} sessions)")
    expect(f"# Rest days: {6 - n} of the 6 days asked left out" in text, "the report names the days left out", text)
    p = pc.strict_json(plan(*args, "--json")[1])["plan"]
    expect(p == {"days_asked": 6, "days_held": n, "rest_days": 6 - n}, f"--json names the days left out: {p}")
    check_part(plan(*args, "--json")[1], 6)
    check_reads_back(text)


def case_weekdays():
    doc = doc_of("--weekdays", "mon,thu", "--equipment", GYM)
    days = sorted(s["day"] for s in sessions_of(doc, 1))
    expect(days == [1, 4], f"--weekdays mon,thu: sessions on days 1 and 4 (got {days})")
    doc = doc_of("--weekdays", "Monday, wed ,FRI")
    days = sorted(s["day"] for s in sessions_of(doc, 1))
    expect(days == [1, 3, 5], f"--weekdays Monday, wed ,FRI: days 1, 3, 5 (got {days})")
    # repeated: the lists add up; --days that agrees is accepted
    expect(plan("--weekdays", "mon", "--weekdays", "thu") == plan("--weekdays", "mon,thu"), "--weekdays repeated adds")
    expect(plan("--days", "2", "--weekdays", "mon,thu") == plan("--weekdays", "mon,thu"), "--days agreeing is accepted")


def case_minutes():
    for minutes in (30, 45, 60, 90):
        doc = doc_of("--minutes", str(minutes), "--days", "3", "--equipment", GYM)
        longest = max(s["minutes"] for s in doc["sessions"])
        expect(longest <= minutes, f"--minutes {minutes}: every session fits (longest {longest})")


def case_equipment():
    cat = catalog()
    for given in ("bodyweight", "dumbbell", "barbell", "machine,cable", GYM,
                  "barbell,dumbbell,kettlebell,cable,machine,band,bodyweight,sled,trap_bar,foam_roller"):
        doc = doc_of("--days", "2", "--equipment", given)
        have = set(given.split(",")) | {"bodyweight"}
        for e in exercises_of(doc):
            need = set(cat[e]["equipment"])
            expect(need <= have, f"--equipment {given}: {e} needs {sorted(need)}")
    expect(plan("--equipment", "barbell", "--equipment", "dumbbell") == plan("--equipment", "barbell,dumbbell"),
           "--equipment repeated adds to the list")
    expect(plan("--equipment", "Trap Bar,barbell") == plan("--equipment", "trap_bar,barbell"),
           "equipment words read as `sinew exercises --equipment` reads them")


def case_goal_level():
    base = plan_ok("--days", "2")
    for goal in ("strength", "endurance", "general"):
        out = plan_ok("--days", "2", "--goal", goal)
        expect(program_part(out) != program_part(base), f"--goal {goal} changes the program")
        check_reads_back(out, "--goal", goal)
    for level in ("beginner", "advanced"):
        out = plan_ok("--days", "2", "--level", level)
        expect(program_part(out) != program_part(base), f"--level {level} changes the program")
        check_reads_back(out, "--level", level)


def case_weeks():
    # One written week; past it the program states its length and each exercise's progression.
    one = program_part(plan_ok("--days", "2"))
    expect("\nweeks: " not in one and "\nprogress" not in one, "--weeks 1 (the default): no length, no progression",
           (0, one, ""))
    for weeks in (2, 4, 8, 16):
        out = plan_ok("--days", "2", "--weeks", str(weeks))
        text = program_part(out)
        expect(f"\nweeks: {weeks}\n" in text, f"--weeks {weeks}: the program states its length", (0, text, ""))
        expect(text != one, f"--weeks {weeks}: progressions are written", (0, text, ""))
        check_reads_back(out)
        r = run("format", "-", stdin=text.encode("utf-8"))
        expect(r[0] == 0 and r[1] == text.rstrip("\n") + "\n", f"--weeks {weeks}: the program file is canonical", r)


def case_priority():
    for target, group in (("glutes", "glutes"), ("hamstrings", "hamstrings"), ("calves", "calves")):
        without = group_sets(doc_of("--days", "3", "--equipment", GYM), group)
        with_it = group_sets(doc_of("--days", "3", "--equipment", GYM, "--priority", target), group)
        expect(with_it > without, f"--priority {target}: {group} get more weekly sets ({with_it} against {without})")
    # by muscle and action, by id or name
    for name in ("gluteus medius", "gluteus_medius", "hip abduction", "Soleus"):
        plan_ok("--days", "3", "--priority", name)


def case_condition():
    for condition in ("knee_valgus", "lumbar_pain", "quad_dominance", "knee_friendly", "no_spinal_loading"):
        out = plan_ok("--days", "3", "--condition", condition)
        check_reads_back(out, "--condition", condition)
    both = plan_ok("--condition", "knee_valgus,lumbar_pain")
    expect(both == plan_ok("--condition", "lumbar_pain", "--condition", "knee_valgus"),
           "--condition a,b is --condition b --condition a")
    check_reads_back(both, "--condition", "knee_valgus,lumbar_pain")


def case_exclude_require():
    doc = doc_of(*README_ARGS)
    chosen = exercises_of(doc)
    expect(chosen, "the README's plan has exercises")
    first = chosen[0]
    doc = doc_of(*README_ARGS, "--exclude", first)
    expect(first not in exercises_of(doc), f"--exclude {first}: not chosen")
    cat = catalog()
    # an exercise by a name people write, not its id: kept
    doc = doc_of(*README_ARGS, "--require", "Bulgarian split squat")
    expect("bulgarian_split_squat" in exercises_of(doc), "--require 'Bulgarian split squat' is in the program")
    expect("bulgarian_split_squat" in cat, "the catalog has the required exercise")


def case_seed():
    a = plan_ok(*README_ARGS, "--seed", "7")
    expect(a == plan_ok(*README_ARGS, "--seed", "7"), "the same seed gives the same output")
    others = {program_part(plan_ok(*README_ARGS, "--seed", str(s))) for s in range(1, 6)}
    expect(len(others) > 1, "other seeds give other programs")
    for s in (1, 2, 3, 18446744073709551615):
        check_reads_back(plan_ok(*README_ARGS, "--seed", str(s)))


def case_json():
    doc = doc_of(*README_ARGS)
    # the document of `sinew check --json` for the same program and analysis
    text = plan_ok(*README_ARGS)
    r = run("check", "-", "--json", "--goal", "hypertrophy", stdin=text.encode("utf-8"))
    expect(r[0] == 0, "check --json of plan's output", r)
    expect(pc.strict_json(r[1])["program"] == doc["program"], "plan --json holds the program check reads back")
    expect(plan(*README_ARGS, "--json", "--json") == plan(*README_ARGS, "--json"), "--json twice is --json once")


def case_output():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "plan.txt")
        r = plan(*README_ARGS, "-o", path)
        expect(r[0] == 0 and r[2] == "", "-o FILE: exit 0, quiet on stderr", r)
        expect(r[1].startswith("Checked as: sinew check " + path + " --goal hypertrophy") and "\n\nerrors (0)\n" in r[1],
               "-o FILE: the check command naming FILE, then the report on stdout, not commented", r)
        with open(path, encoding="utf-8") as f:
            written = f.read()
        expect(written == program_part(plan_ok(*README_ARGS)) + "\n" or written == program_part(plan_ok(*README_ARGS)),
               "the file holds the program file plan prints", (0, written, ""))
        c = run("check", path)
        expect(c[0] == 0, "sinew check accepts the written file", c)
        expect(plan(*README_ARGS, "--output", path) == r, "--output is -o")
        j = plan(*README_ARGS, "-o", path, "--json")
        expect(j[0] == 0 and pc.strict_json(j[1]) == pc.strict_json(plan(*README_ARGS, "--json")[1]),
               "-o FILE --json: the JSON on stdout", j)
        r = plan(*README_ARGS, "-o", os.path.join(tmp, "no", "such", "dir.txt"))
        expect(r[0] == 1 and r[2].startswith("sinew: cannot write the program file to "), "an unwritable -o exits 1", r)
        expect(plan(*README_ARGS, "-o", "-") == plan(*README_ARGS), "-o - is standard output")
    r = plan("-o")
    expect(r[0] == 2 and r[2] == "sinew: -o needs a file name (- for standard output)\n", "-o without a file", r)
    r = plan("-o", "a.txt", "-o", "b.txt")
    expect(r[0] == 2 and "give -o once" in r[2], "-o twice", r)


USER_EXERCISES = """# two exercises the built-in catalog lacks
name: banded frog pump; loads: hip_extension; assists: hip_external_rotation; equipment: band; pattern: hinge

name: cable monster walk; id: cable_monster_walk; loads: hip_abduction; equipment: cable; pattern: abduction
"""


def case_user_catalog():
    # --exercises FILE adds a user's exercises to the built-in catalog: plan may choose and require them by
    # name, check/format/export read a program naming them with the same option (and refuse it without),
    # and every built-in name still reads. --catalog FILE makes the file the whole catalog.
    with tempfile.TemporaryDirectory() as tmp:
        mine = os.path.join(tmp, "mine.txt")
        with open(mine, "w", encoding="utf-8") as f:
            f.write(USER_EXERCISES)
        args = ["--days", "2", "--exercises", mine, "--require", "banded frog pump", "--require", "Cable Monster Walk",
                "--require", "RDL"]
        out = plan_ok(*args)
        program = program_part(out)
        for name in ("banded frog pump", "cable monster walk", "Romanian deadlift"):
            expect(name.lower() in program.lower(), f"the program holds the required '{name}'", (0, out, ""))
        options = check_command(out)
        expect(options[-2:] == ["--exercises", mine], "the check command names the file of exercises", (0, out, ""))
        r = check_reads_back(out, *options)
        expect(pc.strict_json(run("check", "-", *options, "--json", stdin=out.encode("utf-8"))[1]) ==
               check_part(plan(*args, "--json")[1]), "check --exercises gives plan's document")
        doc = doc_of(*args)
        expect({"banded frog pump", "cable_monster_walk"} <= set(exercises_of(doc)), "the JSON names the user's ids (an id left out is the name)",
               (0, json.dumps(doc)[:3000], ""))
        r = run("check", "-", stdin=out.encode("utf-8"))
        expect(r[0] == 2 and "line " in r[2] and "banded frog pump" in r[2],
               "without --exercises the user's names do not read (exit 2, the line)", r)
        f = run("format", "-", "--exercises", mine, stdin=program.encode("utf-8"))
        expect(f[0] == 0 and f[1] == run("format", "-", "--exercises", mine, stdin=f[1].encode("utf-8"))[1],
               "format --exercises reads it and its output reads back the same", f)
        e = run("export", "program", "-", "--exercises", mine, stdin=program.encode("utf-8"))
        expect(e[0] == 0 and "\"banded frog pump\"" in e[1], "export program --exercises", e)
        b = run("bodymap", "-", "--exercises", mine, stdin=program.encode("utf-8"))
        expect(b[0] == 0 and b[1].startswith("<svg"), "bodymap --exercises", b)
        # The user's exercises take part in choice without being required: excluding the built-in abductors and
        # every band/cable alternative of them leaves the user's walk.
        plan_ok("--days", "3", "--exercises", mine, "--equipment", "cable,band")
        # --exclude and --require read the user's names; an unknown one lists the closest, the user's first.
        r = plan("--exercises", mine, "--exclude", "monster wlk")
        expect(r[0] == 2 and r[2].startswith("sinew: --exclude: no exercise of the catalog has this id or name "
                                             "(got 'monster wlk'). Did you mean: cable_monster_walk"), "closest", r)
        # --catalog: the file is the whole catalog, so a built-in name does not read, a program holds only the
        # user's exercises, and what two exercises cannot cover is said (the quadriceps get no sets).
        r = plan("--catalog", mine)
        expect(r[0] == 0 and "uncovered_group: sinew: quadriceps get no sets" in r[1], "--catalog alone: warnings", r)
        used = {line.rsplit(" ", 1)[0] for line in program_part(r[1]).splitlines()[1:]
                if not line.endswith(":") and not line.startswith("day ")}
        expect(used == {"banded frog pump", "cable monster walk"}, "--catalog: only the user's exercises", r)
        r = plan("--catalog", mine, "--require", "back squat")
        expect(r[0] == 2 and "no exercise of the catalog has this id or name" in r[2], "--catalog: no built-in", r)
        c = run("check", "-", "--catalog", mine, stdin=b"program: p\nday 1\nbanded frog pump 3x12\ncable monster walk 3x15\n")
        expect(c[0] in (0, 1) and "errors (" in c[1], "check --catalog reads the user's names", c)
        c = run("check", "-", "--catalog", mine, stdin=b"program: p\nday 1\nback squat 3x5\n")
        expect(c[0] == 2 and "no exercise of the catalog has this id or name" in c[2], "--catalog: no built-ins", c)
        # Bad files: where and why, exit 2, nothing printed on stdout.
        bad_cases = [
            ("name: a; loads: hip_flexion\n", "line 1, column", "expected a 'pattern:' entry"),
            ("name: good one; loads: hip_abduction; equipment: band; pattern: abduction\n"
             "name: bad; loads: knee_flex; equipment: cable; pattern: curl\n", "line 2, column", "knee_flex"),
            ("name: x; id: front_squat; loads: knee_extension; equipment: barbell; pattern: squat\n", "line 1, column 1",
             "the id 'front_squat' already names the built-in exercise front_squat: give yours another id"),
            ("name: one; loads: hip_abduction; equipment: band; pattern: abduction\n"
             "name: One; id: one; loads: hip_abduction; equipment: band; pattern: abduction\n", "line 2, column 1",
             "the id 'one' is given twice (as 'one')"),
            # A name or id that a program file would read as another exercise (case and separators
            # ignored, as the reader compares them; a built-in's alias said exactly): refused, or a
            # built-in exercise would become unreadable and plan's output would not read back.
            ("name: one; loads: hip_abduction; equipment: band; pattern: abduction\n"
             "name: x; id: O-N-E; loads: hip_abduction; equipment: band; pattern: abduction\n", "line 2, column 1",
             "the id 'O-N-E' is given twice (as 'one')"),
            ("name: leg press; loads: hip_abduction; equipment: band; pattern: abduction\n", "line 1, column 1",
             "the name 'leg press' already names the built-in exercise leg_press: give yours another name"),
            ("name: my curl; id: Lying-Leg-Curl; loads: knee_flexion; equipment: band; pattern: curl\n", "line 1, column 1",
             "the id 'Lying-Leg-Curl' already names the built-in exercise lying_leg_curl"),
            ("name: legpress; loads: knee_extension; equipment: band; pattern: squat\n", "line 1, column 1",
             "the name 'legpress' already names the built-in exercise leg_press"),
            ("name: RDL; id: my_rdl; loads: hip_extension; equipment: band; pattern: hinge\n", "line 1, column 1",
             "the name 'RDL' already names the built-in exercise romanian_deadlift"),
            # An id or name a program file could not write back ('@' would start a load there,
            # a coach label would be read as one): refused at the name, with the rule.
            ("name: lift @ bar; loads: hip_extension; equipment: band; pattern: hinge\n", "line 1, column 7",
             "an exercise's id and name are 1 to 64 bytes"),
            ("name: frog pump; id: 1A. frog; loads: hip_extension; equipment: band; pattern: hinge\n",
             "line 1, column 22", "coach label (1A.)"),
            ("# nothing but a comment\n\n", "line 3", "the file holds no exercise"),
            ("name: caf\xe9\n", "", "not valid UTF-8"),
        ]
        for i, (text, where, why) in enumerate(bad_cases):
            path = os.path.join(tmp, f"bad{i}.txt")
            with open(path, "wb") as f:
                f.write(text.encode("latin-1"))
            for command in (["plan"], ["check", "-"], ["format", "-"]):
                r = run(*command, "--exercises", path, stdin=b"program: p\nday 1\nback squat 3x5\n")
                expect(r[0] == 2 and r[1] == "" and where in r[2] and why in r[2],
                       f"{' '.join(command)} --exercises with a bad file: exit 2, {where!r}, {why!r}", r)
        r = plan("--exercises", os.path.join(tmp, "missing.txt"))
        expect(r[0] == 2 and r[2].startswith("sinew: --exercises: cannot read the file of exercises"), "missing file", r)
        r = plan("--exercises", mine, "--catalog", mine)
        expect(r[0] == 2 and "give --exercises or --catalog once" in r[2], "one file of exercises", r)
        r = plan("--catalog", tmp)
        expect(r == (2, "", f"sinew: --catalog: cannot read the file of exercises '{tmp}' (a directory)\n"),
               "a directory as the file of exercises", r)
        r = plan("--exercises")
        expect(r[0] == 2 and "--exercises needs a file of exercises" in r[2], "--exercises without a file", r)


def refused(args, pattern, what):
    r = plan(*args)
    expect(r[0] == 2, f"{what}: exit 2", r)
    expect(r[1] == "", f"{what}: nothing on stdout", r)
    expect(re.search(pattern, r[2]) is not None, f"{what}: stderr matches {pattern!r}", r)
    expect(r[2].startswith("sinew: "), f"{what}: the message starts with sinew:", r)
    expect("detail::" not in r[2], f"{what}: no library internals", r)


def case_bad_input():
    # The tool's own refusals: each names the option and says why.
    refused(["--days", "x"], r"^sinew: --days: expected a whole number \(digits only\) \(got 'x'\)\n$", "--days x")
    refused(["--days", "-1"], r"^sinew: --days needs a value|^sinew: --days: expected a whole number", "--days -1")
    refused(["--days", "300"], r"^sinew: --days: the number is larger than this input allows \(got '300'\)\n$",
            "--days 300")
    refused(["--minutes", "1.5"], r"^sinew: --minutes: expected a whole number", "--minutes 1.5")
    refused(["--weeks", "99999"], r"^sinew: --weeks: the number is larger", "--weeks 99999")
    refused(["--seed", "18446744073709551616"], r"^sinew: --seed: the number is larger", "--seed past 2^64")
    refused(["--days"], r"^sinew: --days needs a value\n$", "--days without a value")
    refused(["--equipment", "--json"], r"^sinew: --equipment needs a value \(got the option --json\)\n$",
            "--equipment followed by an option")
    refused(["--equipment", "barbell,bar"],
            r"^sinew: --equipment: unknown equipment 'bar'\. Did you mean: barbell.*\nValid equipments: barbell dumbbell",
            "unknown equipment")
    refused(["--equipment", "barbell,,cable"], r"^sinew: --equipment: a list has an empty item", "empty equipment")
    refused(["--weekdays", "mon,thirsday"],
            r"^sinew: --weekdays: expected a weekday: monday \(mon\).* \(got 'thirsday' in 'mon,thirsday'\)\n$",
            "unknown weekday")
    refused(["--goal", "musle"], r"^sinew: --goal: unknown goal 'musle'\..*\nValid goals: hypertrophy strength endurance general\n$",
            "unknown goal")
    refused(["--level", "pro"], r"^sinew: --level: unknown level 'pro'\.", "unknown level")
    refused(["--condition", "bad_knees"], r"^sinew: --condition: unknown condition 'bad_knees'\..*\nValid conditions: knee_valgus",
            "unknown condition")
    refused(["--condition", "knee_valgus,"], r"^sinew: --condition has an empty item", "empty condition")
    refused(["--priority", "glutez"], r"^sinew: --priority: unknown priority 'glutez'\. Did you mean: glutes", "unknown priority")
    refused(["--exclude", "Zercher Squat"],
            r"^sinew: --exclude: unknown exercise 'Zercher Squat'\. Did you mean: barbell_back_squat", "unknown --exclude")
    refused(["--require", "leg pres"], r"^sinew: --require: unknown exercise 'leg pres'\. Did you mean: [a-z_, ]*\bleg_press\b",
            "unknown --require")
    refused(["--require", "hip adduction"],
            r"^sinew: --require: the exercise name 'hip adduction' is ambiguous: it fits 2 exercises equally well: "
            r"adductor_machine, cable_hip_adduction", "ambiguous --require")
    refused(["--days", "3", "--weekdays", "mon", "--weekdays", "thu"],
            r"^sinew: --days 3 and --weekdays mon,thu disagree: the weekdays name 2 days a week", "--weekdays repeated")
    refused(["--days", "2", "--weekdays", "mon,wed,fri"],
            r"^sinew: --days 2 and --weekdays mon,wed,fri disagree: the weekdays name 3 days a week", "--days and --weekdays")
    # Every option of one value, given twice (even with the same value): refused, naming both,
    # instead of the later value silently replacing the first. Lists and flags add up instead.
    for option, first, second in (("--days", "2", "3"), ("--minutes", "45", "60"), ("--weeks", "4", "8"),
                                  ("--seed", "1", "2"), ("--goal", "strength", "hypertrophy"),
                                  ("--level", "beginner", "advanced"), ("--days", "3", "3")):
        refused([option, first, option, second],
                rf"^sinew: {option} is given twice \('{first}', then '{second}'\): give it once\n$", f"{option} twice")
    doc = doc_of("--equipment", "barbell", "--equipment", "dumbbell", "--condition", "knee_valgus",
                 "--condition", "lumbar_pain", "--priority", "glutes", "--priority", "calves", "--json", "--json")
    expect(doc is not None, "lists and flags given twice still plan", doc)
    refused(["--bogus"], r"^sinew: unknown option '--bogus'\..*\nValid options: --days", "unknown option")
    refused(["--prime"], r"^sinew: plan does not take --prime\. Its options: --days", "another command's option")
    refused(["program.txt"], r"^sinew: plan reads no file: its input is the options \(got 'program\.txt'\)", "a file")


def case_generator_errors():
    # What the generator refuses exits 2 with its message, which names the input.
    cases = [
        (["--days", "0"], r"days"),
        (["--days", "7"], r"days"),
        (["--weekdays", "mon,tue,wed,thu,fri,sat,sun"], r"day"),
        (["--minutes", "0"], r"minute"),
        (["--minutes", "5"], r"minute"),
        (["--weeks", "0"], r"week"),
        (["--weeks", "17"], r"week"),
        (["--equipment", "foam_roller", "--require", "barbell back squat"], r"barbell"),
        (["--exclude", "leg press", "--require", "leg press"], r"leg.press"),
        # knee valgus asks for hip external rotation work: with the exercises at hand that train
        # it excluded (the bodyweight clamshell is always at hand), the exclusions are the cause,
        # and the message names the first of them
        (["--equipment", "barbell", "--condition", "knee_valgus", "--exclude", "bodyweight clamshell"],
         r"^sinew: exclude: .*hip external rotation \(bodyweight_clamshell\)"),
        # an action the library's messages do not name: the tool names it from the error's position
        (["--equipment", "barbell", "--priority", "subtalar_eversion"],
         r"^sinew: equipment: nothing at hand trains an action the request asks for \(subtalar_eversion\)$"),
    ]
    for args, named in cases:
        r = plan(*args)
        what = "sinew plan " + " ".join(args)
        expect(r[0] == 2 and r[1] == "", f"{what}: exit 2, nothing on stdout", r)
        expect(r[2].startswith("sinew: ") and r[2].endswith("\n") and r[2].count("\n") == 1,
               f"{what}: one line starting with sinew:", r)
        expect(re.search(named, r[2], re.IGNORECASE) is not None, f"{what}: the message names the input ({named})", r)
    # Too few minutes for the weekly minimums: the message says how many give a week, and the
    # figure holds on both sides (N gives a plan, N - 1 the same refusal).
    for days in ("1", "2"):
        r = plan("--minutes", "20", "--days", days)
        m = re.search(r"^sinew: minutes: too few to give every group its weekly minimum on these days: "
                      r"--minutes (\d+) gives one \((\d+) does not\)\n$", r[2])
        expect(r[0] == 2 and m is not None, f"--minutes 20 --days {days}: how many minutes give a week", r)
        if m:
            expect(int(m.group(2)) + 1 == int(m.group(1)), "the two figures are neighbours", r)
            plan_ok("--minutes", m.group(1), "--days", days)
            below = plan("--minutes", m.group(2), "--days", days)
            expect(below[0] == 2 and f"--minutes {m.group(1)} gives one" in below[2], "one minute fewer does not", below)


def case_help():
    r = run("--help")
    expect(r[0] == 0 and "\n  plan " in r[1], "--help lists plan", r)
    expect("check, bodymap, plan: also an" in r[1], "--help: plan's exit 1", r)
    r = run("help", "plan")
    expect(r[0] == 0 and r[1].startswith("usage: sinew plan "), "help plan", r)
    for option in ("--days", "--weekdays", "--minutes", "--equipment", "--goal", "--level", "--condition",
                   "--priority", "--exclude", "--require", "--weeks", "--seed", "--json", "-o FILE"):
        expect(option in r[1], f"help plan documents {option}", r)
    expect("Exit 0; 2 when" in r[1], "help plan documents its exit codes", r)
    expect(run("plan", "--help") == r, "plan --help is help plan")


README_COMMAND = "sinew plan " + " ".join(README_ARGS)


def case_readme_plan_output():
    # The README's first command: `sinew plan` and what it prints, trimmed with "..." lines.
    pc.expect_readme_shows(README_COMMAND, plan_ok(*README_ARGS))
    with open(os.path.join(SOURCE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    expect(readme.index(f"<!-- output: {README_COMMAND} -->") < readme.index("```sh"),
           "sinew plan is the README's first command")


def main():
    cases = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}
    if CASE not in cases:
        print(f"plan_commands.py: unknown case {CASE!r}; cases: {' '.join(cases)}")
        return 2
    try:
        cases[CASE]()
    except Failed as e:
        print(f"FAILED {CASE}: {e}")
        return 1
    print(f"ok {CASE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
