"""Precision and recall of speaker attribution over the hand-labelled paragraphs.

tests/data/speakers_labelled.jsonl holds paragraphs from ../shared/corpus (seeds, Kent minutes,
parish minutes), each with the speakers a careful reader marks, in the fullest form the same
document gives; negatives (apologies, attendance and vote lists, mentions) have none. Each record
names its `set` (see tests/data/speakers_README.md for how each set was labelled).
tests/data/speakers_dev/labels.jsonl is a further set (dev-14) labelled the same way for issue 14.
Usage: .venv/bin/python scripts/eval_speakers.py [CORPUS_DIR] [--labels FILE]... (default: both files)
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from indexer.pipeline import read_document  # noqa: E402

LABELS = ROOT / "tests" / "data" / "speakers_labelled.jsonl"
DEV_LABELS = ROOT / "tests" / "data" / "speakers_dev" / "labels.jsonl"


def _score(true_positive: int, predicted: int, expected: int) -> tuple[float, float, float]:
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def _find(paragraphs: list, start: str):
    """The labelled paragraph: by its prefix, or (when the loader now splits the text a little
    differently) the paragraph containing that prefix, or its first 60 characters.

    Failing those, letters and digits only: a paragraph whose printed item number, title or point
    label ("44/19 Openness and Transparency Notice - ...", "j) Trees ...") now stands apart from its
    text, or the first of the paragraphs a labelled one was split into.
    """
    start = _squash(start)
    texts = [_squash(p.text) for p in paragraphs]
    for test in (lambda t: t.startswith(start), lambda t: start in t, lambda t: start[:60] in t):
        hits = [p for p, t in zip(paragraphs, texts) if test(t)]
        if hits:
            return hits[0]
    wanted = _letters(start)
    for paragraph in paragraphs:
        parts = (paragraph.item_number or "", paragraph.item_title or "", paragraph.label or "")
        for prefix in ("", parts[2], parts[1], parts[1] + parts[2], parts[0] + parts[1], parts[0] + parts[1] + parts[2]):
            have = _letters(prefix + " " + paragraph.text)
            if have.startswith(wanted) or (len(have) >= 20 and wanted.startswith(have)):
                return paragraph
    # The document as printed (numbers, titles, sections, labels, text), letters only: the paragraph
    # holding the end of the labelled opening.
    spans, pieces, length, shown = [], [], 0, (None, None, None)
    for paragraph in paragraphs:
        now = (paragraph.item_number, paragraph.item_title, paragraph.section)
        heading = "".join(_letters(x or "") for x, before in zip(now, shown) if x != before)
        piece = heading + _letters((paragraph.label or "") + paragraph.text)
        shown = now
        pieces.append(piece)
        spans.append((length, length + len(piece), paragraph))
        length += len(piece)
    found = "".join(pieces).find(wanted[:60])
    if found >= 0:
        end = found + len(wanted[:60]) - 1
        return next(p for a, b, p in spans if a <= end < b)
    return None


def evaluate(corpus: Path, labels_file: Path = LABELS) -> dict:
    """Counts, precision, recall, F1 (overall and per labelled set) and the errors."""
    labels = [json.loads(line) for line in labels_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents: dict[str, list] = {}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, predicted, expected, paragraphs
    errors = []
    missing = []
    for label in labels:
        if label["path"] not in documents:
            documents[label["path"]] = read_document(str(corpus / label["path"]), str(corpus)).paragraphs
        paragraph = _find(documents[label["path"]], label["text_start"])
        if paragraph is None:
            missing.append(label)
            continue
        got, want = set(paragraph.speakers), set(label["speakers"])
        for key in ("all", label.get("set", "unnamed")):
            row = counts[key]
            row[0] += len(got & want)
            row[1] += len(got)
            row[2] += len(want)
            row[3] += 1
        if got != want:
            errors.append((label["path"], label["text_start"][:70], sorted(want), sorted(got)))
    precision, recall, f1 = _score(*counts["all"][:3])
    by_set = {}
    for key, row in counts.items():
        if key != "all":
            p, r, f = _score(*row[:3])
            by_set[key] = {"paragraphs": row[3], "precision": p, "recall": r, "f1": f}
    return {
        "paragraphs": len(labels) - len(missing),
        "positives": sum(1 for l in labels if l["speakers"]),
        "negatives": sum(1 for l in labels if not l["speakers"]),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "by_set": by_set,
        "errors": errors,
        "missing": missing,
    }


def report(result: dict) -> None:
    """Print one evaluation."""
    print(f"paragraphs: {result['paragraphs']} ({result['positives']} with speakers, {result['negatives']} without)")
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}")
    for name, row in sorted(result["by_set"].items()):
        print(f"  {name:10} {row['paragraphs']:4} paragraphs  P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}")
    if result["errors"]:
        print("errors:")
    for path, start, want, got in result["errors"]:
        print(f"  {path[:40]} | {start!r}\n      want {want} got {got}")
    for label in result["missing"]:
        print(f"  paragraph not found: {label['path']} | {label['text_start'][:60]!r}")


def main() -> None:
    args = sys.argv[1:]
    files = [Path(args[i + 1]) for i, arg in enumerate(args[:-1]) if arg == "--labels"]
    positional = [a for i, a in enumerate(args) if a != "--labels" and (i == 0 or args[i - 1] != "--labels")]
    corpus = Path(positional[0]) if positional else ROOT.parent / "shared" / "corpus"
    if not corpus.is_dir():
        sys.exit(f"corpus not found: {corpus}")
    for labels_file in files or [LABELS, DEV_LABELS]:
        print(f"== {labels_file.relative_to(ROOT) if labels_file.is_relative_to(ROOT) else labels_file}")
        report(evaluate(corpus, labels_file))


if __name__ == "__main__":
    main()
