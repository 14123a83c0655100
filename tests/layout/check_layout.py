#!/usr/bin/env python3
"""The module layout holds: every include runs the one way src/CMakeLists.txt allows.

usage: check_layout.py SOURCE_ROOT MODULES_FILE

MODULES_FILE is the ragft_modules.txt that src/CMakeLists.txt writes, one line per module,
`module: allowed;modules` (the modules it may use, directly or through the ones it names). Every
`#include` of a module's header in src/<module>/ and include/ragft/<module>/ (`<ragft/M/...>`, or
an internal header `"M/..."` / `<M/...>`) must name the module itself or one it may use; each one
that runs the wrong way is reported as `path:line: message`. Also: every folder of src/ and
include/ragft/ is a module (or the front end, src/cli/), and src/ holds at most 5 loose files.
Exit 0 when all holds, 1 with the findings, 2 on a usage error.
"""

import os
import re
import sys

FRONT_END = "cli"  # src/cli/ may use every module; nothing may use it
MAX_LOOSE_FILES = 5
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"](?:ragft/)?([A-Za-z0-9_]+)/[^>"]*[>"]')


def read_modules(path):
    """{module: set of modules it may use}, in the order of the file."""
    modules = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            name, sep, allowed = line.partition(":")
            if not sep or not name.strip():
                raise ValueError(f"{path}:{number}: expected `module: allowed;modules`, got {line.strip()!r}")
            modules[name.strip()] = {m for m in re.split(r"[;\s]+", allowed) if m}
    return modules


def module_folders(root):
    """(module name, folder) for every folder of src/ and include/ragft/."""
    for top in ("src", os.path.join("include", "ragft")):
        base = os.path.join(root, top)
        if not os.path.isdir(base):
            continue
        for name in sorted(os.listdir(base)):
            if os.path.isdir(os.path.join(base, name)):
                yield name, os.path.join(base, name)


def source_files(folder):
    for dirpath, _, files in os.walk(folder):
        for file in sorted(files):
            if file.endswith((".hpp", ".cpp", ".h")):
                yield os.path.join(dirpath, file)


def wrong_way_includes(root, module, folder, modules):
    """Findings for each include in FOLDER (files of MODULE) that names a module it may not use."""
    findings = []
    allowed = modules[module] | {module}
    known = modules.keys() | {FRONT_END}
    may = ", ".join(sorted(modules[module])) or "no other module"
    for path in source_files(folder):
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = list(f)
        for number, line in enumerate(lines, 1):
            match = INCLUDE.match(line)
            used = match.group(1) if match else None
            if used in known and used not in allowed:
                findings.append(
                    f"{os.path.relpath(path, root)}:{number}: module `{module}` includes a header of "
                    f"`{used}`, which it may not use (it may use: {may}); move the code to a module "
                    f"below `{module}` in src/CMakeLists.txt, or add `{used}` to its USES if that "
                    f"keeps the order")
    return findings


def layout_findings(root, modules):
    findings = []
    for module, folder in module_folders(root):
        if module == FRONT_END:
            continue
        if module not in modules:
            findings.append(f"{os.path.relpath(folder, root)}: folder `{module}` is no module of "
                            f"src/CMakeLists.txt; declare it there with ragft_module({module} USES ...)")
            continue
        findings += wrong_way_includes(root, module, folder, modules)
    src = os.path.join(root, "src")
    loose = sorted(n for n in os.listdir(src) if os.path.isfile(os.path.join(src, n))) if os.path.isdir(src) else []
    if len(loose) > MAX_LOOSE_FILES:
        findings.append(f"src: {len(loose)} loose files at the top ({', '.join(loose)}), at most "
                        f"{MAX_LOOSE_FILES}; move them into their module's folder")
    return findings


def main(argv):
    if len(argv) != 3:
        print("usage: check_layout.py SOURCE_ROOT MODULES_FILE", file=sys.stderr)
        return 2
    try:
        modules = read_modules(argv[2])
    except (OSError, ValueError) as error:
        print(f"check_layout: {error}", file=sys.stderr)
        return 2
    findings = layout_findings(argv[1], modules)
    for finding in findings:
        print(finding)
    print(f"layout: {len(modules)} modules, {len(findings)} finding(s)", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
