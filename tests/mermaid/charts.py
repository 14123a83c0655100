#!/usr/bin/env python3
"""The Mermaid charts of ragft's golden Markdown files, and what their rendered SVGs must show.

  charts.py extract GOLDEN_DIR OUT_DIR   every ```mermaid block, in order, into OUT_DIR/charts.md
                                         (one Markdown file, drawn by render.cjs in one browser page)
  charts.py check OUT_DIR                each OUT_DIR/charts-out-N.svg holds its chart's title, axis
                                         titles, categories, series (one plot per line, one bar per
                                         value) and pie slices

What a chart must show is read from its Mermaid source here, independently of Mermaid; the SVG's
text nodes and plot groups are read with the standard XML parser."""

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FENCE = re.compile(r"^```mermaid\n(.*?)^```$", re.S | re.M)
QUOTED = re.compile(r'"([^"]*)"')


def extract(golden_dir, out_dir):
    blocks = []
    for path in sorted(Path(golden_dir).glob("*.md")):
        for i, source in enumerate(FENCE.findall(path.read_text(encoding="utf-8"))):
            blocks.append({"file": path.name, "index": i + 1, "source": source})
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    text = "".join(f"## {b['file']} chart {b['index']}\n\n```mermaid\n{b['source']}```\n\n" for b in blocks)
    (out / "charts.md").write_text(text, encoding="utf-8")
    (out / "charts.json").write_text(json.dumps(blocks, indent=1), encoding="utf-8")
    print(f"{len(blocks)} charts in {len({b['file'] for b in blocks})} golden files")


def expected(source):
    """What the chart declares: its kind, labels that must appear as text, line series and bars."""
    lines = [l.strip() for l in source.splitlines() if l.strip() and not l.strip().startswith("%%")]
    want = {"kind": lines[0].split()[0], "labels": [], "lines": [], "bars": 0}
    for line in lines[1:]:
        word = line.split()[0]
        if word in ("title", "x-axis", "y-axis"):
            # a pie's title is not quoted
            want["labels"] += QUOTED.findall(line) or [line[len(word) :].strip()]
        elif word == "line":
            want["lines"] += QUOTED.findall(line)
        elif word == "bar":
            want["bars"] = len(line[line.index("[") + 1 : line.index("]")].split(","))
        elif line.startswith('"') and want["kind"] == "pie":
            label, count = line.rsplit(":", 1)
            want["labels"].append("{} [{}]".format(label.strip().strip('"'), count.strip()))
    return want


def rendered(svg_path):
    """The SVG's text (each text node, stripped) and its plot groups by class."""
    root = ET.parse(svg_path).getroot()
    texts, classes = [], []
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag in ("text", "tspan") and el.text and el.text.strip():
            texts.append(el.text.strip())
        if tag == "g":
            classes.append(el.get("class", ""))
    return texts, classes, root


def bar_count(root):
    for el in root.iter():
        if el.tag.rsplit("}", 1)[-1] == "g" and el.get("class", "") == "bar-plot-0":
            return sum(1 for r in el.iter() if r.tag.rsplit("}", 1)[-1] == "rect")
    return 0


def check_one(block, svg_path):
    want = expected(block["source"])
    texts, classes, root = rendered(svg_path)
    problems = [f"no text {label!r}" for label in want["labels"] + want["lines"] if label not in texts]
    if want["kind"] == "xychart-beta":
        plots = [c for c in classes if c.startswith("line-plot-")]
        if len(plots) != len(want["lines"]):
            problems.append(f"{len(plots)} line plots, expected {len(want['lines'])}")
        if bar_count(root) != want["bars"]:
            problems.append(f"{bar_count(root)} bars, expected {want['bars']}")
    return problems


def check(out_dir):
    out = Path(out_dir)
    blocks = json.loads((out / "charts.json").read_text(encoding="utf-8"))
    failed = 0
    for n, block in enumerate(blocks, start=1):
        svg = out / f"charts-out-{n}.svg"
        problems = check_one(block, svg) if svg.exists() else [f"{svg} was not rendered"]
        name = f"{block['file']} chart {block['index']}"
        for p in problems:
            print(f"FAIL: {name}: {p}")
        failed += 1 if problems else 0
        if not problems:
            print(f"ok: {name} ({expected(block['source'])['kind']})")
    failed += 0 if fails_on_wrong_chart(blocks, out) else 1
    print(f"{len(blocks) - failed} passed, {failed} failed")
    return 1 if failed or not blocks else 0


def fails_on_wrong_chart(blocks, out):
    """The check is not vacuous: each SVG checked against a chart it was not drawn from (another
    title, one more line series) shows problems."""
    for n, block in enumerate(blocks, start=1):
        wrong = re.sub(r'title "?[^"\n]*"?', 'title "not this chart"', block["source"], count=1) + '  line "extra" [1]\n'
        if not check_one({"source": wrong}, out / f"charts-out-{n}.svg"):
            print(f"FAIL: {block['file']} chart {block['index']}: the check passes a chart it was not drawn from")
            return False
    return True


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "extract":
        extract(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    else:
        sys.exit(__doc__)
