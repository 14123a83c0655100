#!/usr/bin/env python3
"""The translation units `make lint` gives clang-tidy: one per module of src/, including each of the
module's .cpp files (BUILD/lint/<module>.cpp), with a compile database of their own
(BUILD/lint/compile_commands.json) whose command is the module's, from BUILD/compile_commands.json.
Prints one line per module, largest first: `<module> <bundle path> <the module's files...>`.
Usage: scripts/lint_bundles.py BUILD_DIR"""
import json
import os
import sys


def module_of(path, src):
    rel = os.path.relpath(path, src)
    return None if rel.startswith("..") or os.sep not in rel else rel.split(os.sep)[0]


def main():
    build = os.path.abspath(sys.argv[1])
    src = os.path.abspath("src")
    with open(os.path.join(build, "compile_commands.json")) as f:
        entries = json.load(f)
    commands = {}  # a module's command, from the library or executable (not the tests') of its files
    for e in entries:
        module = module_of(e["file"], src)
        if module and "ragft_tests.dir" not in e["command"] and module not in commands:
            commands[module] = e
    out = os.path.join(build, "lint")
    os.makedirs(out, exist_ok=True)
    database, lines = [], []
    for module in sorted(commands):
        folder = os.path.join(src, module)
        files = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".cpp"))
        bundle = os.path.join(out, module + ".cpp")
        text = "".join('#include "%s" // NOLINT(bugprone-suspicious-include)\n' % f for f in files)
        if not os.path.exists(bundle) or open(bundle).read() != text:
            with open(bundle, "w") as f:
                f.write(text)
        e = commands[module]
        database.append({"directory": e["directory"], "file": bundle,
                         "command": e["command"].replace(e["file"], bundle)})
        # Paths relative to the source folder, so that a build folder's absolute path may hold spaces.
        paths = [os.path.relpath(p) for p in [bundle] + files]
        lines.append((len(files), "%s %s" % (module, " ".join(paths))))
    with open(os.path.join(out, "compile_commands.json"), "w") as f:
        json.dump(database, f, indent=1)
    for _, line in sorted(lines, key=lambda x: -x[0]):
        print(line)


main()
