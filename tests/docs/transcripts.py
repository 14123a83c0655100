#!/usr/bin/env python3
"""The command transcripts in the README and docs/ still say what ragft prints.

A transcript is a ```text block whose first line is `$ COMMAND` with a ragft command (`ragft ...`,
`build/ragft ...`, or `cd DIR && ragft ...`). The command runs from the source folder with the
binary under test as `ragft`; its standard output and error, together, must read as the block's
other lines. A transcript may be abridged, as a reader expects:
  - a line that is only `...` stands for any number of lines (none too);
  - `...` inside a line stands for any text there (`(...)` reads the same way).
Every other line must be exactly what ragft prints (trailing spaces aside). Commands that need a
person or a particular state of the repository are listed in SKIPPED, with why.

Usage: transcripts.py RAGFT SOURCE_DIR [FILE.md...]   (relative to SOURCE_DIR; default: README.md
and docs/*.md)
"""

import glob
import os
import re
import subprocess
import sys
import tempfile

# Commands whose output a transcript cannot pin down, and why.
SKIPPED = {
    "ragft ask --plain --save acme.yaml": "a person types the answers",
    "ragft measure": "measures the git history of whichever repository it runs in",
}

COMMAND = re.compile(r"^\$ ((?:cd \S+ && )?(?:build/)?ragft\b.*)$")


def transcripts(path):
    """(line number, command, expected lines) of each transcript in the Markdown file `path`."""
    lines = open(path, encoding="utf-8").read().split("\n")
    found = []
    i = 0
    while i < len(lines):
        if lines[i].strip() == "```text" and i + 1 < len(lines) and COMMAND.match(lines[i + 1]):
            end = i + 2
            while end < len(lines) and lines[end].strip() != "```":
                end += 1
            found.append((i + 2, COMMAND.match(lines[i + 1]).group(1), lines[i + 2:end]))
            i = end
        i += 1
    return found


def line_matches(expected, actual):
    """`...` inside an expected line stands for any text; the rest is matched in order."""
    expected, actual = expected.rstrip(), actual.rstrip()
    if "..." not in expected:
        return expected == actual
    parts = expected.split("...")
    if not actual.startswith(parts[0]) or not actual.endswith(parts[-1]):
        return False
    at = len(parts[0])
    for part in parts[1:-1]:
        found = actual.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return at <= len(actual) - len(parts[-1])


def block_matches(expected, actual):
    """Whether the actual lines read as the expected ones, a `...` line standing for any lines."""
    memo = {}

    def match(e, a):
        if (e, a) in memo:
            return memo[(e, a)]
        if e == len(expected):
            result = a == len(actual)
        elif expected[e].strip() == "...":
            result = any(match(e + 1, k) for k in range(a, len(actual) + 1))
        else:
            result = a < len(actual) and line_matches(expected[e], actual[a]) and match(e + 1, a + 1)
        memo[(e, a)] = result
        return result

    return match(0, 0)


def run(command, ragft, source):
    """The command's output (standard output, then error) as lines, with `ragft` the binary."""
    with tempfile.TemporaryDirectory() as bin_dir:
        os.symlink(ragft, os.path.join(bin_dir, "ragft"))
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"], NO_COLOR="1")
        env.pop("COLUMNS", None)
        done = subprocess.run(["bash", "-c", command.replace("build/ragft", "ragft")], cwd=source, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    text = done.stdout + done.stderr
    return text.rstrip("\n").split("\n")


def main():
    ragft, source, files = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
    if not files:
        pages = sorted(glob.glob(os.path.join(source, "docs", "*.md")))
        files = ["README.md"] + [os.path.relpath(page, source) for page in pages]
    checked, failures = 0, 0
    for name in files:
        for number, command, expected in transcripts(os.path.join(source, name)):
            if command in SKIPPED:
                print(f"{name}:{number}: skipped `{command}`: {SKIPPED[command]}")
                continue
            checked += 1
            actual = run(command, ragft, source)
            if not block_matches(expected, actual):
                failures += 1
                print(f"FAIL {name}:{number}: `{command}` no longer prints what the transcript says.")
                print("  transcript:\n" + "\n".join("    | " + line for line in expected))
                print("  ragft now prints:\n" + "\n".join("    | " + line for line in actual))
    print(f"{checked} transcript(s) checked, {failures} out of date")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
