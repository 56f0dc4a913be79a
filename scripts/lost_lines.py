"""Lines a document's loader reads that no paragraph's text, item title or section holds (lost to search).

Usage: .venv/bin/python scripts/lost_lines.py LABELS.jsonl [LABELS.jsonl ...] [--corpus DIR] [--show N]
Reads the documents the label files name (their "file" fields, relative to the corpus) and prints how
many of their loaded lines are found, by letters and digits, in no paragraph (a leading paragraph
number is ignored), then up to N of them.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexer.loaders import load  # noqa: E402
from indexer.pipeline import read_document  # noqa: E402

LEADING_NUMBER = re.compile(r"^\s*(?:[\dA-Za-z]{1,3}[.)]\s*)?(?:\d+(?:\.\d+)*\.?|\(?[a-z0-9]{1,4}\))\s+")


def key(text: str) -> str:
    """Letters and digits only, lower case."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def lost_lines(corpus: Path, relpath: str) -> tuple[int, list[str]]:
    """(lines read, lines no paragraph holds) of one document."""
    document = read_document(str(corpus / relpath), str(corpus))
    held = key(" ".join(f"{p.text} {p.item_title or ''} {p.section or ''}" for p in document.paragraphs) + " " + (document.title or ""))
    total, lost = 0, []
    for block in load(str(corpus / relpath)).blocks:
        wanted = key(LEADING_NUMBER.sub("", block.text))
        if wanted:
            total += 1
            if wanted not in held:
                lost.append(block.text)
    return total, lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    total, lost = 0, []
    for labels in args.labels:
        for line in labels.read_text(encoding="utf-8").splitlines():
            relpath = json.loads(line)["file"]
            read, missing = lost_lines(args.corpus, relpath)
            total += read
            lost += [f"{relpath}: {text[:100]}" for text in missing]
    print(f"{len(lost)}/{total} lines lost")
    for text in lost[: args.show]:
        print(" ", text)


if __name__ == "__main__":
    main()
