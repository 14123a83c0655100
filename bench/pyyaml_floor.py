#!/usr/bin/env python3
"""Parse-only reference for `ragft score`: reads every .yaml/.yml/.json file under FOLDER and loads
it with PyYAML's C loader (libyaml), doing nothing else, in one process.

Usage: pyyaml_floor.py FOLDER   (needs python3-yaml with libyaml: Debian's python3-yaml has it)
"""
import os
import sys

import yaml


def main():
    folder = sys.argv[1]
    documents = 0
    errors = 0
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".yaml", ".yml", ".json")):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    text = f.read()
                try:
                    documents += len(list(yaml.load_all(text, Loader=yaml.CSafeLoader)))
                except yaml.YAMLError:
                    errors += 1
    print(f"{documents} documents, {errors} files with YAML errors")


if __name__ == "__main__":
    main()
