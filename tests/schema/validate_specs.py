#!/usr/bin/env python3
"""Validates spec files against `ragft schema spec` with an independent validator (python3-jsonschema).

usage: validate_specs.py RAGFT SOURCE_DIR

Every document of examples/*.yaml, examples/*.json and tests/scenarios/*.yaml must be valid; every
spec under tests/fixtures/bad/ must be invalid; the values ragft reads beyond the exact spelling
(docs/spec-format.md, "Written as people write them") must be valid too, and ragft must read them. Test-only: the product never runs Python.
"""
import glob
import json
import os
import subprocess
import sys

import jsonschema
import yaml


def load_documents(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith(".json"):
            return [json.load(f)]
        return [d for d in yaml.safe_load_all(f) if d is not None]


# Values as people write them that ragft reads as meant (docs/spec-format.md): the schema must not
# flag in an editor what ragft reads.
LOOSE = """ragft: 1
project: loose
facts:
  knowledge_updates: Weekly
  output_format: strict schema
  task_type: Question-Answering
  gpu_access: " Rented "
  private_data: Y
  citations_required: off
  smaller_model_wanted: No
  knowledge_base_docs: 12,000
  labeled_examples: Unknown
"""


def check_loose(ragft, validator):
    read = subprocess.run([ragft, "score", "-"], input=LOOSE, capture_output=True, text=True)
    errors = [] if read.returncode == 0 else [f"ragft does not read it: {read.stderr.strip()}"]
    errors += [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(yaml.safe_load(LOOSE))]
    for e in errors:
        print(f"FAIL: values ragft reads as meant: {e}")
    return bool(errors)


def main():
    ragft, source = sys.argv[1], sys.argv[2]
    schema = json.loads(subprocess.run([ragft, "schema", "spec"], check=True, capture_output=True, text=True).stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    good = sorted(glob.glob(os.path.join(source, "examples", "*.yaml")) + glob.glob(os.path.join(source, "examples", "*.json"))
                  + glob.glob(os.path.join(source, "tests", "scenarios", "*.yaml")))
    bad = sorted(glob.glob(os.path.join(source, "tests", "fixtures", "bad", "*")))
    assert len(good) >= 15, good
    for path in good:
        for i, doc in enumerate(load_documents(path)):
            errors = list(validator.iter_errors(doc))
            for e in errors:
                print(f"FAIL: {path}#{i + 1}: {'/'.join(map(str, e.path))}: {e.message}")
            failures += bool(errors)
    for path in bad:
        for i, doc in enumerate(load_documents(path)):
            if validator.is_valid(doc):
                print(f"FAIL: {path}#{i + 1} is invalid for ragft but valid for the schema")
                failures += 1
    failures += check_loose(ragft, validator)
    print(f"{len(good)} valid spec files, {len(bad)} invalid ones checked against the schema; {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
