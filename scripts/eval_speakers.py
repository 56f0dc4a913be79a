"""Precision and recall of speaker attribution over the hand-labelled paragraphs.

tests/data/speakers_labelled.jsonl holds paragraphs from ../shared/corpus (seeds, Kent minutes,
parish minutes), each with the speakers a careful reader marks, in the fullest form the same
document gives; negatives (apologies, attendance and vote lists, mentions) have none.
Usage: .venv/bin/python scripts/eval_speakers.py [CORPUS_DIR]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.pipeline import read_document  # noqa: E402

LABELS = ROOT / "tests" / "data" / "speakers_labelled.jsonl"
# Labelled after the rules were written, from documents the rules were not tuned on.
HOLDOUT = ROOT / "tests" / "data" / "speakers_holdout.jsonl"


def evaluate(corpus: Path, labels_file: Path = LABELS) -> dict:
    """Counts, precision, recall, F1 and the errors."""
    labels = [json.loads(line) for line in labels_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents: dict[str, list] = {}
    true_positive = predicted = expected = 0
    errors = []
    missing = []
    for label in labels:
        if label["path"] not in documents:
            documents[label["path"]] = read_document(str(corpus / label["path"]), str(corpus)).paragraphs
        paragraph = next((p for p in documents[label["path"]] if p.text.startswith(label["text_start"])), None)
        if paragraph is None:
            missing.append(label)
            continue
        got, want = set(paragraph.speakers), set(label["speakers"])
        true_positive += len(got & want)
        predicted += len(got)
        expected += len(want)
        if got != want:
            errors.append((label["path"], label["text_start"][:70], sorted(want), sorted(got)))
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "paragraphs": len(labels) - len(missing),
        "positives": sum(1 for l in labels if l["speakers"]),
        "negatives": sum(1 for l in labels if not l["speakers"]),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "errors": errors,
        "missing": missing,
    }


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    for name, labels_file in (("development set", LABELS), ("held-out set", HOLDOUT)):
        print(f"== {name}: {labels_file.name}")
        report(evaluate(corpus, labels_file))


def report(result: dict) -> None:
    """Print one evaluation."""
    print(f"paragraphs: {result['paragraphs']} ({result['positives']} with speakers, {result['negatives']} without)")
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}")
    for path, start, want, got in result["errors"]:
        print(f"  {path[:40]} | {start!r}\n      want {want} got {got}")
    for label in result["missing"]:
        print(f"  paragraph not found: {label['path']} | {label['text_start'][:60]!r}")


if __name__ == "__main__":
    main()
