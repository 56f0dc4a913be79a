"""Measure council, committee and meeting-date extraction against a hand-labelled sample.

Labels (tests/data/structure_labels.jsonl) were made by reading each document: what the
document itself states (null where it does not). Prints accuracy per field over the documents
that state it, the share of documents that come out all right, and every miss.
Usage: .venv/bin/python scripts/structure_accuracy.py [CORPUS_DIR]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.pipeline import read_document  # noqa: E402

LABELS = ROOT / "tests" / "data" / "structure_labels.jsonl"
FIELDS = ("council", "committee", "date")


def measure(corpus: Path) -> dict:
    """Per-field accuracy and the misses, as a dict."""
    labels = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    stated = {f: 0 for f in FIELDS}
    right = {f: 0 for f in FIELDS}
    invented = {f: 0 for f in FIELDS}
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
                if got[field] is not None and field != "committee":
                    invented[field] += 1
                continue
            stated[field] += 1
            if got[field] == want:
                right[field] += 1
            else:
                all_right = False
                misses.append((label["path"], field, want, got[field]))
        documents_right += all_right
    return {
        "documents": len(labels),
        "stated": stated,
        "right": right,
        "invented_where_not_stated": invented,
        "accuracy": {f: (right[f] / stated[f] if stated[f] else None) for f in FIELDS},
        "documents_all_stated_fields_right": documents_right / len(labels),
        "misses": misses,
    }


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    result = measure(corpus)
    print(f"documents labelled: {result['documents']}")
    for field in FIELDS:
        acc = result["accuracy"][field]
        print(f"{field:10} {result['right'][field]:3}/{result['stated'][field]:3} right" + (f" = {acc:.1%}" if acc is not None else "") + f"; stated where the document does not: {result['invented_where_not_stated'][field]}")
    print(f"documents with every stated field right: {result['documents_all_stated_fields_right']:.1%}")
    for path, field, want, got in result["misses"]:
        print(f"  miss {field}: {path}: want {want!r}, got {got!r}")


if __name__ == "__main__":
    main()
