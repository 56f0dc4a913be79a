"""Measure council, committee, meeting-date and agenda-item extraction against hand-labelled documents.

Labels were made by reading each document: what the document itself states (null where it does
not). tests/data/structure_labels.jsonl holds council, committee and date; the development set
tests/data/structure_dev_labels.jsonl also lists each document's printed items (number, title;
a null title where the minutes print none worth the name). Prints accuracy per field over the
documents that state it, values given where the document states none, item recall, title
accuracy and item precision, and every miss.
Usage: .venv/bin/python scripts/structure_accuracy.py [CORPUS_DIR] [--labels FILE]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.pipeline import read_document  # noqa: E402

LABELS = ROOT / "tests" / "data" / "structure_labels.jsonl"
DEV_LABELS = ROOT / "tests" / "data" / "structure_dev_labels.jsonl"
FIELDS = ("council", "committee", "date")
TITLE_MATCH = 90  # rapidfuzz ratio of the lowercased, punctuation-free titles


def _plain(title: str) -> str:
    return re.sub(r"[\W_]+", " ", title.lower()).strip()


def titles_match(want: str, got: str | None) -> bool:
    """An extracted item title that says what the label says (case, punctuation and spacing aside)."""
    return got is not None and fuzz.ratio(_plain(want), _plain(got)) >= TITLE_MATCH


def measure(corpus: Path, labels_path: Path = LABELS) -> dict:
    """Per-field accuracy, item figures and the misses, as a dict."""
    labels = [json.loads(line) for line in labels_path.read_text().splitlines() if line.strip()]
    stated = {f: 0 for f in FIELDS}
    right = {f: 0 for f in FIELDS}
    invented = {f: 0 for f in FIELDS}
    items = {"labelled": 0, "found": 0, "titled": 0, "title_right": 0, "extracted": 0, "extracted_labelled": 0}
    misses = []
    documents_right = 0
    for label in labels:
        path = corpus / label["path"]
        document = read_document(str(path), str(path.parent))
        got = {"council": document.council, "committee": document.committee, "date": document.date.isoformat() if document.date else None}
        all_right = True
        for field in FIELDS:
            want = label[field]
            if want is None:
                if got[field] is not None:
                    invented[field] += 1
                    misses.append((label["path"], field, want, got[field]))
                continue
            stated[field] += 1
            if got[field] == want:
                right[field] += 1
            else:
                all_right = False
                misses.append((label["path"], field, want, got[field]))
        documents_right += all_right
        if label.get("items"):
            _measure_items(label, document, items, misses)
    return {
        "documents": len(labels),
        "stated": stated,
        "right": right,
        "invented_where_not_stated": invented,
        "accuracy": {f: (right[f] / stated[f] if stated[f] else None) for f in FIELDS},
        "documents_all_stated_fields_right": documents_right / len(labels),
        "items": items,
        "misses": misses,
    }


def _measure_items(label: dict, document, items: dict, misses: list) -> None:
    titles: dict[str, set[str | None]] = {}
    for paragraph in document.paragraphs:
        if paragraph.item_number:
            titles.setdefault(paragraph.item_number, set()).add(paragraph.item_title)
    wanted = {number for number, _ in label["items"]}
    items["extracted"] += len(titles)
    items["extracted_labelled"] += len(wanted & set(titles))
    for number, title in label["items"]:
        items["labelled"] += 1
        if number not in titles:
            misses.append((label["path"], "item", number, None))
            continue
        items["found"] += 1
        if title is None:
            continue
        items["titled"] += 1
        if any(titles_match(title, got) for got in titles[number]):
            items["title_right"] += 1
        else:
            misses.append((label["path"], "item title " + number, title, sorted(t or "" for t in titles[number])))
    for number in sorted(set(titles) - wanted):
        misses.append((label["path"], "unlabelled item", None, f"{number} {sorted(t or '' for t in titles[number])}"))


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole}" + (f" = {part / whole:.1%}" if whole else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--labels", default=str(LABELS), help="a labels file (JSON lines); the development set is " + str(DEV_LABELS.relative_to(ROOT)))
    args = parser.parse_args()
    result = measure(Path(args.corpus), Path(args.labels))
    print(f"documents labelled: {result['documents']}")
    for field in FIELDS:
        print(f"{field:10} {_ratio(result['right'][field], result['stated'][field])} right; given where the document states none: {result['invented_where_not_stated'][field]}")
    print(f"documents with every stated field right: {result['documents_all_stated_fields_right']:.1%}")
    items = result["items"]
    if items["labelled"]:
        print(f"items found (number): {_ratio(items['found'], items['labelled'])}")
        print(f"item titles right: {_ratio(items['title_right'], items['titled'])}")
        print(f"item numbers extracted that are labelled items: {_ratio(items['extracted_labelled'], items['extracted'])}")
    for path, field, want, got in result["misses"]:
        print(f"  miss {field}: {path}: want {want!r}, got {got!r}")


if __name__ == "__main__":
    main()
